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
