/**
 * Later references to offices and plural nouns in running text (term-references.ts), on sentences
 * written for these tests (in no qa set).
 */
import { describe, expect, it } from 'vitest';
import { createEntry } from '../../glossary/entry.ts';
import type { GlossaryEntry } from '../../glossary/model.ts';
import { sameDocumentContext } from '../../glossary/name-references.ts';
import { createGlossaryChecker } from '../../glossary/target-check.ts';
import { officeHead } from '../../glossary/term-references.ts';
import { defaultGlossary } from './seed-text.ts';

const now = '2026-12-07T00:00:00Z';
const entry = (fields: Partial<GlossaryEntry> & { source: string; target: string }) => createEntry(fields, { now });
const summary = (issues: { code: string; entryId?: string }[]) => issues.map((i) => `${i.code}:${i.entryId ?? ''}`);

const base = defaultGlossary();
const foreignMinister = entry({ id: 'foreign-minister', source: 'विदेश मंत्री', target: 'foreign minister' });
const financeMinister = entry({ id: 'finance-minister', source: 'वित्त मंत्री', target: 'finance minister' });
const checkerWith = (extra: GlossaryEntry[]) => createGlossaryChecker({ schemaVersion: 1, entries: [...base.entries, ...extra] });
const withForeign = checkerWith([foreignMinister]);
const withBoth = checkerWith([foreignMinister, financeMinister]);
const issuesOf = (checker: ReturnType<typeof checkerWith>, pairs: [string, string][]) =>
  checker.checkDocument(pairs.map(([source, target]) => ({ source, target }))).map(summary);

const jaishankarMet: [string, string] = [
  'विदेश मंत्री एस जयशंकर ने ब्रसेल्स में यूरोपीय संघ के नेताओं से मुलाकात की।',
  'Foreign Minister S. Jaishankar met European Union leaders in Brussels.',
];
const ministerSaid: [string, string] = ['विदेश मंत्री ने कहा कि व्यापार वार्ता आगे बढ़ेगी।', 'The minister said trade talks would move forward.'];

describe('an office entry', () => {
  it('is an office by the head noun of its rendering', () => {
    expect(officeHead(foreignMinister)).toBe('minister');
    expect(officeHead(entry({ source: 'राज्यपाल', target: 'governor' }))).toBe('governor');
    expect(officeHead(entry({ source: 'संधि', target: 'treaty' }))).toBeNull();
    expect(officeHead(entry({ source: 'पुतिन', target: 'Putin', type: 'person' }))).toBeNull();
  });
});

describe('"the minister" after the full office', () => {
  it('satisfies the office once the English named it in full', () => {
    expect(issuesOf(withForeign, [jaishankarMet, ministerSaid])).toEqual([[], []]);
  });

  it('with a nationality or status word before the head', () => {
    expect(issuesOf(withForeign, [jaishankarMet, [ministerSaid[0], 'The Indian minister said trade talks would move forward.']])).toEqual([[], []]);
  });

  it('stays a missing term on a first reference', () => {
    expect(issuesOf(withForeign, [ministerSaid])).toEqual([['missing-term:foreign-minister']]);
  });

  it('is not a different portfolio: "the finance minister" for विदेश मंत्री', () => {
    expect(issuesOf(withForeign, [jaishankarMet, [ministerSaid[0], 'The finance minister said trade talks would move forward.']]))
      .toEqual([[], ['missing-term:foreign-minister']]);
  });

  it('points to the minister named last: another entry\'s office in between', () => {
    const sitharaman: [string, string] = ['वित्त मंत्री निर्मला सीतारमण भी बैठक में मौजूद थीं।', 'Finance Minister Nirmala Sitharaman also attended the meeting.'];
    expect(issuesOf(withBoth, [jaishankarMet, sitharaman, ministerSaid])).toEqual([[], [], ['missing-term:foreign-minister']]);
  });

  it('points to the minister named last: an office no entry names in between', () => {
    // वित्त मंत्री is not an entry of this glossary; "Finance Minister" is still another minister.
    const sitharaman: [string, string] = ['वित्त मंत्री निर्मला सीतारमण भी बैठक में मौजूद थीं।', 'Finance Minister Nirmala Sitharaman also attended the meeting.'];
    expect(issuesOf(withForeign, [jaishankarMet, sitharaman, ministerSaid])).toEqual([[], [], ['missing-term:foreign-minister']]);
  });

  it('keeps counting the same office across references ("the minister" twice)', () => {
    expect(issuesOf(withForeign, [jaishankarMet, ministerSaid, ['विदेश मंत्री ने यह भी कहा कि भारत तैयार है।', 'The minister added that India was ready.']]))
      .toEqual([[], [], []]);
  });

  it('does not hide a forbidden form in the same segment', () => {
    expect(issuesOf(withForeign, [jaishankarMet, ['विदेश मंत्री ने कीव की यात्रा की।', 'The minister travelled to Kiev.']]))
      .toEqual([[], ['forbidden-term:kyiv']]);
  });
});

