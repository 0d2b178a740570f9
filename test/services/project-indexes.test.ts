import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../services/handlers.ts';
import { observeStore, type StoreEvent } from '../../services/store-events.ts';
import { createGlossaryState, type GlossaryState } from '../../services/glossary-state.ts';
import { articleCounts, createProjectSummaries, mentionsForms } from '../../services/project-summaries.ts';
import { formsOf } from '../../services/glossary-state.ts';
import { createArticleMemory } from '../../services/article-memory.ts';
import { createRepetitionIndex } from '../../services/repetition-index.ts';
import { repetitionKey } from '../../articles/memory/repetitions.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import type { Article, GlossaryEntry } from '../../services/contract.ts';
import { sampleMemoryProject } from './sample-project.ts';

const NOW = '2026-11-23T10:00:00.000Z';

const moscow: GlossaryEntry = {
  id: 'test-moscow', source: 'मॉस्को', sourceVariants: ['मास्को'], target: 'Moscow', targetAlternates: [], forbidden: ['Moskva'],
  type: 'place', caseSensitive: false, matchMode: 'exact', note: '', status: 'approved',
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: 'test',
};

/** A store that counts whole-project reads, to prove the indexes do not re-read every article. */
function countingStore(store: ProjectStore): { store: ProjectStore; listCalls: () => number } {
  let calls = 0;
  const counted = new Proxy(store, {
    get(target, property) {
      if (property === 'listArticles') {
        return () => {
          calls += 1;
          return target.listArticles();
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return { store: counted, listCalls: () => calls };
}

let base: ProjectStore;
beforeEach(async () => {
  base = await sampleMemoryProject('/projects/indexes', 'indexes');
});

describe('store events', () => {
  it('reports article and glossary saves after they succeed, and keeps the store working', async () => {
    const observed = observeStore(base);
    const events: StoreEvent['kind'][] = [];
    observed.subscribe((event) => events.push(event.kind));
    const [article] = await observed.store.listArticles();
    await observed.store.saveArticle(article);
    await observed.store.saveGlossary(await observed.store.getGlossary());
    expect(events).toEqual(['article-saved', 'glossary-saved']);
    expect(observed.store.readOnly).toBe(false);
    expect(observed.store.dir).toBe('/projects/indexes');
  });
});

describe('project summaries', () => {
  it('counts per status, words and last change, and follows a save without re-reading the project', async () => {
    const counting = countingStore(base);
    const api = createHandlers(counting.store, { now: () => NOW });
    const before = await api['article.summaries']({});
    const first = before.articles[0];
    const article = await api['article.get']({ id: first.id });
    // A first confirmation builds the repetition index (one read); later saves read no project.
    const last = article.segments.length - 1;
    await api['article.saveSegment']({ articleId: first.id, segmentId: article.segments[last].id, target: article.segments[last].target, status: 'untranslated' });
    await api['article.saveSegment']({ articleId: first.id, segmentId: article.segments[last].id, target: 'Warm-up.', status: 'translated' });
    const reads = counting.listCalls();
    expect(first.byStatus.untranslated + first.byStatus.draft + first.byStatus.translated + first.byStatus.reviewed + first.byStatus.approved).toBe(article.segments.length);
    expect(first.words).toBeGreaterThan(article.segments.length);

    await api['article.saveSegment']({ articleId: first.id, segmentId: article.segments[0].id, target: 'A headline.', status: 'translated' });
    const after = await api['article.summaries']({});
    const changed = after.articles.find((each) => each.id === first.id)!;
    expect(changed.byStatus.translated).toBe(first.byStatus.translated + 2);
    expect(changed.translated).toBe(first.translated + 2);
    expect(changed.titleTranslation).toBe('A headline.');
    expect(changed.lastChange).toBe(NOW);
    expect(after.articles.map((each) => each.id)).toEqual(before.articles.map((each) => each.id));
    expect(counting.listCalls()).toBe(reads);
    // article.list is the short form of the same figures, equal to summarising each article.
    expect(await api['article.list']({})).toEqual((await base.listArticles()).map((each) => {
      const { byStatus: _b, words: _w, issues: _i, titleTranslation: _t, lastChange: _l, ...summary } = articleCounts(each);
      return summary;
    }));
  });

  it('recounts open issues by kind in the background after a glossary change, with progress', async () => {
    const observed = observeStore(base);
    const glossary = createGlossaryState(observed);
    const queue: (() => void)[] = [];
    const summaries = createProjectSummaries(observed, glossary, { defer: (task) => queue.push(task), firstRecountMs: 0, sliceSize: 2, sliceMs: Number.POSITIVE_INFINITY });
    const drain = async () => {
      while (queue.length > 0) {
        queue.shift()!();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    await summaries.summaries();
    await drain();
    const settled = await summaries.summaries();
    expect(settled.issueProgress).toEqual({ done: settled.articles.length, total: settled.articles.length });

    // Give a segment that names Moscow a target without it, then add the entry.
    const articles = await base.listArticles();
    const owner = articles.find((each) => each.segments.some((segment) => /मॉस्को|मास्को/u.test(segment.source)));
    if (!owner) throw new Error('no seed segment names Moscow');
    const index = owner.segments.findIndex((segment) => /मॉस्को|मास्को/u.test(segment.source));
    const edited: Article = { ...owner, segments: owner.segments.with(index, { ...owner.segments[index], target: 'The capital said so.', status: 'draft' }) };
    await observed.store.saveArticle(edited);
    const held = await glossary.glossary();
    await observed.store.saveGlossary({ ...held, entries: held.entries.filter((entry) => entry.target !== 'Moscow') });
    await drain();
    const withoutEntry = (await summaries.summaries()).articles.find((each) => each.id === owner.id)!.issues?.['missing-term'] ?? 0;

    const current = await glossary.glossary();
    await observed.store.saveGlossary({ ...current, entries: [...current.entries, moscow] });
    const pending = await summaries.summaries();
    expect(pending.issueProgress.done).toBe(0);
    // The last counts stay on show while the recount runs.
    expect(pending.articles.every((each) => each.issues !== undefined)).toBe(true);
    queue.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await summaries.summaries()).issueProgress.done).toBe(2);
    await drain();
    const recounted = await summaries.summaries();
    expect(recounted.issueProgress.done).toBe(recounted.articles.length);
    expect(recounted.articles.find((each) => each.id === owner.id)!.issues?.['missing-term']).toBeGreaterThan(withoutEntry);
  });
});

describe('the recount after glossary.upsert', () => {
  it('recounts nothing after an edit of bookkeeping alone (a note), and screens every article after a rendering change', async () => {
    const handlers = createHandlers(base, { now: () => NOW });
    const waitSettled = async () => {
      for (;;) {
        const { issueProgress } = await handlers['article.summaries']({});
        if (issueProgress.done === issueProgress.total) return issueProgress;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    };
    const settled = await waitSettled();
    expect(settled.total).toBeGreaterThan(0);
    const [entry] = (await handlers['glossary.get']({})).entries;
    const noted = await handlers['glossary.upsert']({ entry: { ...entry, note: 'Only the note changes.' } });
    expect((await handlers['article.summaries']({})).issueProgress).toEqual(settled);
    await handlers['glossary.upsert']({ entry: { ...noted, target: `${noted.target} (new rendering)` } });
    // Right after the answer every article waits for its screen (the recount runs between calls).
    expect((await handlers['article.summaries']({})).issueProgress.done).toBe(0);
    expect(await waitSettled()).toEqual(settled);
  });
});

describe('the recount and saves', () => {
  it('never holds a save: with the recount stalled mid-way, saves land and their figures show at once', async () => {
    const observed = observeStore(base);
    const glossary = createGlossaryState(observed);
    // Slices that are queued and never run: the recount is stuck for the whole test.
    const queue: (() => void)[] = [];
    const summaries = createProjectSummaries(observed, glossary, { defer: (task) => queue.push(task), firstRecountMs: 0, sliceSize: 1 });
    const first = await summaries.summaries();
    expect(first.issueProgress.done).toBe(0);
    const [article] = await observed.store.listArticles();
    const last = article.segments.length - 1;
    const edited: Article = { ...article, segments: article.segments.with(last, { ...article.segments[last], target: 'A stalled recount holds nothing.', status: 'translated' }) };
    await observed.store.saveArticle(edited);
    const after = await summaries.summaries();
    const figures = after.articles.find((each) => each.id === article.id)!;
    expect(figures.translated).toBe(articleCounts(edited).translated);
    expect(after.issueProgress.done).toBeLessThan(after.issueProgress.total);
    expect(after.articles.map((each) => each.id)).toEqual(first.articles.map((each) => each.id));
  });
});

describe('screening after a one-entry glossary change', () => {
  it('finds the articles whose Hindi has a form of the entry (normalised) or whose English has a rendering', async () => {
    const [article] = await base.listArticles();
    const withMoscow = { ...article, segments: article.segments.with(1, { ...article.segments[1], source: 'मास्को में बैठक', target: '' }) };
    expect(mentionsForms(withMoscow, formsOf([moscow]))).toBe(true);
    const withMoskva = { ...article, segments: article.segments.with(1, { ...article.segments[1], source: 'बैठक हुई', target: 'Talks in MOSKVA.' }) };
    expect(mentionsForms(withMoskva, formsOf([moscow]))).toBe(true);
    const without = { ...article, segments: [{ ...article.segments[1], source: 'बैठक हुई', target: 'Talks.' }] };
    expect(mentionsForms(without, formsOf([moscow]))).toBe(false);
  });
});

describe('the one project memory', () => {
  it('adds a confirmed pair on save and drops it when the segment goes back to draft, reading the project once', async () => {
    const counting = countingStore(base);
    const observed = observeStore(counting.store);
    const memory = createArticleMemory(observed, createGlossaryState(observed));
    const articles = await counting.store.listArticles();
    const sizeBefore = (await memory.part()).memory.size;
    const reads = counting.listCalls();
    const [article] = articles;
    const segment = article.segments[1];
    const confirmed = { ...segment, target: 'A confirmed sentence.', status: 'translated' as const };
    await observed.store.saveArticle({ ...article, segments: article.segments.with(1, confirmed) });
    const afterConfirm = await memory.part();
    expect(afterConfirm.memory.size).toBe(sizeBefore + 1);
    expect(afterConfirm.memory.lookup(segment.source, { min: 1 }).map((match) => match.target)).toContain('A confirmed sentence.');
    expect(afterConfirm.pairs.some((pair) => pair.segmentId === segment.id)).toBe(true);
    await observed.store.saveArticle({ ...article, segments: article.segments.with(1, { ...confirmed, status: 'draft' }) });
    const afterDraft = await memory.part();
    expect(afterDraft.memory.size).toBe(sizeBefore);
    expect(afterDraft.memory.lookup(segment.source, { min: 1 }).map((match) => match.target)).not.toContain('A confirmed sentence.');
    expect(counting.listCalls()).toBe(reads);
  });

  it('adapts glossary terms in matches with the glossary as it is now', async () => {
    const [first, second] = await base.listArticles();
    const source = 'मॉस्को में बैठक हुई।';
    const other = 'कीव में बैठक हुई।';
    await base.saveArticle({ ...first, segments: first.segments.with(1, { ...first.segments[1], source, target: '', status: 'untranslated' }) });
    await base.saveArticle({ ...second, segments: second.segments.with(1, { ...second.segments[1], source: other, target: '', status: 'untranslated' }) });
    // The default glossary has Moscow and Kyiv; the memory adapts one to the other.
    const fresh = createHandlers(base, { now: () => NOW });
    await fresh['article.saveSegment']({ articleId: first.id, segmentId: first.segments[1].id, target: 'A meeting was held in Moscow.', status: 'translated' });
    const matches = await fresh['tm.lookup']({ articleId: second.id, segmentId: second.segments[1].id });
    expect(matches[0]).toMatchObject({ target: 'A meeting was held in Moscow.', adapted: 'A meeting was held in Kyiv.' });
    // A glossary edit after the memory was built reaches the next match.
    const kyiv = (await fresh['glossary.get']({})).entries.find((entry) => entry.id === 'kyiv')!;
    await fresh['glossary.upsert']({ entry: { ...kyiv, target: 'Kyyiv', forbidden: [...kyiv.forbidden, 'Kyiv'] } });
    const again = await fresh['tm.lookup']({ articleId: second.id, segmentId: second.segments[1].id });
    expect(again[0]).toMatchObject({ target: 'A meeting was held in Moscow.', adapted: 'A meeting was held in Kyyiv.' });
  });
});

describe('repetition index', () => {
  it('knows which articles hold a sentence and follows a save that changes the Hindi', async () => {
    const observed = observeStore(base);
    const index = createRepetitionIndex(observed);
    const [first, second] = await base.listArticles();
    const key = repetitionKey(first.segments[1].source);
    expect(await index.articlesWith([key])).toContain(first.id);
    const before = await index.occurrences(key);
    await observed.store.saveArticle({ ...second, segments: second.segments.with(1, { ...second.segments[1], source: first.segments[1].source }) });
    expect(await index.occurrences(key)).toBe(before + 1);
    expect((await index.articlesWith([key])).sort()).toEqual([first.id, second.id].sort());
  });
});

describe('glossary state', () => {
  it('updates its checker in place on upserts and deletes, answering as a checker built from the saved glossary', async () => {
    const observed = observeStore(base);
    const api = createHandlers(observed.store, { now: () => NOW });
    const state = createGlossaryState(observed);
    const checker = await state.checker();
    const articles = await observed.store.listArticles();
    const pairs = articles.flatMap((article) => article.segments).slice(0, 40);
    const entries = (await api['glossary.get']({})).entries;
    // The state under test follows saves made through its own announcements, as the handlers' does.
    const { createEntry } = await import('../../glossary/entry.ts');
    const added = { ...createEntry({ source: `${entries[0].source}ी`, target: `${entries[0].target}n`, type: 'term' }, { now: NOW, id: 'test-partner' }) };
    const held = await state.glossary();
    state.expectUpsert({ ...held, entries: [...held.entries, added] }, added, undefined);
    await observed.store.saveGlossary({ ...held, entries: [...held.entries, added] });
    const afterAdd = await state.glossary();
    state.expectDelete({ ...afterAdd, entries: afterAdd.entries.filter((entry) => entry.id !== entries[1].id) }, afterAdd.entries[1]);
    await observed.store.saveGlossary({ ...afterAdd, entries: afterAdd.entries.filter((entry) => entry.id !== entries[1].id) });
    // Updated in place, not rebuilt; the id and term maps follow (the entries after the deleted one moved up).
    expect(await state.checker()).toBe(checker);
    const { termKey } = await import('../../glossary/index.ts');
    expect((await state.byTermKey(termKey(added.source)))?.id).toBe('test-partner');
    expect(await state.byId(entries[1].id)).toBeUndefined();
    expect(await state.byTermKey(termKey(entries[1].source))).toBeUndefined();
    expect((await state.byId('test-partner'))?.source).toBe(added.source);
    expect((await state.byId(entries[2].id))?.id).toBe(entries[2].id);
    const { createGlossaryChecker } = await import('../../glossary/index.ts');
    const fresh = createGlossaryChecker(await observed.store.getGlossary());
    expect(checker.checkDocument(pairs)).toEqual(fresh.checkDocument(pairs));
    expect(pairs.map((pair) => checker.terms(pair.source))).toEqual(pairs.map((pair) => fresh.terms(pair.source)));
    expect([...checker.matcher.acceptedForms()]).toEqual([...fresh.matcher.acceptedForms()]);
  });
});

/** The glossary state with a count of its checker() calls (the recount's first slice builds the checker). */
function countingChecker(glossary: GlossaryState) {
  let asked = 0;
  const counted = new Proxy(glossary, {
    get(target, property) {
      if (property !== 'checker') return Reflect.get(target, property, target);
      return () => {
        asked += 1;
        return target.checker();
      };
    },
  });
  return { counted, asked: () => asked };
}

describe('the first recount', () => {
  it('waits FIRST_RECOUNT_MS by default, with a `defer` given too (as the handlers give one)', async () => {
    const observed = observeStore(base);
    const { counted, asked } = countingChecker(createGlossaryState(observed));
    const summaries = createProjectSummaries(observed, counted, { defer: (task) => void setImmediate(task) });
    await summaries.summaries();
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked()).toBe(0);
  });

  it('starts after the first answer, not with it: the glossary checker is built only once firstRecountMs has passed', async () => {
    const observed = observeStore(base);
    const glossary = createGlossaryState(observed);
    const { counted, asked } = countingChecker(glossary);
    const summaries = createProjectSummaries(observed, counted, { firstRecountMs: 40 });
    const first = await summaries.summaries();
    expect(first.issueProgress.done).toBe(0);
    // Several turns of the event loop (an answer written out in parts) and still no checker.
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(asked()).toBe(0);
    // A save meanwhile waits for the first recount too, and is counted by it.
    const [article] = await observed.store.listArticles();
    await observed.store.saveArticle({ ...article, segments: article.segments.with(1, { ...article.segments[1], target: 'Saved before the recount.', status: 'draft' }) });
    expect(asked()).toBe(0);
    await summaries.settled();
    expect(asked()).toBeGreaterThan(0);
    const settled = await summaries.summaries();
    expect(settled.issueProgress).toEqual({ done: settled.articles.length, total: settled.articles.length });
    expect(settled.articles.every((each) => each.issues !== undefined)).toBe(true);
  });

  it('warm() reads the figures before the first call without starting the recount; the first answer starts it', async () => {
    // Every read of an article, whichever way the summaries read them.
    let reads = 0;
    const store = new Proxy(base, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (property === 'getArticle' || property === 'listArticles' || property === 'eachArticle') {
          return (...args: unknown[]) => {
            reads += 1;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (value as () => unknown).bind(target);
      },
    });
    const observed = observeStore(store);
    const glossary = createGlossaryState(observed);
    const { counted, asked } = countingChecker(glossary);
    const summaries = createProjectSummaries(observed, counted, { firstRecountMs: 20 });
    summaries.warm();
    await new Promise((resolve) => setTimeout(resolve, 60));
    // Read (the memory store has no saved figures), not recounted.
    const readByWarm = reads;
    expect(readByWarm).toBeGreaterThan(0);
    expect(asked()).toBe(0);
    const first = await summaries.summaries();
    expect(reads).toBe(readByWarm);
    expect(first.issueProgress.done).toBe(0);
    await summaries.settled();
    expect(asked()).toBeGreaterThan(0);
  });
});
