/** The English renderings offered for a segment: what Ctrl+1…9 inserts. */
import type { GlossaryEntry, TermHit } from '../../services/contract.ts';

/** One insertable rendering and the entry it comes from. */
export interface RenderingOption {
  text: string;
  entryId: string;
  kind: 'approved' | 'alternate';
}

/**
 * Renderings of the terms in a segment, in the order the terms occur in the Hindi: each entry's
 * approved rendering, then its alternates; an entry found twice is offered once.
 */
export function renderingOptions(hits: readonly TermHit[], entriesById: ReadonlyMap<string, GlossaryEntry>): RenderingOption[] {
  const seenEntries = new Set<string>();
  const options: RenderingOption[] = [];
  const ordered = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const hit of ordered) {
    if (seenEntries.has(hit.entryId)) continue;
    seenEntries.add(hit.entryId);
    const entry = entriesById.get(hit.entryId);
    if (!entry) continue;
    if (entry.target.trim()) options.push({ text: entry.target, entryId: entry.id, kind: 'approved' });
    for (const alternate of entry.targetAlternates) {
      if (alternate.trim()) options.push({ text: alternate, entryId: entry.id, kind: 'alternate' });
    }
  }
  return options;
}

/** Inserts text at a selection, returning the new value and the caret after the insertion. */
export function insertAtSelection(value: string, selectionStart: number, selectionEnd: number, text: string): { value: string; caret: number } {
  const start = Math.max(0, Math.min(selectionStart, value.length));
  const end = Math.max(start, Math.min(selectionEnd, value.length));
  const before = value.slice(0, start);
  const after = value.slice(end);
  // A word glued to the previous one would be wrong English; add the space a translator would type.
  const needsSpaceBefore = before.length > 0 && /[\p{L}\p{N}]$/u.test(before);
  const needsSpaceAfter = after.length > 0 && /^[\p{L}\p{N}]/u.test(after);
  const inserted = (needsSpaceBefore ? ' ' : '') + text + (needsSpaceAfter ? ' ' : '');
  return { value: before + inserted + after, caret: before.length + inserted.length };
}
