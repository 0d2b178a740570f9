/** The project and the operations of the multi-file kill test (kill-ops-writer.ts, kill-ops-harness.ts). */
import type { Article } from '../../../articles/model.ts';
import type { AlignRequest, GlossaryEntry, PageUpload } from '../../../services/contract.ts';
import { sampleArticle } from './store-fixtures.ts';

/** The writer's cycle of operations. */
export const KILL_OPS = ['propagate', 'save', 'import', 'propagate', 'align', 'save'] as const;
/** Articles a propagation changes (each one file). */
export const PROPAGATED_ARTICLES = 30;
/** Pages per batch import. */
export const PAGES_PER_IMPORT = 8;
/** Articles per batch alignment. */
export const ALIGNED_ARTICLES = ['p0', 'p1', 'p2'];

/** The glossary entry at generation `g`: मास्को → City<g>. */
export function cityEntry(g: number): GlossaryEntry {
  const stamp = '2026-01-01T00:00:00.000Z';
  return {
    id: 'city', source: 'मास्को', sourceVariants: [], target: `City${g}`, targetAlternates: [], forbidden: [], type: 'place',
    caseSensitive: false, matchMode: 'inflected', note: '', status: 'approved', createdAt: stamp, updatedAt: stamp, author: 'kill-test',
  };
}

/** The propagated articles p0…p29 (segment 2 says मास्को) and the article s0 of single saves. */
export function killOpsArticles(): Article[] {
  const articles = Array.from({ length: PROPAGATED_ARTICLES }, (_, i) => {
    const article = sampleArticle(`p${i}`, 4);
    article.segments[2] = { ...article.segments[2], target: 'Kim Jong Un visited City0.', status: 'translated' };
    return article;
  });
  return [...articles, sampleArticle('s0', 3)];
}

/** The generation an article's propagated segment shows. */
export function generationOf(article: Article): number {
  return Number(/City(\d+)/.exec(article.segments[2].target)?.[1] ?? -1);
}

/** The pages of batch import `k`: b<k>-0 … b<k>-7. */
export function importPages(k: number): PageUpload[] {
  return Array.from({ length: PAGES_PER_IMPORT }, (_, i) => ({
    name: `b${k}-${i}.txt`,
    base64: Buffer.from(`बैठक ${k} ${i}\n\nदिल्ली में आज बैठक ${k} हुई। मंत्री ने ${i} बातें कहीं।\n`).toString('base64'),
  }));
}

/** The requests of batch alignment `k`. */
export function alignItems(k: number): AlignRequest[] {
  return ALIGNED_ARTICLES.map((articleId) => ({
    articleId, fileName: `batch-${k}.en.txt`,
    english: `Headline ${articleId}\n\nNorth Korea fired a missile. Russia said talks go on. Kim Jong Un visited Moscow.`,
  }));
}
