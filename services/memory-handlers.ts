/**
 * Handlers of the translation memory (tm.*), repetitions and glossary-change propagation. The
 * memory is the project's confirmed segments plus imported read-only memories (the same sources
 * as the CLI: services/project-memory.ts), indexed once and rebuilt lazily after a write
 * (handlers.ts calls `invalidate` when a writing call finishes). Propagation steps keep the
 * pre-images of the segments they changed in the document `propagation-undo`, so each apply is
 * one undoable step.
 */
import type {
  ApiArgs,
  ApiResult,
  Article,
  Glossary,
  GlossaryEntry,
  Segment,
  SegmentRepetition,
  TmSegmentMatch,
} from './contract.ts';
import type { ProjectStore } from './store/project-store.ts';
import { ApiFailure } from './api-failure.ts';
import { assertWritable, requireArticle } from './project-guards.ts';
import type { MemoryCallName } from './memory-schemas.ts';
import {
  memoryDocName,
  memoryNameOf,
  readMemoryIndex,
  saveImportedMemory,
  type StoredMemory,
} from './project-memory.ts';
import { decodeTextFile } from './text-files.ts';
import { isConfirmedPair } from '../articles/segment-workflow.ts';
import { alignmentMatch } from '../articles/align/alignment-match.ts';
import type { ReviewedAlignment } from '../articles/align/review-edits.ts';
import { readTmPairs } from '../articles/exchange/tm-convert.ts';
import { concordance, createTranslationMemory, type TmEntry, type TmMatch } from '../articles/memory/translation-memory.ts';
import { propagateConfirmation, repetitionKey, type SegmentRef } from '../articles/memory/repetitions.ts';
import { formsToReplace, planGlossaryPropagation, type PropagationChange } from '../articles/memory/propagate-glossary.ts';
import { applyPropagationStep, undoLastPropagation } from './propagation-undo.ts';
import { observeStore, type ObservedStore } from './store-events.ts';
import { createGlossaryState, type GlossaryState } from './glossary-state.ts';
import { createArticleMemory, type ArticleMemory, type MemoryPart } from './article-memory.ts';
import { createRepetitionIndex, type RepetitionIndex } from './repetition-index.ts';
import type { ExactMemoryLookup } from '../articles/memory/pre-translate.ts';
import { exactLookupFrom } from './pre-translation.ts';

/** Calls that change documents; handlers.ts runs them through its write queue. */
export const MEMORY_WRITING_CALLS: readonly MemoryCallName[] = ['tm.import', 'segment.unlink', 'glossary.applyPropagation', 'glossary.undoPropagation'];

/** Implementations of the memory calls (arguments already validated). */
export type MemoryImplementations = { [N in MemoryCallName]: (args: ApiArgs<N>) => Promise<ApiResult<N>> };

// Re-exported: the undo stack lives in propagation-undo.ts, shared with `anuvad glossary apply/undo`.
export { PROPAGATION_UNDO_DOC, PROPAGATION_UNDO_LIMIT } from './propagation-undo.ts';

/** What the memory handlers take from outside. */
export interface MemoryHandlerDeps {
  /** ISO timestamp; default the wall clock. */
  now?: () => string;
  /** The project's services (handlers.ts builds them once per project); built here when absent. */
  services?: MemoryServices;
}

/** The incremental indexes the memory handlers read. */
export interface MemoryServices {
  glossary: GlossaryState;
  articles: ArticleMemory;
  repetitions: RepetitionIndex;
}

/** Builds the memory services over a store, following its writes. */
export function createMemoryServices(observed: ObservedStore, glossary: GlossaryState = createGlossaryState(observed)): MemoryServices {
  return { glossary, articles: createArticleMemory(observed, glossary), repetitions: createRepetitionIndex(observed) };
}