describe('an office by its holder\'s name', () => {
  const macronHosted: [string, string] = [
    'फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने पेरिस में जलवायु शिखर सम्मेलन की मेजबानी की।',
    'French President Emmanuel Macron hosted a climate summit in Paris.',
  ];
  const presidentAnnounced = 'राष्ट्रपति ने एक नए कोष की घोषणा की।';

  it('accepts the holder\'s name once title and name stood together in both languages', () => {
    expect(issuesOf(withForeign, [macronHosted, [presidentAnnounced, 'Macron announced a new fund.']])).toEqual([[], []]);
  });

  it('stays a missing term without the earlier tie, or for another name', () => {
    expect(issuesOf(withForeign, [[presidentAnnounced, 'Macron announced a new fund.']])).toEqual([['missing-term:president']]);
    expect(issuesOf(withForeign, [macronHosted, [presidentAnnounced, 'Barnier announced a new fund.']])).toEqual([[], ['missing-term:president']]);
  });

  it('is not the holder\'s name when the Hindi names the holder too: that name renders the Hindi\'s', () => {
    const office = 'राष्ट्रपति के कार्यालय ने बताया कि मैक्रों अगले हफ्ते बर्लिन जाएंगे।';
    expect(issuesOf(withForeign, [macronHosted, [office, 'Macron will travel to Berlin next week, officials said.']]))
      .toEqual([[], ['missing-term:president']]);
    const kremlin: [string, string] = ['रूस के राष्ट्रपति व्लादिमीर पुतिन ने सोची में भाषण दिया।', 'Russian President Vladimir Putin gave a speech in Sochi.'];
    expect(issuesOf(withForeign, [kremlin, ['राष्ट्रपति के प्रवक्ता ने कहा कि पुतिन थके नहीं हैं।', 'A spokesman said Putin was not tired.']]))
      .toEqual([[], ['missing-term:president']]);
    expect(issuesOf(withForeign, [kremlin, ['राष्ट्रपति ने कहा कि वह थके नहीं हैं।', 'Putin said he was not tired.']])).toEqual([[], []]);
  });

  it('needs the title before the name: a description set off by commas does not tie them', () => {
    const described: [string, string] = [
      'फ्रांस के राष्ट्रपति ने पेरिस में जलवायु शिखर सम्मेलन की मेजबानी की, इमैनुएल मैक्रों ने कहा।',
      'The president of France hosted a climate summit in Paris, Emmanuel Macron said.',
    ];
    expect(issuesOf(withForeign, [described, [presidentAnnounced, 'Macron announced a new fund.']])).toEqual([[], ['missing-term:president']]);
  });

  it('ties the office to a glossary person named right after it in the Hindi', () => {
    const visited: [string, string] = [
      'रूस के रक्षा मंत्री आंद्रेई बेलौसोव ने एक सैन्य अड्डे का दौरा किया।',
      'Andrei Belousov, Russia\'s defence minister, visited a military base.',
    ];
    expect(issuesOf(withForeign, [visited, ['रक्षा मंत्री ने वहां तैनात अफसरों से बात की।', 'Belousov spoke to the officers stationed there.']]))
      .toEqual([[], []]);
  });

  it('does not take a forbidden spelling of the holder, nor the holder\'s word inside another person\'s full name', () => {
    const visited: [string, string] = [
      'रूस के रक्षा मंत्री आंद्रेई बेलौसोव ने एक सैन्य अड्डे का दौरा किया।',
      'Andrei Belousov, Russia\'s defence minister, visited a military base.',
    ];
    expect(issuesOf(withForeign, [visited, ['रक्षा मंत्री ने वहां तैनात अफसरों से बात की।', 'Beloussov spoke to the officers stationed there.']]))
      .toEqual([[], ['missing-term:defence-minister', 'forbidden-term:belousov']]);
    const kim: [string, string] = [
      'दक्षिण कोरिया के रक्षा मंत्री किम योंग-ह्यून ने सीमा का दौरा किया।',
      'South Korean Defence Minister Kim Yong-hyun toured the border.',
    ];
    expect(issuesOf(withForeign, [kim, ['रक्षा मंत्री ने प्योंगयांग की आलोचना की।', 'Kim Jong Un criticised Pyongyang.']])[1])
      .toContain('missing-term:defence-minister');
  });
});

