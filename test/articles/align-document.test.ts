import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocument, type AlignOptions } from '../../articles/align/align-document.ts';
import { emptyLexicon } from '../../articles/align/lexicon.ts';
import { glossaryAnchorCounter } from '../../articles/align/glossary-anchors.ts';
import { codePointToUtf16Offsets, linkScore, projectSpans, tallyLinks, type IndexLink } from '../../articles/align/link-scoring.ts';
import { importPage } from '../../articles/index.ts';
import type { Glossary } from '../../glossary/model.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test', 'fixtures', 'align-dev');
const defaultGlossary = JSON.parse(readFileSync(join(root, 'glossary', 'default-glossary.json'), 'utf8')) as Glossary;

interface Doc { hindi: string[]; englishText: string; goldSpans: [number, number][]; gold: IndexLink[] }

function loadDoc(dir: string): Doc {
  const englishText = readFileSync(join(dir, 'en.txt'), 'utf8');
  const toUtf16 = codePointToUtf16Offsets(englishText);
  const spans = JSON.parse(readFileSync(join(dir, 'en_spans.json'), 'utf8')) as [number, number][];
  return {
    hindi: readFileSync(join(dir, 'hi.txt'), 'utf8').split('\n').filter((l) => l.trim() !== ''),
    englishText,
    goldSpans: spans.map(([a, b]) => [toUtf16(a), toUtf16(b)]),
    gold: (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { links: IndexLink[] }).links,
  };
}

const docs = readdirSync(fixtures).filter((name) => name.startsWith('doc')).sort().map((name) => loadDoc(join(fixtures, name)));

/** Strict link F1 over the fixture documents, as score.py computes it. */
function f1(options: AlignOptions): number {
  const tally = { all: [0, 0, 0], oneToOne: [0, 0, 0] };
  for (const doc of docs) {
    const alignment = alignDocument(doc.hindi, doc.englishText, options);
    const projected = projectSpans(alignment.links.map((l) => ({ hi: l.hi, enSpans: l.en.map((j) => alignment.enSpans[j]) })), doc.englishText, doc.goldSpans);
    tallyLinks(tally, projected, doc.gold);
  }
  return linkScore(tally.all).f1;
}

describe('alignDocument on dev documents (FLORES-200, CC BY-SA 4.0)', () => {
  // Measured: default ≈ 0.96, length-only ≈ 0.71 on these six documents.
  const FLOOR = 0.9;

  it('beats the floor with the default settings', () => {
    expect(docs).toHaveLength(6);
    expect(f1({})).toBeGreaterThan(FLOOR);
  });

  it('the floor is out of reach for length-only alignment, so a regression would fail', () => {
    expect(f1({ lengthOnly: true })).toBeLessThan(FLOOR - 0.1);
  });

  it('still beats length-only without any lexicon (numbers, Latin words, names)', () => {
    expect(f1({ lexicon: emptyLexicon() })).toBeGreaterThan(f1({ lengthOnly: true }) + 0.05);
  });
});

