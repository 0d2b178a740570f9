/**
 * Issue 13, scenarios 1 and 5: a multi-file operation interrupted after K of N files. Before the
 * journal, a crash after K of 400 articles left K changed and no undo record. Now: a process that
 * dies after the commit mark is rolled forward on the next open (all N changed, the undo step is
 * there and undoes exactly that propagation); one that dies or fails (ENOSPC) while staging
 * changes nothing. Undo compares the whole segment state: a later approval is kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import type { JournalStepHook } from '../../../services/store/journal.ts';
import { createHandlers } from '../../../services/handlers.ts';
import type { GlossaryEntry } from '../../../services/contract.ts';
import { sampleArticle } from './store-fixtures.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const ARTICLES = 40;
const moscow: GlossaryEntry = {
  id: 'moscow', source: 'मास्को', sourceVariants: [], target: 'Moscow', targetAlternates: [], forbidden: [], type: 'place',
  caseSensitive: false, matchMode: 'inflected', note: '', status: 'approved', createdAt: NOW, updatedAt: NOW, author: 'test',
};

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const pid = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
  expect(pid).toBeGreaterThan(0);
  return pid;
}


let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anuvad-journal-'));
  const setup = await openLowdbProject(dir, { create: true });
  for (let i = 0; i < ARTICLES; i++) {
    const article = sampleArticle(`a${i}`, 4);
    // Segment 2 reads 'किम जोंग उन ने मास्को का दौरा किया।'; its translation uses the old spelling.
    article.segments[2] = { ...article.segments[2], target: 'Kim Jong Un visited Moskva.', status: 'translated' };
    await setup.saveArticle(article);
  }
  await setup.saveGlossary({ schemaVersion: 1, entries: [{ ...moscow, target: 'Moskva' }] });
  await setup.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function files(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(join(dir, folder))) {
      const rel = folder ? `${folder}/${name}` : name;
      if (name === '.anuvad.lock') continue;
      if (existsSync(join(dir, rel)) && readdirSync(join(dir, folder), { withFileTypes: true }).find((e) => e.name === name)?.isDirectory()) walk(rel);
      else found.set(rel, readFileSync(join(dir, rel), 'utf8'));
    }
  };
  walk('');
  return found;
}

/**
 * Opens the project as a process that "dies" at `step` number `at`: from there on the write never
 * goes on (the hook never returns), like a killed process; its lock is left behind as a dead pid's.
 */
async function propagateAndDie(step: Parameters<JournalStepHook>[0], at: number): Promise<void> {
  let seen = 0;
  let died!: () => void;
  const death = new Promise<void>((resolve) => (died = resolve));
  const hook: JournalStepHook = (reached) => {
    if (reached !== step || ++seen !== at) return;
    died();
    return new Promise<void>(() => {});
  };
  const store = await openLowdbProject(dir, { pid: deadPid(), journalHook: hook });
  const api = createHandlers(store, { now: () => NOW });
  await api['glossary.upsert']({ entry: moscow });
  void api['glossary.applyPropagation']({ entryId: 'moscow', before: { ...moscow, target: 'Moskva' } });
  await death;
}

async function reopen() {
  const store = await openLowdbProject(dir);
  return { store, api: createHandlers(store, { now: () => NOW }) };
}

const targets = async (store: Awaited<ReturnType<typeof openLowdbProject>>) => (await store.listArticles()).map((article) => article.segments[2].target);

