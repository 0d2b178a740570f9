import { describe, expect, it } from 'vitest';
import { createTranslationMemory } from '../../articles/memory/translation-memory.ts';

describe('translation memory updated in place', () => {
  it('removes one origin from lookup and scan alike and keeps the others', () => {
    const memory = createTranslationMemory([
      { source: 'मॉस्को में बैठक हुई', target: 'A meeting in Moscow', origin: 'article:a' },
      { source: 'मॉस्को में बैठक हुई', target: 'Meeting held in Moscow', origin: 'article:b' },
    ]);
    expect(memory.size).toBe(2);
    memory.removeOrigin('article:a');
    expect(memory.size).toBe(1);
    expect(memory.lookup('मॉस्को में बैठक हुई').map((match) => match.origin)).toEqual(['article:b']);
    expect(memory.lookupByScan('मॉस्को में बैठक हुई').map((match) => match.origin)).toEqual(['article:b']);
    memory.add([{ source: 'मॉस्को में बैठक हुई', target: 'Talks in Moscow', origin: 'article:a' }]);
    expect(memory.lookup('मॉस्को में बैठक हुई').map((match) => match.target)).toEqual(['Meeting held in Moscow', 'Talks in Moscow']);
  });
});

describe('translation memory packed postings', () => {
  // Enough entries that the index packs its postings (past 4,096 new entries) and compacts after
  // many removals; every lookup must equal a scan and a memory built fresh from the same entries.
  const vocabulary = ['दिल्ली', 'में', 'बैठक', 'हुई', 'सरकार', 'ने', 'कहा', 'कि', 'चुनाव', 'होंगे', 'मुंबई', 'बारिश', 'से', 'लोग', 'परेशान', 'के', 'लिए', 'नई', 'योजना'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const sentence = () => Array.from({ length: 4 + Math.floor(random() * 8) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
  const entriesOf = (article: number) => Array.from({ length: 10 }, (_, i) => ({
    source: sentence(), target: `Sentence ${article}.${i}`, origin: `article:${article}`,
    context: { prev: i === 0 ? '' : `${article}`, next: '' },
  }));

  it('finds what a scan and a fresh index find after packing, removals and compaction', () => {
    const memory = createTranslationMemory([]);
    const kept = new Map<number, ReturnType<typeof entriesOf>>();
    for (let article = 0; article < 900; article++) {
      const entries = entriesOf(article);
      memory.add(entries);
      kept.set(article, entries);
    }
    // Two thirds removed, then more added: the next packing compacts.
    for (let article = 0; article < 900; article++) {
      if (article % 3 === 2) continue;
      memory.removeOrigin(`article:${article}`);
      kept.delete(article);
    }
    for (let article = 900; article < 1400; article++) {
      const entries = entriesOf(article);
      memory.add(entries);
      kept.set(article, entries);
    }
    memory.removeOrigin('article:901');
    kept.delete(901);
    const fresh = createTranslationMemory([...kept.values()].flat());
    expect(memory.size).toBe(fresh.size);
    const survivors = [...kept.values()];
    for (let q = 0; q < 40; q++) {
      // Half the queries are a kept entry with its own neighbours (a context match), half new sentences.
      const own = survivors[(q * 37) % survivors.length][1 + (q % 9)];
      const query = q % 2 === 0 ? own.source : sentence();
      const context = q % 2 === 0 ? own.context : { prev: `${q * 31 + 2}`, next: '' };
      const found = memory.lookup(query, { min: 0.6, limit: 15, context });
      expect(found.length).toBeGreaterThan(0);
      if (q % 2 === 0) expect(found.some((match) => match.contextMatch && match.target === own.target)).toBe(true);
      expect(found).toEqual(memory.lookupByScan(query, { min: 0.6, limit: 15, context }));
      expect(found).toEqual(fresh.lookup(query, { min: 0.6, limit: 15, context }));
    }
  });
});
