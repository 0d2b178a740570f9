/**
 * Handlers of the alignment review (align.*) and of the bilingual exports (export.*). Alignments
 * are the documents `alignments/<articleId>` (articles/align/stored-alignment.ts); review edits
 * are pure transactions (articles/align/review-edits.ts) whose accepted links are written into the
 * article's segments (status translated, origin aligned), where the project's translation memory
 * finds them (confirmed segments are the memory; services/project-memory.ts).
 */
import type {
  AlignmentSummary,
  AlignmentView,
  AlignRequest,
  ApiArgs,
  ApiResult,
  Article,
  ExportFile,
  ReviewedAlignment,
} from './contract.ts';
import type { ProjectStore } from './store/project-store.ts';
import { ApiFailure, toApiError } from './api-failure.ts';
import { assertWritable, requireArticle } from './project-guards.ts';
import { alignDocument, defaultLexicon, mergeLexicons, toStoredAlignment, trainLexicon, type Lexicon } from '../articles/align/index.ts';
import { acceptedPairs, acceptedTranslations, applyReviewEdit, linkText, ReviewEditError } from '../articles/align/review-edits.ts';
import { fillRepetitions, takeBackRepetitionFills } from './memory-handlers.ts';
import { applyReviewToArticle, reviewConflicts } from '../articles/align/review-apply.ts';
import { isConfirmedPair } from '../articles/segment-workflow.ts';
import type { RepetitionIndex } from './repetition-index.ts';
import { writeTmx, type TmxPair } from '../articles/exchange/tmx.ts';
import { segmentNote, writeXliff12, writeXliff20 } from '../articles/exchange/xliff.ts';
import { writeLinksCsv, type LinkRow } from '../articles/exchange/links-csv.ts';
import { exportEnglish } from './english-export.ts';

/** The calls this module implements. */
export type ReviewCallName = 'align.list' | 'align.get' | 'align.run' | 'align.runBatch' | 'align.edit' | 'export.tmx' | 'export.xliff' | 'export.linksCsv' | 'export.english';

/** Calls that change documents; handlers.ts runs them through its write queue. */
export const REVIEW_WRITING_CALLS: readonly ReviewCallName[] = ['align.run', 'align.runBatch', 'align.edit'];

/** Implementations of the review calls (arguments already validated). */
export type ReviewImplementations = { [N in ReviewCallName]: (args: ApiArgs<N>) => Promise<ApiResult<N>> };

/** What the review handlers take from outside. */
export interface ReviewHandlerDeps {
  /** ISO timestamp; default the wall clock. */
  now?: () => string;
  /** Where each Hindi sentence occurs, so accepting a link reads only the articles that repeat it. */
  repetitions?: RepetitionIndex;
  /** Trains the learned lexicon; default articles/align's IBM Model 1 (tests count the calls). */
  trainLexicon?: typeof trainLexicon;
}

const TOOL_NAME = 'Anuvad Workbench';
const TOOL_VERSION = '0.1.0';

/** Document name of an article's alignment. */
export function alignmentDocName(articleId: string): string {
  return `alignments/${articleId}`;
}

