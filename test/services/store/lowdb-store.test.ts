import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { createMemoryProject } from '../../../services/store/memory-store.ts';
import type { ProjectStore } from '../../../services/store/project-store.ts';
import { LOCK_FILE } from '../../../services/store/project-lock.ts';
import { isStoreError } from '../../../services/store/store-error.ts';
import { firstRevision, sampleArticle } from './store-fixtures.ts';

let dir: string;
const open: ProjectStore[] = [];
const fixedNow = () => new Date('2026-05-01T10:20:30.456Z');

async function openProject(options: Parameters<typeof openLowdbProject>[1] = {}): Promise<ProjectStore> {
  const store = await openLowdbProject(dir, { now: fixedNow, ...options });
  open.push(store);
  return store;
}

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(join(dir, rel), 'utf8'));
}

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'anuvad-store-'));
});

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('lowdb project store: layout and round trip', () => {
  it('writes project.json, glossary.json, settings.json, articles/<id>.json and docs, each with a schemaVersion', async () => {
    const store = await openProject({ create: true });
    await store.saveArticle(sampleArticle('a1'));
    await store.saveGlossary({ schemaVersion: 1, entries: [] });
    await store.saveSettings({ uiLanguage: 'hi' });
    await store.saveDoc('alignments/a1', { links: [1, 2] });
    for (const rel of ['project.json', 'glossary.json', 'settings.json', 'articles/a1.json', 'docs/alignments/a1.json']) {
      expect((readJson(rel) as { schemaVersion: unknown }).schemaVersion, rel).toBe(1);
    }
    await store.close();
    const again = await openProject();
    expect(again.readOnly).toBe(false);
    expect(again.warnings()).toEqual([]);
    expect((await again.listArticles()).map((a) => a.id)).toEqual(['a1']);
    expect(await again.getArticle('a1')).toEqual(firstRevision(sampleArticle('a1')));
    expect(await again.getSettings()).toEqual({ uiLanguage: 'hi', revision: 1 });
    expect(await again.getDoc('alignments/a1')).toEqual({ links: [1, 2] });
    expect(await again.getDoc('tm')).toBeUndefined();
  });

  it('refuses to open a folder that is not a project unless asked to create one', async () => {
    await expect(openLowdbProject(join(dir, 'nothing-here'))).rejects.toMatchObject({ code: 'not-found' });
    expect(existsSync(join(dir, 'nothing-here'))).toBe(false);
  });

  it('saving one segment rewrites only that article file (other files keep inode and mtime)', async () => {
    const store = await openProject({ create: true });
    for (const id of ['a1', 'a2', 'a3']) await store.saveArticle(sampleArticle(id));
    await store.saveGlossary({ schemaVersion: 1, entries: [] });
    const files = ['project.json', 'glossary.json', 'articles/a1.json', 'articles/a2.json', 'articles/a3.json'];
    const before = new Map(files.map((rel) => [rel, statSync(join(dir, rel))]));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const edited = sampleArticle('a2');
    edited.segments[1] = { ...edited.segments[1], target: 'Russia said talks will continue.', status: 'translated' };
    await store.saveArticle(edited);
    for (const rel of files) {
      const after = statSync(join(dir, rel));
      if (rel === 'articles/a2.json') {
        // Written to a temp file and renamed over the old one: a new inode.
        expect(after.ino, rel).not.toBe(before.get(rel)!.ino);
      } else {
        expect([after.ino, after.mtimeMs], rel).toEqual([before.get(rel)!.ino, before.get(rel)!.mtimeMs]);
      }
    }
    expect((readJson('articles/a2.json') as { segments: { target: string }[] }).segments[1].target).toBe('Russia said talks will continue.');
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual(['a1.json', 'a2.json', 'a3.json']);
  });

  it('a write interrupted between temp file and rename leaves the old file intact; the temp debris is removed on open', async () => {
    const store = await openProject({ create: true });
    await store.saveArticle(sampleArticle('a1'));
    await store.close();
    const original = readFileSync(join(dir, 'articles/a1.json'), 'utf8');
    // What steno leaves when the process dies after writing part of the temp file.
    writeFileSync(join(dir, 'articles/.a1.json.tmp'), original.slice(0, original.length / 2));
    const reopened = await openProject();
    expect(reopened.warnings()).toEqual([]);
    expect(await reopened.getArticle('a1')).toEqual(firstRevision(sampleArticle('a1')));
    expect(readFileSync(join(dir, 'articles/a1.json'), 'utf8')).toBe(original);
    expect(existsSync(join(dir, 'articles/.a1.json.tmp'))).toBe(false);
  });

  it('a failing write (the temp file cannot be created) throws an io error naming the file and keeps the old file and state', async () => {
    const store = await openProject({ create: true });
    await store.saveArticle(sampleArticle('a1'));
    const original = readFileSync(join(dir, 'articles/a1.json'), 'utf8');
    // A directory where the temp file must go makes writeFile fail (EISDIR), like ENOSPC/EACCES would.
    mkdirSync(join(dir, 'articles/.a1.json.tmp'));
    const edited = sampleArticle('a1');
    edited.segments[0].target = 'Title';
    const failure = await store.saveArticle(edited).then(() => undefined, (error: unknown) => error);
    expect(isStoreError(failure, 'io')).toBe(true);
    expect(failure).toMatchObject({ file: 'articles/a1.json' });
    expect(String((failure as Error).message)).toContain('articles/a1.json');
    expect(readFileSync(join(dir, 'articles/a1.json'), 'utf8')).toBe(original);
    expect((await store.getArticle('a1'))!.segments[0].target).toBe('');
    // Once the disk accepts writes again, the same save succeeds.
    rmSync(join(dir, 'articles/.a1.json.tmp'), { recursive: true });
    await store.saveArticle(edited);
    expect((readJson('articles/a1.json') as { segments: { target: string }[] }).segments[0].target).toBe('Title');
  });

  it('a project folder deleted while open gives a clear io error and is not recreated half-empty', async () => {
    const store = await openProject({ create: true });
    await store.saveArticle(sampleArticle('a1'));
    rmSync(dir, { recursive: true, force: true });
    await expect(store.saveArticle(sampleArticle('a2'))).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('no longer exists') });
    expect(existsSync(dir)).toBe(false);
    expect((await store.getArticle('a1'))?.id).toBe('a1');
  });

  it('rejects ids and document names that are not safe file names, writing nothing', async () => {
    const store = await openProject({ create: true });
    for (const id of ['../escape', 'a/b', 'a\\b', '..', '.hidden', '', 'a..b']) {
      await expect(store.saveArticle(sampleArticle(id)), id).rejects.toMatchObject({ code: 'bad-input' });
    }
    await expect(store.saveDoc('../../etc/x', {})).rejects.toMatchObject({ code: 'bad-input' });
    await expect(store.saveDoc('alignments/../x', {})).rejects.toMatchObject({ code: 'bad-input' });
    expect(readdirSync(dir).sort()).toEqual([LOCK_FILE, 'project.json']);
    await store.saveArticle(sampleArticle('समाचार_1'));
    expect(existsSync(join(dir, 'articles', 'समाचार_1.json'))).toBe(true);
  });
});

