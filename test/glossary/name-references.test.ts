import { describe, expect, it } from 'vitest';
import { createGlossaryChecker } from '../../glossary/target-check.ts';
import { defaultGlossary } from './seed-text.ts';

const checker = createGlossaryChecker(defaultGlossary());
const summary = (issues: { code: string; entryId?: string }[]) => issues.map((i) => `${i.code}:${i.entryId ?? ''}`);

describe('names in running text', () => {
  it('accepts a later short reference once the full name appeared earlier in the document', () => {
    const issues = checker.checkDocument([
      { source: 'किम जोंग उन ने पुतिन से मुलाकात की।', target: 'Kim Jong Un met Putin.' },
      { source: 'किम जोंग उन ने कहा कि संबंध मजबूत हैं।', target: 'Kim said the relations were strong.' },
    ]);
    expect(issues).toEqual([[], []]);
  });

  it('does not accept the short reference without the earlier full name', () => {
    expect(summary(checker.check('किम जोंग उन ने कहा कि संबंध मजबूत हैं।', 'Kim said the relations were strong.')))
      .toEqual(['missing-term:kim-jong-un']);
  });

  it('reports another person\'s name as an error: Kim Jong Il for किम जोंग उन', () => {
    const [issue] = checker.check('किम जोंग उन ने कहा', 'Kim Jong Il said');
    expect(issue).toMatchObject({ code: 'wrong-name', severity: 'error', entryId: 'kim-jong-un', expected: 'Kim Jong Un', found: 'Kim Jong Il' });
  });

  it('reports Kim Jong Il for a bare किम that the earlier segments tie to Kim Jong Un', () => {
    const issues = checker.checkDocument([
      { source: 'उत्तर कोरिया के नेता किम जोंग उन ने रूस का दौरा किया।', target: 'North Korean leader Kim Jong Un visited Russia.' },
      { source: 'किम ने कहा कि वह खुश हैं।', target: 'Kim Jong Il said he was happy.' },
    ]);
    expect(issues[1]).toMatchObject([{ code: 'wrong-name', entryId: 'kim', expected: 'Kim Jong Un', found: 'Kim Jong Il' }]);
  });

  it('reports a name the glossary does not know built on the first word: "Kim Ki Nam" for a bare किम meaning Kim Jong Un', () => {
    const issues = checker.checkDocument([
      { source: 'किम जोंग उन ने नए बंदरगाह का उद्घाटन किया।', target: 'Kim Jong Un opened the new port.' },
      { source: 'किम ने मजदूरों को धन्यवाद दिया।', target: 'Kim Ki Nam thanked the workers.' },
      { source: 'किम जोंग उन ने मजदूरों को धन्यवाद दिया।', target: 'Kim Ki Nam thanked the workers.' },
    ]);
    expect(issues[1]).toMatchObject([{ code: 'wrong-name', entryId: 'kim', expected: 'Kim Jong Un', found: 'Kim Ki Nam' }]);
    expect(issues[2]).toMatchObject([{ code: 'wrong-name', entryId: 'kim-jong-un', found: 'Kim Ki Nam' }]);
  });

  it('keeps the short reference when the next capitalised word is a day, a month or a headline word', () => {
    const named = { source: 'किम जोंग उन ने नए बंदरगाह का उद्घाटन किया।', target: 'Kim Jong Un opened the new port.' };
    expect(checker.checkDocument([named, { source: 'किम ने सोमवार को कहा।', target: 'Kim Monday said the port would grow.' }])[1]).toEqual([]);
    expect(checker.checkDocument([named, { source: 'किम ने बंदरगाह देखा।', target: 'Kim Tours New Port' }])[1]).toEqual([]);
    // The person's own full name and his own short reference beside another name stay accepted.
    expect(checker.checkDocument([named, { source: 'किम ने बहन से बात की।', target: 'Kim spoke to his sister, Kim Ki Nam.' }])[1]).toEqual([]);
  });

  it('accepts both people when the Hindi names both', () => {
    expect(checker.check('किम जोंग उन के पिता किम जोंग इल', 'Kim Jong Un\'s father Kim Jong Il')).toEqual([]);
  });

  it('keeps the existing name checks: Kim Jong-un is forbidden, Kim Jong inside Kim Jong Un is not', () => {
    expect(summary(checker.check('किम जोंग उन ने कहा', 'Kim Jong-un said'))).toEqual(['forbidden-term:kim-jong-un']);
    expect(checker.check('किम जोंग उन ने कहा', 'Kim Jong Un said')).toEqual([]);
  });

  it('starts each document afresh: contextsOf gives the context before each segment', () => {
    const pairs = [
      { source: 'किम जोंग उन ने कहा।', target: 'Kim Jong Un said.' },
      { source: 'किम जोंग उन ने कहा।', target: 'Kim said.' },
    ];
    const contexts = checker.contextsOf(pairs);
    expect(contexts[0].namedInEnglish.size).toBe(0);
    expect(contexts[1].namedInEnglish.has('kim-jong-un')).toBe(true);
    expect(checker.check(pairs[1].source, pairs[1].target, contexts[1])).toEqual([]);
  });
});

describe('years', () => {
  it('reports 1,961 or 19,61 for the year 1961, and accepts 1961', () => {
    const source = 'उत्तर कोरिया और सोवियत संघ ने 1961 में संधि की।';
    expect(summary(checker.check(source, 'North Korea and the Soviet Union signed a treaty in 1,961.'))).toEqual(['number-mismatch:']);
    expect(summary(checker.check(source, 'North Korea and the Soviet Union signed a treaty in 19,61.'))).toEqual(['number-mismatch:']);
    expect(checker.check(source, 'North Korea and the Soviet Union signed a treaty in 1961.')).toEqual([]);
  });

  it('accepts grouping of a count that is not a year, and Indian grouping and "thousand"', () => {
    expect(checker.check('रूस ने 1961 सैनिक भेजे', 'Russia sent 1,961 troops')).toEqual([]);
    expect(checker.check('रूस ने 15000 सैनिक भेजे', 'Russia sent 15 thousand troops')).toEqual([]);
    expect(checker.check('रूस ने 6,67,800 सैनिक भेजे', 'Russia sent 667,800 troops')).toEqual([]);
  });
});
