/**
 * The article list's figures, kept by the server: counts per status, words, open issues by kind
 * and the last change of every article. At first use they come from the figures saved beside the
 * project (services/summaries-file.ts), each checked against its article's content stamp; only
 * articles without a valid saved entry are read and counted. Then they are kept current article by
 * article as saves land, and saved again a while after a change; after a glossary change the issue
 * counts are recounted in the background, a slice at a time, with progress. The renderer never
 * reads articles to fill the list.
 */
import type { Article, SegmentStatus } from '../articles/model.ts';
import { summarizeArticle } from '../articles/article-views.ts';
import { fieldPairs } from '../articles/field-translations.ts';
import { checkArticleFields } from '../articles/segment-checks.ts';
import { SEGMENT_STATUSES, openIssues } from '../articles/segment-workflow.ts';
import type { GlossaryChecker } from '../glossary/index.ts';
import type { ArticleCounts, ArticleSummaries, ArticleSummary, IssueCode } from './contract.ts';
import type { ChangedForms, GlossaryState } from './glossary-state.ts';
import { repetitionKey } from '../articles/memory/repetitions.ts';
// One word count for the list and the analysis.
import { countWords } from '../articles/analysis/match-analysis.ts';
import type { ObservedStore, StoreEvent } from './store-events.ts';
import { savedFigures, SUMMARIES_CACHE, summariesFile, summariesFileProblem, type SummariesFile } from './summaries-file.ts';
import { eachArticle, readArticle } from './store/project-store.ts';

/** The summaries service. */
export interface ProjectSummaries {
  /** Every article's figures in display order (issues absent where a recount is pending). */
  summaries(): Promise<ArticleSummaries>;
  /** The short summaries of `article.list`, from the same figures. */
  list(): Promise<ArticleSummary[]>;
  /** Resolves when no issue recount is pending (tests, the bench). */
  settled(): Promise<void>;
  /** Resolves once a scheduled save of the figures has been written (tests; nothing pending: at once). */
  saved(): Promise<void>;
  /**
   * Reads the figures now (the saved file, or every article when there is none), so the first
   * list call finds them ready; the transports call it as they open the project, while the window
   * loads. The issue recount still waits for the first answer (see FIRST_RECOUNT_MS).
   */
  warm(): Promise<void>;
}

/** How the background recount yields between slices; injectable for tests. */
export interface SummaryDeps {
  /** Runs `task` later (default setImmediate); the handlers run it once no call is being answered. */
  defer?: (task: () => void) => void;
  /** True while a call is being answered: a running slice stops and defers the rest (default never). */
  busy?: () => boolean;
  /** Most articles recounted per slice (default no limit: the time budget decides). */
  sliceSize?: number;
  /** Milliseconds one slice may run before it yields to other calls (default 8). */
  sliceMs?: number;
  /** Milliseconds after a change before the figures are saved beside the project (default 5000). */
  saveAfterMs?: number;
  /**
   * Milliseconds between the first answer of the figures and the start of the issue recount
   * (default FIRST_RECOUNT_MS, whatever `defer` is: the first slice builds the glossary checker in
   * one piece, ≈ 1.6 s wall at 50,000 entries, and started at once it held the page's start; 0: at
   * once, through `defer`).
   */
  firstRecountMs?: number;
}

// The recount's first slice builds the glossary checker in one piece (about a second of CPU at
// 50,000 entries, several seconds of wall clock on a loaded machine) and the server answers nothing
// else meanwhile: started with the first answer, it held back the rest of that very answer (4.9 MB
// written to the socket over several turns of the event loop), and started a moment later, the
// page's own code and start-up calls, so the first list row waited for it. It starts this long
// after the first answer: the list is on screen first and its Issues column fills in after.
export const FIRST_RECOUNT_MS = 2000;

// More stale entries than this share of the project: one pass over every article (listArticles)
// instead of reading them one by one.
const READ_ALL_SHARE = 0.25;

/** True when a segment or a header field of the article contains one of the changed forms (its check may differ). */
export function mentionsForms(article: Article, forms: ChangedForms): boolean {
  const mentions = (text: { source: string; target: string }) => {
    if (forms.hindi.length > 0) {
      const key = repetitionKey(text.source);
      if (forms.hindi.some((form) => key.includes(form))) return true;
    }
    if (forms.english.length === 0 || !text.target) return false;
    const target = text.target.toLowerCase();
    return forms.english.some((form) => target.includes(form));
  };
  // The header fields count as text of the article: a changed entry may touch a dateline alone.
  // Segments first without copying them: this runs for every article after each glossary change.
  return article.segments.some(mentions) || fieldPairs(article).some(mentions);
}

// What a pending article needs: null a full recount, forms a recount only if it mentions them.
type Screen = ChangedForms | null;

