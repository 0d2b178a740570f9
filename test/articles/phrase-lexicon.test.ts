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

describe('a phrase is one signal (phrase gate)', () => {
  const BODY = 'नगर निगम ने सोमवार को शहर की सभी प्रमुख सड़कों की मरम्मत का काम शुरू कर दिया है।';
  const BODY2 = 'अधिकारियों ने बताया कि यह काम बारिश से पहले पूरा कर लिया जाएगा और इसके लिए अलग बजट रखा गया है।';
  // A made-up story sentence that mentions a promo phrase: long, sentence-final, full of function words.
  const MENTION = 'निगम के अधिकारी ने कहा कि शिकायत के लिए लोग वेबसाइट पर यहां क्लिक करके अपनी बात दर्ज कर सकते हैं और उसका जवाब एक हफ्ते में मिलेगा।';

  it('good prose mentioning a phrase is dropped only outside the main text; a short line goes on the phrase', async () => {
    const { lineFeatures, phraseDecides } = await import('../../articles/index.ts');
    const line = lineFeatures(5, MENTION, 4);
    expect(phraseDecides(line, [2, 6])).toBe(false);
    expect(phraseDecides(line, [1, 2])).toBe(true);
    expect(phraseDecides(lineFeatures(5, 'यहां क्लिक करें', 4), [2, 6])).toBe(true);
  });

  it('importPage keeps the mention inside the story and removes the same sentence below it', async () => {
    const { importPage, unaccountedLines } = await import('../../articles/index.ts');
    const headline = 'शहर की सड़कों की मरम्मत का काम अगले हफ्ते से शुरू होगा';
    const inside = [headline, '', BODY, '', MENTION, '', BODY2, ''].join('\n');
    const kept = importPage({ fileName: 'inside.txt', text: inside }, { now: () => 'x' });
    expect(kept.segments.map((segment) => segment.source)).toContain(MENTION);
    expect(unaccountedLines(inside, kept)).toEqual([]);
    const below = [headline, '', BODY, '', BODY2, '', MENTION, ''].join('\n');
    const dropped = importPage({ fileName: 'below.txt', text: below }, { now: () => 'x' });
    expect(dropped.removed.find((entry) => entry.text === MENTION)?.reason).toBe('promo');
  });
});
