/**
 * Issue 14 item 5: find and replace across articles through the contract. The preview lists
 * every change; apply takes the kept ones in one commit with one undo step; confirmed segments
 * become drafts (the workflow's edit rule); undo reverts the whole replace and keeps later work;
 * a crash in the middle of the commit applies all or nothing (lowdb store and its journal).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../services/handlers.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import type { JournalStepHook } from '../../services/store/journal.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import type { ReplaceRequest } from '../../services/contract.ts';
import { sampleArticle } from './store/store-fixtures.ts';

const NOW = '2026-12-07T10:00:00.000Z';
const request = (over: Partial<ReplaceRequest> = {}): ReplaceRequest => ({
  query: 'Moskva', replacement: 'Moscow', options: { matchCase: true, wholeWord: true, regex: false }, ...over,
});

async function seed(store: ProjectStore, count: number) {
  for (let i = 0; i < count; i++) {
    const article = sampleArticle(`a${i}`, 4);
    article.segments[1] = { ...article.segments[1], target: 'Russia said Moskva talks go on; Moskvas aside.', status: 'approved', overrideReason: 'quote' };
    article.segments[2] = { ...article.segments[2], target: 'Kim Jong Un visited Moskva.', status: 'translated' };
    await store.saveArticle(article);
  }
}

describe('project.previewReplace / project.replace / project.undoReplace', () => {
  let store: ProjectStore;
  let api: ReturnType<typeof createHandlers>;
  beforeEach(async () => {
    store = createMemoryProject({ dir: '/projects/test', name: 'test' });
    await seed(store, 3);
    api = createHandlers(store, { now: () => NOW });
  });

  it('previews every change with article, segment, before/after and the status after', async () => {
    const preview = await api['project.previewReplace'](request());
    expect(preview).toMatchObject({ matches: 6, articles: 3 });
    expect(preview.changes).toHaveLength(6);
    expect(preview.changes[0]).toMatchObject({
      articleId: 'a0', articleTitle: 'शीर्षक a0', segmentId: 'a0-s1', segmentIndex: 1, source: 'रूस ने कहा कि वार्ता जारी रहेगी।',
      before: 'Russia said Moskva talks go on; Moskvas aside.', after: 'Russia said Moscow talks go on; Moskvas aside.', status: 'approved', statusAfter: 'draft',
    });
    const one = await api['project.previewReplace'](request({ articleIds: ['a2'] }));
    expect(one.changes.map((change) => change.articleId)).toEqual(['a2', 'a2']);
  });

  it('applies the kept changes as one step; undo reverts all of them at once and keeps later edits', async () => {
    const preview = await api['project.previewReplace'](request());
    const kept = preview.changes.filter((change) => change.segmentId !== 'a1-s2').map(({ articleId, segmentId, before }) => ({ articleId, segmentId, before }));
    const applied = await api['project.replace']({ ...request(), selected: kept });
    expect(applied.applied).toHaveLength(5);
    expect(applied.stale).toEqual([]);
    expect(applied.undoDepth).toBe(1);
    expect(applied.stepId).toMatch(/^replace-/);
    const a1 = (await api['article.get']({ id: 'a1' })).segments;
    expect(a1[1]).toMatchObject({ target: 'Russia said Moscow talks go on; Moskvas aside.', status: 'draft', origin: 'manual', updatedAt: NOW });
    expect(a1[1].overrideReason).toBeUndefined();
    // Deselected in the preview: untouched.
    expect(a1[2]).toMatchObject({ target: 'Kim Jong Un visited Moskva.', status: 'translated' });
    // Later work on one replaced segment survives the undo (a draft: a confirmation would also fill its repetitions).
    await api['article.saveSegment']({ articleId: 'a0', segmentId: 'a0-s2', target: 'Kim Jong Un visited Moscow!' });
    const undone = await api['project.undoReplace']({ stepId: applied.stepId });
    expect(undone.restored).toHaveLength(4);
    expect(undone.skipped).toEqual([{ articleId: 'a0', segmentId: 'a0-s2' }]);
    expect((await api['article.get']({ id: 'a1' })).segments[1]).toMatchObject({ target: 'Russia said Moskva talks go on; Moskvas aside.', status: 'approved', overrideReason: 'quote' });
    expect((await api['article.get']({ id: 'a0' })).segments[2]).toMatchObject({ target: 'Kim Jong Un visited Moscow!', status: 'draft' });
    await expect(api['project.undoReplace']({})).rejects.toMatchObject({ error: { code: 'conflict' } });
  });

  it('refuses a stale selection, an undo of a replace that is not the last, and bad queries with their reason', async () => {
    const preview = await api['project.previewReplace'](request({ articleIds: ['a0'] }));
    await api['article.saveSegment']({ articleId: 'a0', segmentId: 'a0-s2', target: 'Kim visited Moskva today.' });
    const first = await api['project.replace']({ ...request({ articleIds: ['a0'] }), selected: preview.changes.map(({ articleId, segmentId, before }) => ({ articleId, segmentId, before })) });
    expect(first.stale).toEqual([{ articleId: 'a0', segmentId: 'a0-s2' }]);
    const second = await api['project.replace']({ ...request({ query: 'Kim', replacement: 'KIM' }), selected: [{ articleId: 'a1', segmentId: 'a1-s2', before: 'Kim Jong Un visited Moskva.' }] });
    await expect(api['project.undoReplace']({ stepId: first.stepId })).rejects.toMatchObject({ error: { code: 'conflict', message: expect.stringContaining('not the last') } });
    await api['project.undoReplace']({ stepId: second.stepId });
    await api['project.undoReplace']({ stepId: first.stepId });
    await expect(api['project.previewReplace'](request({ query: '(Mosk', options: { matchCase: false, wholeWord: false, regex: true } }))).rejects.toMatchObject({
      error: { code: 'bad-input', message: expect.stringContaining('Invalid regular expression: missing closing )') },
    });
    await expect(api['project.previewReplace'](request({ query: '' }))).rejects.toMatchObject({ error: { code: 'bad-input' } });
    // A pattern that hangs a backtracking engine answers at once.
    const evil = await api['project.previewReplace'](request({ query: '(M+)+$', options: { matchCase: true, wholeWord: false, regex: true } }));
    expect(evil.changes).toEqual([]);
  });
});

describe('a replace over many articles is all-or-nothing on disk', () => {
  const ARTICLES = 30;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'anuvad-replace-'));
    const setup = await openLowdbProject(dir, { create: true });
    await seed(setup, ARTICLES);
    await setup.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
  /** Runs the replace in a store that "dies" at the `at`-th journal `step` (the write never goes on). */
  async function replaceAndDie(step: Parameters<JournalStepHook>[0], at: number) {
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
    const preview = await api['project.previewReplace'](request());
    void api['project.replace']({ ...request(), selected: preview.changes.map(({ articleId, segmentId, before }) => ({ articleId, segmentId, before })) });
    await death;
  }
  const targets = async (store: ProjectStore) => new Set((await store.listArticles()).map((article) => article.segments[2].target));

  it('killed after some renames: reopening completes it, and one undo reverts every article', async () => {
    await replaceAndDie('rename', 11);
    const store = await openLowdbProject(dir);
    expect(await targets(store)).toEqual(new Set(['Kim Jong Un visited Moscow.']));
    const undone = await createHandlers(store, { now: () => NOW })['project.undoReplace']({});
    expect(undone.restored).toHaveLength(ARTICLES * 2);
    expect(await targets(store)).toEqual(new Set(['Kim Jong Un visited Moskva.']));
    await store.close();
  });

  it('killed while staging: nothing changed and there is nothing to undo', async () => {
    await replaceAndDie('stage', 11);
    const store = await openLowdbProject(dir);
    expect(await targets(store)).toEqual(new Set(['Kim Jong Un visited Moskva.']));
    await expect(createHandlers(store, { now: () => NOW })['project.undoReplace']({})).rejects.toMatchObject({ error: { code: 'conflict' } });
    await store.close();
  });
});