describe('lowdb project store: damaged files', () => {
  async function projectWithThreeArticles(): Promise<void> {
    const store = await openLowdbProject(dir, { create: true, now: fixedNow });
    for (const id of ['a1', 'a2', 'a3']) await store.saveArticle(sampleArticle(id));
    await store.saveGlossary({ schemaVersion: 1, entries: [] });
    await store.saveSettings({ uiLanguage: 'hi' });
    await store.close();
  }

  it('a truncated article file is moved aside (never overwritten), named in the warning, and the rest opens', async () => {
    await projectWithThreeArticles();
    const full = readFileSync(join(dir, 'articles/a2.json'), 'utf8');
    const truncated = full.slice(0, Math.floor(full.length * 0.6));
    writeFileSync(join(dir, 'articles/a2.json'), truncated);
    const store = await openProject();
    const warnings = store.warnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'corrupt-file', file: 'articles/a2.json', movedTo: 'articles/a2.json.corrupt-2026-05-01T10-20-30-456Z' });
    expect(warnings[0].detail).toContain('articles/a2.json');
    expect(readFileSync(join(dir, warnings[0].movedTo!), 'utf8')).toBe(truncated);
    expect((await store.listArticles()).map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(await store.getSettings()).toEqual({ uiLanguage: 'hi', revision: 1 });
    // A new save under the same id writes a fresh file; the damaged copy stays as it was.
    await store.saveArticle(sampleArticle('a2'));
    expect(readFileSync(join(dir, warnings[0].movedTo!), 'utf8')).toBe(truncated);
    expect(readJson('articles/a2.json')).toEqual(firstRevision(sampleArticle('a2')));
  });

  it('garbage, empty and wrongly shaped files are corrupt too; project.json is rebuilt from the article files', async () => {
    await projectWithThreeArticles();
    writeFileSync(join(dir, 'project.json'), '\u0000\u0001binary');
    writeFileSync(join(dir, 'glossary.json'), '');
    writeFileSync(join(dir, 'articles/a3.json'), JSON.stringify({ schemaVersion: 1, id: 'other', segments: [], removed: [] }));
    const store = await openProject();
    const byFile = new Map(store.warnings().map((w) => [w.file, w]));
    expect([...byFile.keys()].sort()).toEqual(['articles/a3.json', 'glossary.json', 'project.json']);
    for (const warning of byFile.values()) {
      expect(warning.code).toBe('corrupt-file');
      expect(existsSync(join(dir, warning.movedTo!))).toBe(true);
    }
    expect(readFileSync(join(dir, byFile.get('project.json')!.movedTo!), 'utf8')).toBe('\u0000\u0001binary');
    expect((await store.listArticles()).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(await store.getGlossary()).toEqual({ schemaVersion: 1, entries: [] });
    expect((readJson('project.json') as { articleIds: string[] }).articleIds).toEqual(['a1', 'a2']);
  });

  it('two corrupt files in the same millisecond never overwrite each other when moved aside', async () => {
    await projectWithThreeArticles();
    writeFileSync(join(dir, 'articles/a1.json'), '{"x":');
    writeFileSync(join(dir, 'articles/a1.json.corrupt-2026-05-01T10-20-30-456Z'), 'earlier damage');
    const store = await openProject();
    expect(store.warnings()[0].movedTo).toBe('articles/a1.json.corrupt-2026-05-01T10-20-30-456Z-2');
    expect(readFileSync(join(dir, 'articles/a1.json.corrupt-2026-05-01T10-20-30-456Z'), 'utf8')).toBe('earlier damage');
  });

  it('a file from a newer schema version is not loaded, not written, and the rest opens', async () => {
    await projectWithThreeArticles();
    const newer = JSON.stringify({ ...sampleArticle('a1'), schemaVersion: 99, futureField: true });
    writeFileSync(join(dir, 'articles/a1.json'), newer);
    const newerGlossary = JSON.stringify({ schemaVersion: 7, entries: [], termSets: [] });
    writeFileSync(join(dir, 'glossary.json'), newerGlossary);
    const store = await openProject();
    expect(store.readOnly).toBe(false);
    expect(store.warnings().map((w) => [w.code, w.file]).sort()).toEqual([['newer-schema', 'articles/a1.json'], ['newer-schema', 'glossary.json']]);
    expect((await store.listArticles()).map((a) => a.id)).toEqual(['a2', 'a3']);
    await expect(store.saveArticle(sampleArticle('a1'))).rejects.toMatchObject({ code: 'conflict', file: 'articles/a1.json' });
    await expect(store.deleteArticle('a1')).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.saveGlossary({ schemaVersion: 1, entries: [] })).rejects.toMatchObject({ code: 'conflict', file: 'glossary.json' });
    expect(readFileSync(join(dir, 'articles/a1.json'), 'utf8')).toBe(newer);
    expect(readFileSync(join(dir, 'glossary.json'), 'utf8')).toBe(newerGlossary);
    await store.saveArticle({ ...sampleArticle('a2'), title: 'changed' });
    expect((await store.getArticle('a2'))!.title).toBe('changed');
  });

  it('a newer project.json makes the whole project read-only', async () => {
    await projectWithThreeArticles();
    const newer = JSON.stringify({ schemaVersion: 2, name: 'p', createdAt: 'x', articleIds: ['a1', 'a2', 'a3'], shelves: [] });
    writeFileSync(join(dir, 'project.json'), newer);
    const store = await openProject();
    expect(store.readOnly).toBe(true);
    expect(store.warnings()).toEqual([expect.objectContaining({ code: 'newer-schema', file: 'project.json' })]);
    expect((await store.listArticles()).map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    await expect(store.saveArticle(sampleArticle('a4'))).rejects.toMatchObject({ code: 'read-only' });
    expect(readFileSync(join(dir, 'project.json'), 'utf8')).toBe(newer);
  });

  it('a missing article file is reported and the rest opens; an unlisted article file is adopted', async () => {
    await projectWithThreeArticles();
    rmSync(join(dir, 'articles/a2.json'));
    writeFileSync(join(dir, 'articles/a9.json'), JSON.stringify(sampleArticle('a9')));
    const store = await openProject();
    expect(store.warnings()).toEqual([expect.objectContaining({ code: 'missing-file', file: 'articles/a2.json' })]);
    expect((await store.listArticles()).map((a) => a.id)).toEqual(['a1', 'a3', 'a9']);
  });

  it('a corrupt auxiliary document is moved aside when first read', async () => {
    const store = await openProject({ create: true });
    await store.saveDoc('tm', { pairs: [] });
    writeFileSync(join(dir, 'docs/tm.json'), '{"schemaVersion":1,"value":{"pairs":[');
    await store.close();
    const again = await openProject();
    expect(await again.getDoc('tm')).toBeUndefined();
    expect(again.warnings()).toEqual([expect.objectContaining({ code: 'corrupt-file', file: 'docs/tm.json', movedTo: 'docs/tm.json.corrupt-2026-05-01T10-20-30-456Z' })]);
  });
});

