/**
 * Fuzzing every importer with fast-check (issue 7): random bytes, mutated valid files, and random
 * text (any code point, lone surrogates, RTL, combining marks, NULs, long lines) at the string-level
 * readers. The only acceptable ends are a result or a refusal naming the file (and a line inside
 * the file); any other exception fails with fast-check's shrunk counterexample and seed.
 * Budget: FUZZ_RUNS (default 120) runs per property, about 10 s on two busy cores; raise it with
 * `FUZZ_RUNS=5000 npx vitest run test/reliability/fuzz.test.ts` for a longer hunt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importPage, splitHindiSentences } from '../../articles/index.ts';
import { alignDocument, emptyLexicon } from '../../articles/align/index.ts';
import { readTsvPairs } from '../../articles/exchange/tm-convert.ts';
import { readTmx, writeTmx } from '../../articles/exchange/tmx.ts';
import { readXliff, writePairsXliff12, writePairsXliff20 } from '../../articles/exchange/xliff.ts';
import { ExchangeError } from '../../articles/exchange/xml.ts';
import { exportGlossary, parseGlossary, type GlossaryFormat } from '../../glossary/formats/index.ts';
import { GLOSSARY_SCHEMA_VERSION, type GlossaryEntry } from '../../glossary/model.ts';
import { IMPORTERS, utf8, type Importer, type Outcome } from './importers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const PROPERTY_TIME = { timeout: 60_000 };

function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (const byte of bytes) if (byte === 0x0a || byte === 0x0d) lines++;
  return lines;
}

/** The rule every importer keeps: accepted, or refused naming its file and a line that exists. */
function checkOutcome(importer: Importer, bytes: Uint8Array, outcome: Outcome): void {
  if (outcome.kind === 'accepted') {
    expect(outcome.items).toBeGreaterThanOrEqual(0);
    return;
  }
  expect(outcome.file).toBe(importer.fileName);
  expect(outcome.message.trim().length).toBeGreaterThan(0);
  if (outcome.line !== undefined) {
    expect(Number.isInteger(outcome.line)).toBe(true);
    expect(outcome.line).toBeGreaterThanOrEqual(0);
    expect(outcome.line).toBeLessThanOrEqual(lineCount(bytes));
  }
}

const entry = (source: string, target: string, note: string): GlossaryEntry => ({
  id: 't-1', source, sourceVariants: ['रूस्'], target, targetAlternates: ['Rus'], forbidden: ['Roos'], type: 'place', caseSensitive: false,
  matchMode: 'exact', note, status: 'approved', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: 'test',
});
const PAIRS = [{ source: 'रूस ने कहा।', target: 'Russia said.' }, { source: 'किम ने "हाँ" कहा।', target: 'Kim said <yes> & left.' }];

/** One valid file per importer: the seeds for mutation fuzzing. */
async function validFile(importer: Importer): Promise<Uint8Array> {
  const glossaryFormat = ({ 'glossary.csv': 'csv', 'glossary.txt': 'omegat', 'glossary.tbx': 'tbx', 'glossary.tbx3': 'tbx3', 'glossary.json': 'json', 'glossary.xlsx': 'xlsx' } as Record<string, GlossaryFormat>)[importer.fileName];
  if (glossaryFormat) return exportGlossary({ schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [entry('रूस', 'Russia', 'a "note", with | bars')] }, glossaryFormat);
  if (importer.fileName.endsWith('.tmx')) return utf8(writeTmx(PAIRS, { creationTool: 'test', srcLang: 'hi', tgtLang: 'en' }));
  if (importer.fileName.endsWith('.xlf')) return utf8(writePairsXliff12('memory', PAIRS));
  if (importer.fileName.endsWith('.tsv')) return utf8(PAIRS.map((pair) => `${pair.source}\t${pair.target}\n`).join(''));
  return utf8('रूस और उत्तर कोरिया के बीच समझौता\n\nरूस ने कहा कि वह उत्तर कोरिया की मदद करेगा। किम ने समर्थन की शपथ ली।\nTags: रूस\n');
}

// A mutation: flip, insert or delete a byte at a position given as a fraction of the length, or cut the file.
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.constantFrom(0, 0x0a, 0x22, 0x26, 0x3c, 0x3e, 0x09, 0x2c, 0x7c, 0x5c, 0xe0, 0xa4, 0xff, 0xfe, 0xef) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.constant(0) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.constant(0) }),
);

function mutate(bytes: Uint8Array, mutations: { kind: 'set' | 'insert' | 'delete' | 'cut'; at: number; byte: number }[]): Uint8Array {
  let out = [...bytes];
  for (const { kind, at, byte } of mutations) {
    const i = Math.min(out.length, Math.floor(at * out.length));
    if (kind === 'set' && i < out.length) out[i] = byte;
    else if (kind === 'insert') out.splice(i, 0, byte);
    else if (kind === 'delete') out.splice(i, 1);
    else if (kind === 'cut') out = out.slice(0, i);
  }
  return Uint8Array.from(out);
}