describe('a plural noun taken up by a partitive pronoun', () => {
  const sent: [string, string] = ['सरकार ने बाढ़ प्रभावित इलाकों में सैनिक भेजे।', 'The government sent troops to the flooded districts.'];
  const injured = 'राहत कार्य के दौरान 12 सैनिक घायल हो गए।';

  it('accepts "12 of them" for 12 सैनिक after "troops" in the sentence before', () => {
    expect(issuesOf(withForeign, [sent, [injured, 'Twelve of them were injured during the relief work.']])).toEqual([[], []]);
    expect(issuesOf(withForeign, [sent, [injured, 'At least 12 of them were injured during the relief work.']])).toEqual([[], []]);
  });

  it('not without the noun in the sentence before, nor after a singular, nor without the pronoun', () => {
    expect(issuesOf(withForeign, [[injured, 'At least 12 of them were injured during the relief work.']])).toEqual([['missing-term:troops']]);
    const one: [string, string] = ['सरकार ने बाढ़ प्रभावित इलाके में एक सैनिक भेजा।', 'The government sent a soldier to the flooded district.'];
    expect(issuesOf(withForeign, [one, [injured, 'At least 12 of them were injured.']])[1]).toEqual(['missing-term:troops']);
    expect(issuesOf(withForeign, [sent, [injured, 'Twelve were injured during the relief work.']])[1]).toEqual(['missing-term:troops']);
  });

  it('reaches back one sentence only', () => {
    expect(issuesOf(withForeign, [sent, ['बचाव कार्य रात भर चला।', 'Rescue work went on through the night.'], [injured, 'At least 12 of them were injured.']])[2])
      .toEqual(['missing-term:troops']);
  });
});

describe('an office by "he" or "she"', () => {
  const heSaid = 'He said trade talks would move forward.';

  it('when the office was the last person or office the English named', () => {
    expect(issuesOf(withForeign, [jaishankarMet, [ministerSaid[0], heSaid]])).toEqual([[], []]);
  });

  it('when its holder, a glossary person, was named last', () => {
    const visited: [string, string] = ['रूस के रक्षा मंत्री आंद्रेई बेलौसोव ने एक सैन्य अड्डे का दौरा किया।', 'Russian Defence Minister Andrei Belousov visited a military base.'];
    expect(issuesOf(withForeign, [visited, ['रक्षा मंत्री ने कहा कि सेना तैयार है।', 'He said the army was ready.']])).toEqual([[], []]);
  });

  it('not on a first reference, after another minister, or when the segment names a person', () => {
    expect(issuesOf(withForeign, [[ministerSaid[0], heSaid]])).toEqual([['missing-term:foreign-minister']]);
    const sitharaman: [string, string] = ['वित्त मंत्री निर्मला सीतारमण भी बैठक में मौजूद थीं।', 'Finance Minister Nirmala Sitharaman also attended the meeting.'];
    expect(issuesOf(withForeign, [jaishankarMet, sitharaman, [ministerSaid[0], 'She said trade talks would move forward.']])[2])
      .toEqual(['missing-term:foreign-minister']);
    expect(issuesOf(withForeign, [jaishankarMet, ['विदेश मंत्री ने पुतिन से कहा कि वार्ता आगे बढ़ेगी।', 'He told Putin the talks would move forward.']])[1])
      .toEqual(['missing-term:foreign-minister']);
  });
});