describe('all-or-nothing propagation over many articles', () => {
  it('killed after 17 of 40 renames: the next open completes it, reports it, and undo undoes exactly it', async () => {
    await propagateAndDie('rename', 17);
    const { store, api } = await reopen();
    expect(store.warnings()).toContainEqual(expect.objectContaining({ code: 'operation-recovered', file: '.anuvad-journal.json', detail: expect.stringContaining('was completed') }));
    expect(new Set(await targets(store))).toEqual(new Set(['Kim Jong Un visited Moscow.']));
    expect(existsSync(join(dir, '.anuvad-journal.json'))).toBe(false);
    expect([...files().keys()].filter((rel) => rel.includes('.txn-'))).toEqual([]);
    const undone = await api['glossary.undoPropagation']({});
    expect(undone.restored).toHaveLength(ARTICLES);
    expect(new Set(await targets(store))).toEqual(new Set(['Kim Jong Un visited Moskva.']));
    await store.close();
  });

  it('killed while staging (after 17 of 41 files): nothing changed, the next open says it was undone', async () => {
    const before = files();
    await propagateAndDie('stage', 17);
    // The dying process had written its staged files and journal; the real files are untouched.
    const { store } = await reopen();
    expect(store.warnings()).toContainEqual(expect.objectContaining({ code: 'operation-recovered', detail: expect.stringContaining('was undone') }));
    const after = files();
    // Only the glossary upsert (one file, before the propagation) differs.
    for (const [rel, content] of before) if (rel !== 'glossary.json') expect(after.get(rel), rel).toBe(content);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(new Set(await targets(store))).toEqual(new Set(['Kim Jong Un visited Moskva.']));
    await store.close();
  });

  it('a failure while staging (a full disk, say) answers with an honest error and changes nothing, in memory or on disk', async () => {
    let staged = 0;
    const store = await openLowdbProject(dir, {
      journalHook: (step) => {
        if (step === 'stage' && ++staged === 30) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    const api = createHandlers(store, { now: () => NOW });
    await api['glossary.upsert']({ entry: moscow });
    const before = files();
    const error = await api['glossary.applyPropagation']({ entryId: 'moscow', before: { ...moscow, target: 'Moskva' } }).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'io', message: expect.stringMatching(/disk is full.*nothing was changed/) });
    expect(files()).toEqual(before);
    expect(new Set(await targets(store))).toEqual(new Set(['Kim Jong Un visited Moskva.']));
    await expect(api['glossary.undoPropagation']({})).rejects.toMatchObject({ error: { code: 'conflict' } });
    await store.close();
  });

  it('undo compares the whole segment: an approval given after the propagation is kept (scenario 5)', async () => {
    const { store, api } = await reopen();
    await api['glossary.upsert']({ entry: moscow });
    await api['glossary.applyPropagation']({ entryId: 'moscow', before: { ...moscow, target: 'Moskva' } });
    const article = await api['article.get']({ id: 'a3' });
    // Same text, now approved: the propagation's text with a later human decision on top.
    await api['article.saveSegment']({ articleId: 'a3', segmentId: article.segments[2].id, target: article.segments[2].target, status: 'approved' });
    const undone = await api['glossary.undoPropagation']({});
    expect(undone.skipped).toEqual([{ articleId: 'a3', segmentId: article.segments[2].id }]);
    expect(undone.restored).toHaveLength(ARTICLES - 1);
    expect((await store.getArticle('a3'))?.segments[2]).toMatchObject({ target: 'Kim Jong Un visited Moscow.', status: 'approved' });
    await store.close();
  });
});

describe('every writing call is one commit', () => {
  it('a batch import that fails half-way (25 of 50 pages staged) imports nothing (scenario 12)', async () => {
    let staged = 0;
    const store = await openLowdbProject(dir, {
      pid: deadPid(),
      journalHook: (step) => {
        if (step === 'stage' && ++staged === 25) throw new Error('killed');
      },
    });
    const api = createHandlers(store, { now: () => NOW });
    const pages = Array.from({ length: 50 }, (_, i) => ({ name: `page-${i}.txt`, base64: Buffer.from(`शीर्षक ${i}\n\nमास्को में बैठक ${i} हुई।\n`).toString('base64') }));
    await expect(api['article.import']({ pages })).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('killed') });
    const { store: reopened } = await reopen();
    expect((await reopened.listArticles()).length).toBe(ARTICLES);
    expect(readdirSync(join(dir, 'articles')).filter((name) => name.startsWith('page-'))).toEqual([]);
    await reopened.close();
  });

  it('review accept-all killed after its first rename: the next open completes both the article and the alignment', async () => {
    const setup = await openLowdbProject(dir);
    const english = 'Title a0\n\nRussia said talks will go on. Kim Jong Un visited Moscow. Dr Sharma put it at 27.1 per cent.';
    await createHandlers(setup, { now: () => NOW })['align.run']({ articleId: 'a0', english });
    await setup.close();
    let renames = 0;
    let died!: () => void;
    const death = new Promise<void>((resolve) => (died = resolve));
    const store = await openLowdbProject(dir, {
      pid: deadPid(),
      journalHook: (step) => {
        if (step !== 'rename' || ++renames !== 2) return;
        died();
        return new Promise<void>(() => {});
      },
    });
    void createHandlers(store, { now: () => NOW })['align.edit']({ articleId: 'a0', op: { type: 'acceptAbove', threshold: 0 } });
    await death;
    const { store: reopened, api } = await reopen();
    expect(reopened.warnings()).toContainEqual(expect.objectContaining({ code: 'operation-recovered', detail: expect.stringContaining('align.edit') }));
    const view = await api['align.get']({ articleId: 'a0' });
    expect(view.links.every((link) => link.status === 'accepted')).toBe(true);
    const article = await reopened.getArticle('a0');
    // The translated segment keeps the translator's text (issue 14: a review never overwrites it).
    expect(article?.segments.slice(1).map((segment) => [segment.target, segment.origin])).toEqual([['Russia said talks will go on.', 'aligned'], ['Kim Jong Un visited Moskva.', undefined], ['Dr Sharma put it at 27.1 per cent.', 'aligned']]);
    await reopened.close();
  });
});
