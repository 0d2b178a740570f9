/** Ctrl+F matching over an article's Hindi and current English. */
import type { Segment } from '../../services/contract.ts';
import type { EditorDoc } from './edit-history.ts';

/** Indices of segments whose source or current target contains the query (case-insensitive, NFC); an empty query matches nothing. */
export function findMatches(segments: readonly Pick<Segment, 'id' | 'source'>[], doc: EditorDoc, query: string): number[] {
  const needle = query.trim().normalize('NFC').toLocaleLowerCase();
  if (!needle) return [];
  const matches: number[] = [];
  segments.forEach((segment, index) => {
    const target = doc.segments[doc.indexById.get(segment.id) ?? -1]?.target ?? '';
    if (segment.source.normalize('NFC').toLocaleLowerCase().includes(needle) || target.normalize('NFC').toLocaleLowerCase().includes(needle)) {
      matches.push(index);
    }
  });
  return matches;
}