/** The memory handlers plus the hooks handlers.ts calls around other calls. */
export interface MemoryHandlers {
  implementations: MemoryImplementations;
  /**
   * After a segment was saved: a newly confirmed translation (status translated or beyond, text
   * changed or just confirmed) fills its linked repetitions across the project.
   */
  afterSegmentSaved(articleId: string, previous: Segment, saved: Segment): Promise<void>;
  /** The 100 % lookup of the current memory (both parts), for pre-translation on import. */
  exactLookup(): Promise<ExactMemoryLookup>;
  /** The two parts of the current memory: the articles' confirmed pairs and the imported memories (the analysis reads them). */
  memoryParts(): Promise<{ articles: MemoryPart; imported: MemoryPart }>;
}


const DEFAULT_LIMIT = 10;
const CONCORDANCE_LIMIT = 200;

/** Creates the memory, repetition and propagation handlers for one open project. */
export function createMemoryHandlers(given: ProjectStore, deps: MemoryHandlerDeps = {}): MemoryHandlers {
  const now = deps.now ?? (() => new Date().toISOString());
  const observed = deps.services ? { store: given } : observeStore(given);
  const store = observed.store;
  const services = deps.services ?? createMemoryServices(observed as ObservedStore);
  // Two parts: the project's confirmed segments, kept current save by save (article-memory.ts),
  // and the imported memories, rebuilt only when the list of memories or the glossary changes
  // (large, 100k pairs take ~3 s to index, and never edited).
  let importedPart: { key: string; part: MemoryPart } | undefined;
  // Counted here too: a re-import under the same name in the same millisecond keeps the index equal.
  let imports = 0;

  const memoriesPart = async (glossary: Glossary): Promise<MemoryPart> => {
    const index = await readMemoryIndex(store);
    const key = JSON.stringify([imports, index.memories.map((each) => [each.name, each.importedAt, each.pairs]), glossaryVersion(glossary)]);
    if (importedPart && importedPart.key === key) return importedPart.part;
    const entries: TmEntry[] = [];
    for (const { name } of index.memories) {
      const stored = await store.getDoc<StoredMemory>(memoryDocName(name));
      for (const pair of stored?.pairs ?? []) entries.push({ source: pair.source, target: pair.target, origin: `tm:${name}` });
    }
    // The checker's term matcher when there is something to adapt (one compiled glossary, not two).
    const termMatcher = entries.length > 0 ? (await services.glossary.checker()).matcher : undefined;
    const part = { memory: createTranslationMemory(entries, { glossary: glossary.entries, ...(termMatcher ? { termMatcher } : {}) }), pairs: entries.map((entry) => ({ source: entry.source, target: entry.target, memory: entry.origin.slice(3) })) };
    importedPart = { key, part };
    return part;
  };
  const projectMemory = async (): Promise<MemoryPart[]> => {
    const glossary = await services.glossary.glossary();
    return [await services.articles.part(), await memoriesPart(glossary)];
  };
  const writable = () => assertWritable(store);
  const article = (id: string): Promise<Article> => requireArticle(store, id);
  const segmentIndex = (owner: Article, segmentId: string): number => {
    const index = owner.segments.findIndex((segment) => segment.id === segmentId);
    if (index < 0) throw new ApiFailure({ code: 'not-found', message: `No segment ${segmentId} in article ${owner.id}` });
    return index;
  };

  const resolveEntries = async (entryId: string, given: { before?: GlossaryEntry; after?: GlossaryEntry }): Promise<{ before?: GlossaryEntry; after: GlossaryEntry }> => {
    const after = given.after ?? (await store.getGlossary()).entries.find((entry) => entry.id === entryId);
    if (!after) throw new ApiFailure({ code: 'not-found', message: `No glossary entry ${entryId}` });
    if (after.id !== entryId || (given.before && given.before.id !== entryId)) {
      throw new ApiFailure({ code: 'bad-input', message: `The entries given are not entry ${entryId}` });
    }
    return { ...(given.before ? { before: given.before } : {}), after };
  };

  const implementations: MemoryImplementations = {
    'tm.lookup': async ({ articleId, segmentId, min, limit }) => {
      const owner = await article(articleId);
      const index = segmentIndex(owner, segmentId);
      const segment = owner.segments[index];
      const parts = await projectMemory();
      const wanted = limit ?? DEFAULT_LIMIT;
      const context = { prev: owner.segments[index - 1]?.source ?? '', next: owner.segments[index + 1]?.source ?? '' };
      // One more than wanted: the segment's own confirmed pair is in the memory and is dropped.
      const ownOrigin = `article:${articleId}`;
      const found = parts.map(({ memory }) => memory.lookup(segment.source, { min: min ?? 0.5, context, limit: wanted + 1 }));
      // The segment's own pair is dropped, but not when another segment of the article (a repetition) holds the same pair.
      const heldElsewhere = (match: TmMatch) =>
        owner.segments.some((other, at) => at !== index && isConfirmedPair(other) && other.source === match.source && other.target === match.target);
      // The aligned English first: the translator's own choice to take or leave (never written over their work).
      const stored = await store.getDoc<ReviewedAlignment>(`alignments/${articleId}`);
      const aligned = stored ? alignmentMatch(stored, segmentId, segment) : undefined;
      return [...(aligned ? [aligned] : []), ...mergeRankedMatches(found, segment.source)]
        .filter((match) => !(match.origin === ownOrigin && match.source === segment.source && match.target === segment.target) || heldElsewhere(match))
        .slice(0, wanted)
        .map(withOwner);
    },
    'tm.search': async ({ text, min, limit }) => {
      const wanted = limit ?? DEFAULT_LIMIT;
      const found = (await projectMemory()).map(({ memory }) => memory.lookup(text, { min: min ?? 0.5, limit: wanted }));
      return mergeRankedMatches(found, text).slice(0, wanted).map(withOwner);
    },
    'tm.concordance': async ({ query, limit }) => (await projectMemory()).flatMap(({ pairs }) => concordance(query, pairs)).slice(0, limit ?? CONCORDANCE_LIMIT),
    'tm.memories': async () => (await readMemoryIndex(store)).memories,
    'tm.import': async ({ fileName, base64, name }) => {
      writable();
      const { pairs, problems } = readUploadedMemory(fileName, base64);
      const memory: StoredMemory = { schemaVersion: 1, name: memoryNameOf(name ?? fileName), readOnly: true, file: fileName, importedAt: now(), pairs };
      await saveImportedMemory(store, memory);
      imports++;
      return {
        memory: { name: memory.name, file: memory.file, importedAt: memory.importedAt, pairs: pairs.length },
        skipped: problems.map((problem) => ({ ...(problem.line ? { line: problem.line } : {}), message: problem.message })),
      };
    },
    'repetitions.get': async ({ articleId }) => {
      const owner = await store.getArticle(articleId);
      if (!owner) throw new ApiFailure({ code: 'not-found', message: `No article ${articleId}` });
      const result: SegmentRepetition[] = [];
      for (const segment of owner.segments) {
        const key = repetitionKey(segment.source);
        const occurrences = key ? await services.repetitions.occurrences(key) : 0;
        if (occurrences < 2) continue;
        result.push({
          segmentId: segment.id,
          occurrences,
          unlinked: segment.unlinked === true,
          target: segment.target,
          status: segment.status,
          ...(segment.origin ? { origin: segment.origin } : {}),
        });
      }
      return result;
    },
    'segment.unlink': async ({ articleId, segmentId, unlinked }) => {
      writable();
      const owner = await article(articleId);
      const index = segmentIndex(owner, segmentId);
      const { unlinked: _previous, ...rest } = owner.segments[index];
      const segment: Segment = unlinked === false ? rest : { ...rest, unlinked: true };
      await store.saveArticle({ ...owner, segments: owner.segments.with(index, segment) });
      return segment;
    },
    'glossary.previewPropagation': async ({ entryId, before, after }) => {
      const entries = await resolveEntries(entryId, { before, after });
      const articles = await store.listArticles();
      const titles = new Map(articles.map((each) => [each.id, each.title]));
      const sources = new Map(articles.flatMap((each) => each.segments.map((segment) => [`${each.id}\u0000${segment.id}`, segment.source] as const)));
      return {
        entryId,
        forms: formsToReplace(entries.before, entries.after),
        replacement: entries.after.target,
        changes: planGlossaryPropagation(articles, entries.before, entries.after).map((change) => ({
          ...change,
          articleTitle: titles.get(change.articleId) ?? change.articleId,
          source: sources.get(`${change.articleId}\u0000${change.segmentId}`) ?? '',
        })),
      };
    },
    'glossary.applyPropagation': async ({ entryId, before, after, selected }) => {
      writable();
      const entries = await resolveEntries(entryId, { before, after });
      const articles = await store.listArticles();
      const plan = planGlossaryPropagation(articles, entries.before, entries.after);
      const key = (articleId: string, segmentId: string) => `${articleId}\u0000${segmentId}`;
      // A selection names the text the translator saw; a target changed since then is stale.
      const seen = selected ? new Map(selected.map((choice) => [key(choice.articleId, choice.segmentId), choice.before])) : undefined;
      const stale: { articleId: string; segmentId: string }[] = [];
      const chosen: PropagationChange[] = [];
      for (const change of plan) {
        const before = seen ? seen.get(key(change.articleId, change.segmentId)) : change.before;
        if (before === undefined) continue;
        if (before === change.before) chosen.push(change);
        else stale.push({ articleId: change.articleId, segmentId: change.segmentId });
      }
      if (seen) {
        const planned = new Set(plan.map((change) => key(change.articleId, change.segmentId)));
        for (const choice of selected ?? []) if (!planned.has(key(choice.articleId, choice.segmentId))) stale.push({ articleId: choice.articleId, segmentId: choice.segmentId });
      }
      const { applied, undoDepth } = await applyPropagationStep(store, articles, entryId, chosen, now());
      return { applied, stale, undoDepth };
    },
    'glossary.undoPropagation': async () => {
      writable();
      const undone = await undoLastPropagation(store);
      if (!undone) throw new ApiFailure({ code: 'conflict', message: 'There is no glossary propagation to undo' });
      return undone;
    },
  };

  return {
    implementations,
    afterSegmentSaved: async (articleId, previous, saved) => {
      if (!isConfirmedPair(saved) || saved.unlinked) return;
      if (previous.status === saved.status && previous.target === saved.target) return;
      await fillRepetitions(store, [{ articleId, segmentId: saved.id }], now(), services.repetitions);
    },
    exactLookup: async () => exactLookupFrom((await projectMemory()).map((part) => part.memory)),
    memoryParts: async () => {
      const [articles, imported] = await projectMemory();
      return { articles, imported };
    },
  };
}

