/**
 * Tokens of Hindi and English sentences as the aligner sees them: normalised words, numbers and
 * Latin-script words inside Hindi, with stop words marked so they carry no evidence.
 */

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'latin';

/** One token: `key` is the normalised form used for lookups, `stem` the light stem. */
export interface AlignToken {
  kind: TokenKind;
  key: string;
  stem: string;
  /** True for function words, which say nothing about which sentence translates which. */
  stop: boolean;
  /** English only: the word starts with a capital letter (a name candidate). */
  capital?: boolean;
}

const DEVANAGARI_DIGIT_ZERO = 0x0966;

const HINDI_STOP = new Set(
  ('के का की को में से ने पर है हैं था थे थी थीं और या भी तो ही यह वह ये वे एक इस उस इन उन कि जो जिस जिसे जिसमें' +
    ' जिसके जिसकी जिनके जब तब तक लिए लिये साथ द्वारा बाद पहले कर करने करते करता करती किया किए किये गया गए गई गयी' +
    ' हो होता होती होते होने हुआ हुए हुई रहा रहे रही रहें सकता सकती सकते अपने अपनी अपना उनके उनकी उसके उसकी उसे उन्होंने' +
    ' नहीं न कुछ सभी सब बहुत अब फिर वाले वाली वाला लेकिन परंतु किंतु क्योंकि यदि अगर हम मैं आप वो ओर बीच कई')
    .split(' ').map(normaliseDevanagari),
);

const ENGLISH_STOP = new Set(
  ('the a an of to in on at by for with from and or but is are was were be been being has have had do does did it its' +
    ' this that these those he she they we i you his her their our them him which who whom whose what when where how' +
    ' as than then so not no also there here into about over after before such can could would should will may might' +
    ' all some any one s if while up out more most very just only said says say')
    .split(' '),
);

/** Loose Devanagari normalisation: NFC, nukta and ZWJ/ZWNJ dropped, chandrabindu = anusvara, ॉ = ा, digits to ASCII. */
export function normaliseDevanagari(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code === 0x093c || code === 0x200c || code === 0x200d) continue;
    if (code === 0x0901) out += '\u0902';
    else if (code === 0x0949) out += '\u093e';
    else if (code >= DEVANAGARI_DIGIT_ZERO && code <= DEVANAGARI_DIGIT_ZERO + 9) out += String(code - DEVANAGARI_DIGIT_ZERO);
    else out += ch;
  }
  // Precomposed nukta letters (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) survive NFC; take them apart and drop the nukta.
  return out.normalize('NFD').replace(/\u093c/g, '').normalize('NFC');
}

const HINDI_SUFFIXES = ['ियों', 'ियाँ', 'ियां', 'ाओं', 'ाएं', 'ाएँ', 'ों', 'ें', 'ीं', 'ाँ', 'ां', 'ी', 'े', 'ा', 'ो'];

/** Light Hindi stem: strips one common inflection ending when a stem of two letters or more is left. */
export function stemHindi(word: string): string {
  for (const suffix of HINDI_SUFFIXES) {
    if (word.endsWith(suffix) && [...word.slice(0, -suffix.length)].length >= 2) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Light English stem: possessive, plural and -ed/-ing endings. */
export function stemEnglish(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** Canonical number: digit groups joined (15,000 = 15000; 1,50,000 = 150000), decimals kept, leading zeros dropped. */
export function canonicalNumber(raw: string): string {
  const ascii = normaliseDigits(raw);
  // A comma followed by exactly three digits (or two, Indian grouping before a final three) is grouping.
  const grouped = /^\d{1,3}(?:,\d{2,3})+(?:\.\d+)?$/.test(ascii);
  let s = grouped ? ascii.replace(/,/g, '') : ascii.replace(/,/g, '.');
  s = s.replace(/^0+(?=\d)/, '');
  if (s.includes('.')) s = s.replace(/\.?0+$/, '') || '0';
  return s;
}

function normaliseDigits(text: string): string {
  return text.replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_DIGIT_ZERO));
}

const TOKEN_PATTERN = /[0-9\u0966-\u096f]+(?:[.,:][0-9\u0966-\u096f]+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

/** Tokens of a Hindi sentence: Devanagari words (normalised), numbers, Latin-script words. */
export function hindiTokens(sentence: string): AlignToken[] {
  const tokens: AlignToken[] = [];
  for (const match of sentence.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    if (/^[0-9\u0966-\u096f]/.test(raw)) {
      pushNumbers(tokens, raw);
    } else if (/[a-zA-Z]/.test(raw) && !/[\u0900-\u097f]/.test(raw)) {
      const key = raw.toLowerCase();
      tokens.push({ kind: 'latin', key, stem: stemEnglish(key), stop: ENGLISH_STOP.has(key) });
    } else {
      const key = normaliseDevanagari(raw);
      tokens.push({ kind: 'word', key, stem: stemHindi(key), stop: HINDI_STOP.has(key) });
    }
  }
  return tokens;
}

/** Tokens of an English sentence: lower-cased words with stems, numbers. */
export function englishTokens(sentence: string): AlignToken[] {
  const tokens: AlignToken[] = [];
  for (const match of sentence.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    if (/^[0-9]/.test(raw)) {
      pushNumbers(tokens, raw);
    } else {
      const key = raw.toLowerCase();
      tokens.push({ kind: 'word', key, stem: stemEnglish(key), stop: ENGLISH_STOP.has(key), capital: /^\p{Lu}/u.test(raw) });
    }
  }
  return tokens;
}

/** A clock time or ratio such as 9:30 is one number; 15,000 is one number; 2024-06-20 three. */
function pushNumbers(tokens: AlignToken[], raw: string): void {
  const key = raw.includes(':') ? normaliseDigits(raw) : canonicalNumber(raw);
  tokens.push({ kind: 'number', key, stem: key, stop: false });
}