/** Creates the review and export handlers for one open project. */
export function createReviewHandlers(store: ProjectStore, deps: ReviewHandlerDeps = {}): ReviewImplementations {
  const now = deps.now ?? (() => new Date().toISOString());
  const projectLexicon = projectLexiconCache(store, deps.trainLexicon ?? trainLexicon);
  const writable = () => assertWritable(store);
  const article = (id: string): Promise<Article> => requireArticle(store, id);
  const alignment = async (articleId: string): Promise<ReviewedAlignment> => {
    const found = await store.getDoc<ReviewedAlignment>(alignmentDocName(articleId));
    if (!found) throw new ApiFailure({ code: 'not-found', message: `Article ${articleId} has no alignment` });
    return found;
  };
  const allAlignments = async (): Promise<{ article: Article; alignment: ReviewedAlignment }[]> => {
    const found: { article: Article; alignment: ReviewedAlignment }[] = [];
    for (const each of await store.listArticles()) {
      const stored = await store.getDoc<ReviewedAlignment>(alignmentDocName(each.id));
      if (stored) found.push({ article: each, alignment: stored });
    }
    return found;
  };

  const run = async ({ articleId, english, fileName }: AlignRequest): Promise<AlignmentSummary> => {
    const target = await article(articleId);
    const glossary = await store.getGlossary();
    const lexicon = await projectLexicon();
    const aligned = alignDocument(target.segments.map((segment) => segment.source), english, { glossary, ...(lexicon ? { lexicon } : {}) });
    const stored = toStoredAlignment(aligned, {
      articleId,
      segmentIds: target.segments.map((segment) => segment.id),
      translationFile: fileName ?? 'pasted',
      englishText: english,
      alignedAt: now(),
    });
    await store.saveDoc(alignmentDocName(articleId), stored);
    return summarize(target, stored);
  };

  return {
    'align.list': async () => (await allAlignments()).map(({ article: each, alignment: stored }) => summarize(each, stored)),
    'align.get': async ({ articleId }) => toView(await alignment(articleId), await article(articleId)),
    'align.run': async (request) => {
      writable();
      return run(request);
    },
    'align.runBatch': async ({ items }) => {
      writable();
      const results = [];
      for (const item of items) {
        try {
          results.push({ articleId: item.articleId, ok: true as const, summary: await run(item) });
        } catch (thrown) {
          // One article's failure is reported beside the others' results, not thrown.
          results.push({ articleId: item.articleId, ok: false as const, error: toApiError(thrown) });
        }
      }
      return results;
    },
    'align.edit': async ({ articleId, op }) => {
      writable();
      const before = await alignment(articleId);
      let after: ReviewedAlignment;
      try {
        after = applyReviewEdit(before, op);
      } catch (thrown) {
        if (!(thrown instanceof ReviewEditError)) throw thrown;
        throw new ApiFailure({ code: thrown.code === 'bad-link' ? 'bad-input' : 'conflict', message: thrown.message });
      }
      const current = await article(articleId);
      if (after === before) return { alignment: toView(before, current), changedSegments: [], skipped: 0 };
      const stamp = now();
      const applied = applyReviewToArticle(current, before, after, stamp);
      // The article first: if a later write fails, the translations (the valuable part) are kept.
      if (applied.changedSegmentIds.length > 0) await store.saveArticle(applied.article);
      const changed = new Set(applied.changedSegmentIds);
      let saved: ReviewedAlignment = { ...after, replaced: applied.replaced };
      // Fills and take-backs inside this article change it after `applied`: read it again then.
      let reread = false;
      if (op.type === 'undo') {
        // The fills the undone edit made go back with it, where nobody touched them since.
        const restored = await takeBackRepetitionFills(store, before.undo?.at(-1)?.repetitionFills ?? []);
        for (const ref of restored.filter((each) => each.articleId === articleId)) {
          changed.add(ref.segmentId);
          reread = true;
        }
      } else {
        // A segment an accepted link translated counts as confirmed: it fills its repetitions like a confirmed save.
        const accepted = acceptedTranslations(after);
        const confirmed = applied.changedSegmentIds.filter((id) => Boolean(accepted.get(id))).map((segmentId) => ({ articleId, segmentId }));
        const fills = confirmed.length > 0 ? await fillRepetitions(store, confirmed, stamp, deps.repetitions) : [];
        for (const fill of fills.filter((each) => each.articleId === articleId)) {
          changed.add(fill.previous.id);
          reread = true;
        }
        const undo = after.undo ?? [];
        if (fills.length > 0 && undo.length > 0) saved = { ...saved, undo: undo.with(-1, { ...undo[undo.length - 1], repetitionFills: fills }) };
      }
      await store.saveDoc(alignmentDocName(articleId), saved);
      const latest = reread ? await article(articleId) : applied.article;
      return {
        alignment: toView(saved, latest),
        changedSegments: latest.segments.filter((segment) => changed.has(segment.id)),
        skipped: applied.skippedSegmentIds.length,
      };
    },

    'export.tmx': async ({ pairs: which = 'aligned' }) => {
      const pairs: TmxPair[] = which === 'confirmed' ? confirmedTmxPairs(await store.listArticles()) : (await allAlignments()).flatMap(({ alignment: stored }) =>
        acceptedPairs(stored).map((pair) => ({ ...pair, origin: `article:${stored.articleId}`, created: stored.alignedAt })));
      const content = writeTmx(pairs, { creationTool: TOOL_NAME, creationToolVersion: TOOL_VERSION, srcLang: 'hi', tgtLang: 'en', createdAt: now() });
      return { ...exportFile(which === 'confirmed' ? 'project-memory.tmx' : 'aligned-pairs.tmx', 'application/x-tmx+xml', content), units: pairs.length };
    },
    'export.xliff': async ({ articleId, version }) => {
      const target = await article(articleId);
      const options = { toolName: TOOL_NAME };
      return version === '1.2'
        ? exportFile(`${articleId}.xlf`, 'application/x-xliff+xml', writeXliff12(target, options))
        : exportFile(`${articleId}.xliff2.xlf`, 'application/xliff+xml', writeXliff20(target, options));
    },
    'export.english': async ({ articleIds, format }) => {
      const articles: Article[] = [];
      for (const id of articleIds) articles.push(await article(id));
      return exportEnglish(articles, format);
    },
    'export.linksCsv': async () => {
      const rows: LinkRow[] = (await allAlignments()).flatMap(({ alignment: stored }) => stored.links.map((link) => ({
        article: stored.articleId,
        ...linkText(stored, link),
        score: link.score,
        status: link.status,
      })));
      return exportFile('alignment-links.csv', 'text/csv', writeLinksCsv(rows));
    },
  };
}