/** A segment a repetition fill changed: its article, the segment before, the text written. */
export interface RepetitionFill {
  articleId: string;
  previous: Segment;
  after: string;
}

/**
 * Fills the repetitions of newly confirmed segments across the project (`propagateConfirmation`,
 * one confirmed segment after another) and saves the articles that changed. Returns each filled
 * segment once, with what it held before the first fill and the text of the last.
 */
export async function fillRepetitions(store: ProjectStore, confirmed: readonly SegmentRef[], now: string, index?: RepetitionIndex): Promise<RepetitionFill[]> {
  const original = index ? await articlesSharingHindi(store, confirmed, index) : await store.listArticles();
  let articles = original;
  for (const { articleId, segmentId } of confirmed) articles = propagateConfirmation(articles, articleId, segmentId, now);
  await saveChangedArticles(store, original, articles);
  const fills: RepetitionFill[] = [];
  for (let i = 0; i < original.length; i++) {
    if (articles[i] === original[i]) continue;
    // propagateConfirmation keeps the identity of segments it leaves alone.
    original[i].segments.forEach((segment, index) => {
      const filled = articles[i].segments[index];
      if (filled !== segment) fills.push({ articleId: original[i].id, previous: segment, after: filled.target });
    });
  }
  return fills;
}

/**
 * Takes back repetition fills that still hold exactly what the fill wrote (status translated,
 * origin repetition, same text), restoring the segment as it was; a segment edited or confirmed
 * since is the translator's newer work and is kept. Returns the segments restored.
 */