describe('lowdb project store: the lock', () => {
  it('a second opener gets the project read-only with an open-elsewhere warning; writes throw read-only', async () => {
    const first = await openProject({ create: true });
    await first.saveArticle(sampleArticle('a1'));
    const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, hostname: hostname() });
    const second = await openProject();
    expect(second.readOnly).toBe(true);
    expect(second.warnings()).toEqual([expect.objectContaining({ code: 'open-elsewhere', file: LOCK_FILE })]);
    expect(second.warnings()[0].detail).toContain(`pid ${process.pid}`);
    expect((await second.listArticles()).map((a) => a.id)).toEqual(['a1']);
    await expect(second.saveArticle(sampleArticle('a2'))).rejects.toMatchObject({ code: 'read-only', message: `project is open elsewhere (pid ${process.pid})` });
    await expect(second.saveSettings({ uiLanguage: 'hi' })).rejects.toMatchObject({ code: 'read-only' });
    await second.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    await first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const third = await openProject();
    expect(third.readOnly).toBe(false);
  });

  it('a read-only opener reports a corrupt file but leaves it where it is', async () => {
    const first = await openProject({ create: true });
    await first.saveArticle(sampleArticle('a1'));
    writeFileSync(join(dir, 'articles/a1.json'), '{');
    const second = await openProject();
    expect(second.warnings().map((w) => w.code).sort()).toEqual(['corrupt-file', 'open-elsewhere']);
    expect(readFileSync(join(dir, 'articles/a1.json'), 'utf8')).toBe('{');
  });

  it('a stale lock left by a dead process is recovered with a warning', async () => {
    mkdirSync(dir, { recursive: true });
    const store0 = await openProject({ create: true });
    await store0.close();
    const pid = deadPid();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
    const store = await openProject();
    expect(store.readOnly).toBe(false);
    expect(store.warnings()).toEqual([expect.objectContaining({ code: 'stale-lock-recovered', file: LOCK_FILE, detail: expect.stringContaining(`pid ${pid}`) })]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
  });

  it('a lock whose pid now belongs to another process (pid reuse after a crash) is stale', async () => {
    const store0 = await openProject({ create: true });
    await store0.close();
    // Our own pid is alive, but with a different start time it is not the process that took the lock.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z', processStart: '1' }));
    const store = await openProject();
    expect(store.readOnly).toBe(process.platform !== 'linux');
  });

  it('a lock held by a live process on another host is respected', async () => {
    const store0 = await openProject({ create: true });
    await store0.close();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, hostname: 'some-other-machine', startedAt: '2026-01-01T00:00:00.000Z' }));
    const store = await openProject();
    expect(store.readOnly).toBe(true);
  });
});