function mergeScreens(a: Screen | undefined, b: Screen): Screen {
  if (a === undefined) return b;
  if (a === null || b === null) return null;
  return { hindi: [...a.hindi, ...b.hindi], english: [...a.english, ...b.english] };
}

/** Figures of one article without its issues (cheap: no glossary). */
export function articleCounts(article: Article): ArticleCounts {
  const byStatus = Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, 0])) as Record<SegmentStatus, number>;
  let words = 0;
  let lastChange = article.importedAt;
  for (const segment of article.segments) {
    byStatus[segment.status] += 1;
    words += countWords(segment.source);
    if (segment.updatedAt && segment.updatedAt > lastChange) lastChange = segment.updatedAt;
  }
  const title = article.segments.find((segment) => segment.kind === 'title')?.target.trim();
  return { ...summarizeArticle(article), byStatus, words, lastChange, ...(title ? { titleTranslation: title } : {}) };
}

/** Open glossary issues of an article (segments and header fields) by kind, by the workflow's rule (articles/segment-workflow.ts). */
export function articleIssues(article: Article, checker: GlossaryChecker): Partial<Record<IssueCode, number>> {
  const issues: Partial<Record<IssueCode, number>> = {};
  const checked = checker.checkDocument(article.segments);
  article.segments.forEach((segment, index) => {
    if (segment.target.trim() === '') return;
    for (const issue of openIssues(segment, checked[index], segment.source)) issues[issue.code] = (issues[issue.code] ?? 0) + 1;
  });
  for (const field of checkArticleFields(checker, article)) {
    for (const issue of field.issues) issues[issue.code] = (issues[issue.code] ?? 0) + 1;
  }
  return issues;
}