describe('random bytes: every importer accepts or refuses naming the file', () => {
  for (const importer of IMPORTERS) {
    it(importer.label, PROPERTY_TIME, async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 1024 }), async (bytes) => {
          checkOutcome(importer, bytes, await importer.run(bytes));
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('mutated valid files: every importer accepts or refuses naming the file and a real line', () => {
  for (const importer of IMPORTERS) {
    it(importer.label, PROPERTY_TIME, async () => {
      const valid = await validFile(importer);
      expect((await importer.run(valid)).kind).toBe('accepted');
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
          const bytes = mutate(valid, mutations);
          checkOutcome(importer, bytes, await importer.run(bytes));
        }),
        { numRuns: RUNS },
      );
    });
  }
});

// Text made of the pieces that break naive code: every script the desk meets, RTL marks and
// overrides, combining marks with no base, lone surrogates, NUL and other controls, markup.
const awkwardPiece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    'रूस', 'किम जोंग उन', '।', '॥', '?', '.', '"', '“', '”', '\n', '\r\n', '\r', '\t', ' ', '',
    'اسلام آباد', 'ירושלים', 'مُحَمَّد', '\u202E', '\u200F', '\u200D', '\u200C', '\uFEFF',
    '\u0301', '\u093C', '\u0947', '\u0902\u0903', '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\u0000', '\u0007', '\u001B',
    '<script>x</script>', '&amp;', '&lol;', ']]>', '<!--', '<![CDATA[', 'Tags:', 'By राम', '15,000', '27.1 C',
  ),
);
const awkwardText = fc.array(awkwardPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

function acceptOrRefuse(run: () => unknown, refusal: new (...args: never[]) => Error): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof refusal)) throw error;
    expect((error as Error & { file: string }).file).toBe('fuzz');
  }
}

describe('random text at the string-level readers', () => {
  it('importPage (lone surrogates, controls and RTL included)', PROPERTY_TIME, () => {
    fc.assert(fc.property(awkwardText, (text) => acceptOrRefuse(() => importPage({ fileName: 'fuzz', text }, { now: () => 'now' }), ImportError)), { numRuns: RUNS * 2 });
  });

  it('readTmx, readXliff and readTsvPairs', PROPERTY_TIME, () => {
    fc.assert(
      fc.property(awkwardText, awkwardText, (hindi, english) => {
        const pairs = [{ source: hindi, target: english }];
        acceptOrRefuse(() => readTmx(writeTmx(pairs, { creationTool: 't', srcLang: 'hi', tgtLang: 'en' }), 'fuzz'), ExchangeError);
        acceptOrRefuse(() => readXliff(writePairsXliff12('fuzz', pairs), 'fuzz'), ExchangeError);
        acceptOrRefuse(() => readXliff(writePairsXliff20('fuzz', pairs), 'fuzz'), ExchangeError);
        acceptOrRefuse(() => readTmx(`<tmx version="1.4"><body><tu><tuv xml:lang="hi"><seg>${hindi}</seg></tuv></tu></body></tmx>`, 'fuzz'), ExchangeError);
        const read = readTsvPairs(`${hindi}\t${english}\n`);
        for (const problem of read.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('parseGlossary in every text format, terms and notes of awkward text', PROPERTY_TIME, async () => {
    await fc.assert(
      fc.asyncProperty(awkwardText, awkwardText, fc.constantFrom<[string, GlossaryFormat]>(['g.csv', 'csv'], ['g.txt', 'omegat'], ['g.tbx', 'tbx'], ['g.tbx3', 'tbx3'], ['g.json', 'json']), async (term, note, [fileName, format]) => {
        const bytes = await exportGlossary({ schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [entry(`रूस${term}`, `Russia${term}`, note)] }, format).catch(() => utf8(`${term}\t${note}`));
        const parsed = await parseGlossary(bytes, fileName, { now: '2026-01-01T00:00:00.000Z' });
        for (const problem of parsed.problems) {
          expect(problem.file).toBe(fileName);
          expect(problem.line).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('alignDocument never throws and links every sentence once', PROPERTY_TIME, () => {
    fc.assert(
      fc.property(fc.array(awkwardText, { maxLength: 8 }), awkwardText, (hindiParts, english) => {
        const hindi = splitHindiSentences(hindiParts.join('। '));
        const alignment = alignDocument(hindi, english, { lexicon: emptyLexicon() });
        expect(alignment.links.flatMap((link) => link.hi).sort((a, b) => a - b)).toEqual(hindi.map((_, i) => i));
        expect(alignment.links.flatMap((link) => link.en).sort((a, b) => a - b)).toEqual(alignment.en.map((_, j) => j));
      }),
      { numRuns: RUNS },
    );
  });
});
