/**
 * Glossary anchors: a glossary term found in a Hindi sentence whose approved rendering (or an
 * allowed alternate) appears in the English sentence. Matching here is deliberately simple
 * (normalised substring with word edges); the glossary engine's matcher can be passed in through
 * alignDocument's `glossaryAnchors` callback instead.
 */
import type { Glossary } from '../../glossary/model.ts';
import { normaliseDevanagari } from './tokens.ts';

interface AnchorTerm {
  hindi: string[];
  english: RegExp[];
}

/** Builds a counter of glossary anchors between a Hindi and an English sentence. */
export function glossaryAnchorCounter(glossary: Glossary): (hiSentence: string, enSentence: string) => number {
  const terms: AnchorTerm[] = glossary.entries.map((entry) => ({
    hindi: [entry.source, ...entry.sourceVariants].map((s) => looseHindi(s)).filter((s) => s.length > 0),
    english: [entry.target, ...entry.targetAlternates]
      .filter((t) => t.trim().length > 0)
      .map((t) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t.trim()).replace(/\s+/g, '[\\s-]+')}`, entry.caseSensitive ? 'u' : 'iu')),
  }));
  return (hiSentence, enSentence) => {
    const hindi = ` ${looseHindi(hiSentence)} `;
    let count = 0;
    for (const term of terms) {
      if (!term.hindi.some((h) => containsWord(hindi, h))) continue;
      if (term.english.some((re) => re.test(enSentence))) count++;
    }
    return count;
  };
}

function looseHindi(text: string): string {
  return normaliseDevanagari(text).replace(/[-\s]+/g, ' ').trim();
}

/** Term at a word start; Hindi inflection endings may follow (रूस in रूस, रूसी is a separate entry). */
function containsWord(haystack: string, term: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(term, from);
    if (at < 0) return false;
    const before = haystack[at - 1] ?? ' ';
    if (!/[\p{L}\p{M}]/u.test(before)) return true;
    from = at + 1;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
