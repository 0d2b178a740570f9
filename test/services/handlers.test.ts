import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../../services/handlers.ts';
import { ApiFailure } from '../../services/api-failure.ts';
import { LIMITS } from '../../services/api-schemas.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import type { ApiError, GlossaryEntry } from '../../services/contract.ts';

const samplesDir = path.join(import.meta.dirname, '../../articles/samples');
const seedFiles = readdirSync(samplesDir).filter((name) => name.endsWith('.txt')).sort();
const pages = seedFiles.map((name) => ({ name, base64: readFileSync(path.join(samplesDir, name)).toString('base64') }));
const NOW = '2026-03-01T10:00:00.000Z';

const kimEntry: GlossaryEntry = {
  id: 'kim-jong-un', source: 'किम जोंग उन', sourceVariants: ['किम जोंग-उन', 'किम जोंग'], target: 'Kim Jong Un',
  targetAlternates: [], forbidden: ['Kim Jong-un'], type: 'person', caseSensitive: false, matchMode: 'exact',
  note: 'North Korean leader', status: 'approved', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: 'test',
};

/** The ApiError a call rejects with (fails the test when it resolves or throws something else). */
async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const thrown = await promise.then(() => undefined, (error: unknown) => error);
  expect(thrown).toBeInstanceOf(ApiFailure);
  return (thrown as ApiFailure).error;
}

let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;

beforeEach(() => {
  store = createMemoryProject({ dir: '/projects/test', name: 'test' });
  api = createHandlers(store, { now: () => NOW });
});

describe('payload validation', () => {
  const badPayloads: { call: keyof typeof api; payload: unknown; field: string }[] = [
    // field: what the error message must name.
    { call: 'article.get', payload: {}, field: 'id' },
    { call: 'article.get', payload: { id: 7 }, field: 'id' },
    { call: 'article.get', payload: { id: '../project' }, field: 'id' },
    { call: 'article.get', payload: { id: 'a', extra: true }, field: 'extra' },
    { call: 'article.get', payload: 'a', field: 'arguments' },
    { call: 'article.list', payload: { anything: 1 }, field: 'anything' },
    { call: 'settings.set', payload: { uiLanguage: 'fr' }, field: 'uiLanguage' },
    { call: 'article.saveSegment', payload: { articleId: 'a', segmentId: 's', target: 'x'.repeat(LIMITS.segmentTextChars + 1) }, field: 'target' },
    { call: 'article.saveSegment', payload: { articleId: 'a', segmentId: 's', target: 'x', status: 'done' }, field: 'status' },
    { call: 'article.saveSegment', payload: { articleId: 'a', segmentId: 's', target: 'x', status: 'approved', overrideReason: '   ' }, field: 'overrideReason' },
    { call: 'article.restoreRemoved', payload: { articleId: 'a', line: 1.5 }, field: 'line' },
    { call: 'article.import', payload: { pages: [] }, field: 'pages' },
    { call: 'article.import', payload: { pages: [{ name: 'a.txt', base64: 'not base64!' }] }, field: 'pages.0.base64' },
    { call: 'article.import', payload: { pages: [{ name: '../../etc/passwd', base64: '' }] }, field: 'pages.0.name' },
    { call: 'glossary.check', payload: { source: 'रूस', target: 5 }, field: 'target' },
    { call: 'glossary.upsert', payload: { entry: { ...kimEntry, type: 'deity' } }, field: 'entry.type' },
    { call: 'glossary.upsert', payload: { entry: { ...kimEntry, surprise: 1 } }, field: 'entry' },
    { call: 'glossary.terms', payload: { text: 'x'.repeat(LIMITS.termScanChars + 1) }, field: 'text' },
  ];

  it.each(badPayloads)('$call refuses a bad payload as bad-input naming $field', async ({ call, payload, field }) => {
    const error = await failureOf(api[call](payload));
    expect(error.code).toBe('bad-input');
    expect(error.message).toContain(field);
  });

  it('refuses a glossary entry whose forbidden form is also allowed, and a second entry for the same Hindi term', async () => {
    const contradictory = await failureOf(api['glossary.upsert']({ entry: { ...kimEntry, forbidden: ['Kim Jong Un'] } }));
    expect(contradictory.code).toBe('bad-input');
    await api['glossary.upsert']({ entry: kimEntry });
    const duplicate = await failureOf(api['glossary.upsert']({ entry: { ...kimEntry, id: 'kim-2', source: 'किम जोंग-उन' } }));
    expect(duplicate.code).toBe('conflict');
  });
});

