/**
 * Issue 13, item 2: another program (git pull, a sync client, an editor) changes a project file
 * while the project is open. The store notices by its fingerprints (size, mtime, inode, SHA-256)
 * and its folder watch: the change is loaded when nothing local conflicts, and a local write based
 * on the old version is a conflict. The other program's file is never overwritten.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../../services/handlers.ts';
import { toApiError } from '../../../services/api-failure.ts';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { transactional } from '../../../services/store/transaction.ts';
import type { ExternalChange, ProjectStore } from '../../../services/store/project-store.ts';
import type { ApiError, Article, Glossary, GlossaryEntry } from '../../../services/contract.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const page = 'समाचार\n\nकिम जोंग उन ने कहा। मॉस्को में बैठक हुई।\n';
const entry: GlossaryEntry = {
  id: 'moscow', source: 'मॉस्को', sourceVariants: ['मास्को'], target: 'Moscow', targetAlternates: [], forbidden: [],
  type: 'place', caseSensitive: false, matchMode: 'inflected', note: 'capital', status: 'approved',
  createdAt: NOW, updatedAt: NOW, author: 'test',
};

let dir: string;
let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  const thrown = await promise.then(() => undefined, (error: unknown) => error);
  expect(thrown, 'the write was expected to be refused').toBeDefined();
  return toApiError(thrown);
}

const articleFile = () => path.join(dir, 'articles', 'story.json');
const readArticleFile = async (): Promise<Article> => JSON.parse(await readFile(articleFile(), 'utf8')) as Article;

/** What another program does: rewrites the article file with segment `index` translated. */
async function translateOnDisk(index: number, target: string): Promise<Article> {
  const onDisk = await readArticleFile();
  onDisk.segments[index] = { ...onDisk.segments[index], target, status: 'translated' };
  await writeFile(articleFile(), JSON.stringify(onDisk, null, 2));
  return onDisk;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'anuvad-external-'));
  store = await openLowdbProject(dir, { create: true });
  api = createHandlers(store, { now: () => NOW });
  await api['article.import']({ pages: [{ name: 'story.txt', base64: Buffer.from(page).toString('base64') }] });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a file changed by another program while the project is open', () => {
  it('is loaded without any call (folder watch): listeners, summaries and the warning follow it', async () => {
    const seen: ExternalChange[] = [];
    store.onExternalChange?.((change) => seen.push(change));
    expect((await api['article.summaries']({})).articles[0].translated).toBe(0);
    await translateOnDisk(1, 'Kim Jong Un said.');
    // No API call touches the article: only the watch can bring the change in.
    await vi.waitFor(() => expect(seen.some((change) => change.kind === 'article-saved')).toBe(true), { timeout: 5000, interval: 20 });
    const summary = (await api['article.summaries']({})).articles[0];
    expect(summary.translated).toBe(1);
    expect(summary.byStatus.translated).toBe(1);
    const info = await api['project.info']({});
    expect(info.warnings).toContainEqual(expect.objectContaining({ code: 'changed-outside', file: 'articles/story.json' }));
  });

  it('is what the next read returns, with a new revision for the changed segment only', async () => {
    const before = await api['article.get']({ id: 'story' });
    await translateOnDisk(1, 'Kim Jong Un said.');
    const after = await api['article.get']({ id: 'story' });
    expect(after.segments[1].target).toBe('Kim Jong Un said.');
    expect(after.segments[1].revision).toBe((before.segments[1].revision ?? 0) + 1);
    expect(after.segments[2].revision).toBe(before.segments[2].revision);
    expect(after.revision).toBeGreaterThan(before.revision ?? 0);
  });

  it('merges with a local save of another segment: both changes are kept on disk', async () => {
    const tab = await api['article.get']({ id: 'story' });
    await translateOnDisk(1, 'Kim Jong Un said.');
    // The tab still holds the old article; it edits a segment the other program did not touch.
    const saved = await api['article.saveSegment']({ articleId: 'story', segmentId: tab.segments[2].id, target: 'A meeting was held in Moscow.', baseRevision: tab.segments[2].revision });
    expect(saved.target).toBe('A meeting was held in Moscow.');
    const onDisk = await readArticleFile();
    expect(onDisk.segments[1].target).toBe('Kim Jong Un said.');
    expect(onDisk.segments[2].target).toBe('A meeting was held in Moscow.');
  });

  it('makes a local save of the same segment based on the old revision a conflict, and the file is not overwritten', async () => {
    const tab = await api['article.get']({ id: 'story' });
    await translateOnDisk(1, 'Theirs: Kim Jong Un said.');
    const fileBefore = await readFile(articleFile(), 'utf8');
    const error = await errorOf(api['article.saveSegment']({ articleId: 'story', segmentId: tab.segments[1].id, target: 'Mine: Kim said.', baseRevision: tab.segments[1].revision }));
    expect(error.code).toBe('conflict');
    expect(error.conflict).toMatchObject({ kind: 'segment', id: tab.segments[1].id, articleId: 'story', baseRevision: tab.segments[1].revision });
    expect((error.conflict?.theirs as { target: string }).target).toBe('Theirs: Kim Jong Un said.');
    expect((error.conflict?.mine as { target: string }).target).toBe('Mine: Kim said.');
    expect(await readFile(articleFile(), 'utf8')).toBe(fileBefore);
    // "Keep mine": resent on the revision the conflict named, it is saved.
    const kept = await api['article.saveSegment']({ articleId: 'story', segmentId: tab.segments[1].id, target: 'Mine: Kim said.', baseRevision: error.conflict?.currentRevision });
    expect(kept.target).toBe('Mine: Kim said.');
    expect((await readArticleFile()).segments[1].target).toBe('Mine: Kim said.');
  });

  it('is a conflict at the store when a whole-article write was read before the change, whether or not the watch has loaded it yet', async () => {
    for (const waitForWatch of [false, true]) {
      const read = await store.getArticle('story');
      if (!read) throw new Error('article missing');
      const theirs = `Theirs ${waitForWatch ? 'after' : 'before'} the watch.`;
      const seen = new Promise<void>((resolve) => store.onExternalChange?.(() => resolve()));
      await translateOnDisk(2, theirs);
      if (waitForWatch) await seen;
      const fileBefore = await readFile(articleFile(), 'utf8');
      const mine: Article = { ...read, segments: read.segments.map((segment, i) => (i === 1 ? { ...segment, target: `mine ${i}`, status: 'draft' as const } : segment)) };
      const error = await errorOf(store.saveArticle(mine));
      expect(error.code, `watch ${waitForWatch ? 'seen' : 'not seen'}`).toBe('conflict');
      expect(await readFile(articleFile(), 'utf8')).toBe(fileBefore);
      expect((await store.getArticle('story'))?.segments[2].target).toBe(theirs);
    }
  });

  it('is a conflict for an all-or-nothing operation that read the article before the change (the watch loaded it mid-operation)', async () => {
    const tx = transactional(store);
    const seen = new Promise<void>((resolve) => store.onExternalChange?.(() => resolve()));
    const outcome = tx.run('test operation', async () => {
      const read = await tx.getArticle('story');
      if (!read) throw new Error('article missing');
      await translateOnDisk(2, 'Theirs, mid-operation.');
      await seen;
      await tx.saveArticle({ ...read, segments: read.segments.map((segment, i) => (i === 1 ? { ...segment, target: 'mine', status: 'draft' as const } : segment)) });
    });
    const error = await errorOf(outcome);
    expect(error.code).toBe('conflict');
    expect(error.conflict).toMatchObject({ kind: 'article', id: 'story' });
    const onDisk = await readArticleFile();
    expect(onDisk.segments[2].target).toBe('Theirs, mid-operation.');
    expect(onDisk.segments[1].target).toBe('');
  });

  it('glossary: an outside edit is loaded, a stale entry edit is a conflict, another entry merges', async () => {
    await api['glossary.upsert']({ entry, baseRevision: 0 });
    await api['glossary.upsert']({ entry: { ...entry, id: 'kim', source: 'किम जोंग उन', sourceVariants: [], target: 'Kim Jong Un', type: 'person' }, baseRevision: 0 });
    const tab = await api['glossary.get']({});
    const glossaryFile = path.join(dir, 'glossary.json');
    const onDisk = JSON.parse(await readFile(glossaryFile, 'utf8')) as Glossary;
    onDisk.entries = onDisk.entries.map((each) => (each.id === 'moscow' ? { ...each, note: 'theirs: the capital of Russia' } : each));
    await writeFile(glossaryFile, JSON.stringify(onDisk, null, 2));
    const tabMoscow = tab.entries.find((each) => each.id === 'moscow');
    const stale = await errorOf(api['glossary.upsert']({ entry: { ...entry, note: 'mine' }, baseRevision: tabMoscow?.revision }));
    expect(stale.code).toBe('conflict');
    expect((stale.conflict?.theirs as GlossaryEntry).note).toBe('theirs: the capital of Russia');
    const tabKim = tab.entries.find((each) => each.id === 'kim');
    if (!tabKim) throw new Error('kim missing');
    await api['glossary.upsert']({ entry: { ...tabKim, note: 'mine: leader' }, baseRevision: tabKim.revision });
    const merged = JSON.parse(await readFile(glossaryFile, 'utf8')) as Glossary;
    expect(merged.entries.find((each) => each.id === 'moscow')?.note).toBe('theirs: the capital of Russia');
    expect(merged.entries.find((each) => each.id === 'kim')?.note).toBe('mine: leader');
  });

  it('a file deleted by another program is kept in memory and a save of it is a conflict, not a silent re-creation', async () => {
    const read = await store.getArticle('story');
    if (!read) throw new Error('article missing');
    await rm(articleFile());
    const error = await errorOf(store.saveArticle({ ...read, title: 'changed' }));
    expect(error.code).toBe('conflict');
    await expect(readFile(articleFile(), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('a touch (mtime only, same bytes) is not a change', async () => {
    const before = await api['article.get']({ id: 'story' });
    const text = await readFile(articleFile(), 'utf8');
    await writeFile(articleFile(), text);
    const after = await api['article.get']({ id: 'story' });
    expect(after.revision).toBe(before.revision);
    const saved = await api['article.saveSegment']({ articleId: 'story', segmentId: before.segments[1].id, target: 'Kim said.', baseRevision: before.segments[1].revision });
    expect(saved.target).toBe('Kim said.');
    expect((await api['project.info']({})).warnings.filter((warning) => warning.code === 'changed-outside')).toEqual([]);
  });
});