export async function takeBackRepetitionFills(store: ProjectStore, fills: readonly RepetitionFill[]): Promise<SegmentRef[]> {
  const restored: SegmentRef[] = [];
  for (const articleId of new Set(fills.map((fill) => fill.articleId))) {
    const owner = await store.getArticle(articleId);
    if (!owner) continue;
    let segments = owner.segments;
    for (const { previous, after } of fills.filter((fill) => fill.articleId === articleId)) {
      const index = segments.findIndex((segment) => segment.id === previous.id);
      const current = segments[index];
      if (!current || current.target !== after || current.status !== 'translated' || current.origin !== 'repetition') continue;
      segments = segments.with(index, previous);
      restored.push({ articleId, segmentId: previous.id });
    }
    if (segments !== owner.segments) await store.saveArticle({ ...owner, segments });
  }
  return restored;
}

// The confirmed segments' articles and every article holding the same Hindi, in display order.
async function articlesSharingHindi(store: ProjectStore, confirmed: readonly SegmentRef[], index: RepetitionIndex): Promise<Article[]> {
  const keys: string[] = [];
  const ids = new Set<string>();
  for (const { articleId, segmentId } of confirmed) {
    ids.add(articleId);
    const source = (await store.getArticle(articleId))?.segments.find((segment) => segment.id === segmentId)?.source;
    const key = source === undefined ? '' : repetitionKey(source);
    if (key) keys.push(key);
  }
  for (const id of await index.articlesWith(keys)) ids.add(id);
  const order = new Map((await store.meta()).articleIds.map((id, position) => [id, position]));
  const articles: Article[] = [];
  for (const id of [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))) {
    const article = await store.getArticle(id);
    if (article) articles.push(article);
  }
  return articles;
}

