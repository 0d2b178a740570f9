/**
 * Glossary anchors: a glossary term recognised in a Hindi sentence (by the glossary engine's
 * matcher, with its Devanagari normalisation and word boundaries) whose rendering appears in the
 * English sentence. Forbidden renderings count too: "Kim Jong-un" is still the same person, and
 * the alignment must not depend on whether the translator followed the glossary.
 */
import { createGlossaryChecker } from '../../glossary/index.ts';
import type { Glossary } from '../../glossary/model.ts';

/** Builds a counter of glossary anchors between a Hindi and an English sentence. */
export function glossaryAnchorCounter(glossary: Glossary): (hiSentence: string, enSentence: string) => number {
  const checker = createGlossaryChecker(glossary);
  const renderings = new Map<string, RegExp[]>();
  for (const entry of glossary.entries) {
    const forms = [entry.target, ...entry.targetAlternates, ...entry.forbidden].map((t) => t.trim()).filter((t) => t.length > 0);
    renderings.set(
      entry.id,
      forms.map((t) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t).replace(/[\s-]+/g, '[\\s\\-‐–]+')}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?=['’]s|s\\b|es\\b)`, entry.caseSensitive ? 'u' : 'iu')),
    );
  }
  return (hiSentence, enSentence) => {
    const entryIds = new Set(checker.terms(hiSentence).map((hit) => hit.entryId));
    let count = 0;
    for (const id of entryIds) if (renderings.get(id)?.some((re) => re.test(enSentence))) count++;
    return count;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
