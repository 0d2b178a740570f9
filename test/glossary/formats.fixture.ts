// A realistic glossary for the seed articles, with every hard case an exchange format meets:
// commas, double quotes, newlines, tabs, pipes and backslashes in notes and renderings.
import { ALL_FIELDS, TERM_FIELDS, type EntryField, type GlossaryFormat } from '../../glossary/formats/index.ts';
import type { Glossary, GlossaryEntry } from '../../glossary/model.ts';

const base = {
  targetAlternates: [] as string[],
  forbidden: [] as string[],
  caseSensitive: false,
  matchMode: 'exact' as const,
  note: '',
  status: 'approved' as const,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T10:30:00.000Z',
  author: 'desk',
};

const entries: GlossaryEntry[] = [
  {
    ...base, id: 'kim-jong-un', type: 'person',
    source: 'किम जोंग उन', sourceVariants: ['किम जोंग-उन', 'किम जोंग'],
    target: 'Kim Jong Un', forbidden: ['Kim Jong-un', 'Kim Jong-Un'],
    note: 'North Korean leader; house style, "Kim Jong Un" (no hyphen)',
  },
  {
    ...base, id: 'putin', type: 'person',
    source: 'व्लादिमीर पुतिन', sourceVariants: ['पुतिन'],
    target: 'Vladimir Putin', targetAlternates: ['Putin'],
    note: 'Full name on first mention,\nsurname after that.',
  },
  {
    ...base, id: 'moscow', type: 'place',
    source: 'मॉस्को', sourceVariants: ['मास्को'], target: 'Moscow',
  },
  {
    ...base, id: 'pyongyang', type: 'place',
    source: 'प्योंगयांग', sourceVariants: [], target: 'Pyongyang',
  },
  {
    ...base, id: 'kyiv', type: 'place',
    source: 'कीव', sourceVariants: ['क्यीव'], target: 'Kyiv',
    forbidden: ['Kiev', 'the Ukraine'], note: 'Ukrainian spelling since 2019 | AP style',
  },
  {
    ...base, id: 'tass', type: 'organization', caseSensitive: true,
    source: 'TASS', sourceVariants: ['तास'], target: 'TASS',
    forbidden: ['ITAR-TASS'], note: 'Russian state news agency\t(tab inside)',
  },
  {
    ...base, id: 'north-korea', type: 'place',
    source: 'उत्तर कोरिया', sourceVariants: ['डेमोक्रेटिक पीपुल्स रिपब्लिक ऑफ कोरिया'],
    target: 'North Korea', targetAlternates: ["Democratic People's Republic of Korea", 'DPRK'],
  },
  {
    ...base, id: 'strategic-partnership', type: 'term', matchMode: 'inflected', status: 'proposed',
    source: 'रणनीतिक साझेदारी', sourceVariants: [], target: 'strategic partnership',
    targetAlternates: ['strategic partnership agreement'],
    note: 'Pipe | inside, a backslash \\ and a "quoted, comma" note',
  },
  {
    ...base, id: 'missile', type: 'term', matchMode: 'inflected',
    source: 'बैलिस्टिक मिसाइल', sourceVariants: ['बैलिस्टिक मिसाइलों'], target: 'ballistic missile',
    forbidden: ['ballistic rocket'],
  },
  {
    ...base, id: 'pipes-and-commas', type: 'term',
    source: 'शिखर वार्ता', sourceVariants: ['शिखर|सम्मेलन'],
    target: 'summit, talks', targetAlternates: ['summit | meeting'],
    forbidden: ['top\\talks', 'summit "talk"'],
    note: 'Edge case: a pipe inside a variant and an alternate, a backslash in a forbidden form.',
  },
];

/** Ten entries for the seed articles (tests must not mutate them). */
export const fixtureGlossary: Glossary = { schemaVersion: 1, entries };

/** A format as the round trip tests meet it: the file name that selects it and the fields it carries. */
export interface RoundTripCase {
  format: GlossaryFormat;
  file: string;
  fields: readonly (EntryField | 'id')[];
  forOmegaT?: boolean;
}

// What each format carries: TBX also keeps ids; XLSX and JSON keep every field.
/** Every export format with the fields that survive a round trip through it. */
export const roundTripCases: RoundTripCase[] = [
  { format: 'csv', file: 'g.csv', fields: TERM_FIELDS },
  { format: 'tbx', file: 'g.tbx', fields: ['id', ...TERM_FIELDS] },
  { format: 'tbx', file: 'g.omegat.tbx', fields: ['id', ...TERM_FIELDS], forOmegaT: true },
  { format: 'tbx3', file: 'g.tbx3', fields: ['id', ...TERM_FIELDS] },
  { format: 'omegat', file: 'g.txt', fields: TERM_FIELDS },
  { format: 'xlsx', file: 'g.xlsx', fields: ['id', ...ALL_FIELDS] },
  { format: 'json', file: 'g.json', fields: ['id', ...ALL_FIELDS] },
];

/** The entry reduced to the given fields, for comparing what a format carries. */
export function pickFields(entry: GlossaryEntry, fields: readonly (EntryField | 'id')[]): Partial<GlossaryEntry> {
  return Object.fromEntries(fields.map((field) => [field, entry[field]]));
}
