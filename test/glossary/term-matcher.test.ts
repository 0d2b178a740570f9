import { describe, expect, it } from 'vitest';
import { createEntry } from '../../glossary/entry.ts';
import type { GlossaryEntry } from '../../glossary/model.ts';
import { termKey } from '../../glossary/normalize.ts';
import { buildTermMatcher } from '../../glossary/term-matcher.ts';
import { defaultGlossary, seed, seedNames, seedSentence } from './seed-text.ts';

const now = '2026-11-22T10:00:00Z';
const entry = (id: string, fields: Partial<GlossaryEntry> & { source: string; target: string }) => createEntry(fields, { now, id });

/**
 * Offsets of whole-word occurrences of a Devanagari `word` by a regex: the naive reference. A Latin
 * letter glued on (scraped "scriptरूस") is a boundary, as in the matcher, so only Devanagari and marks block.
 */
function naiveOccurrences(text: string, word: string): number[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{Script=Devanagari}\\p{M}])${escaped}(?![\\p{Script=Devanagari}\\p{M}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index);
}

describe('word boundaries', () => {
  it('finds रूस as a word but never inside रूसी (seed 000)', () => {
    const text = seed('000');
    expect(text).toContain('रूसी राष्ट्रपति');
    const matcher = buildTermMatcher([entry('russia', { source: 'रूस', target: 'Russia' })]);
    const hits = matcher.scan(text);
    expect(hits.map((h) => h.start)).toEqual(naiveOccurrences(text, 'रूस'));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.text === 'रूस')).toBe(true);
  });

  it('does not find पुतिन inside पुतिनवाद, but does in पुतिन, and पुतिन’s', () => {
    const matcher = buildTermMatcher([entry('putin', { source: 'पुतिन', target: 'Putin' })]);
    expect(matcher.scan('पुतिनवाद का उदय')).toEqual([]);
    expect(matcher.scan('पुतिनवादी')).toEqual([]);
    expect(matcher.scan('“पुतिन” ने कहा').map((h) => h.text)).toEqual(['पुतिन']);
  });

  it('agrees with the Devanagari-aware regex for exact terms on every seed page', () => {
    const words = ['रूस', 'पुतिन', 'किम', 'यूक्रेन', 'प्योंगयांग', 'क्रेमलिन', 'सियोल', 'अमेरिका'];
    const matcher = buildTermMatcher(words.map((w, i) => entry(`w${i}`, { source: w, target: `W${i}` })));
    for (const name of seedNames) {
      const text = seed(name.slice(0, 3));
      const hits = matcher.scan(text);
      words.forEach((word, i) => {
        // किम जोंग is not in this glossary, so किम in किम जोंग उन is a hit for किम as a word.
        expect(hits.filter((h) => h.entryId === `w${i}`).map((h) => h.start), `${word} in ${name}`).toEqual(naiveOccurrences(text, word));
      });
    }
  });

  it('treats a script change as a boundary (scraped "Newsउत्तर कोरिया" in seed 002)', () => {
    expect(seed('002')).toContain('Newsउत्तर कोरिया');
    const matcher = buildTermMatcher([entry('north-korea', { source: 'उत्तर कोरिया', target: 'North Korea' })]);
    const text = seed('002');
    const glued = text.indexOf('Newsउत्तर') + 4;
    expect(matcher.scan(text).some((h) => h.start === glued)).toBe(true);
  });
});

describe('leftmost-longest', () => {
  const matcher = buildTermMatcher([
    entry('kim', { source: 'किम', target: 'Kim' }),
    entry('kim-jong', { source: 'किम जोंग', target: 'Kim Jong' }),
    entry('kim-jong-un', { source: 'किम जोंग उन', target: 'Kim Jong Un' }),
  ]);

  it('prefers किम जोंग उन over किम जोंग over किम (seed 001)', () => {
    const sentence = seedSentence('001', 'तानाशाह किम जोंग उन ने');
    const hits = matcher.scan(sentence);
    expect(hits.find((h) => h.text.startsWith('किम'))).toMatchObject({ entryId: 'kim-jong-un', text: 'किम जोंग उन' });
    const second = seedSentence('001', 'किम जोंग ने यूक्रेन के खिलाफ');
    expect(matcher.scan(second).find((h) => h.text.startsWith('किम'))).toMatchObject({ entryId: 'kim-jong', text: 'किम जोंग' });
    expect(matcher.scan('किम ने कहा')).toMatchObject([{ entryId: 'kim', start: 0, end: 3 }]);
  });

  it('matches किम जोंग-उन across the hyphen (seed 000) and reports the original text', () => {
    const text = seed('000');
    const hit = matcher.scan(text).find((h) => h.entryId === 'kim-jong-un');
    expect(hit?.text).toBe('किम जोंग-उन');
    expect(text.slice(hit!.start, hit!.end)).toBe('किम जोंग-उन');
  });

  it('does not fall back to a longer partial: किम जोंग इल is किम जोंग + इल', () => {
    expect(matcher.scan('किम जोंग इल').map((h) => h.entryId)).toEqual(['kim-jong']);
  });
});

