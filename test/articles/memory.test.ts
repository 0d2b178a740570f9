import { describe, expect, it } from 'vitest';
import { createTranslationMemory, concordance, adaptNumbers, adaptTerms, groupThousands, type TmEntry } from '../../articles/memory/translation-memory.ts';
import { buildTermMatcher, type GlossaryEntry } from '../../glossary/index.ts';
import defaultGlossary from '../../glossary/default-glossary.json' with { type: 'json' };
import { createHindiKeyer, hindiWords, numberKey } from '../../articles/memory/hindi-words.ts';
import { diffWords, wordSimilarity } from '../../articles/memory/word-diff.ts';
import { seedFiles, seedSentences, seed000English } from './fixtures/seed-articles.ts';

const hi000 = seedSentences(seedFiles[0]);
const seedEntries: TmEntry[] = Object.entries(seed000English).map(([i, target]) => ({ source: hi000[Number(i)], target, origin: 'article:000' }));
// Every seed sentence as memory filler (targets are placeholders; the fuzzy search only reads the Hindi).
const filler: TmEntry[] = seedFiles.slice(1).flatMap((f) => seedSentences(f)).map((source, i) => ({ source, target: `filler ${i}`, origin: 'filler' }));

describe('Hindi word keys', () => {
  it('uses the glossary normalisation: nukta, candra-o, chandrabindu and nasal+virama fold', () => {
    expect(hindiWords('मॉस्को दस्तावेज़ गाँधी हिन्दी').keys).toEqual(hindiWords('मास्को दस्तावेज गांधी हिंदी').keys);
    expect(hindiWords('TASS के अनुसार,').keys).toEqual(['tass', 'के', 'अनुसार']);
  });

  it('the cached per-chunk keyer gives exactly the whole-text keys on every seed sentence', () => {
    const keyer = createHindiKeyer();
    const sentences = [...seedFiles.flatMap((f) => seedSentences(f)), 'किम जोंग-उन ने  १५,००० (TASS) कहा—“हिन्दी”।'];
    for (const sentence of sentences) expect(keyer(sentence)).toEqual(hindiWords(sentence).keys);
  });

  it('reads Devanagari digits and grouping as one number and keeps original spans', () => {
    expect(numberKey('१५,०००')).toBe('15000');
    expect(numberKey('1,50,000')).toBe('150000');
    expect(numberKey('27.1')).toBe('27.1');
    expect(numberKey('कोरिया')).toBeUndefined();
    const text = 'संधि पर 1961 में, ठीक १५,००० लोग।';
    const words = hindiWords(text);
    expect(words.keys).toEqual(['संधि', 'पर', '1961', 'में', 'ठीक', '15000', 'लोग']);
    expect(words.spans.map(([s, e]) => text.slice(s, e))).toEqual(['संधि', 'पर', '1961', 'में', 'ठीक', '१५,०००', 'लोग']);
  });
});

