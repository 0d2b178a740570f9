import type { Article, Segment } from '../model.ts';
import { splitHindiSentences } from '../segment/hindi-sentences.ts';
import { segmentId, uniqueId } from '../segment/segment-id.ts';
import { isHeadingLike } from './import-page.ts';

/**
 * Puts the removed line `line` back into the body as its own paragraph (a heading or sentence
 * segments) before the first segment that starts after it, and drops it from `removed`. Existing
 * segments keep their ids and translations; later paragraphs are renumbered. Throws RangeError when
 * the article has no removed line with that number.
 */
export function restoreRemoved(article: Article, line: number): Article {
  const entry = article.removed.find((removedLine) => removedLine.line === line);
  if (!entry) throw new RangeError(`article ${article.id} has no removed line ${line}`);

  const segments = article.segments;
  // The title stays segments[0] even when the restored line sat above it on the page.
  let at = segments.findIndex((segment, index) => index > 0 && segment.line > line);
  if (at < 0) at = segments.length;
  if (at === 0) at = segments.length === 0 ? 0 : 1;
  const paragraph = at === 0 ? 1 : segments[at - 1].paragraph + 1;

  const heading = isHeadingLike(entry.text);
  const sources = heading ? [entry.text] : splitHindiSentences(entry.text);
  const used = new Set(segments.map((segment) => segment.id));
  const before = at > 0 ? segments[at - 1].source : '';
  const after = at < segments.length ? segments[at].source : '';
  const restored: Segment[] = sources.map((source, k) => ({
    id: uniqueId(segmentId(article.id, source, k === 0 ? before : sources[k - 1], k === sources.length - 1 ? after : sources[k + 1]), used),
    kind: heading ? 'heading' : 'body',
    paragraph,
    line,
    source,
    target: '',
    status: 'untranslated',
  }));
  const shifted = segments.slice(at).map((segment) => (segment.paragraph >= paragraph ? { ...segment, paragraph: segment.paragraph + 1 } : segment));
  return {
    ...article,
    segments: [...segments.slice(0, at), ...restored, ...shifted],
    removed: article.removed.filter((removedLine) => removedLine !== entry),
  };
}