describe('inflected match mode', () => {
  it('allows suffixes only for inflected entries (seed 002 सैनिकों, seed 004 प्रतिबंधों)', () => {
    const inflected = buildTermMatcher([entry('troops', { source: 'सैनिक', target: 'troops', matchMode: 'inflected' })]);
    const exact = buildTermMatcher([entry('troops', { source: 'सैनिक', target: 'troops' })]);
    const sentence = seedSentence('002', 'उत्तर कोरियाई सैनिकों द्वारा');
    expect(inflected.scan(sentence).map((h) => h.text)).toEqual(['सैनिकों']);
    expect(exact.scan(sentence)).toEqual([]);
    const sanctions = buildTermMatcher([entry('sanction', { source: 'प्रतिबंध', target: 'sanction', matchMode: 'inflected' })]);
    const hits = sanctions.scan(seed('004')).map((h) => h.text);
    expect(hits).toContain('प्रतिबंधों');
    expect(hits).toContain('प्रतिबंध');
  });

  it('inflects ा-final terms by stem (समझौता → समझौते in seed 002) and ी-final ones (एजेंसी → एजेंसियों, seed 003)', () => {
    const matcher = buildTermMatcher([
      entry('agreement', { source: 'रणनीतिक साझेदारी समझौता', target: 'strategic partnership agreement', matchMode: 'inflected' }),
      entry('agencies', { source: 'रूसी राज्य समाचार एजेंसी', target: 'Russian state news agency', matchMode: 'inflected' }),
    ]);
    expect(matcher.scan(seed('002')).map((h) => h.text)).toContain('रणनीतिक साझेदारी समझौते');
    expect(matcher.scan(seed('003')).map((h) => h.text)).toContain('रूसी राज्य समाचार एजेंसियों');
  });

  it('never turns a noun into an adjective: inflected रूस still misses रूसी', () => {
    const matcher = buildTermMatcher([entry('russia', { source: 'रूस', target: 'Russia', matchMode: 'inflected' })]);
    expect(matcher.scan('रूसी सेना')).toEqual([]);
    expect(matcher.scan('रूसों')).toMatchObject([{ text: 'रूसों' }]);
  });

  it('inflects the last word of a multi-word term (seed 001 लंबी दूरी की मिसाइलों)', () => {
    const matcher = buildTermMatcher([entry('lrm', { source: 'लंबी दूरी की मिसाइल', target: 'long-range missile', matchMode: 'inflected' })]);
    expect(matcher.scan(seed('001')).map((h) => h.text)).toEqual(['लंबी दूरी की मिसाइलों']);
  });
});

