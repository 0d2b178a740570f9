/**
 * Issue 12 item 3: the English of the header fields (kicker, dateline, byline) through the contract:
 * article.saveField stores it with its own revision, a stale write is a conflict with both
 * versions, a re-import keeps it, the glossary checks it, and bad payloads are refused by name.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../services/handlers.ts';
import { ApiFailure } from '../../services/api-failure.ts';
import { StoreError } from '../../services/store/store-error.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import type { ApiError, GlossaryEntry } from '../../services/contract.ts';
import { KIEV_PAGE } from './header-field-page.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const page = (text: string) => ({ name: 'kiev.txt', base64: Buffer.from(text, 'utf8').toString('base64') });
const kyiv: GlossaryEntry = {
  id: 'kyiv', source: 'कीव', sourceVariants: [], target: 'Kyiv', targetAlternates: [], forbidden: ['Kiev'], type: 'place',
  caseSensitive: false, matchMode: 'exact', note: '', status: 'approved', createdAt: NOW, updatedAt: NOW, author: 'test',
};

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const thrown = await promise.then(() => undefined, (error: unknown) => error);
  // Handlers fail with ApiFailure; a stale revision comes from the store's check as StoreError.
  if (thrown instanceof ApiFailure) return thrown.error;
  expect(thrown).toBeInstanceOf(StoreError);
  const error = thrown as StoreError;
  return { code: error.code as ApiError['code'], message: error.message, conflict: error.conflict };
}

let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;
let articleId: string;

beforeEach(async () => {
  store = createMemoryProject({ dir: '/projects/test', name: 'test' });
  api = createHandlers(store, { now: () => NOW });
  [{ id: articleId }] = await api['article.import']({ pages: [page(KIEV_PAGE)] });
});

describe('article.saveField', () => {
  it('stores the English with the Hindi it is for and a revision; article.get shows it; a blank target removes it', async () => {
    const article = await api['article.get']({ id: articleId });
    expect([article.kicker, article.dateline, article.byline]).toEqual(['Ukraine War', 'कीव', 'रवि शर्मा']);
    const saved = await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv', baseRevision: 0 });
    expect(saved.translation).toEqual({ source: 'कीव', target: 'Kyiv', updatedAt: NOW, revision: 1 });
    expect(saved.issues).toEqual([]);
    const again = await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv, Ukraine', baseRevision: 1 });
    expect(again.translation?.revision).toBe(2);
    expect((await api['article.get']({ id: articleId })).fieldTranslations).toEqual({ dateline: again.translation });
    // Segments keep their own revisions: a field save is no conflict for a segment edit based on the old article.
    const title = article.segments[0];
    await api['article.saveSegment']({ articleId, segmentId: title.id, target: 'Russia launches a big overnight drone attack', baseRevision: title.revision });
    const removed = await api['article.saveField']({ articleId, field: 'dateline', target: '  ', baseRevision: 2 });
    expect(removed.translation).toBeNull();
    expect((await api['article.get']({ id: articleId })).fieldTranslations).toBeUndefined();
  });

  it('a write based on a stale revision is a conflict carrying both versions; nothing is overwritten', async () => {
    await api['article.saveField']({ articleId, field: 'byline', target: 'Ravi Sharma', baseRevision: 0 });
    const error = await failureOf(api['article.saveField']({ articleId, field: 'byline', target: 'By Ravi Sharma', baseRevision: 0 }));
    expect(error.code).toBe('conflict');
    expect(error.conflict).toMatchObject({
      kind: 'field', id: 'byline', articleId, baseRevision: 0, currentRevision: 1,
      mine: { source: 'रवि शर्मा', target: 'By Ravi Sharma' }, theirs: { source: 'रवि शर्मा', target: 'Ravi Sharma', revision: 1 },
    });
    expect((await api['article.get']({ id: articleId })).fieldTranslations?.byline?.target).toBe('Ravi Sharma');
    // Keep mine: resent on the current revision it is saved.
    const kept = await api['article.saveField']({ articleId, field: 'byline', target: 'By Ravi Sharma', baseRevision: 1 });
    expect(kept.translation?.target).toBe('By Ravi Sharma');
  });

  it('a re-import keeps the English of the fields; Hindi read differently keeps it with the Hindi it was written for', async () => {
    await api['article.saveField']({ articleId, field: 'kicker', target: 'Ukraine war', baseRevision: 0 });
    await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv', baseRevision: 0 });
    await api['article.import']({ pages: [page(KIEV_PAGE)] });
    const same = await api['article.get']({ id: articleId });
    expect(same.fieldTranslations?.kicker).toMatchObject({ source: 'Ukraine War', target: 'Ukraine war', revision: 1 });
    expect(same.fieldTranslations?.dateline).toMatchObject({ source: 'कीव', target: 'Kyiv', revision: 1 });

    await api['article.import']({ pages: [page(KIEV_PAGE.replace('कीव।', 'कीव, 12 मार्च।'))] });
    const changed = await api['article.get']({ id: articleId });
    expect(changed.dateline).toBe('कीव, 12 मार्च');
    expect(changed.fieldTranslations?.dateline).toMatchObject({ source: 'कीव', target: 'Kyiv' });
    // Saving again records the Hindi it is for now.
    const saved = await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv, March 12', baseRevision: 1 });
    expect(saved.translation?.source).toBe('कीव, 12 मार्च');
  });

  it('the glossary checks the field English: a forbidden form in the dateline is an error', async () => {
    await api['glossary.upsert']({ entry: kyiv, baseRevision: 0 });
    const saved = await api['article.saveField']({ articleId, field: 'dateline', target: 'Kiev', baseRevision: 0 });
    expect(saved.issues.map((issue) => issue.code)).toContain('forbidden-term');
    const fixed = await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv', baseRevision: 1 });
    expect(fixed.issues).toEqual([]);
  });

  it("the list's issue counts include the fields, also after a glossary change that only the dateline mentions", async () => {
    await api['article.saveField']({ articleId, field: 'dateline', target: 'Kiev', baseRevision: 0 });
    // The counts are kept in the background: wait until every article is counted with the glossary as it is.
    const issuesOf = async () => {
      for (;;) {
        const { articles, issueProgress } = await api['article.summaries']({});
        const counted = articles.find((each) => each.id === articleId);
        if (issueProgress.done === issueProgress.total && counted?.issues) return counted.issues;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    expect((await issuesOf())?.['forbidden-term'] ?? 0).toBe(0);
    await api['glossary.upsert']({ entry: kyiv, baseRevision: 0 });
    expect((await issuesOf())?.['forbidden-term']).toBe(1);
    await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv', baseRevision: 1 });
    expect((await issuesOf())?.['forbidden-term'] ?? 0).toBe(0);
  });

  it('refuses bad payloads by name, a field the article does not have, and a read-only project', async () => {
    const bad = async (args: unknown, named: string) => {
      const error = await failureOf(api['article.saveField'](args));
      expect(error.code).toBe('bad-input');
      expect(error.message).toContain(named);
    };
    await bad({ articleId, field: 'date', target: '12 March' }, 'field');
    await bad({ articleId, field: 'byline', target: 'Ravi\nSharma' }, 'target');
    await bad({ articleId, field: 'byline', target: 'x'.repeat(2001) }, 'target');
    await bad({ articleId, field: 'byline', target: 'x', extra: 1 }, 'extra');
    const other = createMemoryProject({ dir: '/projects/other', name: 'other' });
    const otherApi = createHandlers(other, { now: () => NOW });
    const [{ id }] = await otherApi['article.import']({ pages: [page(KIEV_PAGE.replace('रिपोर्ट: रवि शर्मा\n', ''))] });
    const missing = await failureOf(otherApi['article.saveField']({ articleId: id, field: 'byline', target: 'Ravi Sharma' }));
    expect(missing.code).toBe('not-found');
    expect((await failureOf(api['article.saveField']({ articleId: 'nope', field: 'byline', target: 'x' }))).code).toBe('not-found');
    const held = createMemoryProject({ dir: '/projects/held', name: 'held', readOnly: true, articles: [await api['article.get']({ id: articleId })] });
    const heldError = await failureOf(createHandlers(held, { now: () => NOW })['article.saveField']({ articleId, field: 'byline', target: 'Ravi Sharma' }));
    expect(heldError.code).toBe('read-only');
    expect((await held.getArticle(articleId))?.fieldTranslations).toBeUndefined();
  });
});