describe('word similarity and diff', () => {
  it('scores by word edit distance over the longer side', () => {
    expect(wordSimilarity(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toBe(0.75);
    expect(wordSimilarity([], [])).toBe(1);
    expect(wordSimilarity(['a'], [])).toBe(0);
  });

  it('diffs words in runs', () => {
    const a = ['पुतिन', 'बाद', 'में', 'मॉस्को', 'लौट', 'गए'];
    const b = ['पुतिन', 'आज', 'मॉस्को', 'लौट', 'गए'];
    expect(diffWords(a, a, b, b)).toEqual([
      { op: 'equal', text: 'पुतिन' }, { op: 'delete', text: 'बाद में' }, { op: 'insert', text: 'आज' }, { op: 'equal', text: 'मॉस्को लौट गए' }]);
  });
});

describe('translation memory lookup', () => {
  const tm = createTranslationMemory([...filler, ...seedEntries]);

  it('finds a 100% match for the same sentence in another spelling (मॉस्को/मास्को, nukta)', () => {
    const respelled = hi000[6].replace('मॉस्को', 'मास्को');
    expect(respelled).not.toBe(hi000[6]);
    const [best] = tm.lookup(respelled);
    expect(best.score).toBe(1);
    expect(best.target).toBe(seed000English[6]);
    expect(best.diff.every((d) => d.op === 'equal')).toBe(true);
  });

  it('adapts a changed number when it occurs exactly once in the target, and marks it', () => {
    const query = hi000[10].replace('1961', '१९६२');
    const [best] = tm.lookup(query);
    expect(best.target).toBe(seed000English[10]);
    expect(best.score).toBeCloseTo(1 - 1 / hindiWords(query).keys.length, 10);
    expect(best.adapted).toBe(seed000English[10].replace('1961', '1962'));
    expect(best.diff).toContainEqual({ op: 'delete', text: '1961' });
    expect(best.diff).toContainEqual({ op: 'insert', text: '१९६२' });
  });

  it('does not adapt when the old number is absent from or repeated in the target', () => {
    expect(adaptNumbers(['में', '5'], ['में', '6'], 'five items')).toBeUndefined();
    expect(adaptNumbers(['में', '5'], ['में', '6'], '5 of 5')).toBeUndefined();
    expect(adaptNumbers(['में', '5'], ['में', 'छह'], 'only 5')).toBeUndefined();
    expect(adaptNumbers(['150000', 'लोग'], ['200000', 'लोग'], '150,000 people')).toBe('200,000 people');
    expect(groupThousands('1234567.5')).toBe('1,234,567.5');
  });

  it('with a glossary, adapts a swapped term (and numbers) when its rendering occurs once in the English', () => {
    const glossary = (defaultGlossary as { entries: GlossaryEntry[] }).entries;
    const withGlossary = createTranslationMemory(seedEntries, { glossary });
    // Seed sentence 10 swaps उत्तर कोरिया for यूक्रेन and 1961 for 1991.
    const query = hi000[10].replace('उत्तर कोरिया', 'यूक्रेन').replace('1961', '1991');
    const [best] = withGlossary.lookup(query);
    expect(best.target).toBe(seed000English[10]);
    expect(best.adapted).toBe(seed000English[10].replace('North Korea', 'Ukraine').replace('1961', '1991'));
    // Without the glossary only the number is adapted.
    expect(tm.lookup(query)[0].adapted).toBe(seed000English[10].replace('1961', '1991'));
    const matcher = buildTermMatcher(glossary);
    expect(adaptTerms(matcher, 'पुतिन मॉस्को लौटे।', 'पुतिन कीव लौटे।', "MOSCOW's mayor")).toBe("KYIV's mayor");
    // Two occurrences of the old rendering, or a term dropped without a replacement: no adaptation.
    expect(adaptTerms(matcher, 'पुतिन मॉस्को लौटे।', 'पुतिन कीव लौटे।', 'Moscow, Moscow')).toBeUndefined();
    expect(adaptTerms(matcher, 'पुतिन मॉस्को लौटे।', 'पुतिन लौटे।', 'Putin returned to Moscow')).toBeUndefined();
  });

  it('returns fuzzy matches at or above min, best first, with a diff against the current Hindi', () => {
    const words = hi000[7].split(' ');
    // Replace 3 words: still a strong fuzzy match.
    const edited = [...words.slice(0, 2), 'कल', ...words.slice(3, 8), 'दो', 'नए', ...words.slice(10)].join(' ');
    const matches = tm.lookup(edited, { min: 0.5 });
    expect(matches[0].target).toBe(seed000English[7]);
    expect(matches[0].score).toBeLessThan(1);
    expect(matches[0].score).toBeGreaterThan(0.8);
    expect(matches[0].diff.some((d) => d.op === 'insert' && d.text.includes('कल'))).toBe(true);
    for (let i = 1; i < matches.length; i++) expect(matches[i].score).toBeLessThanOrEqual(matches[i - 1].score);
    expect(matches.every((m) => m.score >= 0.5)).toBe(true);
    expect(tm.lookup(edited, { min: 0.99 })).toEqual([]);
  });

  it('returns exactly what a brute-force scan returns', () => {
    const queries = [...seedSentences(seedFiles[2]).slice(0, 5), hi000[9].split(' ').slice(0, 12).join(' '), 'किम ने कहा कि रूस और उत्तर कोरिया के बीच संबंध मजबूत हैं।'];
    for (const q of queries) {
      for (const min of [0.3, 0.5, 0.8]) {
        const strip = (ms: ReturnType<typeof tm.lookup>) => ms.map((m) => [m.source, m.target, m.score]);
        expect(strip(tm.lookup(q, { min, limit: 1000 }))).toEqual(strip(tm.lookupByScan(q, { min, limit: 1000 })));
      }
    }
  });

  it('gives the same results when the memory grows in several batches', () => {
    const batched = createTranslationMemory(filler.slice(0, 10));
    batched.add(filler.slice(10, 40));
    batched.add([...filler.slice(40), ...seedEntries]);
    for (const q of [hi000[7], seedSentences(seedFiles[3])[4], hi000[2].split(' ').slice(3).join(' ')]) {
      expect(batched.lookup(q, { limit: 1000 })).toEqual(tm.lookup(q, { limit: 1000 }));
    }
  });

  it('ranks 100% and context matches first', () => {
    const repeated = hi000[10];
    const contextual = createTranslationMemory([
      { source: repeated, target: 'Default translation 1961.', origin: 'a' },
      { source: repeated, target: 'In this article: 1961.', origin: 'b', context: { prev: hi000[9], next: hi000[11] } },
      { source: repeated.replace('1961', '1962'), target: 'Other 1962.', origin: 'c' },
    ]);
    const plain = contextual.lookup(repeated);
    expect(plain.map((m) => m.target)).toEqual(['Default translation 1961.', 'In this article: 1961.', 'Other 1962.']);
    const inContext = contextual.lookup(repeated, { context: { prev: hi000[9], next: hi000[11] } });
    expect(inContext[0]).toMatchObject({ target: 'In this article: 1961.', contextMatch: true, score: 1 });
    expect(inContext[2].score).toBeLessThan(1);
  });

  it('grows in place and shows one row for a pair stored twice', () => {
    const growing = createTranslationMemory([]);
    expect(growing.lookup(hi000[6])).toEqual([]);
    growing.add([{ source: hi000[6], target: seed000English[6], origin: 'x' }, { source: hi000[6], target: seed000English[6], origin: 'y' }]);
    expect(growing.size).toBe(2);
    expect(growing.lookup(hi000[6]).map((m) => m.origin)).toEqual(['x']);
  });
});

describe('concordance', () => {
  const pairs = seedEntries.map((e) => ({ source: e.source, target: e.target }));

  it('finds Hindi by normalised substring and English case-insensitively', () => {
    expect(concordance('मास्को', pairs).map((p) => p.target)).toEqual([seed000English[1], seed000English[2], seed000English[6]]);
    expect(concordance('tass', pairs).map((p) => p.target)).toEqual([seed000English[2], seed000English[6]]);
    expect(concordance('  ', pairs)).toEqual([]);
    expect(concordance('समझौता', pairs)).toEqual([]);
  });
});
