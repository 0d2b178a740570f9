/**
 * A first English spelling for a Hindi name, offered when a term is added from a selection:
 * Devanagari → IAST (Sanscript), then the Hindi schwa deletion a reader applies (final and medial
 * inherent a's are silent: पुतिन → Putin, योनहाप → Yonhap), then plain ASCII letters.
 * It is only a suggestion; the translator edits it.
 */
import Sanscript from '@indic-transliteration/sanscript';

const VOWEL = 'aāiīuūeoṛ';
// Kept after a cluster ending in r, y or v (राष्ट्र → Rashtra, वाक्य → Vakya), where Hindi still says it.
const FINAL_SCHWA = new RegExp(`([${VOWEL}](?:[^${VOWEL}\\s-]|[^${VOWEL}\\s-]*[^${VOWEL}\\s-rvy]))a$`);
const MEDIAL_SCHWA = new RegExp(`([${VOWEL}][^${VOWEL}ṃḥ\\s-])a(?=[^${VOWEL}ṃḥ\\s-][${VOWEL}])`);

/** Suggests a romanised rendering of Hindi text; Latin words in it are kept as they are. */
export function suggestRendering(hindi: string): string {
  const prepared = hindi
    .normalize('NFC')
    .replace(/[\u200c\u200d]/g, '')
    // Sanscript has no candra-o and treats the nukta as an unknown mark; मॉस्को is read as मास्को.
    .replace(/\u0949/g, '\u093e')
    .replace(/\u093c/g, '');
  return prepared
    .split(/(\s+)/)
    .map((word) => (/^\s*$/.test(word) || !/[\u0900-\u097f]/.test(word) ? word : romaniseWord(word)))
    .join('');
}

function romaniseWord(word: string): string {
  let iast = Sanscript.t(word, 'devanagari', 'iast');
  iast = iast.replace(FINAL_SCHWA, '$1');
  // Apply the medial rule right to left so each deletion sees the final form of its right context.
  for (let guard = 0; guard < 8; guard++) {
    const next = deleteLastMedialSchwa(iast);
    if (next === iast) break;
    iast = next;
  }
  const ascii = iast
    .replace(/ṃ(?=[pbm])/g, 'm')
    .replace(/[ṃṅñṇ]/g, 'n')
    .replace(/ch/g, 'chh')
    .replace(/c(?!hh)/g, 'ch')
    .replace(/[śṣ]/g, 'sh')
    .replace(/ṛ/g, 'ri')
    .replace(/ḥ/g, 'h')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9'-]/g, '');
  return ascii ? ascii[0].toUpperCase() + ascii.slice(1) : word;
}

function deleteLastMedialSchwa(text: string): string {
  let last = -1;
  let matchText = '';
  const pattern = new RegExp(MEDIAL_SCHWA.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    last = match.index;
    matchText = match[1];
    pattern.lastIndex = match.index + 1;
  }
  if (last < 0) return text;
  return text.slice(0, last) + matchText + text.slice(last + matchText.length + 1);
}
