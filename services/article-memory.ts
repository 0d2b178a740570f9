/**
 * The one project memory over the articles' confirmed pairs, on the server side: indexed once at
 * first use, then updated per saved article (its old pairs removed, its current pairs added) and
 * told about glossary changes, so every match gets term adaptation with the current glossary.
 * `tm.lookup` (the editor), `tm.concordance` and the CLI read it; imported memories are a separate part.
 */
import type { Article } from '../articles/model.ts';
import { createTranslationMemory, type TranslationMemory } from '../articles/memory/translation-memory.ts';
import { isConfirmedPair } from '../articles/segment-workflow.ts';
import type { ConcordanceHit } from './contract.ts';
import type { GlossaryState } from './glossary-state.ts';
import { articleMemoryEntries } from './project-memory.ts';
import type { ObservedStore, StoreEvent } from './store-events.ts';
import { eachArticle } from './store/project-store.ts';

/** A memory index and its pairs for concordance search. */
export interface MemoryPart {
  memory: TranslationMemory;
  pairs: ConcordanceHit[];
}

/** The articles' part of the project memory. */
export interface ArticleMemory {
  /** The index and pairs as of the last save. */
  part(): Promise<MemoryPart>;
}

/** Origin of an article's pairs in the memory. */
export function articleOrigin(articleId: string): string {
  return `article:${articleId}`;
}

function concordancePairs(article: Article): ConcordanceHit[] {
  return article.segments.filter(isConfirmedPair).map((segment) => ({ source: segment.source, target: segment.target, articleId: article.id, segmentId: segment.id }));
}

/** Creates the articles' memory of one open project. */
export function createArticleMemory(observed: ObservedStore, glossary: GlossaryState): ArticleMemory {
  let built: { memory: TranslationMemory; pairs: Map<string, ConcordanceHit[]>; glossaryVersion: number } | undefined;
  let building: Promise<unknown> | undefined;
  let early: StoreEvent[] = [];
  let flat: ConcordanceHit[] | undefined;

  const apply = (event: StoreEvent) => {
    if (!built) {
      if (building) early.push(event);
      return;
    }
    if (event.kind === 'glossary-saved') {
      // Let go of the old version's term matcher now (tens of MB at 50,000 entries): the next
      // part() hands the memory the current checker's.
      built.memory.setGlossary(event.glossary.entries);
      return;
    }
    const id = event.kind === 'article-saved' ? event.article.id : event.id;
    built.memory.removeOrigin(articleOrigin(id));
    built.pairs.delete(id);
    if (event.kind === 'article-saved') {
      built.memory.add(articleMemoryEntries([event.article]));
      built.pairs.set(id, concordancePairs(event.article));
    }
    flat = undefined;
  };
  observed.subscribe(apply);

  return {
    async part() {
      if (!built) {
        building ??= (async () => {
          const [current, checker] = [await glossary.glossary(), await glossary.checker()];
          const glossaryVersion = glossary.version;
          // The checker's term matcher, shared: one compiled glossary per version, not one per index.
          const memory = createTranslationMemory([], { glossary: current.entries, termMatcher: checker.matcher });
          const pairs = new Map<string, ConcordanceHit[]>();
          // One article decoded at a time; saves meanwhile are replayed below (`early`).
          for await (const article of eachArticle(observed.store)) {
            memory.add(articleMemoryEntries([article]));
            pairs.set(article.id, concordancePairs(article));
          }
          built = { memory, pairs, glossaryVersion };
          for (const event of early) apply(event);
          early = [];
        })();
        await building;
      }
      const state = built!;
      if (state.glossaryVersion !== glossary.version) {
        const [current, checker] = [await glossary.glossary(), await glossary.checker()];
        state.memory.setGlossary(current.entries, checker.matcher);
        state.glossaryVersion = glossary.version;
      }
      flat ??= [...state.pairs.values()].flat();
      return { memory: state.memory, pairs: flat };
    },
  };
}
