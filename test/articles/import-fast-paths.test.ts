// The importer's speed paths (character-code loops, skipped passes) against the plain regex forms they
// replace: each must give the same answer on any text, or a speed change would change a decision.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../articles/import/page-dates.ts';
import { endsSentence, foldWord, lineFeatures, stopwordDensity, wordCount, wordsOf } from '../../articles/import/line-features.ts';
import stoplistFile from '../../articles/import/lexicon/hindi-stopwords.json' with { type: 'json' };
import { scriptProfile } from '../../articles/import/script-profile.ts';
import { foldForComparison } from '../../articles/import/page-metadata.ts';
import { collapseSpaces, isSpaceCode } from '../../articles/segment/spaces.ts';
import { assignSegmentIds, fnv1a64Hex, segmentId } from '../../articles/segment/segment-id.ts';
import { headlineKey, hindiHeadlinePart, isCrumbTrail } from '../../articles/import/title-choice.ts';
import { isSectionLabel, SECTION_LABELS } from '../../articles/import/boilerplate-rules.ts';
import { findOutlet, isBreadcrumb, isOutletName, KNOWN_OUTLETS, stripGluedPrefix, stripLatinKicker } from '../../articles/import/page-metadata.ts';

// Characters where the fast paths branch: spaces of every kind, joiners, nukta and the nukta letters,
// stress marks, danda, Devanagari digits, capitals, combining Latin marks, an astral letter and lone surrogates.
const tricky = [' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '\u200c', '\u200d', '\u093c', 'क़', 'ज़', '\u0951', '।', '॥', '॰',
  '०', '९', '2026', '१२', 'A', 'Z', 'é', 'e\u0301', '\u0300', '𝐀', '\ud800', '\udc00', '-', ',', '"', '“', '(', ')', 'क', 'ि', '्', 'ष', 'न', 'a', '0'];
const text = fc.oneof(
  fc.array(fc.constantFrom(...tricky), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const runs = { numRuns: 3000 };

// The forms the speed paths replaced, as they were written before.
const reference = {
  collapse: (s: string): string => s.replace(/\s+/g, ' ').trim(),
  fold: (w: string): string => w.normalize('NFC').replace(/[\u093c\u200c\u200d]/g, '').toLowerCase(),
  words: (s: string): string[] => s.split(/\s+/).map((raw) => raw.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '')).filter((w) => w !== ''),
  foldForComparison: (s: string): string => s.trim().normalize('NFC').replace(/^[A-Za-z]+(?=[\u0900-\u097F])/, '').replace(/[\u200c\u200d\u093c]/g, '').replace(/\s+/g, ' ').trim(),
  profile: (s: string) => {
    let devanagari = 0;
    let latin = 0;
    let otherLetters = 0;
    for (const ch of s) {
      const code = ch.codePointAt(0) ?? 0;
      if (code >= 0x0900 && code <= 0x097f) {
        if (code !== 0x0964 && code !== 0x0965 && !(code >= 0x0966 && code <= 0x096f)) devanagari++;
      } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) {
        latin++;
      } else if (code > 0x24f && /\p{L}/u.test(ch)) {
        otherLetters++;
      }
    }
    return { devanagari, latin, otherLetters, words: s.split(/\s+/).filter((word) => word.length > 0).length };
  },
  digitShare: (s: string): number => {
    let digits = 0;
    let visible = 0;
    for (const ch of s) {
      if (/\s/.test(ch)) continue;
      visible++;
      if (/[0-9०-९]/.test(ch)) digits++;
    }
    return visible === 0 ? 0 : digits / visible;
  },
};
const referenceStopwords: ReadonlySet<string> = new Set(stoplistFile.words.map(reference.fold));

