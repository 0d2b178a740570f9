/** Glossary search in the panel: Hindi with the glossary's own normalisation, English case-insensitively. */
import type { GlossaryEntry } from '../../services/contract.ts';
import { termKey } from '../../glossary/normalize.ts';

/** Entries whose Hindi (source or variant, normalised) or English (approved, alternate, forbidden) contains the query, sorted by Hindi. */
export function searchEntries(entries: readonly GlossaryEntry[], query: string, collator: Intl.Collator): GlossaryEntry[] {
  const trimmed = query.trim();
  const hindiKey = trimmed ? termKey(trimmed) : '';
  const english = trimmed.toLowerCase().replace(/\s+/g, ' ');
  const found = trimmed
    ? entries.filter(
        (entry) =>
          [entry.source, ...entry.sourceVariants].some((term) => termKey(term).includes(hindiKey)) ||
          [entry.target, ...entry.targetAlternates, ...entry.forbidden].some((rendering) => rendering.toLowerCase().replace(/\s+/g, ' ').includes(english)),
      )
    : [...entries];
  return found.sort((a, b) => collator.compare(a.source, b.source));
}