/** Creates the summaries of one open project. */
export function createProjectSummaries(observed: ObservedStore, glossary: GlossaryState, deps: SummaryDeps = {}): ProjectSummaries {
  const defer = deps.defer ?? ((task) => void setImmediate(task));
  const sliceSize = deps.sliceSize ?? Number.POSITIVE_INFINITY;
  const sliceMs = deps.sliceMs ?? 8;
  const busy = deps.busy ?? (() => false);
  const saveAfterMs = deps.saveAfterMs ?? 5000;
  const firstRecountMs = deps.firstRecountMs ?? FIRST_RECOUNT_MS;
  const store = observed.store;
  // Insertion order is display order: the store appends new articles to project.json's list.
  let counts: Map<string, ArticleCounts> | undefined;
  // The store's content stamp of what each article's figures were counted from.
  const stamps = new Map<string, string>();
  const stampOf = (id: string) => store.articleStamp?.(id) ?? '';
  let building: Promise<Map<string, ArticleCounts>> | undefined;
  // Articles whose issues need counting with the current glossary, and how.
  const pending = new Map<string, Screen>();
  let recounting = false;
  let waiters: (() => void)[] = [];

  const wakeWaiters = () => {
    if (pending.size > 0 || recounting) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  // Until the first recount has started, a save's recount waits for it too (recount() is a no-op).
  let firstRecountStarted = false;
  const recount = () => {
    if (!firstRecountStarted || recounting || pending.size === 0 || !counts) return wakeWaiters();
    recounting = true;
    defer(() => void runSlice());
  };
  let firstRecountAsked = false;
  const startFirstRecount = () => {
    if (firstRecountAsked) return;
    firstRecountAsked = true;
    const start = () => {
      firstRecountStarted = true;
      recount();
    };
    if (firstRecountMs <= 0) return start();
    setTimeout(start, firstRecountMs).unref?.();
  };
  const runSlice = async () => {
    try {
      const version = glossary.version;
      const checker = await glossary.checker();
      const started = performance.now();
      let done = 0;
      for (const [id, screen] of pending) {
        // A glossary saved while this slice ran re-screens the articles; stop and start again.
        // A call that came in meanwhile (the slice awaited the store) goes first: the rest waits for it.
        if (glossary.version !== version || done >= sliceSize || performance.now() - started > sliceMs || busy()) break;
        done += 1;
        // Read without keeping it decoded: a pass over every article must not churn the store's recent ones.
        const article = await readArticle(observed.store, id);
        pending.delete(id);
        const current = counts?.get(id);
        if (!article || !current) continue;
        if (screen && current.issues && !mentionsForms(article, screen)) continue;
        counts!.set(id, { ...current, issues: articleIssues(article, checker) });
      }
    } finally {
      recounting = false;
      if (pending.size > 0) recount();
      else wakeWaiters();
    }
  };

  // Saved a while after a change (one write for a burst of saves), never in the way of the call that
  // changed it; a file that misses the last changes (a crash) only costs counting those again.
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  let saveWaiters: (() => void)[] = [];
  const scheduleSave = () => {
    if (saveTimer || !store.writeCache || store.readOnly) return;
    // Serialising 10,000 articles' figures takes tens of milliseconds: it too waits for no call in flight.
    saveTimer = setTimeout(() => defer(() => {
      saveTimer = undefined;
      const waiters = saveWaiters;
      saveWaiters = [];
      saving = counts ? store.writeCache!(SUMMARIES_CACHE, summariesFile(counts, stamps)).catch(() => undefined) : Promise.resolve();
      void saving.then(() => waiters.forEach((resolve) => resolve()));
    }), saveAfterMs);
    saveTimer.unref?.();
  };

  // Saves that land while the first pass reads the project are replayed on its result.
  let early: StoreEvent[] = [];
  const apply = (event: StoreEvent) => {
    if (!counts) {
      if (building) early.push(event);
      return;
    }
    if (event.kind === 'article-saved') {
      const { article } = event;
      // The old issue counts stay on show until the recount of this article (a tick later) lands.
      const previous = counts.get(article.id)?.issues;
      counts.set(article.id, { ...articleCounts(article), ...(previous ? { issues: previous } : {}) });
      stamps.set(article.id, stampOf(article.id));
      pending.set(article.id, null);
      recount();
      scheduleSave();
    } else if (event.kind === 'article-deleted') {
      counts.delete(event.id);
      stamps.delete(event.id);
      pending.delete(event.id);
      scheduleSave();
    } else {
      // One changed entry: only articles that mention its forms are recounted; the rest are screened.
      const screen = glossary.lastChange ?? null;
      // No forms changed (a note, a status): every count stands, no article is read again.
      if (screen && screen.hindi.length === 0 && screen.english.length === 0) return;
      // Articles waiting with the same screen share the merged one (one merge per distinct screen, not per article).
      const merged = new Map<Screen | undefined, Screen>();
      for (const id of counts.keys()) {
        const before = pending.get(id);
        if (!merged.has(before)) merged.set(before, mergeScreens(before, screen));
        pending.set(id, merged.get(before) as Screen);
      }
      recount();
    }
  };
  observed.subscribe(apply);

  // Every held article's figures in display order: the saved entry when its stamp is the article's
  // stamp now, else counted from the article (and then saved again).
  const build = async (): Promise<Map<string, ArticleCounts>> => {
    const saved = store.articleStamp && store.readCache
      ? savedFigures(await store.readCache<SummariesFile>(SUMMARIES_CACHE, summariesFileProblem).catch(() => undefined))
      : new Map();
    const ids = (await store.meta()).articleIds;
    const built = new Map<string, ArticleCounts>();
    const stale: string[] = [];
    for (const id of ids) {
      const stamp = store.articleStamp?.(id);
      // Not held (a file that did not open): not listed, as listArticles leaves it out.
      if (stamp === undefined && store.articleStamp) continue;
      const entry = saved.get(id);
      // A placeholder keeps display order; it is filled below.
      if (entry && stamp && entry.stamp === stamp) {
        built.set(id, entry.counts);
        stamps.set(id, stamp);
      } else {
        built.set(id, undefined as unknown as ArticleCounts);
        stale.push(id);
      }
    }
    const count = (article: Article) => {
      built.set(article.id, articleCounts(article));
      stamps.set(article.id, stampOf(article.id));
    };
    if (stale.length > ids.length * READ_ALL_SHARE) {
      const wanted = new Set(stale);
      // One article decoded at a time (the store keeps them packed): the counts are all that stays.
      for await (const article of eachArticle(store)) if (wanted.has(article.id)) count(article);
    } else {
      for (const id of stale) {
        const article = await store.getArticle(id);
        if (article) count(article);
      }
    }
    // An article that went away meanwhile leaves no placeholder behind.
    for (const id of stale) if (built.get(id) === undefined) built.delete(id);
    for (const id of built.keys()) pending.set(id, null);
    if (stale.length > 0 || saved.size !== built.size) scheduleSave();
    return built;
  };

  const ready = async (): Promise<Map<string, ArticleCounts>> => {
    if (counts) return counts;
    building ??= build().then((built) => {
      counts = built;
      for (const event of early) apply(event);
      early = [];
      return built;
    });
    return building;
  };

  return {
    async summaries() {
      const all = await ready();
      startFirstRecount();
      const articles = [...all.values()];
      return { articles, issueProgress: { done: articles.length - pending.size, total: articles.length } };
    },
    async list() {
      const all = await ready();
      startFirstRecount();
      return [...all.values()].map(({ byStatus: _b, words: _w, issues: _i, titleTranslation: _t, lastChange: _l, ...summary }) => summary);
    },
    async settled() {
      await ready();
      startFirstRecount();
      if (pending.size === 0 && !recounting) return;
      await new Promise<void>((resolve) => waiters.push(resolve));
    },
    saved() {
      if (!saveTimer) return saving;
      return new Promise<void>((resolve) => saveWaiters.push(resolve));
    },
    warm() {
      // A failure here is the first call's to report: it asks again.
      return ready().then(() => undefined, () => {
        building = undefined;
      });
    },
  };
}
