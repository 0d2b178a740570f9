/** Issue 12 item 2: the boilerplate phrase lists are data (lexicon/boilerplate/*.json), read by one module. */
import { describe, expect, it } from 'vitest';
import { boilerplateLexicons, matchBoilerplate, phrases } from '../../articles/index.ts';

describe('phrase lexicons', () => {
  it('every list is non-empty, says what it is for, and every entry is a valid regex alternative on its own', () => {
    const lexicons = Object.entries(boilerplateLexicons());
    expect(lexicons.length).toBeGreaterThan(5);
    for (const [kind, lexicon] of lexicons) {
      expect(lexicon.about.length, kind).toBeGreaterThan(20);
      for (const [list, entries] of Object.entries(lexicon.lists)) {
        expect(entries.length, `${kind}/${list}`).toBeGreaterThan(0);
        for (const entry of entries) expect(() => new RegExp(`^(?:${entry})$`, 'iu'), `${kind}/${list}: ${entry}`).not.toThrow();
      }
    }
  });

  it('a list joins into one alternation; an unknown kind or list is an error naming the file', () => {
    expect(phrases('advertisement', 'labels').split('|').length).toBeGreaterThan(3);
    expect(() => phrases('no-such-kind', 'labels')).toThrow(/lexicon\/boilerplate\/no-such-kind\.json/);
  });

  it('the rules built from the lists still match their kinds (made-up lines)', () => {
    expect(matchBoilerplate('विज्ञापन')?.reason).toBe('advertisement');
    expect(matchBoilerplate('Next Story')?.reason).toBe('navigation');
    expect(matchBoilerplate('यह भी पढ़ें: शहर की दूसरी खबर')?.reason).toBe('related');
  });
});