describe('a head of state\'s office by "the leader"', () => {
  const zelensky: [string, string] = [
    'यूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की ने ब्रसेल्स में नाटो नेताओं से मुलाकात की।',
    'Ukrainian President Volodymyr Zelensky met NATO leaders in Brussels.',
  ];
  const asked = 'राष्ट्रपति ने और वायु रक्षा प्रणालियों की मांग की।';

  it('accepts "the Ukrainian leader" for राष्ट्रपति after the title and name', () => {
    expect(issuesOf(withForeign, [zelensky, [asked, 'The Ukrainian leader asked for more air defence systems.']])).toEqual([[], []]);
  });

  it('not for a minister, and not on a first reference', () => {
    expect(issuesOf(withForeign, [[asked, 'The Ukrainian leader asked for more air defence systems.']])).toEqual([['missing-term:president']]);
    expect(issuesOf(withForeign, [jaishankarMet, [ministerSaid[0], 'The Indian leader said trade talks would move forward.']])[1])
      .toEqual(['missing-term:foreign-minister']);
  });
});

describe('a noun taken up by "it" or "they" where the Hindi marks it with a demonstrative', () => {
  const tested: [string, string] = ['उत्तर कोरिया ने एक नई मिसाइल का परीक्षण किया।', 'North Korea tested a new missile.'];
  const deployed: [string, string] = ['सेना ने सीमा पर सैनिक तैनात किए।', 'The army deployed troops on the border.'];

  it('accepts "it" for यह मिसाइल after "a new missile", "they" for इन सैनिकों after "troops"', () => {
    expect(issuesOf(withForeign, [tested, ['यह मिसाइल समुद्र में गिरी।', 'It fell into the sea.']])).toEqual([[], []]);
    expect(issuesOf(withForeign, [deployed, ['इन सैनिकों को सर्दियों के कपड़े दिए गए।', 'They were given winter clothing.']])).toEqual([[], []]);
  });

  it('not without the Hindi demonstrative, nor with a pronoun of the other number', () => {
    expect(issuesOf(withForeign, [tested, ['मिसाइल समुद्र में गिरी।', 'It fell into the sea.']])[1]).toEqual(['missing-term:missile']);
    expect(issuesOf(withForeign, [deployed, ['इन सैनिकों को सर्दियों के कपड़े दिए गए।', 'It came with winter clothing.']])[1]).toEqual(['missing-term:troops']);
    // "it said" is the speaker (an agency, a ministry), not the missile.
    expect(issuesOf(withForeign, [tested, ['यह मिसाइल समुद्र में गिरी।', 'The rocket fell into the sea, it said.']])[1]).toEqual(['missing-term:missile']);
  });
});

describe('the document context', () => {
  it('differs when an office or its holder changes, so the editor re-checks the segments after', () => {
    const pairs = [jaishankarMet, ministerSaid].map(([source, target]) => ({ source, target }));
    const [before, afterOffice] = withForeign.contextsOf(pairs);
    expect(sameDocumentContext(before, afterOffice)).toBe(false);
    const again = withForeign.contextsOf(pairs)[1];
    expect(sameDocumentContext(afterOffice, again)).toBe(true);
    expect(withForeign.check(ministerSaid[0], ministerSaid[1], afterOffice)).toEqual([]);
  });
});
