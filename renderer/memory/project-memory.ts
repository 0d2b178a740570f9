/**
 * The translation memory the editor consults, built in the renderer with the pure TM engine
 * (articles/memory) from every translated, reviewed or approved segment of the project. It keeps
 * growing as the translator confirms segments. Imported TMX memories live on the server side and
 * are not part of it (the contract has no TM call yet).
 */
import type { Api, Article, SegmentStatus } from '../../services/contract.ts';
import { isConfirmedPair } from '../../articles/segment-workflow.ts';
import { concordance, createTranslationMemory, type SegmentContext, type TmMatch } from '../../articles/memory/translation-memory.ts';

/** One segment pair in the memory and where it lives. */
export interface MemoryPair {
  source: string;
  target: string;
  articleId: string;
  segmentId: string;
}

/** A match plus the pair it came from. */
export interface MemoryMatch extends TmMatch {
  articleId: string;
  segmentId: string;
}

/** The editor's view of the project memory. */
export interface ProjectMemory {
  readonly size: number;
  /** Matches for a segment, best first, without the segment itself and without duplicate pairs. */
  lookup(source: string, context: SegmentContext | undefined, ownSegmentId: string, limit?: number): MemoryMatch[];
  /** Pairs whose Hindi (normalised) or English contains the query. */
  concordance(query: string, limit?: number): MemoryPair[];
  /** Adds a segment the translator just confirmed. */
  remember(pair: MemoryPair, context?: SegmentContext): void;
}

/** True when a segment's translation belongs in the memory. */
export function isMemorable(status: SegmentStatus, target: string): boolean {
  return isConfirmedPair({ status, target });
}

/** Builds the memory from articles. */
export function buildProjectMemory(articles: readonly Article[]): ProjectMemory {
  const pairs: MemoryPair[] = [];
  // Each stored text gets its own origin; `latest` says which one is current for a segment, so a
  // segment whose translation changed is found only with its newest text.
  const byOrigin = new Map<string, MemoryPair>();
  const latest = new Map<string, string>();
  const memory = createTranslationMemory();
  const store = (pair: MemoryPair, context?: SegmentContext) => {
    const segmentKey = `${pair.articleId}#${pair.segmentId}`;
    const origin = `${segmentKey}@${pairs.length}`;
    pairs.push(pair);
    byOrigin.set(origin, pair);
    latest.set(segmentKey, origin);
    memory.add([{ source: pair.source, target: pair.target, origin, context }]);
  };
  for (const article of articles) {
    article.segments.forEach((segment, index) => {
      if (isMemorable(segment.status, segment.target)) {
        store({ source: segment.source, target: segment.target, articleId: article.id, segmentId: segment.id }, contextAt(article, index));
      }
    });
  }
  const isCurrent = (origin: string, pair: MemoryPair) => latest.get(`${pair.articleId}#${pair.segmentId}`) === origin;
  return {
    get size() {
      return memory.size;
    },
    lookup(source, context, ownSegmentId, limit = 5) {
      const seen = new Set<string>();
      const result: MemoryMatch[] = [];
      for (const match of memory.lookup(source, { context, limit: limit * 3 + 5 })) {
        const pair = byOrigin.get(match.origin);
        if (!pair || pair.segmentId === ownSegmentId || !isCurrent(match.origin, pair)) continue;
        const key = `${match.source}\u0000${match.target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.push({ ...match, articleId: pair.articleId, segmentId: pair.segmentId });
        if (result.length >= limit) break;
      }
      return result;
    },
    concordance(query, limit = 50) {
      const current = pairs.filter((pair, index) => latest.get(`${pair.articleId}#${pair.segmentId}`)?.endsWith(`@${index}`));
      return concordance(query, current).slice(0, limit);
    },
    remember(pair, context) {
      const origin = latest.get(`${pair.articleId}#${pair.segmentId}`);
      const known = origin ? byOrigin.get(origin) : undefined;
      if (known && known.source === pair.source && known.target === pair.target) return;
      store(pair, context);
    },
  };
}

/** Neighbouring sources of segment `index`, for context matches. */
export function contextAt(article: Pick<Article, 'segments'>, index: number): SegmentContext {
  return { prev: article.segments[index - 1]?.source ?? '', next: article.segments[index + 1]?.source ?? '' };
}

/** Loads every article through the API and builds the memory. */
export async function loadProjectMemory(api: Api): Promise<ProjectMemory> {
  const summaries = await api['article.list']({});
  const articles: Article[] = [];
  for (const summary of summaries) {
    articles.push(await api['article.get']({ id: summary.id }));
  }
  return buildProjectMemory(articles);
}
