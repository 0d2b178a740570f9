// The importer's speed paths (character-code loops, skipped passes) against the plain regex forms they
// replace: each must give the same answer on any text, or a speed change would change a decision.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../articles/import/page-dates.ts';
import { foldWord, lineFeatures, wordsOf } from '../../articles/import/line-features.ts';
import { scriptProfile } from '../../articles/import/script-profile.ts';
import { foldForComparison } from '../../articles/import/page-metadata.ts';
import { collapseSpaces, isSpaceCode } from '../../articles/segment/spaces.ts';
import { assignSegmentIds, fnv1a64Hex, segmentId } from '../../articles/segment/segment-id.ts';
import { headlineKey, hindiHeadlinePart } from '../../articles/import/title-choice.ts';
import { isSectionLabel, SECTION_LABELS } from '../../articles/import/boilerplate-rules.ts';
import { stripGluedPrefix, stripLatinKicker } from '../../articles/import/page-metadata.ts';

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
      expect(foldForComparison(s)).toBe(reference.foldForComparison(s));
    }), runs);
  });

  it('scriptProfile and the digit share of the feature record', () => {
    fc.assert(fc.property(text, (s) => {
      expect(scriptProfile(s)).toEqual(reference.profile(s));
      expect(lineFeatures(1, s, 0).digitShare).toBe(reference.digitShare(s));
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

  it('isSectionLabel as its regex form (the trailing marks cut only where the line ends in one)', () => {
    const labelled = fc.tuple(fc.constantFrom(...SECTION_LABELS, 'विदेश', 'World'), fc.constantFrom('', ':', ' :', '»', ' › ', '|:', 'ः', ' '), fc.constantFrom('', ' ', '\u00a0'))
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