async function saveChangedArticles(store: ProjectStore, before: readonly Article[], after: readonly Article[]): Promise<void> {
  for (let i = 0; i < before.length; i++) if (after[i] !== before[i]) await store.saveArticle(after[i]);
}

/** Decodes an uploaded TMX/XLIFF/TSV memory; problems become 'bad-input' naming the file. */
function readUploadedMemory(fileName: string, base64: string): ReturnType<typeof readTmPairs> {
  let read: ReturnType<typeof readTmPairs>;
  try {
    read = readTmPairs(decodeTextFile(new Uint8Array(Buffer.from(base64, 'base64')), fileName), fileName);
  } catch (thrown) {
    const { line, message } = thrown as { line?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(thrown);
    throw new ApiFailure({
      code: 'bad-input',
      // The exchange readers' errors already start with "file:line:".
      message: text.startsWith(fileName) ? text : `${fileName}: ${text}`,
      file: fileName,
      ...(typeof line === 'number' ? { line } : {}),
    });
  }
  if (read.pairs.length === 0) throw new ApiFailure({ code: 'bad-input', message: `${fileName}: no Hindi→English pairs found; nothing was imported`, file: fileName });
  return read;
}

/** A match with the article or imported memory it came from, split out of its origin. */
function withOwner(match: TmMatch): TmSegmentMatch {
  return {
    ...match,
    ...(match.origin.startsWith('article:') ? { articleId: match.origin.slice('article:'.length) } : {}),
    ...(match.origin.startsWith('tm:') ? { memory: match.origin.slice('tm:'.length) } : {}),
  };
}

/**
 * Matches of several memories in one ranking, the memory's own order: 100% first, then same
 * context, then score, then byte-identical Hindi; earlier memories first on a tie (the project's
 * own pairs before imported ones). The same pair is shown once.
 */
export function mergeRankedMatches(lists: readonly TmMatch[][], source: string): TmMatch[] {
  const rank = (match: TmMatch) => [match.score === 1 ? 1 : 0, match.contextMatch ? 1 : 0, match.score, match.source === source ? 1 : 0];
  // Array.prototype.sort is stable, so ties keep list order.
  const merged = lists.flat().sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return rb[i] - ra[i];
    return 0;
  });
  const seen = new Set<string>();
  return merged.filter((match) => {
    const key = `${match.source}\u0000${match.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Every glossary edit stamps updatedAt, so count + newest stamp identifies a version.
function glossaryVersion(glossary: Glossary): string {
  let newest = '';
  for (const entry of glossary.entries) if (entry.updatedAt > newest) newest = entry.updatedAt;
  return `${glossary.entries.length}|${newest}`;
}
