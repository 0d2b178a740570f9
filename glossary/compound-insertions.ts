/**
 * A multi-word common term with words English puts inside it: a name or designation before the head
 * noun ("long-range Agni-5 missile" for लंबी दूरी की मिसाइल अग्नि-5, "ballistic Hwasong-19 missiles"), and a
 * hyphenated past participle on a noun adjunct ("state-run media", "state-owned media" for सरकारी
 * मीडिया). Both keep the term's words in order and its sense; nothing else may come between.
 */
import type { GlossaryEntry } from './model.ts';

// Irregular past participles a hyphenated compound takes ("state-run"); regular ones end in -ed.
const IRREGULAR_PARTICIPLES = ['run', 'led', 'held', 'built', 'made', 'known', 'grown', 'driven', 'born', 'drawn', 'written', 'sent', 'set'];
const PARTICIPLE = `(?:\\p{L}{2,}ed|${IRREGULAR_PARTICIPLES.join('|')})`;
// A name or designation: capitalised, or holding a digit ("Agni-5", "Hwasong-19", "S-400").
const INSERTED = /^(?:\p{Lu}|[\p{L}-]*\d)[\p{L}\p{N}-]*$/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new WeakMap<GlossaryEntry, RegExp[]>();

function patternsOf(entry: GlossaryEntry): RegExp[] {
  let list = patterns.get(entry);
  if (list) return list;
  list = [];
  for (const rendering of [entry.target, ...entry.targetAlternates]) {
    const words = rendering.trim().split(/\s+/);
    // Common words only: a name ("World War II") is not split.
    if (words.length < 2 || rendering !== rendering.toLowerCase()) continue;
    const modifiers = words.slice(0, -1).map((word) => `${escape(word)}(?:-${PARTICIPLE})?`).join('\\s+');
    const head = escape(words[words.length - 1]);
    list.push(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])${modifiers}((?:\\s+[^\\s]+){0,2}?)\\s+${head}(?:e?s|'s|s')?(?![\\p{L}\\p{M}\\p{N}])`, 'giu'));
  }
  patterns.set(entry, list);
  return list;
}

/** True when the target has one of the entry's multi-word common renderings with a name inserted before its head or a participle on a modifier. */
export function hasCompoundWithInsertion(entry: GlossaryEntry, targetText: string): boolean {
  for (const pattern of patternsOf(entry)) {
    pattern.lastIndex = 0;
    for (const m of targetText.matchAll(pattern)) {
      const inserted = m[1].trim() === '' ? [] : m[1].trim().split(/\s+/);
      if (inserted.every((token) => INSERTED.test(token))) return true;
    }
  }
  return false;
}

// Forms of the Hindi light verb करना after a noun (हस्तांतरण करना = to transfer); not की, which is also the genitive.
const LIGHT_VERB = /^[\s\u00a0]+(?:कर|करना|करने|करनी|करता|करती|करते|करेगा|करेगी|करेंगे|करें|करो|करके|किया|किए|किये|कराया|कराए)(?![\u0900-\u0963\u0970-\u097f])/u;

const verbPatterns = new WeakMap<GlossaryEntry, RegExp[]>();

/**
 * A two-word common-noun compound whose Hindi is a noun + light verb (प्रौद्योगिकी हस्तांतरण करना):
 * English says it with the head as a verb and the modifier as its object, up to three words between
 * ("transfer space technology", "transferred its technology" for "technology transfer").
 */
export function hasVerbWithObject(entry: GlossaryEntry, sourceText: string, hitEnd: number, targetText: string): boolean {
  if (!LIGHT_VERB.test(sourceText.slice(hitEnd, hitEnd + 12))) return false;
  let list = verbPatterns.get(entry);
  if (!list) {
    list = [];
    for (const rendering of [entry.target, ...entry.targetAlternates]) {
      const words = rendering.trim().split(/\s+/);
      if (words.length !== 2 || rendering !== rendering.toLowerCase() || !/^\p{L}+$/u.test(words[1])) continue;
      const verb = escape(words[1]);
      const last = words[1][words[1].length - 1];
      // transfer → transfers, transferred, transferring; use → used, using.
      const endings = `(?:s|es|ed|d|ing|${escape(last)}ed|${escape(last)}ing)?`;
      list.push(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])${verb.replace(/e$/, 'e?')}${endings}(?:\\s+[\\p{L}'’-]+){0,3}?\\s+${escape(words[0])}(?:s|es)?(?![\\p{L}\\p{M}\\p{N}])`, 'iu'));
    }
    verbPatterns.set(entry, list);
  }
  return list.some((pattern) => pattern.test(targetText));
}