// FNV-1a 64 as it was written before (a closure per byte), to compare the one-loop form with.
function referenceFnv(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const mix = (byte: number): void => {
    h0 ^= byte;
    const r0 = h0 * 0x1b3;
    const r1 = h1 * 0x1b3 + (r0 >>> 16);
    const r2 = h2 * 0x1b3 + h0 * 0x100 + (r1 >>> 16);
    const r3 = h3 * 0x1b3 + h1 * 0x100 + (r2 >>> 16);
    h0 = r0 & 0xffff;
    h1 = r1 & 0xffff;
    h2 = r2 & 0xffff;
    h3 = r3 & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) mix(code);
    else if (code < 0x800) { mix(0xc0 | (code >> 6)); mix(0x80 | (code & 0x3f)); }
    else if (code < 0x10000) { mix(0xe0 | (code >> 12)); mix(0x80 | ((code >> 6) & 0x3f)); mix(0x80 | (code & 0x3f)); }
    else { mix(0xf0 | (code >> 18)); mix(0x80 | ((code >> 12) & 0x3f)); mix(0x80 | ((code >> 6) & 0x3f)); mix(0x80 | (code & 0x3f)); }
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

describe('import speed paths give the answers of the regex forms they replace', () => {
  it('fnv1a64Hex (segment ids) hashes as before, surrogates included', () => {
    fc.assert(fc.property(text, (s) => { expect(fnv1a64Hex(s)).toBe(referenceFnv(s)); }), runs);
  });

  it('isSpaceCode is exactly \\s for every BMP code unit', () => {
    for (let code = 0; code < 0x10000; code++) expect(isSpaceCode(code)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it('collapseSpaces, foldWord, wordsOf and foldForComparison', () => {
    fc.assert(fc.property(text, (s) => {
      expect(collapseSpaces(s)).toBe(reference.collapse(s));
      expect(foldWord(s)).toBe(reference.fold(s));
      expect(wordsOf(s)).toEqual(reference.words(s));
      expect(wordCount(s)).toBe(reference.words(s).length);
      expect(foldForComparison(s)).toBe(reference.foldForComparison(s));
    }), runs);
  });

  it('wordsOf and the feature record cut edge punctuation as the regex does, by code point', () => {
    const edge = fc.constantFrom(',', '"', '“', '(', ')', '।', '-', '\ud800', '\udc00', '\ud835\udc00', '\ud835\udfd8', '\ud83d\ude00', '\u0300', '\u093c', '्', 'क', 'a', '1', '१', '.');
    const word = fc.array(edge, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    const line = fc.array(word, { maxLength: 5 }).map((words) => words.join(' '));
    fc.assert(fc.property(line, (s) => {
      expect(wordsOf(s)).toEqual(reference.words(s));
      expect(lineFeatures(1, s, 0).words).toBe(reference.words(s).length);
    }), { numRuns: 6000 });
  });

  it('stripGluedPrefix and stripLatinKicker as their patterns (a line not led by a Latin letter is left as it is)', () => {
    const led = fc.tuple(fc.constantFrom('', 'News', 'script', 'North Korea : ', 'Day 3: ', 'ab12 : ', ' X: '), text, fc.constantFrom('', 'रूस और उत्तर कोरिया की बात', '“कहा”'))
      .map(([a, b, c]) => a + b + c);
    const kicker = (line: string): string => {
      const m = /^[A-Za-z][A-Za-z0-9 .&'-]{0,48}?\s*:\s+(?=[\u0900-\u097F‘“"'0-9०-९])/.exec(line);
      if (!m || m[0].trim().split(/\s+/).length > 6) return line;
      const rest = line.slice(m[0].length);
      return /[0-9]/.test(m[0]) && rest.trim().split(/\s+/).length < 5 ? line : rest;
    };
    fc.assert(fc.property(fc.oneof(text, led), (s) => {
      expect(stripGluedPrefix(s)).toBe(s.replace(/^[A-Za-z]+(?=[\u0900-\u097F])/, ''));
      expect(stripLatinKicker(s)).toBe(kicker(s));
    }), runs);
  });

  it('findOutlet names the first outlet one of whose spellings stands as a whole word, as the per-outlet patterns did', () => {
    const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const noNukta = (t: string): string => t.replace(/\u093c/g, '');
    const patterns = KNOWN_OUTLETS.map((outlet) => ({ outlet, pattern: new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${outlet.spellings.map((sp) => escape(noNukta(sp))).join('|')})(?![\\p{L}\\p{M}])`, 'u') }));
    const reference = (t: string): string | undefined => {
      const clean = noNukta(t.trim().normalize('NFC'));
      return clean.length > 300 ? undefined : patterns.find((entry) => entry.pattern.test(clean))?.outlet.name;
    };
    const edge = fc.constantFrom('', ' ', 'क', 'ा', '\u093c', 'a', '©', '-', '\ud835\udc00', '\ud83d\ude00', '\udc00', '\ud800', '|', '2026');
    const named = fc.tuple(edge, fc.constantFrom(...KNOWN_OUTLETS.flatMap((outlet) => outlet.spellings)), edge, fc.constantFrom(...KNOWN_OUTLETS.flatMap((outlet) => outlet.spellings)), edge)
      .map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(text, named), (s) => { expect(findOutlet(s)?.name).toBe(reference(s)); }), { numRuns: 5000 });
  });

  it('isBreadcrumb and isCrumbTrail as their split forms (a line without a crumb separator is no trail)', () => {
    const crumbs = fc.array(fc.oneof(text, fc.constantFrom('होम', 'राज्य', 'मध्य प्रदेश', ' / ', ' > ', ' » ', ' › ', '/', '।', 'A B C D')), { maxLength: 6 }).map((parts) => parts.join(''));
    const breadcrumb = (line: string): boolean => {
      const parts = line.trim().split(/\s+[/>»›]\s+/);
      if (parts.length < 3 && !(parts.length === 2 && /\s[»›]\s/.test(line))) return false;
      return parts.slice(0, -1).every((part) => part.split(/\s+/).length <= 3 && !/[।?!]/.test(part));
    };
    const crumbTrail = (line: string): boolean => {
      const parts = line.trim().split(/\s+[/>»›]\s+/);
      return parts.length >= 2 && parts.every((part) => part.split(/\s+/).length <= 3 && !/[।?!]/.test(part));
    };
    fc.assert(fc.property(fc.oneof(text, crumbs), (s) => {
      expect(isBreadcrumb(s)).toBe(breadcrumb(s));
      expect(isCrumbTrail(s)).toBe(crumbTrail(s));
    }), runs);
  });

  it('the feature record of a line over 4,000 characters (its stopword share read from the first 4,000)', () => {
    const long = `${'और कहा गया 12 '.repeat(300)}${'World news here '.repeat(100)}`;
    const features = lineFeatures(1, long, 0);
    const profile = reference.profile(long);
    const letters = profile.devanagari + profile.latin + profile.otherLetters;
    expect(features.stopwordDensity).toBe(stopwordDensity(long.slice(0, 4000)));
    expect(features.devanagariShare).toBe(profile.devanagari / letters);
    expect(features.latinShare).toBe(profile.latin / letters);
    expect(features.digitShare).toBe(reference.digitShare(long));
  });

  it('scriptProfile and the digit share of the feature record', () => {
    fc.assert(fc.property(text, (s) => {
      expect(scriptProfile(s)).toEqual(reference.profile(s));
      const features = lineFeatures(1, s, 0);
      const profile = reference.profile(s);
      const letters = profile.devanagari + profile.latin + profile.otherLetters;
      expect(features.digitShare).toBe(reference.digitShare(s));
      expect(features.devanagariShare).toBe(letters === 0 ? 0 : profile.devanagari / letters);
      expect(features.latinShare).toBe(letters === 0 ? 0 : profile.latin / letters);
    }), runs);
  });

  it('the feature record\'s one-scan word count, stopword share, separators and sentence end as their regex forms', () => {
    const stopwords = fc.constantFrom(...stoplistFile.words.slice(0, 40));
    const line = fc.array(fc.oneof(text, stopwords, fc.constantFrom(' | ', '  ', ' » ', '।', '?")', ' (भाषा)', '…')), { maxLength: 8 }).map((parts) => parts.join(' '));
    const separators = (s: string): number => (s.length > 400 ? 0 : (s.match(/\s[|•·/»›>]\s|\S {2,}\S|\s\|\s?|\s?\|\s/g) ?? []).length);
    const endsSentenceByRegex = (s: string): boolean => /[।॥?!.…](?:["'”’)\]»]*)$/.test(s.trimEnd()) || /[।॥?!.…]["'”’]?\s*[(\[][^()\[\]]{1,30}[)\]]$/.test(s.trimEnd());
    fc.assert(fc.property(fc.oneof(text, line), (s) => {
      const features = lineFeatures(1, s, 0);
      expect(features.words).toBe(reference.words(s).length);
      expect(features.stopwordDensity).toBe(stopwordDensity(s));
      const words = reference.words(s);
      expect(stopwordDensity(s)).toBe(words.length === 0 ? 0 : words.filter((word) => referenceStopwords.has(reference.fold(word))).length / words.length);
      expect(features.separators).toBe(separators(s));
      expect(endsSentence(s)).toBe(endsSentenceByRegex(s));
      expect(features.endsSentence).toBe(endsSentenceByRegex(s));
    }), { numRuns: 6000 });
  });

  it('isOutletName tries the edition cut only where the name ends in its last letter, as the two-name form', () => {
    const spellings = KNOWN_OUTLETS.flatMap((outlet) => outlet.spellings);
    const lower = new Set(spellings.map((spelling) => spelling.toLowerCase()));
    const byRegex = (t: string): boolean => {
      const clean = t.trim().normalize('NFC');
      if (clean.length > 60) return false;
      const names = [clean.toLowerCase(), clean.replace(/\s+(?:हिंदी|हिन्दी|Hindi)$/i, '').toLowerCase()];
      if (names.some((name) => lower.has(name))) return true;
      return /^(?:[A-Z][\w&.'-]*\s+){0,3}(?:News|Times|Samachar|Khabar|Live|Today|Express|Post|Hindi|TV|Bharat)$/.test(clean);
    };
    const name = fc.tuple(fc.constantFrom(...spellings), fc.constantFrom('', ' हिंदी', ' हिन्दी', ' Hindi', ' HINDI', '  hindi', ' हिंदी ', 'हिंदी', ' News'), text)
      .map(([spelling, edition, noise]) => [spelling + edition, noise + spelling + edition, spelling.toUpperCase() + edition]);
    fc.assert(fc.property(name, text, (names, s) => {
      for (const candidate of [...names, s]) expect(isOutletName(candidate)).toBe(byRegex(candidate));
    }), runs);
  });

  it('findDates finds nothing only where no pattern could match (no four-digit year)', () => {
    const dated = fc.tuple(text, fc.constantFrom('12 जनवरी 2026', '2026-01-12 10:30', 'Jan 12, 2026', '१२/०१/२०२६', '12 Jan 2026 | 09:12 AM IST'), text)
      .map(([a, date, b]) => `${a} ${date} ${b}`);
    fc.assert(fc.property(dated, (s) => { expect(findDates(s).length).toBeGreaterThan(0); }), { numRuns: 500 });
    expect(findDates('रविवार, 12 जनवरी 202')).toEqual([]);
  });

  it('findDates checks the raw line for a year as it checks the normalised, nukta-free line', () => {
    // A nukta between digits, Devanagari digits, a nukta letter: the raw check must agree with the matched text.
    const digits = fc.array(fc.constantFrom('1', '2', '0', '6', '२', '०', '\u093c', 'क़', ' ', '-', '/', 'जनवरी', 'Jan', '\u0301'), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(text, digits), (s) => {
      expect(findDates(s)).toEqual(findDates(s.normalize('NFC').replace(/\u093c/g, '')));
    }), runs);
    expect(findDates('12 जनवरी 20\u093c26').length).toBe(1);
  });

  it('headlineKey as its regex form', () => {
    const key = (t: string): string => foldForComparison(stripLatinKicker(stripGluedPrefix((hindiHeadlinePart(t) ?? t).trim())))
      .replace(/["'“”‘’]/g, '').replace(/[.!?।\s]+$/, '').toLowerCase();
    const ends = fc.tuple(text, fc.constantFrom('', '।', ' । ', '?!', '. ', '"', '’।', '\u00a0')).map(([a, b]) => a + b);
    fc.assert(fc.property(fc.oneof(text, ends), (s) => { expect(headlineKey(s)).toBe(key(s)); }), runs);
  });

  it('lower-casing never shortens a string (isSectionLabel skips a text longer than every label)', () => {
    // toLowerCase maps each code point on its own (final sigma aside, which keeps the length), so every code point is checked.
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (ch.toLowerCase().length < ch.length) expect.fail(`U+${code.toString(16)} gets shorter in lower case`);
    }
    fc.assert(fc.property(text, (s) => { expect(s.toLowerCase().length).toBeGreaterThanOrEqual(s.length); }), runs);
  });

  it('isSectionLabel as its regex form (the trailing marks cut only where the line ends in one)', () => {
    const labelled = fc.tuple(fc.constantFrom(...SECTION_LABELS, 'विदेश', 'World', 'WORLD', 'İstanbul'), fc.constantFrom('', ':', ' :', '»', ' › ', '|:', 'ः', ' '), fc.constantFrom('', ' ', '\u00a0'))
      .map(([label, mark, space]) => `${space}${label}${mark}${space}`);
    fc.assert(fc.property(fc.oneof(text, labelled), (s) => {
      expect(isSectionLabel(s)).toBe(SECTION_LABELS.has(s.trim().normalize('NFC').replace(/[:：|»›>]+$/, '').trim().toLowerCase()));
    }), runs);
  });

  it('segment ids hash the joined parts, the shared article-id prefix fed once', () => {
    const canonical = (t: string): string => reference.collapse(t.normalize('NFC'));
    const id = (a: string, s: string, p: string, n: string): string => `s-${referenceFnv([a, canonical(s), canonical(p), canonical(n)].join('\u001f'))}`;
    fc.assert(fc.property(text, fc.array(text, { minLength: 1, maxLength: 4 }), (articleId, sources) => {
      const ids = assignSegmentIds(articleId, sources);
      sources.forEach((source, k) => {
        const base = id(articleId, source, sources[k - 1] ?? '', sources[k + 1] ?? '');
        expect(ids[k] === base || ids[k].startsWith(`${base}-`)).toBe(true);
        expect(segmentId(articleId, source, sources[k - 1] ?? '', sources[k + 1] ?? '')).toBe(base);
      });
    }), { numRuns: 1000 });
  });
});
