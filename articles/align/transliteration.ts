/**
 * Name similarity across scripts: a Devanagari word is romanised with Sanscript (IAST), schwa
 * deleted, and both sides reduced to a consonant skeleton, so स्टैनफ़ोर्ड and "Stanford" meet.
 */
import Sanscript from '@indic-transliteration/sanscript';

/** Romanises a (normalised) Devanagari word: IAST without diacritics, final and medial schwa dropped. */
export function romaniseHindi(word: string): string {
  // ॉ is missing from Sanscript's Devanagari table; it sounds like o (मॉस्को = Mosko).
  const prepared = word.replace(/\u0949/g, '\u094b').replace(/\u093c/g, '');
  const iast = Sanscript.t(prepared, 'devanagari', 'iast');
  const plain = iast
    .replace(/[śṣ]/g, 'sh')
    .replace(/ṛ/g, 'ri')
    // Anusvara sounds as m before labials and n elsewhere (ट्रंप = Trump, प्योंगयांग = Pyongyang).
    .replace(/ṃ(?=[pbm])/g, 'm')
    .replace(/ṃ/g, 'n')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  // Hindi drops the inherent vowel at the end of a word (putina → putin).
  return plain.length > 2 ? plain.replace(/a$/, '') : plain;
}

/** Consonant skeleton of a Latin word: digraphs folded, vowels dropped after the first letter, doubles collapsed. */
export function phoneticKey(latin: string): string {
  let s = latin.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
  s = s
    .replace(/ph/g, 'f')
    .replace(/ow$/, 'o')
    .replace(/(?<=[kgcjtdpb])h/g, '')
    .replace(/sh/g, 's')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/y/g, 'i');
  const first = s[0] ?? '';
  const rest = s.slice(1).replace(/[aeiou]/g, '');
  const key = (/[aeiou]/.test(first) ? 'a' : first) + rest;
  return key.replace(/(.)\1+/g, '$1');
}

/** Similarity 0..1 of two phonetic keys: 1 − edit distance / longer length. */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  return 1 - editDistance(a, b) / longer;
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  const row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