describe('articles', () => {
  it('imports the five seed pages from base64 and lists them', async () => {
    const summaries = await api['article.import']({ pages });
    expect(summaries.map((summary) => summary.file)).toEqual(seedFiles);
    const listed = await api['article.list']({});
    expect(listed.map((summary) => summary.id).sort()).toEqual(summaries.map((summary) => summary.id).sort());
    for (const summary of listed) {
      expect(summary.segments).toBeGreaterThan(3);
      expect(summary.translated).toBe(0);
      expect(summary.title).toMatch(/[\u0900-\u097f]/u);
    }
    const article = await api['article.get']({ id: listed[0].id });
    expect(article.segments[0].kind).toBe('title');
  });

  it('reports not-found for unknown articles and segments', async () => {
    expect((await failureOf(api['article.get']({ id: 'no-such-article' }))).code).toBe('not-found');
    const [summary] = await api['article.import']({ pages: pages.slice(0, 1) });
    const missingSegment = await failureOf(api['article.saveSegment']({ articleId: summary.id, segmentId: 'nope', target: 'x' }));
    expect(missingSegment.code).toBe('not-found');
  });

  it('names the file when a page cannot be imported', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0xff, 0xfe, 0]);
    const error = await failureOf(api['article.import']({ pages: [{ name: 'picture.txt', base64: binary.toString('base64') }] }));
    expect(error).toMatchObject({ code: 'bad-input', file: 'picture.txt' });
    expect(await api['article.list']({})).toEqual([]);
  });

  it('saves a segment edit into the store with status, origin and time', async () => {
    const [summary] = await api['article.import']({ pages: pages.slice(0, 1) });
    const article = await api['article.get']({ id: summary.id });
    const segment = article.segments[1];
    const saved = await api['article.saveSegment']({ articleId: summary.id, segmentId: segment.id, target: 'A draft.', status: 'draft' });
    expect(saved).toMatchObject({ id: segment.id, source: segment.source, target: 'A draft.', status: 'draft', origin: 'manual', updatedAt: NOW });
    const stored = await store.getArticle(summary.id);
    expect(stored?.segments[1]).toEqual(saved);
    expect(stored?.segments.filter((each) => each.target !== '')).toHaveLength(1);
    // Without an explicit status the status follows the text.
    const cleared = await api['article.saveSegment']({ articleId: summary.id, segmentId: segment.id, target: '' });
    expect(cleared.status).toBe('untranslated');
  });

  it('keeps translations of unchanged segments when a page is imported again', async () => {
    const [summary] = await api['article.import']({ pages: pages.slice(0, 1) });
    const segment = (await api['article.get']({ id: summary.id })).segments[1];
    await api['article.saveSegment']({ articleId: summary.id, segmentId: segment.id, target: 'Kept.', status: 'translated' });
    const [again] = await api['article.import']({ pages: pages.slice(0, 1) });
    expect(again).toMatchObject({ id: summary.id, translated: 1 });
    const kept = (await store.getArticle(summary.id))?.segments.find((each) => each.id === segment.id);
    expect(kept).toMatchObject({ target: 'Kept.', status: 'translated' });
  });

  it('keeps every edit when many segments of one article are saved at once (autosave flush)', async () => {
    const [summary] = await api['article.import']({ pages: pages.slice(1, 2) });
    const article = await api['article.get']({ id: summary.id });
    await Promise.all(article.segments.map((segment, index) =>
      api['article.saveSegment']({ articleId: summary.id, segmentId: segment.id, target: `Sentence ${index}.`, status: 'draft' })));
    const stored = await store.getArticle(summary.id);
    expect(stored?.segments.map((segment) => segment.target)).toEqual(article.segments.map((_, index) => `Sentence ${index}.`));
  });

  it('restores a removed boilerplate line', async () => {
    const summaries = await api['article.import']({ pages });
    const articles = await Promise.all(summaries.map((summary) => api['article.get']({ id: summary.id })));
    const withRemoved = articles.find((article) => article.removed.length > 0);
    expect(withRemoved).toBeDefined();
    const line = withRemoved!.removed[0].line;
    const restored = await api['article.restoreRemoved']({ articleId: withRemoved!.id, line });
    expect(restored.removed.some((removed) => removed.line === line)).toBe(false);
    expect((await store.getArticle(withRemoved!.id))?.removed.some((removed) => removed.line === line)).toBe(false);
    expect((await failureOf(api['article.restoreRemoved']({ articleId: withRemoved!.id, line }))).code).toBe('not-found');
  });
});