describe('alignDocument on the sample translations of the seed pages', () => {
  const align = (seed: string, options: AlignOptions = {}) => {
    const article = importPage({ fileName: `${seed}.txt`, text: readFileSync(join(root, 'articles', 'samples', `${seed}.txt`), 'utf8') });
    const english = readFileSync(join(root, 'articles', 'samples', 'translations', `${seed}.en.txt`), 'utf8');
    return { hindi: article.segments.map((s) => s.source), english, alignment: alignDocument(article.segments.map((s) => s.source), english, options) };
  };

  it('seed 002: merged sentences become 2-1 links and a split sentence a 1-2 link', () => {
    const { hindi, alignment } = align('002_0f029a2cb635d9d3', { glossary: defaultGlossary });
    const find = (needle: string) => hindi.findIndex((h) => h.includes(needle));
    const linkOf = (i: number) => alignment.links.find((l) => l.hi.includes(i))!;
    // "SEOUL … said on Wednesday." translates the dateline sentence and the media sentence.
    const seoul = linkOf(find('सियोल'));
    expect(seoul.hi).toEqual([find('सियोल'), find('सरकारी मीडिया ने बुधवार')]);
    expect(alignment.en[seoul.en[0]]).toMatch(/^SEOUL, Aug\. 13 \(AP\)/);
    // The 15,000-troops sentence is split in two English sentences.
    const troops = linkOf(find('15,000'));
    expect(troops.en.map((j) => alignment.en[j])).toEqual([
      expect.stringContaining('15,000 troops'),
      expect.stringMatching(/^It has also supplied/),
    ]);
    expect(alignment.links.every((l) => l.hi.length > 0 && l.en.length > 0)).toBe(true);
  });

  it('seed 000: every Hindi segment is linked in order and confidences are probabilities', () => {
    const { hindi, alignment } = align('000_a6e2b2736be51a55');
    expect(alignment.links.flatMap((l) => l.hi)).toEqual(hindi.map((_, i) => i));
    expect(alignment.links.flatMap((l) => l.en)).toEqual(alignment.en.map((_, j) => j));
    for (const link of alignment.links) {
      expect(link.score).toBeGreaterThanOrEqual(0);
      expect(link.score).toBeLessThanOrEqual(1);
    }
    const quote = alignment.links.find((l) => l.hi.some((i) => hindi[i].includes('डेमोक्रेटिक')))!;
    expect(quote.en.map((j) => alignment.en[j])).toEqual([expect.stringMatching(/^"The government of the Democratic People's Republic/)]);
  });

  it('gives each English sentence as the exact trimmed input text', () => {
    const { english, alignment } = align('002_0f029a2cb635d9d3');
    alignment.en.forEach((sentence, j) => {
      expect(english.slice(alignment.enSpans[j][0], alignment.enSpans[j][1])).toBe(sentence);
      expect(sentence).toBe(sentence.trim());
    });
  });

  it('finds an untranslated Hindi sentence (1-0) and an added note (0-1)', () => {
    const { hindi, english } = align('002_0f029a2cb635d9d3');
    // Drop the English of the Kursk sentence and add a translator's note.
    const edited = english
      .replace(/ North Korean forces fought alongside[^.]*\./, '')
      .replace('North Korean media did not mention', "(Translator's note: Figures are as reported.) North Korean media did not mention");
    const alignment = alignDocument(hindi, edited);
    const kursk = hindi.findIndex((h) => h.includes('कुर्स्क'));
    expect(alignment.links).toContainEqual(expect.objectContaining({ hi: [kursk], en: [] }));
    const note = alignment.en.findIndex((s) => s.startsWith("(Translator's note"));
    expect(alignment.links).toContainEqual(expect.objectContaining({ hi: [], en: [note] }));
  });
});

describe('alignDocument edge cases', () => {
  it('handles empty sides', () => {
    expect(alignDocument([], 'One. Two.').links).toEqual([{ hi: [], en: [0], score: 1 }, { hi: [], en: [1], score: 1 }]);
    expect(alignDocument(['एक।'], '').links).toEqual([{ hi: [0], en: [], score: 1 }]);
  });

  it('aligns a long article inside the band (linear cost) and keeps the diagonal', () => {
    const { hindi, english } = (() => {
      const doc = docs[0];
      const hi: string[] = [];
      const en: string[] = [];
      for (let k = 0; k < 40; k++) {
        hi.push(...doc.hindi);
        en.push(doc.englishText);
      }
      return { hindi: hi, english: en.join('\n\n') };
    })();
    const alignment = alignDocument(hindi, english);
    expect(alignment.links.flatMap((l) => l.hi)).toEqual(hindi.map((_, i) => i));
    // Each repetition of the document aligns like the first one.
    const perCopy = docs[0].hindi.length;
    const firstCopy = alignment.links.filter((l) => l.hi.length > 0 && l.hi[0] < perCopy).map((l) => l.hi.length);
    const lastCopy = alignment.links.filter((l) => l.hi.length > 0 && l.hi[0] >= 39 * perCopy).map((l) => l.hi.length);
    expect(lastCopy).toEqual(firstCopy);
  });
});

describe('glossary anchors', () => {
  it('counts a Hindi term whose rendering (even a forbidden one) is in the English', () => {
    const count = glossaryAnchorCounter(defaultGlossary);
    expect(count('उत्तर कोरिया के नेता किम जोंग उन ने मॉस्को का दौरा किया', 'North Korean leader Kim Jong Un visited Moscow')).toBeGreaterThanOrEqual(2);
    expect(count('किम जोंग-उन ने कहा', 'Kim Jong-un said')).toBeGreaterThanOrEqual(1);
    expect(count('किम जोंग उन ने कहा', 'Putin said')).toBe(0);
  });

  it('a custom anchor callback changes the alignment', () => {
    const hindi = ['पहला वाक्य यहाँ है।', 'दूसरा वाक्य यहाँ है।'];
    const english = 'Here is a sentence. Here is another sentence.';
    const crossed = alignDocument(hindi, english, { lexicon: emptyLexicon(), glossaryAnchors: (h, e) => (h.startsWith('पहला') === e.includes('another') ? 5 : 0) });
    expect(crossed.links.some((l) => l.hi.length !== 1 || l.en.length !== 1 || l.hi[0] !== l.en[0])).toBe(true);
  });
});
