/**
 * The English family of an entry: a Hindi genitive or adjective (`उत्तर कोरिया के नेता`, `रूसी`) is
 * routinely rendered by a derived form ("North Korean leader", "Russia's TASS"). Derived here:
 * demonyms of place names by English spelling rules plus a small table of irregulars, the reverse
 * for adjective entries, and the renderings of an entry's noun/adjective partner in the glossary.
 * Plurals and possessives of every form are added by the rendering index's endings, not here.
 */
import { CAPITALS_BY_STATE } from './capital-table.ts';
import { IRREGULAR_DEMONYMS } from './demonym-table.ts';
import type { GlossaryEntry } from './model.ts';
import { termKey } from './normalize.ts';

const lower = (text: string) => text.toLowerCase();
const FORWARD = new Map<string, readonly string[]>();
const REVERSE = new Map<string, string[]>();
for (const [place, adjectives] of IRREGULAR_DEMONYMS) {
  FORWARD.set(lower(place), adjectives);
  for (const adjective of adjectives) {
    const places = REVERSE.get(lower(adjective)) ?? [];
    places.push(place);
    REVERSE.set(lower(adjective), places);
  }
}

/** Split "North Korea" into the words before the last ("North ") and the last word ("Korea"). */
function splitLast(name: string): [string, string] {
  const at = name.lastIndexOf(' ');
  return at < 0 ? ['', name] : [name.slice(0, at + 1), name.slice(at + 1)];
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Demonyms/adjectives of an English place name: the irregulars table (whole name, then last word),
 * else the regular spelling rules on the last word: -stan → -stani, -ia/-a → -ian/-an,
 * -ine → -inian, -e → -ean, -y → -ian. Consonant endings are too irregular to guess (-ian, -ese,
 * -i, none): only the table knows them.
 */
export function demonymsOf(placeName: string): string[] {
  const name = placeName.trim().replace(/\s+/g, ' ');
  const whole = FORWARD.get(lower(name));
  if (whole) return [...whole];
  // "Democratic People's Republic of Korea": the head is not the last word, so no rule applies.
  if (/\s(?:of|the|and|for)\s/i.test(name)) return [];
  const [prefix, last] = splitLast(name);
  if (!isCapitalised(last) || !/^[\p{L}]+$/u.test(last)) return [];
  const table = FORWARD.get(lower(last));
  if (table) return table.filter((form) => /^\p{Lu}\p{Ll}/u.test(form)).map((form) => prefix + form);
  let form: string | null = null;
  if (/stan$/.test(last)) form = `${last}i`;
  else if (/a$/.test(last)) form = `${last}n`;
  else if (/ine$/.test(last)) form = `${last.slice(0, -1)}ian`;
  else if (/[^aeiou]e$/.test(last)) form = `${last}an`;
  else if (/[^aeiou]y$/.test(last)) form = `${last.slice(0, -1)}ian`;
  return form ? [prefix + form] : [];
}

/**
 * Place names an English demonym/adjective comes from ("Russian" → "Russia", "Ukrainian" →
 * "Ukraine"): the irregulars table, else the reverse of the spelling rules (-stani, -inian, -ian,
 * -an). Only forms that demonymsOf maps back to the adjective are kept, so no guess is returned.
 */
export function placesOfDemonym(adjective: string): string[] {
  const name = adjective.trim().replace(/\s+/g, ' ');
  const whole = REVERSE.get(lower(name));
  if (whole) return [...whole];
  const [prefix, last] = splitLast(name);
  if (!isCapitalised(last)) return [];
  const table = REVERSE.get(lower(last));
  if (table) return table.map((place) => prefix + place);
  const candidates: string[] = [];
  if (/stani$/.test(last)) candidates.push(last.slice(0, -1));
  if (/inian$/.test(last)) candidates.push(`${last.slice(0, -3)}e`);
  if (/ian$/.test(last)) candidates.push(last.slice(0, -1));
  if (/[^i]an$/.test(last)) candidates.push(last.slice(0, -1));
  // The first reversal that maps back wins ("Ukrainian": Ukraine before Ukrainia).
  const place = candidates.find((candidate) => demonymsOf(candidate).some((form) => lower(form) === lower(last)));
  return place ? [prefix + place] : [];
}

/** The capital(s) of a state by its English name ("Russia" → "Moscow"), from the capitals table. */
export function capitalsOf(stateName: string): string[] {
  return [...CAPITALS_BY_STATE.get(lower(stateName.trim().replace(/\s+/g, ' '))) ?? []];
}

// Hindi adjectives of places end in ी or ई (रूसी, यूक्रेनी, कोरियाई, पश्चिमी).
const HINDI_ADJECTIVE_ENDINGS = ['ी', 'ई', 'ाई'];

/** An entry whose English rendering can be a place noun: places, and capitalised terms. */
function isPlaceLike(entry: GlossaryEntry): boolean {
  return entry.type === 'place';
}

/** An entry that names an adjective of a place: its Hindi (normalised) ends in ी/ई and its English is capitalised. */
function isAdjectiveLike(entry: GlossaryEntry, hindiKey: string): boolean {
  return entry.type !== 'person' && /[ीई]$/.test(hindiKey) && isCapitalised(splitLast(entry.target)[1]);
}

// Adjectives by their endings (nuclear, medical, ballistic, military, bilateral, nervous, …), and the
// common short adjectives that have none: a noun + noun compound only is turned around.
const ADJECTIVE_ENDING = /(?:ic|al|ous|ive|ary|ory|ful|less|proof|ar|ish|able|ible|ed|ing|ian|ese|an|ern)$/;
const PLAIN_ADJECTIVES = new Set(['full', 'new', 'old', 'big', 'small', 'high', 'low', 'long', 'short', 'free', 'open', 'main',
  'key', 'top', 'chief', 'joint', 'prime', 'total', 'real', 'whole', 'last', 'next', 'first', 'own', 'good', 'bad', 'great',
  'hard', 'deep', 'wide', 'late', 'early', 'fair', 'safe', 'vast', 'mass', 'state']);

/**
 * A two-word compound of common nouns read the other way round with "of" ("technology transfer" →
 * "transfer of technology", "minister of defense"), as English writes a Hindi compound just
 * as often. Only lower-case two-word renderings whose first word is not an adjective.
 */
export function ofPhraseForms(rendering: string): string[] {
  const words = rendering.trim().split(/\s+/);
  if (words.length !== 2 || !words.every((word) => /^\p{Ll}{3,}$/u.test(word))) return [];
  const [modifier, head] = words;
  if (ADJECTIVE_ENDING.test(modifier) || PLAIN_ADJECTIVES.has(modifier)) return [];
  return [`${head} of ${modifier}`];
}

// Adjectives English derives from a common noun by its ending: presidential, dictatorial,
// territorial, cultural. Only the endings whose adjective is regular; -ion (regional but not
// "sanctional") and -ment (governmental but not "documental") are too often no word at all.
const NOUN_TO_ADJECTIVE: readonly (readonly [RegExp, (word: string) => string[]])[] = [
  [/(?:(?<!m)ent|ant)$/, (w) => [`${w}ial`]],
  [/ory$/, (w) => [`${w.slice(0, -1)}ial`]],
  [/or$/, (w) => [`${w}ial`]],
  [/ure$/, (w) => [`${w.slice(0, -1)}al`]],
];

/**
 * The adjective of a one-word common noun ("president" → "presidential"): राष्ट्रपति चुनाव is "the
 * presidential election" as often as "the president's election". Lower-case single words only.
 */
export function nounAdjectiveForms(rendering: string): string[] {
  const word = rendering.trim();
  if (!/^\p{Ll}{4,}$/u.test(word)) return [];
  const rule = NOUN_TO_ADJECTIVE.find(([ending]) => ending.test(word));
  return rule ? rule[1](word) : [];
}

// Adjectives whose -ly adverb keeps their sense ("fully", "jointly"; not "hardly", "lately").
const ADVERB_ENDING = /(?:ic|al|ous|ive|ful|able|ible)$/;
const PLAIN_ADVERBIAL = new Set(['full', 'free', 'open', 'deep', 'wide', 'fair', 'safe', 'joint', 'total', 'direct', 'swift', 'firm']);

/** English -ly adverb of an adjective: full → fully, economic → economically, able → ably, easy → easily. */
function adverbOf(adjective: string): string {
  if (/ic$/.test(adjective)) return `${adjective}ally`;
  if (/[^aeiou]le$/.test(adjective)) return `${adjective.slice(0, -1)}y`;
  if (/ll$/.test(adjective)) return `${adjective}y`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  return `${adjective}ly`;
}

/**
 * An adjective + noun compound said with the noun's verb ("full support" → "fully support(ed)"):
 * पूर्ण समर्थन करना is "to fully support" as often as "to give full support". Two lower-case words,
 * the first an adjective whose adverb keeps its sense; the verb endings come from the rendering index.
 */
export function adverbVerbForms(rendering: string): string[] {
  const words = rendering.trim().split(/\s+/);
  if (words.length !== 2 || !words.every((word) => /^\p{Ll}{3,}$/u.test(word))) return [];
  const [modifier, head] = words;
  if (!ADVERB_ENDING.test(modifier) && !PLAIN_ADVERBIAL.has(modifier)) return [];
  return [`${adverbOf(modifier)} ${head}`];
}

// Function words an initialism skips ("Democratic People's Republic of Korea" → DPRK).
const INITIALISM_SKIPS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', '&']);

/**
 * The initialism of a name of three words or more whose content words are all capitalised ("World
 * War II" → "WWII", "Yonhap News Agency" → "YNA"): a roman numeral or figure is kept whole.
 * Three letters at least, so no two-letter word of running text is taken for one.
 */
export function initialismOf(rendering: string): string[] {
  const words = rendering.trim().replace(/[,;]/g, '').split(/\s+/);
  const content = words.filter((word) => !INITIALISM_SKIPS.has(word.toLowerCase()));
  if (words.length < 3 || !content.every((word) => /^(?:\p{Lu}[\p{L}'’.-]*|[IVX]+|\d+)$/u.test(word))) return [];
  const initialism = content.map((word, i) => (i === content.length - 1 && /^(?:[IVX]+|\d+)$/.test(word) ? word : word[0])).join('');
  return initialism.length >= 3 && /^\p{Lu}/u.test(initialism) ? [initialism] : [];
}

/** Renderings an entry accepts by itself: approved and alternates. */
const ownRenderings = (entry: GlossaryEntry) => [entry.target, ...entry.targetAlternates];

/**
 * English forms derived for every entry, by id, before the terminologist's edits: demonyms of
 * place entries, places of adjective entries, and the renderings of noun/adjective partners
 * (entries whose Hindi is the other plus ी/ई, or whose English is the other's demonym).
 */
export function deriveEnglishForms(entries: readonly GlossaryEntry[]): Map<string, string[]> {
  const derived = new Map<string, string[]>();
  const add = (entry: GlossaryEntry, forms: readonly string[]) => {
    const list = derived.get(entry.id) ?? [];
    for (const form of forms) if (!list.includes(form)) list.push(form);
    derived.set(entry.id, list);
  };
  // Normalising Hindi is the costly step: once per entry.
  const hindiKeys = new Map(entries.map((entry) => [entry, termKey(entry.source)] as [GlossaryEntry, string]));
  const places = entries.filter(isPlaceLike);
  const adjectives = entries.filter((entry) => isAdjectiveLike(entry, hindiKeys.get(entry)!));
  for (const place of places) add(place, ownRenderings(place).flatMap(demonymsOf));
  // Metonymy: news English names a state's government by its capital ("Moscow said" for रूस ने कहा).
  for (const place of places) add(place, ownRenderings(place).flatMap(capitalsOf));
  // Other capitalised names ("West" → "Western") get only the table's forms: the spelling rules
  // would make words of titles ("Treaty" → "Treatian").
  for (const entry of entries) {
    if (entry.type === 'person' || isPlaceLike(entry) || !isCapitalised(entry.target)) continue;
    add(entry, ownRenderings(entry).flatMap((rendering) => [...FORWARD.get(lower(rendering.trim())) ?? []]));
  }
  for (const adjective of adjectives) add(adjective, ownRenderings(adjective).flatMap(placesOfDemonym));
  for (const entry of entries) {
    if (entry.type === 'term') add(entry, ownRenderings(entry).flatMap((r) => [...ofPhraseForms(r), ...nounAdjectiveForms(r), ...adverbVerbForms(r)]));
    if (entry.type !== 'person') add(entry, ownRenderings(entry).flatMap(initialismOf));
  }
  // Partners: an index of adjective entries by their Hindi and English keys keeps this linear.
  const byEnglish = new Map<string, GlossaryEntry[]>();
  for (const adjective of adjectives) {
    for (const rendering of ownRenderings(adjective)) {
      const list = byEnglish.get(lower(rendering)) ?? [];
      list.push(adjective);
      byEnglish.set(lower(rendering), list);
    }
  }
  const byHindi = new Map<string, GlossaryEntry[]>();
  for (const adjective of adjectives) {
    const key = hindiKeys.get(adjective)!;
    const list = byHindi.get(key) ?? [];
    list.push(adjective);
    byHindi.set(key, list);
  }
  for (const noun of entries) {
    if (noun.type === 'person') continue;
    const partners = new Set<GlossaryEntry>();
    for (const form of derived.get(noun.id) ?? []) for (const partner of byEnglish.get(lower(form)) ?? []) partners.add(partner);
    const nounKey = hindiKeys.get(noun)!;
    for (const ending of HINDI_ADJECTIVE_ENDINGS) for (const partner of byHindi.get(nounKey + ending) ?? []) partners.add(partner);
    for (const partner of partners) {
      if (partner === noun) continue;
      add(noun, ownRenderings(partner));
      add(partner, ownRenderings(noun));
    }
  }
  return derived;
}

/** Case-insensitive, whitespace- and apostrophe-tolerant key of an English rendering. */
export function renderingKey(rendering: string): string {
  return rendering.trim().replace(/\s+/g, ' ').replace(/[’‘ʼ]/g, "'").toLowerCase();
}

/**
 * The accepted forms an entry shows and the checker uses: derived forms the terminologist has not
 * removed (`rejectedForms`), then the ones they added (`acceptedForms`). A form that is the entry's
 * own rendering is left out, and so is any form some entry forbids: a derived form never accepts a
 * forbidden one.
 */
export function acceptedFormsOf(entry: GlossaryEntry, derived: readonly string[], forbiddenKeys: ReadonlySet<string>): string[] {
  const own = new Set(ownRenderings(entry).map(renderingKey));
  const rejected = new Set((entry.rejectedForms ?? []).map(renderingKey));
  const seen = new Set<string>();
  const result: string[] = [];
  for (const form of [...derived.filter((f) => !rejected.has(renderingKey(f))), ...(entry.acceptedForms ?? [])]) {
    const key = renderingKey(form);
    if (key === '' || own.has(key) || forbiddenKeys.has(key) || seen.has(key)) continue;
    seen.add(key);
    result.push(form);
  }
  return result;
}

/** Keys of every forbidden rendering of a glossary. */
export function forbiddenKeysOf(entries: readonly GlossaryEntry[]): Set<string> {
  return new Set(entries.flatMap((entry) => entry.forbidden.map(renderingKey)));
}

/** Accepted forms of every entry of a glossary, by entry id. */
export function acceptedFormsByEntry(entries: readonly GlossaryEntry[]): Map<string, string[]> {
  const derived = deriveEnglishForms(entries);
  const forbiddenKeys = forbiddenKeysOf(entries);
  const result = new Map<string, string[]>();
  for (const entry of entries) {
    const forms = acceptedFormsOf(entry, derived.get(entry.id) ?? [], forbiddenKeys);
    if (forms.length > 0) result.set(entry.id, forms);
  }
  return result;
}