describe.each([
  ['lowdb', async (readOnly: boolean) => {
    if (readOnly) {
      open.push(await openLowdbProject(dir, { create: true, now: fixedNow }));
    }
    return openProject({ create: true });
  }],
  ['memory', async (readOnly: boolean) => createMemoryProject({ readOnly, lockOwnerPid: process.pid })],
])('%s store: shared behaviour', (_name, make) => {
  it('returns copies: mutating a returned article does not change the store', async () => {
    const store = await make(false);
    await store.saveArticle(sampleArticle('a1'));
    const copy = (await store.getArticle('a1'))!;
    copy.segments[0].target = 'mutated';
    expect((await store.getArticle('a1'))!.segments[0].target).toBe('');
  });

  it('lists in insertion order, deletes, and keeps settings and docs', async () => {
    const store = await make(false);
    for (const id of ['b', 'a', 'c']) await store.saveArticle(sampleArticle(id));
    await store.deleteArticle('a');
    expect((await store.listArticles()).map((a) => a.id)).toEqual(['b', 'c']);
    expect((await store.meta()).articleIds).toEqual(['b', 'c']);
    expect(await store.getArticle('a')).toBeUndefined();
    await store.saveDoc('alignments/b', [1]);
    expect(await store.getDoc('alignments/b')).toEqual([1]);
    expect(await store.getSettings()).toEqual({ uiLanguage: 'en' });
  });

  it('read-only: every write throws a read-only error and the warning says open elsewhere', async () => {
    const store = await make(true);
    expect(store.readOnly).toBe(true);
    expect(store.warnings().some((w) => w.code === 'open-elsewhere')).toBe(true);
    await expect(store.saveArticle(sampleArticle('a1'))).rejects.toMatchObject({ code: 'read-only', message: `project is open elsewhere (pid ${process.pid})` });
    await expect(store.saveGlossary({ schemaVersion: 1, entries: [] })).rejects.toMatchObject({ code: 'read-only' });
    await expect(store.saveDoc('tm', {})).rejects.toMatchObject({ code: 'read-only' });
    await expect(store.deleteArticle('a1')).rejects.toMatchObject({ code: 'read-only' });
  });

  it('rejects unsafe ids', async () => {
    const store = await make(false);
    await expect(store.saveArticle(sampleArticle('../x'))).rejects.toMatchObject({ code: 'bad-input' });
  });
});
