/**
 * Glossary search in the panel: Hindi with the glossary's own normalisation, English
 * case-insensitively. The index normalises each entry once (kept per entry object, so after an
 * edit only the changed entry is normalised again) and sorts once; a keystroke is a scan of
 * prepared strings.
 */
import type { GlossaryEntry } from '../../services/contract.ts';
import { termKey } from '../../glossary/normalize.ts';

/** A searchable, sorted view of a glossary. */
export interface EntrySearchIndex {
  /** Entries matching the query (all for an empty one), sorted by Hindi. */
  search(query: string): GlossaryEntry[];
}

interface Prepared {
  hindi: string;
  english: string;
}

// Survives between indexes: an entry object that did not change is not normalised again.
const prepared = new WeakMap<GlossaryEntry, Prepared>();

function englishForm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

function prepare(entry: GlossaryEntry): Prepared {
  let found = prepared.get(entry);
  if (!found) {
    // NUL joins the forms: no query contains it, so a match never spans two forms.
    found = {
      hindi: [entry.source, ...entry.sourceVariants].map(termKey).join('\u0000'),
      english: [entry.target, ...entry.targetAlternates, ...entry.forbidden].map(englishForm).join('\u0000'),
    };
    prepared.set(entry, found);
  }
  return found;
}

/** Builds the search index of `entries`, sorted by Hindi with `collator`. */
export function createEntrySearchIndex(entries: readonly GlossaryEntry[], collator: Intl.Collator): EntrySearchIndex {
  const sorted = [...entries].sort((a, b) => collator.compare(a.source, b.source));
  const forms = sorted.map(prepare);
  return {
    search(query) {
      const trimmed = query.trim();
      if (!trimmed) return sorted;
      const hindiKey = termKey(trimmed);
      const english = englishForm(trimmed);
      const found: GlossaryEntry[] = [];
      for (let i = 0; i < sorted.length; i++) {
        if (forms[i].hindi.includes(hindiKey) || forms[i].english.includes(english)) found.push(sorted[i]);
      }
      return found;
    },
  };
}

/** Entries whose Hindi (source or variant, normalised) or English (approved, alternate, forbidden) contains the query, sorted by Hindi. */
export function searchEntries(entries: readonly GlossaryEntry[], query: string, collator: Intl.Collator): GlossaryEntry[] {
  return createEntrySearchIndex(entries, collator).search(query);
}