/** The list entry of one alignment. */
/** Every confirmed segment of the articles as a TMX pair, with its article and an approval override as a note. */
function confirmedTmxPairs(articles: readonly Article[]): TmxPair[] {
  return articles.flatMap((article) => article.segments.filter(isConfirmedPair).map((segment) => ({
    source: segment.source,
    target: segment.target,
    origin: `article:${article.id}`,
    created: segment.updatedAt,
    // Overrides and ignored issues with their reasons travel with the pair, as in XLIFF.
    note: segmentNote(segment),
  })));
}

function summarize(article: Article, stored: ReviewedAlignment): AlignmentSummary {
  const accepted = stored.links.filter((link) => link.status === 'accepted').length;
  return {
    articleId: stored.articleId,
    title: article.title,
    ...(article.titleEnglish ? { titleEnglish: article.titleEnglish } : {}),
    translationFile: stored.translationFile,
    alignedAt: stored.alignedAt,
    links: stored.links.length,
    open: stored.links.length - accepted,
    accepted,
  };
}

/** What the renderer sees of a stored alignment: no undo states or restore records, only the undo depth, and its open conflicts. */
function toView(stored: ReviewedAlignment, article: Article): AlignmentView {
  const { undo, replaced: _replaced, ...rest } = stored;
  return { ...rest, undoDepth: undo?.length ?? 0, conflicts: reviewConflicts(article, stored) };
}

function exportFile(fileName: string, mimeType: string, content: string): ExportFile {
  return { fileName, mimeType, content };
}

/** Most confirmed pairs the learned lexicon is trained on (the newest); IBM Model 1 costs ≈ 5 ms per pair. */
export const LEARNED_PAIRS_MAX = 500;

/**
 * The default lexicon plus one learned (IBM Model 1) from the project's confirmed segment pairs,
 * so the more a desk translates the better it aligns; undefined (the default) when there are none.
 * Trained once per training input, not once per article: count + newest edit is a cheap O(n)
 * fingerprint checked on every call; only when it moves are the newest pairs compared with the
 * ones trained on, so a save that keeps the pairs (a status step, a draft) does not retrain.
 */
function projectLexiconCache(store: ProjectStore, train: typeof trainLexicon): () => Promise<Lexicon | undefined> {
  let cached: { fingerprint: string; trainedOn: string; lexicon: Lexicon | undefined } | undefined;
  return async () => {
    const pairs: { source: string; target: string; updatedAt: string }[] = [];
    for (const each of await store.listArticles()) {
      for (const segment of each.segments) {
        if (isConfirmedPair(segment)) {
          pairs.push({ source: segment.source, target: segment.target, updatedAt: segment.updatedAt ?? '' });
        }
      }
    }
    const newest = pairs.reduce((latest, pair) => (pair.updatedAt > latest ? pair.updatedAt : latest), '');
    const fingerprint = `${pairs.length}|${newest}`;
    if (cached?.fingerprint === fingerprint) return cached.lexicon;
    const recent = pairs.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)).slice(0, LEARNED_PAIRS_MAX);
    // Order-free: a restamped pair moves in the list but trains the same lexicon.
    const trainedOn = recent.map((pair) => `${pair.source}\u0000${pair.target}`).sort().join('\u0001');
    if (cached?.trainedOn === trainedOn) {
      cached = { ...cached, fingerprint };
    } else {
      const lexicon = recent.length === 0 ? undefined : mergeLexicons(defaultLexicon(), train(recent.map((pair) => [pair.source, pair.target])));
      cached = { fingerprint, trainedOn, lexicon };
    }
    return cached.lexicon;
  };
}
