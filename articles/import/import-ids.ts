/**
 * Which article an imported page becomes (issue 13, item 10). Ids come from the file name's stem,
 * so `story.txt` and `story.html`, `news.html` and `news.htm`, or `index.html` from two folders
 * would all be `story` / `news` / `index` and the second import would replace the first (and its
 * translations) with an empty article. What a translator expects:
 *
 * - importing the SAME page again (same file name, sharing Hindi text with the article) updates that
 *   article and keeps the translations of unchanged segments (carry-over);
 * - any other page is a NEW article with its own id: `<stem>-<extension>`, then `-2`, `-3`…;
 *   nothing already translated is ever replaced by a page that merely has a similar name.
 */
import type { Article } from '../model.ts';
import { assignSegmentIds } from '../segment/segment-id.ts';

/** Where one imported page goes: `replaces` = the existing article it updates (its id). */
export interface ImportIdChoice {
  id: string;
  article: Article;
  replaces?: string;
}

const normalised = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function sharedSegments(a: Article, sources: ReadonlySet<string>): number {
  let shared = 0;
  for (const segment of a.segments) if (sources.has(normalised(segment.source))) shared++;
  return shared;
}

/** `article` under another id: segment ids (derived from the article id) and repeat links follow. */
export function withArticleId(article: Article, id: string): Article {
  if (article.id === id) return article;
  const ids = assignSegmentIds(id, article.segments.map((segment) => segment.source));
  const renamed = new Map(article.segments.map((segment, index) => [segment.id, ids[index]]));
  return {
    ...article,
    id,
    segments: article.segments.map((segment, index) => ({
      ...segment,
      id: ids[index],
      ...(segment.repeatOf !== undefined ? { repeatOf: renamed.get(segment.repeatOf) ?? segment.repeatOf } : {}),
    })),
  };
}

function extensionOf(file: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(file);
  return match ? match[1].toLowerCase() : '';
}

/**
 * Ids for freshly imported pages (each as importPage made it, id from its stem), given the articles
 * of the project that have one of the pages' file names (`existing`) and the ids of all the others
 * (`otherIds`): a re-import of the same page keeps that article's id, every other page gets an id
 * no existing article and no other page of the batch has.
 */
export function chooseImportIds(pages: readonly Article[], existing: readonly Article[], otherIds: Iterable<string> = []): ImportIdChoice[] {
  const byId = new Set([...existing.map((article) => article.id), ...otherIds]);
  const taken = new Set<string>();
  return pages.map((page) => {
    const sources = new Set(page.segments.map((segment) => normalised(segment.source)));
    // The same page again: an article of the same file name with Hindi text in common (most shared wins).
    let best: { id: string; shared: number } | undefined;
    for (const article of existing) {
      if (article.file !== page.file || taken.has(article.id)) continue;
      const shared = sharedSegments(article, sources);
      const preferred = article.id === page.id;
      if (shared > 0 && (!best || shared > best.shared || (shared === best.shared && preferred))) best = { id: article.id, shared };
    }
    if (best) {
      taken.add(best.id);
      return { id: best.id, article: withArticleId(page, best.id), replaces: best.id };
    }
    const ext = extensionOf(page.file);
    const stems = ext && !page.id.endsWith(`-${ext}`) ? [page.id, `${page.id}-${ext}`] : [page.id];
    let id = stems.find((candidate) => !byId.has(candidate) && !taken.has(candidate));
    const last = stems[stems.length - 1];
    for (let n = 2; id === undefined; n++) {
      const candidate = `${last}-${n}`;
      if (!byId.has(candidate) && !taken.has(candidate)) id = candidate;
    }
    taken.add(id);
    return { id, article: withArticleId(page, id) };
  });
}