describe('approval with glossary issues', () => {
  async function kimSegment() {
    await api['glossary.upsert']({ entry: kimEntry });
    await api['article.import']({ pages });
    for (const summary of await api['article.list']({})) {
      const article = await api['article.get']({ id: summary.id });
      const hits = await Promise.all(article.segments.map((segment) => api['glossary.terms']({ text: segment.source })));
      const index = hits.findIndex((found) => found.some((hit) => hit.entryId === kimEntry.id));
      if (index >= 0) return { article, segment: article.segments[index] };
    }
    throw new Error('no seed segment names Kim Jong Un');
  }

  it('refuses approval of a forbidden rendering without a reason and keeps the stored segment', async () => {
    const { article, segment } = await kimSegment();
    const target = 'Kim Jong-un said so.';
    const issues = await api['glossary.check']({ source: segment.source, target });
    expect(issues.some((issue) => issue.code === 'forbidden-term' && issue.entryId === kimEntry.id)).toBe(true);
    const error = await failureOf(api['article.saveSegment']({ articleId: article.id, segmentId: segment.id, target, status: 'approved' }));
    expect(error.code).toBe('conflict');
    const stored = (await store.getArticle(article.id))!.segments.find((each) => each.id === segment.id)!;
    expect(stored).toEqual(segment);
  });

  it('approves with an override reason and keeps the reason with the segment', async () => {
    const { article, segment } = await kimSegment();
    const saved = await api['article.saveSegment']({
      articleId: article.id, segmentId: segment.id, target: 'Kim Jong-un said so.', status: 'approved', overrideReason: 'Quoted from the agency headline',
    });
    expect(saved).toMatchObject({ status: 'approved', overrideReason: 'Quoted from the agency headline' });
    const stored = (await store.getArticle(article.id))!.segments.find((each) => each.id === segment.id)!;
    expect(stored.overrideReason).toBe('Quoted from the agency headline');
    // Once the issues are gone the reason no longer applies and is dropped.
    const demoted = await api['article.saveSegment']({ articleId: article.id, segmentId: segment.id, target: 'Kim Jong Un said so.', status: 'translated' });
    expect(demoted.overrideReason).toBeUndefined();
  });

  it('approves without a reason once the target satisfies every check', async () => {
    const { article, segment } = await kimSegment();
    let target = 'Kim Jong Un said so.';
    // Numbers in the source must appear too: add what the checker expects.
    for (const issue of await api['glossary.check']({ source: segment.source, target })) {
      if (issue.code === 'number-mismatch' && issue.expected) target += ` ${issue.expected}`;
    }
    expect(await api['glossary.check']({ source: segment.source, target })).toEqual([]);
    const saved = await api['article.saveSegment']({ articleId: article.id, segmentId: segment.id, target, status: 'approved' });
    expect(saved.status).toBe('approved');
    expect(saved.overrideReason).toBeUndefined();
  });
});

