/**
 * A Hindi common word kept in Hindi inside an English proper name: राष्ट्रपति भवन → "Rashtrapati
 * Bhavan", प्रधानमंत्री आवास योजना → "Pradhan Mantri Awas Yojana". The entry (राष्ट्रपति →
 * "president") is not translated there, and rightly so: the name is. Recognised by a general
 * Devanagari → Latin comparison, not a list: both sides are reduced to a consonant skeleton
 * (romanisations of Hindi differ mostly in vowels, aspiration and sh/s, v/w, z/j, f/ph).
 */

// Devanagari consonants (U+0915–U+0939) → skeleton letter; '' = dropped (य, ह: semivowel, aspiration).
const CONSONANTS: Readonly<Record<string, string>> = {
  'क': 'k', 'ख': 'k', 'ग': 'g', 'घ': 'g', 'ङ': 'n', 'च': 'c', 'छ': 'c', 'ज': 'j', 'झ': 'j', 'ञ': 'n',
  'ट': 't', 'ठ': 't', 'ड': 'd', 'ढ': 'd', 'ण': 'n', 'त': 't', 'थ': 't', 'द': 'd', 'ध': 'd', 'न': 'n', 'ऩ': 'n',
  'प': 'p', 'फ': 'p', 'ब': 'b', 'भ': 'b', 'म': 'm', 'य': '', 'र': 'r', 'ऱ': 'r', 'ल': 'l', 'ळ': 'l', 'ऴ': 'l',
  'व': 'v', 'श': 's', 'ष': 's', 'स': 's', 'ह': '',
  // Precomposed nukta letters: ड़/ढ़ are written r or d in English (R matches both).
  'क़': 'k', 'ख़': 'k', 'ग़': 'g', 'ज़': 'j', 'ड़': 'R', 'ढ़': 'R', 'फ़': 'p', 'य़': '',
};
const NUKTA = '\u093c';
const VIRAMA = '\u094d';
const NASALS = new Set(['\u0901', '\u0902']);
const VOCALIC_R = new Set(['ऋ', 'ॠ', '\u0943', '\u0944']);

/** Shared last steps: a nasal before a labial is n on both sides (संबंध = sambandh), doubled letters are one. */
function finish(letters: string): string {
  return letters.replace(/m(?=[pb])/g, 'n').replace(/(.)\1+/g, '$1');
}

/** Consonant skeleton of a Devanagari word ("राष्ट्रपति" → "rstrpt"); vowels, virama and visarga are dropped. */
export function devanagariSkeleton(word: string): string {
  const text = word.normalize('NFC');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === 'ज' && text[i + 1] === VIRAMA && text[i + 2] === 'ञ') { out += 'g'; i += 2; continue; } // ज्ञ = gy(a)
    if (NASALS.has(ch)) { out += 'n'; continue; }
    if (VOCALIC_R.has(ch)) { out += 'r'; continue; }
    const letter = CONSONANTS[ch];
    if (letter === undefined) continue;
    out += text[i + 1] === NUKTA && (ch === 'ड' || ch === 'ढ') ? 'R' : letter;
  }
  return finish(out);
}

/** Consonant skeleton of a romanised word ("Rashtrapati" → "rstrpt"), diacritics dropped. */
export function latinSkeleton(word: string): string {
  const text = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === 'c') out += text[i + 1] === 'h' ? 'c' : 'k';
    // w between vowels or before one is व (Awas, Swaraj); after a vowel before a consonant it is
    // part of the vowel ("Chowk" = चौक).
    else if (ch === 'w') out += /[aeiou]/.test(text[i - 1] ?? '') && !/[aeiouy]/.test(text[i + 1] ?? '') ? '' : 'v';
    else if (ch === 'z') out += 'j';
    else if (ch === 'f') out += 'p';
    else if (ch === 'q') out += 'k';
    else if (ch === 'x') out += 'ks';
    else if (/[bdgjklmnprstv]/.test(ch)) out += ch;
  }
  return finish(out);
}

/** Whether a Devanagari skeleton and a Latin one are the same word (R = r or d). */
function sameSkeleton(hindi: string, latin: string): boolean {
  if (hindi.length !== latin.length) return false;
  for (let i = 0; i < hindi.length; i++) {
    const h = hindi[i];
    if (h !== latin[i] && !(h === 'R' && (latin[i] === 'r' || latin[i] === 'd'))) return false;
  }
  return true;
}

// Hindi words (letters and marks of the Devanagari block, joiners; not digits or dandas).
const HINDI_WORD = /[\u0900-\u0963\u0971-\u097f\u200c\u200d]+/g;
const LATIN_WORD = /\p{L}[\p{L}\p{M}]*/gu;
// Below this many skeleton letters a match could be chance ("Sob" for सभा).
const MIN_SKELETON = 3;
// Hindi words on either side of the term that the name may include (राष्ट्रपति *भवन*).
const NEIGHBOURS = 2;

/**
 * True when the English keeps the Hindi words of `span` (with up to two Hindi words on each side)
 * as a proper name: a run of capitalised English words whose skeleton is theirs. A single word at
 * the start of an English sentence is capitalised anyway, so it does not show a name.
 */
export function keptAsName(sourceText: string, span: readonly [number, number], targetText: string): boolean {
  const hindi = [...sourceText.matchAll(HINDI_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, skeleton: devanagariSkeleton(m[0]) }));
  const first = hindi.findIndex((w) => w.end > span[0] && w.start < span[1]);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < hindi.length && hindi[last + 1].start < span[1]) last++;
  const join = (from: number, to: number) => hindi.slice(Math.max(0, from), to + 1).map((w) => w.skeleton).join('');
  const wanted = new Set<string>();
  for (let left = 0; left <= NEIGHBOURS; left++) {
    for (let right = 0; right <= NEIGHBOURS; right++) {
      if (first - left < 0 || last + right >= hindi.length) continue;
      wanted.add(join(first - left, last + right));
    }
  }
  const words = [...targetText.matchAll(LATIN_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  for (let a = 0; a < words.length; a++) {
    let skeleton = '';
    for (let b = a; b < words.length; b++) {
      // A name is a run of capitalised words with only a space or hyphen between them.
      if (!/^\p{Lu}/u.test(words[b].text)) break;
      if (b > a && !/^[\s\u00a0-]+$/.test(targetText.slice(words[b - 1].end, words[b].start))) break;
      skeleton += latinSkeleton(words[b].text);
      if (skeleton.length < MIN_SKELETON) continue;
      if (b === a && sentenceInitial(targetText, words[a].start)) continue;
      for (const target of wanted) if (sameSkeleton(target, skeleton)) return true;
    }
  }
  return false;
}

/** True when nothing but punctuation stands between the start of the English sentence and `at`. */
function sentenceInitial(targetText: string, at: number): boolean {
  const before = targetText.slice(0, at);
  const sentenceStart = Math.max(before.search(/[.!?:;][^.!?:;]*$/) + 1, 0);
  return !/\p{L}/u.test(before.slice(sentenceStart));
}

/**
 * True when a Hindi word of `sourceText` spells the romanised name word `word` (same consonant
 * skeleton, three letters at least): the Hindi names it itself (मैक्रों for "Macron").
 */
export function spelledInHindi(sourceText: string, word: string): boolean {
  const latin = latinSkeleton(word);
  if (latin.length < MIN_SKELETON) return false;
  for (const m of sourceText.matchAll(HINDI_WORD)) if (sameSkeleton(devanagariSkeleton(m[0]), latin)) return true;
  return false;
}
