import { describe, expect, it } from 'vitest';
import { createEntry } from '../../glossary/entry.ts';
import type { SegmentIssue } from '../../glossary/model.ts';
import { checkSegment, createGlossaryChecker } from '../../glossary/target-check.ts';
import { buildTermMatcher } from '../../glossary/term-matcher.ts';
import { defaultGlossary, seedSentence } from './seed-text.ts';

const checker = createGlossaryChecker(defaultGlossary());
const codes = (issues: SegmentIssue[]) => issues.map((i) => `${i.code}:${i.entryId ?? i.expected}`);
const ofEntry = (issues: SegmentIssue[], entryId: string) => issues.filter((i) => i.entryId === entryId);

describe('missing-term', () => {
  const source = seedSentence('003', 'बीते 24 वर्षों में यह पुतिन की पहली कोरिया यात्रा है');

  it('is reported when neither the approved rendering nor an alternate is in the target', () => {
    const issues = checker.check(source, 'It is the first visit to Korea in 24 years.');
    expect(ofEntry(issues, 'putin')).toEqual([{
      code: 'missing-term', severity: 'warning', entryId: 'putin', sourceSpan: [source.indexOf('पुतिन'), source.indexOf('पुतिन') + 5], expected: 'Putin',
    }]);
  });

  it('is satisfied by an alternate, case-insensitively', () => {
    expect(checker.check(source, "It is VLADIMIR PUTIN's first visit to Korea in 24 years.")).toEqual([]);
    expect(checker.check(source, 'It is putin’s first visit to korea in 24 years.')).toEqual([]);
  });

  it('tolerates plural, possessive and demonym endings but not other words: "Russian" is Russia, "Russianized" is not', () => {
    const russia = seedSentence('002', 'रूस की समाचार एजेंसी तास ने');
    const ok = checker.check(russia, "Russia's news agency TASS said, quoting the Kremlin (the office of Russia's president), that Putin also shared with Kim the news of his upcoming talks with Trump in Alaska on Friday.");
    expect(ofEntry(ok, 'russia')).toEqual([]);
    const curly = checker.check(russia, 'Russia’s news agency TASS said, citing the Kremlin, that Putin told Kim about the Alaska talks with Trump on Friday.');
    expect(ofEntry(curly, 'russia')).toEqual([]);
    const adjective = checker.check(russia, 'The Russian news agency TASS said, citing the Kremlin, that Putin told Kim about the Alaska talks with Trump.');
    expect(ofEntry(adjective, 'russia')).toEqual([]);
    const otherWord = checker.check(russia, 'The Russianized news agency TASS said, citing the Kremlin, that Putin told Kim about the Alaska talks with Trump.');
    expect(ofEntry(otherWord, 'russia')).toMatchObject([{ code: 'missing-term', severity: 'warning', expected: 'Russia' }]);
  });

  it('accepts "ballistic missiles" for बैलिस्टिक मिसाइल (seed 002) and -ies plurals', () => {
    const source002 = seedSentence('002', 'बैलिस्टिक मिसाइल सहित');
    const target = 'South Korea says North Korea has sent about 15,000 troops to Russia since last year to support Putin\'s war against Ukraine, '
      + 'along with large amounts of military equipment, including artillery and ballistic missiles.';
    expect(ofEntry(checker.check(source002, target), 'ballistic-missile')).toEqual([]);
    const country = buildTermMatcher([createEntry({ source: 'देश', target: 'country', matchMode: 'inflected' }, { now: '2026-01-01', id: 'country' })]);
    const byId = new Map(country.entries.map((e) => [e.id, e]));
    expect(checkSegment('दोनों देशों', 'both countries', country, byId)).toEqual([]);
    expect(checkSegment('दोनों देशों', 'both countryside', country, byId)).toMatchObject([{ code: 'missing-term', severity: 'warning' }]);
  });

  it('respects caseSensitive entries: "us" is not "US"', () => {
    const source = 'अमेरिका ने कहा';
    expect(ofEntry(checker.check(source, 'The US said'), 'united-states')).toEqual([]);
    expect(ofEntry(checker.check(source, 'They told us'), 'united-states')).toMatchObject([{ code: 'missing-term', severity: 'warning' }]);
  });

  it('reports one issue per entry, at its first occurrence', () => {
    const sentence = seedSentence('001', 'किम जोंग (Kim Jong) ने');
    const issues = ofEntry(checker.check(sentence, 'He met the minister.'), 'kim-jong-un');
    expect(issues).toHaveLength(1);
    expect(issues[0].sourceSpan![0]).toBe(sentence.indexOf('किम जोंग'));
  });
});