describe('glossary', () => {
  it('check follows glossary edits (the cached checker is rebuilt)', async () => {
    const source = 'किम जोंग उन ने कहा';
    expect((await api['glossary.check']({ source, target: 'He said' })).some((issue) => issue.code === 'missing-term')).toBe(false);
    await api['glossary.upsert']({ entry: kimEntry });
    const missing = await api['glossary.check']({ source, target: 'He said' });
    expect(missing.find((issue) => issue.code === 'missing-term')?.expected).toBe('Kim Jong Un');
    await api['glossary.upsert']({ entry: { ...kimEntry, target: 'Kim Jong-un', forbidden: ['Kim Jong Un'] } });
    expect((await api['glossary.check']({ source, target: 'He said' })).find((issue) => issue.code === 'missing-term')?.expected).toBe('Kim Jong-un');
    expect(await api['glossary.delete']({ id: kimEntry.id })).toEqual({ deleted: true });
    expect(await api['glossary.delete']({ id: kimEntry.id })).toEqual({ deleted: false });
    expect((await api['glossary.check']({ source, target: 'He said' })).some((issue) => issue.code === 'missing-term')).toBe(false);
  });

  it('upsert stamps updatedAt and keeps createdAt of an existing entry', async () => {
    const first = await api['glossary.upsert']({ entry: kimEntry });
    expect(first.updatedAt).toBe(NOW);
    const second = await api['glossary.upsert']({ entry: { ...kimEntry, note: 'changed', createdAt: '2026-02-01T00:00:00.000Z' } });
    expect(second).toMatchObject({ note: 'changed', createdAt: kimEntry.createdAt, updatedAt: NOW });
    expect((await store.getGlossary()).entries).toEqual([second]);
  });

  it('finds the occurrences of an entry across all articles', async () => {
    await api['glossary.upsert']({ entry: kimEntry });
    await api['article.import']({ pages });
    const occurrences = await api['glossary.occurrences']({ entryId: kimEntry.id });
    expect(occurrences.length).toBeGreaterThanOrEqual(5);
    for (const occurrence of occurrences) {
      const article = await api['article.get']({ id: occurrence.articleId });
      const segment = article.segments.find((each) => each.id === occurrence.segmentId)!;
      expect(segment.source.slice(occurrence.start, occurrence.end)).toBe(occurrence.text);
      expect(occurrence.text.startsWith('किम जोंग')).toBe(true);
    }
  });
});

describe('project state', () => {
  it('refuses every write in a read-only project and still reads', async () => {
    const readOnly = createHandlers(createMemoryProject({ readOnly: true }), { now: () => NOW });
    expect((await failureOf(readOnly['glossary.upsert']({ entry: kimEntry }))).code).toBe('read-only');
    expect((await failureOf(readOnly['settings.set']({ uiLanguage: 'hi' }))).code).toBe('read-only');
    expect((await failureOf(readOnly['article.import']({ pages: pages.slice(0, 1) }))).code).toBe('read-only');
    expect(await readOnly['project.info']({})).toMatchObject({ readOnly: true });
  });

  it('reports project info and persists settings', async () => {
    expect(await api['project.info']({})).toEqual({ dir: '/projects/test', name: 'test', readOnly: false, warnings: [] });
    expect(await api['settings.set']({ uiLanguage: 'hi' })).toEqual({ uiLanguage: 'hi', revision: 1 });
    expect(await store.getSettings()).toEqual({ uiLanguage: 'hi', revision: 1 });
    expect(await api['settings.get']({})).toEqual({ uiLanguage: 'hi', revision: 1 });
    // Nothing changed: no new revision.
    expect(await api['settings.set']({ uiLanguage: undefined })).toEqual({ uiLanguage: 'hi', revision: 1 });
  });
});
