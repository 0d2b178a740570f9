import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry } from '../../../glossary/model.ts';
import { GLOSSARY_CHANGES_FILE } from '../../../services/store/glossary-changes.ts';
import { openLowdbProject, type OpenProjectOptions } from '../../../services/store/lowdb-store.ts';
import type { ProjectStore } from '../../../services/store/project-store.ts';
import { seededRandom } from '../../../bench/bench-stats.ts';
import { sampleArticle } from './store-fixtures.ts';

let dir: string;
const open: ProjectStore[] = [];
// Small sizes so a few entries exercise the base + changes layout a 50,000-entry glossary gets.
const policy = { fromEntries: 5, compactAbove: () => 6 };

async function openProject(options: OpenProjectOptions = {}): Promise<ProjectStore> {
  const store = await openLowdbProject(dir, { create: true, glossaryChanges: policy, ...options });
  open.push(store);
  return store;
}

async function reopen(store: ProjectStore, options: OpenProjectOptions = {}): Promise<ProjectStore> {
  await store.close();
  open.splice(open.indexOf(store), 1);
  return openProject(options);
}

function entry(id: string, note = ''): GlossaryEntry {
  return {
    id, source: `शब्द${id}`, sourceVariants: [], target: `Word ${id}`, targetAlternates: [], forbidden: [], type: 'term',
    caseSensitive: false, matchMode: 'exact', note, status: 'approved', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: 't',
  };
}