describe('forbidden-term', () => {
  it('flags Kim Jong-un, with the target span and the approved rendering', () => {
    const source = seedSentence('000', 'उत्तर कोरिया के नेता किम जोंग-उन ने');
    const target = 'North Korean leader Kim Jong-un on Wednesday expressed "full support" for Russia\'s war in Ukraine';
    const issues = ofEntry(checker.check(source, target), 'kim-jong-un');
    const at = target.indexOf('Kim Jong-un');
    expect(issues).toEqual([{ code: 'forbidden-term', severity: 'error', entryId: 'kim-jong-un', targetSpan: [at, at + 11], expected: 'Kim Jong Un',
      sourceSpan: [source.indexOf('किम'), source.indexOf('किम') + 'किम जोंग-उन'.length] }]);
  });

  it('does not flag "Kim Jong" inside "Kim Jong Un", but does on its own (seed 001 writes किम जोंग (Kim Jong))', () => {
    const source = seedSentence('001', 'किम जोंग (Kim Jong) ने');
    const good = 'KCNA reported that Kim Jong Un met Russian Defense Minister Andrei Belousov in Pyongyang on Friday.';
    expect(ofEntry(checker.check(source, good), 'kim-jong-un')).toEqual([]);
    const bad = 'KCNA reported that Kim Jong met Russian Defense Minister Andrei Belousov in Pyongyang on Friday.';
    const at = bad.indexOf('Kim Jong');
    expect(ofEntry(checker.check(source, bad), 'kim-jong-un')).toMatchObject([{ code: 'forbidden-term', severity: 'error', targetSpan: [at, at + 8] }]);
  });

  it('flags forbidden forms that contain the approved one: "the Ukraine", "ITAR-TASS"', () => {
    const source = seedSentence('000', 'रूसी समाचार एजेंसी TASS के अनुसार');
    const issues = checker.check(source, 'According to ITAR-TASS, Kim said relations with the Ukraine are entering a new period of prosperity.');
    expect(codes(issues)).toContain('forbidden-term:tass');
    expect(codes(issues)).toContain('forbidden-term:ukraine');
    // A forbidden form of an entry already says what to write; no extra missing-term for it.
    expect(ofEntry(issues, 'tass').map((i) => i.code)).toEqual(['forbidden-term']);
  });

  it('flags forbidden forms of entries not found in the source, without a source span', () => {
    const source = seedSentence('004', 'सियोल, वाशिंगटन और कीव ने दावा किया है');
    const issues = checker.check('उन्होंने कहा।', 'Kiev said so.');
    expect(issues).toEqual([{ code: 'forbidden-term', severity: 'error', entryId: 'kyiv', targetSpan: [0, 4], expected: 'Kyiv' }]);
    expect(ofEntry(checker.check(source, "Seoul, Washington and Kiev's allies claim"), 'kyiv')).toMatchObject([{ code: 'forbidden-term', severity: 'error', targetSpan: [22, 28] }]);
  });

  it('does not flag a forbidden form inside an allowed rendering of another entry', () => {
    expect(ofEntry(checker.check('किम जोंग इल', 'Kim Jong Il'), 'kim-jong-un')).toEqual([]);
  });
});

describe('number-mismatch and untranslated', () => {
  it('reads 15,000 = 15000 and reports a wrong figure (seed 002)', () => {
    const source = seedSentence('002', 'लगभग 15,000 सैनिक');
    const base = "According to South Korean estimates, North Korea has sent about TROOPS troops to Russia since last year in support of Putin's war against Ukraine, along with artillery and ballistic missiles.";
    expect(checker.check(source, base.replace('TROOPS', '15000'))).toEqual([]);
    expect(checker.check(source, base.replace('TROOPS', '15,000'))).toEqual([]);
    const wrong = checker.check(source, base.replace('TROOPS', '1,500'));
    expect(wrong).toEqual([{ code: 'number-mismatch', severity: 'error', sourceSpan: [source.indexOf('15,000'), source.indexOf('15,000') + 6], expected: '15,000' }]);
  });

  it('reports लाख amounts with the converted figure', () => {
    const issues = checker.check('रूस ने 2 लाख सैनिक भेजे', 'Russia sent 2 troops');
    expect(issues).toEqual([{ code: 'number-mismatch', severity: 'error', sourceSpan: [7, 12], expected: '200,000', suggestion: '200,000 or 0.2 million' }]);
  });

  it('reports an empty or blank target as untranslated, and nothing else', () => {
    const source = seedSentence('003', 'पुतिन को लाल गुलाब');
    expect(checker.check(source, '')).toEqual([{ code: 'untranslated', severity: 'warning', sourceSpan: [0, source.length] }]);
    expect(checker.check(source, '  \n\t')).toEqual([{ code: 'untranslated', severity: 'warning', sourceSpan: [0, source.length] }]);
    expect(checker.check('', '')).toEqual([]);
  });

  it('passes a faithful translation of a whole seed paragraph with no issues', () => {
    const source = seedSentence('002', 'रूस द्वारा यूक्रेन पर आक्रमण');
    const target = 'Since Russia invaded Ukraine, Kim has made Moscow the priority of his foreign policy.';
    expect(checker.check(source, target)).toEqual([]);
  });
});
