/**
 * A forbidden "the X" next to an allowed X: "the Ukraine" is wrong as a name ("the Ukraine received
 * weapons"), but in "the Ukraine crisis" the article belongs to "crisis" and Ukraine only modifies
 * it. The Hindi shows the same thing: यूक्रेन संकट is a compound (no postposition between the two
 * nouns), यूक्रेन को / यूक्रेन ने / यूक्रेन में is the name used as a noun.
 */

// Closed classes: Hindi postpositions, particles, conjunctions, auxiliaries and pronouns that show the
// term is not modifying a following noun.
const HINDI_FUNCTION_WORDS = new Set([
  'का', 'के', 'की', 'को', 'ने', 'में', 'मे', 'से', 'पर', 'तक', 'लिए', 'द्वारा', 'ही', 'भी', 'तो', 'और', 'या', 'व', 'एवं',
  'तथा', 'नहीं', 'न', 'कि', 'जो', 'है', 'हैं', 'था', 'थे', 'थी', 'हो', 'एक', 'इस', 'उस', 'यह', 'वह', 'ये', 'वे', 'अब',
  'सहित', 'समेत', 'बनाम',
]);

// Closed classes in English: a verb, preposition or conjunction after "the X" shows X is the head.
const ENGLISH_FUNCTION_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from',
  'with', 'by', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'he', 'she',
  'they', 'we', 'you', 'not', 'no', 'also', 'said', 'says', 'say', 'into', 'over', 'after', 'before', 'since', 'while',
  'if', 'so', 'yet', 'about', 'against', 'during', 'under', 'between', 'through', 'itself', 'alone', 'too',
]);

/** The article-less rest of a "the X" form, or null when the form does not start with an article. */
export function withoutArticle(form: string): string | null {
  const m = /^the\s+(.+)$/i.exec(form.trim());
  return m ? m[1] : null;
}

// A verb in the past shows X is the subject ("the Ukraine harvested"): regular -ed forms, and the
// irregular past forms news English uses most (a closed class).
const IRREGULAR_PAST = new Set([
  'sent', 'made', 'took', 'got', 'gave', 'told', 'won', 'lost', 'held', 'met', 'left', 'began', 'became', 'came', 'went',
  'saw', 'found', 'put', 'set', 'hit', 'cut', 'paid', 'sold', 'bought', 'brought', 'built', 'fought', 'kept', 'led', 'ran',
  'spent', 'stood', 'struck', 'threw', 'wrote', 'drew', 'grew', 'knew', 'rose', 'fell', 'shot', 'sought', 'spoke', 'broke',
  'chose', 'froze', 'hid', 'let', 'felt', 'heard', 'meant', 'read', 'sat', 'shut', 'sank', 'swore', 'thought', 'understood',
  'withdrew', 'overtook', 'undertook', 'beat', 'bore', 'caught', 'dealt', 'fled', 'forgave', 'hung', 'lent', 'rode', 'woke',
]);
const isPastVerb = (word: string): boolean => IRREGULAR_PAST.has(word) || (word.length > 4 && /[^e]ed$/.test(word));

/** True when the English word after `end` is a lower-case content word, not a verb: X modifies it ("the Ukraine crisis"). */
export function englishModifiesNext(targetText: string, end: number): boolean {
  const m = /^[ \t\u00a0]+(\p{Ll}[\p{L}\p{M}'’-]*)/u.exec(targetText.slice(end));
  if (m === null) return false;
  const word = m[1].toLowerCase();
  return !ENGLISH_FUNCTION_WORDS.has(word) && !isPastVerb(word);
}

// The genitive postposition: X का/के/की N is "X's N" or, as news English writes it, "the X N".
const GENITIVE = new Set(['का', 'के', 'की']);

// Closed class: the second word of a compound postposition (के साथ "with", के बारे में "about", के
// ख़िलाफ़ "against"…). After a genitive it makes X the object of a preposition, not a modifier.
const COMPOUND_POSTPOSITION_HEADS = new Set([
  'साथ', 'बारे', 'बाद', 'पास', 'खिलाफ', 'विरुद्ध', 'बीच', 'ओर', 'तरफ', 'दौरान', 'जरिए', 'जरिये', 'बजाय', 'अलावा',
  'मुताबिक', 'अनुसार', 'बाहर', 'अंदर', 'भीतर', 'ऊपर', 'नीचे', 'पहले', 'सामने', 'पीछे', 'कारण', 'वजह', 'तरह', 'हवाले',
  'बिना', 'प्रति', 'बदले', 'लिये', 'नाम', 'पक्ष', 'समक्ष', 'निकट', 'करीब', 'आसपास', 'बराबर', 'समान', 'जैसा', 'जैसे', 'जैसी',
]);

const fold = (word: string): string => word.normalize('NFD').replace(/[\u200c\u200d\u093c]/g, '');

/**
 * True when the Hindi term at `end` modifies the next noun: a compound (यूक्रेन संकट), or a genitive
 * before a content noun (यूक्रेन के मुद्दे पर → "on the Ukraine issue"); not a postposition, and not a
 * genitive that opens a compound postposition (यूक्रेन के साथ → "with Ukraine").
 */
export function hindiModifiesNext(sourceText: string, end: number): boolean {
  const m = /^[ \u00a0]+([\u0900-\u0963\u0971-\u097f\u200c\u200d]+)(?:[ \u00a0]+([\u0900-\u0963\u0971-\u097f\u200c\u200d]+))?/u.exec(sourceText.slice(end));
  if (m === null) return false;
  const next = fold(m[1]);
  if (!HINDI_FUNCTION_WORDS.has(next)) return true;
  if (!GENITIVE.has(next) || m[2] === undefined) return false;
  const noun = fold(m[2]);
  return !HINDI_FUNCTION_WORDS.has(noun) && !COMPOUND_POSTPOSITION_HEADS.has(noun);
}
