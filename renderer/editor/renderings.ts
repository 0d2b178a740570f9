/**
 * The English renderings offered for a segment. Ctrl+1…9 insert the approved rendering of the
 * segment's first nine terms (one slot per term, so alternates never take a slot); every term and
 * alternate stays insertable from the term picker (Ctrl+K), however many there are.
 */
import type { GlossaryEntry, TermHit } from '../../services/contract.ts';

/** One insertable rendering and the entry it comes from. */
export interface RenderingOption {
  text: string;
  entryId: string;
  kind: 'approved' | 'alternate';
  /** 0-based position of the term in the segment (in Hindi order). */
  term: number;
}

/** The option Ctrl+(slot+1) inserts: the term's approved rendering, or its first alternate when it has none. */
export function slotOption(options: readonly RenderingOption[], slot: number): RenderingOption | undefined {
  return options.find((option) => option.term === slot);
}

/** How many terms the options cover. */
export function termCount(options: readonly RenderingOption[]): number {
  return options.length === 0 ? 0 : options[options.length - 1].term + 1;
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
    const term = termCount(options);
    if (entry.target.trim()) options.push({ text: entry.target, entryId: entry.id, kind: 'approved', term });
    for (const alternate of entry.targetAlternates) {
      if (alternate.trim()) options.push({ text: alternate, entryId: entry.id, kind: 'alternate', term });
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
