/**
 * Issue 13, scenario 2 (lost updates): two tabs of one project, each holding what it read. A stale
 * segment save, a stale glossary edit, a stale delete-then-edit and a stale settings write must be
 * refused as 'conflict' with both versions (HTTP 409), and the other tab's work must stay.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../services/handlers.ts';
import { toApiError, httpStatusFor } from '../../services/api-failure.ts';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import type { ApiError, GlossaryEntry } from '../../services/contract.ts';
import { startServer } from '../../transports/http/server.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const page = 'समाचार\n\nकिम जोंग उन ने कहा। मॉस्को में बैठक हुई।\n';
const entry: GlossaryEntry = {
  id: 'moscow', source: 'मॉस्को', sourceVariants: ['मास्को'], target: 'Moscow', targetAlternates: [], forbidden: [],
  type: 'place', caseSensitive: false, matchMode: 'inflected', note: 'capital', status: 'approved',
  createdAt: NOW, updatedAt: NOW, author: 'test',
};

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  const thrown = await promise.then(() => undefined, (error: unknown) => error);
  expect(thrown).toBeDefined();
  return toApiError(thrown);
}

let dir: string;
let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'anuvad-conflicts-'));
  store = await openLowdbProject(dir, { create: true });
  api = createHandlers(store, { now: () => NOW });
  await api['article.import']({ pages: [{ name: 'story.txt', base64: Buffer.from(page).toString('base64') }] });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('revisions: stale writes are conflicts, never silent overwrites', () => {
  it('a stale tab cannot overwrite another tab\'s approved segment (nor drop its approval reason)', async () => {
    // A forbidden spelling makes the approval need (and keep) a reason.
    await api['glossary.upsert']({ entry: { ...entry, id: 'kim', source: 'किम जोंग उन', sourceVariants: [], target: 'Kim Jong Un', forbidden: ['Kim Jong-un'], type: 'person', matchMode: 'exact' } });
    const tabA = await api['article.get']({ id: 'story' });
    const tabB = structuredClone(tabA);
    const segment = tabA.segments[1];
    expect(segment.revision).toBe(1);
    const approved = await api['article.saveSegment']({
      articleId: 'story', segmentId: segment.id, target: 'Kim Jong-un said.', status: 'approved', overrideReason: 'quoted spelling', baseRevision: segment.revision,
    });
    expect(approved.revision).toBe(2);
    const stale = tabB.segments[1];
    const error = await errorOf(api['article.saveSegment']({ articleId: 'story', segmentId: stale.id, target: 'Kim said.', baseRevision: stale.revision }));
    expect(error.code).toBe('conflict');
    expect(httpStatusFor(error.code)).toBe(409);
    expect(error.conflict).toMatchObject({ kind: 'segment', id: stale.id, articleId: 'story', baseRevision: 1, currentRevision: 2, mine: { target: 'Kim said.' } });
    expect(error.conflict?.theirs).toMatchObject({ target: 'Kim Jong-un said.', status: 'approved', overrideReason: 'quoted spelling' });
    // Nothing changed on disk: the approved text and its reason stay.
    const onDisk = JSON.parse(await readFile(path.join(dir, 'articles', 'story.json'), 'utf8'));
    expect(onDisk.segments[1]).toMatchObject({ target: 'Kim Jong-un said.', status: 'approved', overrideReason: 'quoted spelling', revision: 2 });
    // "Keep mine" = resend based on the revision the conflict named.
    const kept = await api['article.saveSegment']({ articleId: 'story', segmentId: stale.id, target: 'Kim said.', baseRevision: error.conflict?.currentRevision });
    expect(kept).toMatchObject({ target: 'Kim said.', revision: 3 });
  });

  it('saves of different segments of one article do not conflict with each other', async () => {
    const tab = await api['article.get']({ id: 'story' });
    const [first, second] = [tab.segments[1], tab.segments[2]];
    await api['article.saveSegment']({ articleId: 'story', segmentId: first.id, target: 'Kim said.', baseRevision: first.revision });
    const saved = await api['article.saveSegment']({ articleId: 'story', segmentId: second.id, target: 'A meeting in Moscow.', baseRevision: second.revision });
    expect(saved.revision).toBe(2);
    expect((await api['article.get']({ id: 'story' })).revision).toBe(3);
  });

  it('a stale glossary edit cannot restore an old note; a stale edit cannot re-create a deleted entry', async () => {
    const created = await api['glossary.upsert']({ entry, baseRevision: 0 });
    expect(created.revision).toBe(1);
    const tabB = structuredClone(created);
    await api['glossary.upsert']({ entry: { ...created, note: 'capital of Russia' }, baseRevision: 1 });
    const error = await errorOf(api['glossary.upsert']({ entry: { ...tabB, target: 'Moskva' }, baseRevision: tabB.revision }));
    expect(error.code).toBe('conflict');
    expect(error.conflict).toMatchObject({ kind: 'glossary-entry', id: 'moscow', baseRevision: 1, currentRevision: 2, theirs: { note: 'capital of Russia', target: 'Moscow' }, mine: { target: 'Moskva', note: 'capital' } });
    expect((await api['glossary.get']({})).entries[0]).toMatchObject({ note: 'capital of Russia', target: 'Moscow' });

    await api['glossary.delete']({ id: 'moscow', baseRevision: 2 });
    const recreate = await errorOf(api['glossary.upsert']({ entry: { ...tabB, note: 'old' }, baseRevision: 2 }));
    expect(recreate.code).toBe('conflict');
    expect(recreate.conflict).toMatchObject({ kind: 'glossary-entry', currentRevision: 0, theirs: null });
    expect((await api['glossary.get']({})).entries).toHaveLength(0);
    // Creating an id that exists (base 0) is a conflict too.
    await api['glossary.upsert']({ entry, baseRevision: 0 });
    expect((await errorOf(api['glossary.upsert']({ entry, baseRevision: 0 }))).code).toBe('conflict');
  });

  it('a stale delete of an entry changed since is a conflict', async () => {
    await api['glossary.upsert']({ entry, baseRevision: 0 });
    await api['glossary.upsert']({ entry: { ...entry, note: 'newer' }, baseRevision: 1 });
    const error = await errorOf(api['glossary.delete']({ id: 'moscow', baseRevision: 1 }));
    expect(error.conflict).toMatchObject({ kind: 'glossary-entry', currentRevision: 2, mine: null });
    expect((await api['glossary.get']({})).entries).toHaveLength(1);
  });

  it('a stale settings write is a conflict; the settings revision survives reopening', async () => {
    const first = await api['settings.set']({ uiLanguage: 'hi', baseRevision: 0 });
    expect(first).toEqual({ uiLanguage: 'hi', revision: 1 });
    const error = await errorOf(api['settings.set']({ uiLanguage: 'en', baseRevision: 0 }));
    expect(error.conflict).toMatchObject({ kind: 'settings', currentRevision: 1, theirs: { uiLanguage: 'hi' }, mine: { uiLanguage: 'en' } });
    await store.close();
    store = await openLowdbProject(dir);
    api = createHandlers(store, { now: () => NOW });
    expect(await api['settings.get']({})).toEqual({ uiLanguage: 'hi', revision: 1 });
  });

  it('over HTTP a stale write answers 409 with both versions', async () => {
    const server = await startServer({ store, staticDir: dir, handlers: api });
    try {
      const tab = await api['article.get']({ id: 'story' });
      const segment = tab.segments[1];
      await api['article.saveSegment']({ articleId: 'story', segmentId: segment.id, target: 'Kim said.', baseRevision: segment.revision });
      const response = await fetch(`${server.url}api/article.saveSegment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-anuvad-token': server.token, origin: server.url.slice(0, -1) },
        body: JSON.stringify({ articleId: 'story', segmentId: segment.id, target: 'Stale.', baseRevision: segment.revision }),
      });
      expect(response.status).toBe(409);
      const body = await response.json() as { ok: false; error: ApiError };
      expect(body.error.conflict).toMatchObject({ kind: 'segment', theirs: { target: 'Kim said.' }, mine: { target: 'Stale.' } });
    } finally {
      await server.close();
    }
  });
});