describe('normalised matching with original offsets', () => {
  it('matches across nukta, chandrabindu, anusvara and candra-o differences in the seeds', () => {
    const matcher = buildTermMatcher([
      entry('doc', { source: 'मौलिक दस्तावेज', target: 'fundamental document' }), // seed 000 has the nukta
      entry('detachments', { source: 'टुकड़ियां', target: 'detachments' }), // seed 000 has ँ
      entry('relations', { source: 'सम्बन्ध', target: 'relations' }), // seeds write संबंध
      entry('moscow', { source: 'मास्को', target: 'Moscow' }), // seed 000 also writes मॉस्को
      entry('shivendra', { source: 'शिवेंद्र कुमार राय', target: 'Shivendra Kumar Rai' }), // seed 003 writes शिवेन्द्र
    ]);
    const found = (prefix: string) => matcher.scan(seed(prefix)).map((h) => h.text);
    expect(found('000')).toContain('मौलिक दस्तावेज\u093c');
    expect(found('000')).toContain('टुकड़ियाँ');
    expect(found('000')).toContain('संबंध');
    expect(found('000')).toContain('मॉस्को');
    expect(found('000')).toContain('मास्को');
    expect(found('003')).toContain('शिवेन्द्र कुमार राय');
  });

  it('ignores ZWJ/ZWNJ inside a term and maps offsets to the original', () => {
    const matcher = buildTermMatcher([entry('pyongyang', { source: 'प्योंगयांग', target: 'Pyongyang' })]);
    const text = 'राजधानी प्यो\u200dंग\u200cयांग में';
    const [hit] = matcher.scan(text);
    expect(hit.text).toBe('प्यो\u200dंग\u200cयांग');
    expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  });

  it('gives exact original offsets for every hit of the default glossary on every seed', () => {
    const glossary = defaultGlossary();
    const byId = new Map(glossary.entries.map((e) => [e.id, e]));
    const matcher = buildTermMatcher(glossary.entries);
    for (const name of seedNames) {
      const text = seed(name.slice(0, 3));
      let previousEnd = 0;
      for (const hit of matcher.scan(text)) {
        expect(text.slice(hit.start, hit.end)).toBe(hit.text);
        expect(hit.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = hit.end;
        const e = byId.get(hit.entryId)!;
        const keys = [e.source, ...e.sourceVariants].map(termKey);
        const key = termKey(hit.text);
        // Exact entries: the hit is one of the keys; inflected ones: a key's stem starts it.
        if (e.matchMode === 'exact') expect(keys).toContain(key);
        else expect(keys.some((k) => key.startsWith(k.replace(/[ाी]$/, '')))).toBe(true);
      }
    }
  });
});

describe('whole pages', () => {
  const matcher = buildTermMatcher(defaultGlossary().entries);

  it('matches the DPRK name broken over lines in seed 000, reporting the text with its newline', () => {
    const hit = matcher.scan(seed('000')).find((h) => h.entryId === 'dprk-full');
    expect(hit?.text).toBe('डेमोक्रेटिक\nपीपुल्स रिपब्लिक ऑफ कोरिया');
  });

  it('finds the same terms in NFC and NFD forms of every seed', () => {
    for (const name of seedNames) {
      const text = seed(name.slice(0, 3));
      const ids = (t: string) => matcher.scan(t).map((h) => h.entryId);
      expect(ids(text.normalize('NFD')), name).toEqual(ids(text.normalize('NFC')));
      expect(ids(text.normalize('NFC')), name).toEqual(ids(text));
    }
  });
});

describe('Latin-script terms inside Hindi', () => {
  it('finds TASS and (Russia) case-insensitively (seeds 000, 001)', () => {
    const matcher = buildTermMatcher([
      entry('tass', { source: 'तास', sourceVariants: ['TASS'], target: 'TASS' }),
      entry('russia', { source: 'रूस', sourceVariants: ['Russia'], target: 'Russia' }),
    ]);
    const in000 = matcher.scan(seed('000')).filter((h) => h.entryId === 'tass').map((h) => h.text);
    expect(in000).toEqual(['TASS', 'TASS']);
    const sentence = seedSentence('001', '(Russia)');
    expect(matcher.scan(sentence).map((h) => h.text)).toEqual(['रूस', 'Russia']);
    expect(matcher.scan('tass ने कहा').map((h) => h.entryId)).toEqual(['tass']);
    expect(matcher.scan('russian').length).toBe(0);
  });

  it('respects caseSensitive entries', () => {
    const matcher = buildTermMatcher([entry('ap', { source: 'AP', target: 'AP', caseSensitive: true })]);
    expect(matcher.scan('(AP) सियोल').map((h) => h.text)).toEqual(['AP']);
    expect(matcher.scan('ap सियोल')).toEqual([]);
  });
});

describe('glossary conflicts', () => {
  it('keeps the first entry when two claim the same normalised term, and reports it', () => {
    const matcher = buildTermMatcher([
      entry('moscow', { source: 'मास्को', target: 'Moscow' }),
      entry('moscow-2', { source: 'मॉस्को', target: 'Moskva' }),
    ]);
    expect(matcher.scan('मॉस्को')).toMatchObject([{ entryId: 'moscow' }]);
    expect(matcher.conflicts).toEqual([{ key: 'मास्को', keptEntryId: 'moscow', droppedEntryId: 'moscow-2' }]);
  });
});