const glossaryOf = (ids: string[]): Glossary => ({ schemaVersion: 1, entries: ids.map((id) => entry(id)) });
const text = (rel: string) => readFileSync(join(dir, rel), 'utf8');
const stripped = (glossary: Glossary) => JSON.parse(JSON.stringify(glossary)) as Glossary;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'anuvad-glossary-changes-'));
});

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('glossary stored as base + changes file', () => {
  it('an upsert writes only the changes file; the base keeps its bytes; reopening gives the same glossary', async () => {
    const store = await openProject();
    await store.saveGlossary(glossaryOf(['a', 'b', 'c', 'd', 'e', 'f']));
    const base = text('glossary.json');
    expect(existsSync(join(dir, GLOSSARY_CHANGES_FILE))).toBe(false);
    const held = await store.getGlossary();
    await store.saveGlossary({ ...held, entries: held.entries.with(2, { ...held.entries[2], note: 'changed' }) });
    await store.saveGlossary({ ...(await store.getGlossary()), entries: [...(await store.getGlossary()).entries, entry('g')] });
    expect(text('glossary.json')).toBe(base);
    const changes = JSON.parse(text(GLOSSARY_CHANGES_FILE)) as { upserts: GlossaryEntry[]; deleted: string[]; revision: number };
    expect(changes.upserts.map((each) => each.id)).toEqual(['c', 'g']);
    const before = stripped(await store.getGlossary());
    expect(changes.revision).toBe(before.revision);
    const again = await reopen(store);
    expect(stripped(await again.getGlossary())).toEqual(before);
  });

  it('deletes, re-adds and edits in any order reopen to the same entries, order and revisions (seeded random)', async () => {
    const random = seededRandom(10);
    // Room for many changes before a rewrite, so deletes and re-adds pile up in the changes file.
    const options = { glossaryChanges: { fromEntries: 5, compactAbove: () => 40 } };
    let store = await openProject(options);
    await store.saveGlossary(glossaryOf(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']));
    for (let step = 0; step < 60; step++) {
      const current = await store.getGlossary();
      const pick = Math.floor(random() * current.entries.length);
      const roll = random();
      let entries: GlossaryEntry[];
      if (roll < 0.4 && current.entries.length > 5) entries = current.entries.filter((_, index) => index !== pick);
      else if (roll < 0.7) entries = [...current.entries, entry(['a', 'b', 'c', 'd', 'x', `n${step}`][Math.floor(random() * 6)], `added ${step}`)]
        .filter((each, index, all) => all.findIndex((other) => other.id === each.id) === index);
      else entries = current.entries.with(pick, { ...current.entries[pick], note: `edit ${step}` });
      await store.saveGlossary({ ...current, entries });
      if (step % 7 === 6) {
        const held = stripped(await store.getGlossary());
        store = await reopen(store, options);
        expect(stripped(await store.getGlossary()), `step ${step}`).toEqual(held);
      }
    }
  });

  it('more changed entries than the policy allows rewrite the base and remove the changes file, in one journaled commit', async () => {
    const store = await openProject();
    await store.saveGlossary(glossaryOf(['a', 'b', 'c', 'd', 'e', 'f']));
    for (let n = 0; n < 7; n++) {
      const current = await store.getGlossary();
      await store.saveGlossary({ ...current, entries: [...current.entries, entry(`new${n}`)] });
      if (n < 6) expect(existsSync(join(dir, GLOSSARY_CHANGES_FILE)), `after ${n + 1}`).toBe(true);
    }
    expect(existsSync(join(dir, GLOSSARY_CHANGES_FILE))).toBe(false);
    const base = JSON.parse(text('glossary.json')) as Glossary;
    expect(base.entries.map((each) => each.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', ...Array.from({ length: 7 }, (_, n) => `new${n}`)]);
    expect(base.revision).toBe((await store.getGlossary()).revision);
    expect(existsSync(join(dir, '.anuvad-journal.json'))).toBe(false);
  });

  it('an existing single glossary.json (older projects) opens as the base; the first upsert leaves it as it is', async () => {
    writeFileSync(join(dir, 'project.json'), JSON.stringify({ schemaVersion: 1, name: 'old', createdAt: '2026-01-01T00:00:00.000Z', articleIds: [] }));
    const old = JSON.stringify(glossaryOf(['a', 'b', 'c', 'd', 'e']), null, 2);
    writeFileSync(join(dir, 'glossary.json'), old);
    const store = await openProject();
    const held = await store.getGlossary();
    await store.saveGlossary({ ...held, entries: held.entries.with(0, { ...held.entries[0], note: 'edited' }) });
    expect(text('glossary.json')).toBe(old);
    const again = await reopen(store);
    expect((await again.getGlossary()).entries[0].note).toBe('edited');
  });

  it('a corrupt changes file is moved aside with its line, never overwritten; the base opens', async () => {
    const store = await openProject();
    await store.saveGlossary(glossaryOf(['a', 'b', 'c', 'd', 'e']));
    const held = await store.getGlossary();
    await store.saveGlossary({ ...held, entries: held.entries.with(1, { ...held.entries[1], note: 'in the changes file' }) });
    await store.close();
    open.splice(0);
    const damaged = `${text(GLOSSARY_CHANGES_FILE).slice(0, 120)}\n}`;
    writeFileSync(join(dir, GLOSSARY_CHANGES_FILE), damaged);
    const again = await openProject();
    const warning = again.warnings().find((each) => each.file === GLOSSARY_CHANGES_FILE);
    expect(warning).toMatchObject({ code: 'corrupt-file' });
    expect(warning?.detail).toMatch(/line \d+, column \d+/);
    expect(readFileSync(join(dir, warning!.movedTo!), 'utf8')).toBe(damaged);
    expect((await again.getGlossary()).entries.map((each) => each.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('changes written over another glossary.json (replaced by another program) are moved aside, not applied', async () => {
    const store = await openProject();
    await store.saveGlossary(glossaryOf(['a', 'b', 'c', 'd', 'e']));
    const held = await store.getGlossary();
    await store.saveGlossary({ ...held, entries: held.entries.with(1, { ...held.entries[1], note: 'mine' }) });
    await store.close();
    open.splice(0);
    const changes = text(GLOSSARY_CHANGES_FILE);
    writeFileSync(join(dir, 'glossary.json'), JSON.stringify(glossaryOf(['p', 'q', 'r', 's', 't']), null, 2));
    const again = await openProject();
    expect((await again.getGlossary()).entries.map((each) => each.id)).toEqual(['p', 'q', 'r', 's', 't']);
    const warning = again.warnings().find((each) => each.file === GLOSSARY_CHANGES_FILE);
    expect(warning).toMatchObject({ code: 'changed-outside' });
    expect(readFileSync(join(dir, warning!.movedTo!), 'utf8')).toBe(changes);
  });

  it('an outside edit of glossary.json while open is loaded; the next save writes the glossary whole', async () => {
    const store = await openProject();
    await store.saveGlossary(glossaryOf(['a', 'b', 'c', 'd', 'e']));
    const held = await store.getGlossary();
    await store.saveGlossary({ ...held, entries: held.entries.with(1, { ...held.entries[1], note: 'mine' }) });
    const onDisk = JSON.parse(text('glossary.json')) as Glossary;
    onDisk.entries[0].note = 'theirs';
    writeFileSync(join(dir, 'glossary.json'), JSON.stringify(onDisk, null, 2));
    await store.refreshOutsideChanges?.('glossary.json');
    const loaded = await store.getGlossary();
    expect(loaded.entries[0].note).toBe('theirs');
    await store.saveGlossary({ ...loaded, entries: loaded.entries.with(2, { ...loaded.entries[2], note: 'after' }) });
    expect(existsSync(join(dir, GLOSSARY_CHANGES_FILE))).toBe(false);
    const again = await reopen(store);
    expect((await again.getGlossary()).entries.map((each) => each.note)).toEqual(['theirs', '', 'after', '', '']);
  });

  it('a commit of an article and a glossary change writes the changes file in the same journaled commit', async () => {
    const store = await openProject();
    await store.saveGlossary(glossaryOf(['a', 'b', 'c', 'd', 'e']));
    const base = text('glossary.json');
    const held = await store.getGlossary();
    await store.commit({ label: 'test', articles: [sampleArticle('x1')], glossary: { ...held, entries: [...held.entries, entry('f')] } });
    expect(text('glossary.json')).toBe(base);
    expect(readdirSync(dir).filter((name) => name.includes('.txn-') || name === '.anuvad-journal.json')).toEqual([]);
    const again = await reopen(store);
    expect((await again.getGlossary()).entries.map((each) => each.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(await again.getArticle('x1')).toBeDefined();
  });

  it('a changes file of a newer schema keeps the glossary from being written', async () => {
    const store = await openProject();
    await store.saveGlossary(glossaryOf(['a', 'b', 'c', 'd', 'e']));
    await store.close();
    open.splice(0);
    const newer = JSON.stringify({ schemaVersion: 99, base: { sha256: 'x', revision: 1 }, revision: 2, deleted: [], upserts: [] });
    writeFileSync(join(dir, GLOSSARY_CHANGES_FILE), newer);
    const again = await openProject();
    expect(again.warnings()).toContainEqual(expect.objectContaining({ code: 'newer-schema', file: GLOSSARY_CHANGES_FILE }));
    await expect(again.saveGlossary(glossaryOf(['a']))).rejects.toMatchObject({ code: 'conflict', file: 'glossary.json' });
    expect(text(GLOSSARY_CHANGES_FILE)).toBe(newer);
  });
});
