/**
 * Bad input at every importer (issue 7): wrong encodings, NULs, broken UTF-8, binary files, and
 * valid-but-awkward text (right-to-left, mixed scripts, combining marks with no base). Each case
 * plants its bytes on a known line of an otherwise valid file of that format, so a refusal must
 * name the file and exactly that line; accepted awkward text must come back unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTmx } from '../../articles/exchange/tmx.ts';
import { writePairsXliff12 } from '../../articles/exchange/xliff.ts';
import { exportGlossary, type GlossaryFormat } from '../../glossary/formats/index.ts';
import { GLOSSARY_SCHEMA_VERSION, type Glossary, type GlossaryEntry } from '../../glossary/model.ts';
import { BoundedImporters } from './bounded-importers.ts';
import { IMPORTERS, utf16WithoutBom, utf8, windows1252, type Importer, type Outcome } from './importers.ts';

const MARK = 'PAYLOADMARK';
const SEED = readFileSync(path.resolve(import.meta.dirname, '../../articles/samples/000_a6e2b2736be51a55.txt'), 'utf8');

function entry(id: string, source: string, target: string, note: string): GlossaryEntry {
  return {
    id, source, sourceVariants: [], target, targetAlternates: [], forbidden: [], type: 'term', caseSensitive: false,
    matchMode: 'inflected', note, status: 'approved', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: 'test',
  };
}

const GLOSSARY_FORMATS: Record<string, GlossaryFormat> = {
  'glossary.csv': 'csv', 'glossary.txt': 'omegat', 'glossary.tbx': 'tbx', 'glossary.tbx3': 'tbx3', 'glossary.json': 'json',
};
const PAIRS = [{ source: 'रूस ने कहा।', target: 'Russia said.' }, { source: 'किम ने कहा।', target: MARK }];

/** A valid file of the importer's format whose text holds MARK exactly once. */
async function templateFor(importer: Importer): Promise<string> {
  const format = GLOSSARY_FORMATS[importer.fileName];
  if (format) {
    const glossary: Glossary = { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [entry('t-1', 'रूस', 'Russia', 'country'), entry('t-2', 'उत्तर कोरिया', 'North Korea', MARK)] };
    return new TextDecoder().decode(await exportGlossary(glossary, format));
  }
  if (importer.fileName.endsWith('.tmx')) return writeTmx(PAIRS, { creationTool: 'test', srcLang: 'hi', tgtLang: 'en' });
  if (importer.fileName.endsWith('.xlf')) return writePairsXliff12('memory', PAIRS);
  if (importer.fileName.endsWith('.tsv')) return PAIRS.map((pair) => `${pair.source}\t${pair.target}\n`).join('');
  // A seed page with MARK after the first word of its longest (body) line.
  const lines = SEED.split('\n');
  const longest = lines.reduce((best, line, index) => (line.length > lines[best].length ? index : best), 0);
  lines[longest] = lines[longest].replace(' ', ` ${MARK} `);
  return lines.join('\n');
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The template with MARK replaced by raw bytes. */
function withBytesAtMark(template: string, bytes: Uint8Array): Uint8Array {
  const at = template.indexOf(MARK);
  return concat(utf8(template.slice(0, at)), bytes, utf8(template.slice(at + MARK.length)));
}

function expectRefusedAt(outcome: Outcome, importer: Importer, line: number | undefined, message: RegExp): void {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ kind: 'refused', file: importer.fileName });
  if (outcome.kind !== 'refused') return;
  if (line !== undefined) expect(outcome.line, outcome.message).toBe(line);
  expect(outcome.message).toMatch(message);
}

const TEXT_IMPORTERS = IMPORTERS.filter((importer) => importer.lineBased);
const CASE_TIME = { timeout: 40_000 };
// Every case runs in a worker with a 10 s deadline: a hang fails that case by name.
const bounded = new BoundedImporters();
afterAll(() => bounded.close());
const run = (importer: Importer, bytes: Uint8Array): Promise<Outcome> => bounded.run(importer.fileName, bytes);

// Bytes that are not valid UTF-8; each must be refused at its line with an encoding message.
const BROKEN_BYTES: [string, Uint8Array][] = [
  ['Windows-1252 "café" (0xE9)', windows1252('café')],
  ['Windows-1252 curly quotes (0x93 0x94)', windows1252('\u0093quoted\u0094')],
  ['a lone surrogate encoded as UTF-8 (ED A0 80)', Uint8Array.of(0x61, 0xed, 0xa0, 0x80, 0x62)],
  ['an overlong encoding of "/" (C0 AF)', Uint8Array.of(0xc0, 0xaf)],
  ['a truncated Devanagari sequence (E0 A4)', Uint8Array.of(0xe0, 0xa4, 0x20)],
];

// Valid text that is awkward to handle; each must be accepted and come back unchanged.
const AWKWARD_TEXT: [string, string][] = [
  ['Urdu (right to left)', 'اسلام آباد میں وزیر اعظم'],
  ['Arabic with harakat', 'مُحَمَّد'],
  ['Hebrew (right to left)', 'ירושלים'],
  ['a right-to-left override (U+202E)', 'abc\u202Edef'],
  ['mixed scripts', 'मोदी Modi مودی 莫迪 Моди'],
  ['combining marks with no base character', '\u0301\u093C\u0947\u0902x'],
  ['zero-width joiner and non-joiner', 'क्\u200Dष क्\u200Cष'],
  ['the replacement character U+FFFD', 'a\uFFFDb'],
  ['astral characters (emoji, math bold)', '😀 𝐀𝐁'],
];

describe('bad bytes inside an otherwise valid file are refused at their line', () => {
  for (const importer of TEXT_IMPORTERS) {
    describe(importer.label, () => {
      for (const [label, bytes] of BROKEN_BYTES) {
        it(`${label}`, CASE_TIME, async () => {
          const template = await templateFor(importer);
          expectRefusedAt(await run(importer, withBytesAtMark(template, bytes)), importer, lineOf(template, MARK), /UTF-8/);
        });
      }
      it('a NUL byte', CASE_TIME, async () => {
        const template = await templateFor(importer);
        expectRefusedAt(await run(importer, withBytesAtMark(template, Uint8Array.of(0x61, 0x00, 0x62))), importer, lineOf(template, MARK), /NUL|binary|character|U\+0000/i);
      });
      it('a C0 control character (U+0001)', CASE_TIME, async () => {
        const template = await templateFor(importer);
        const outcome = await run(importer, withBytesAtMark(template, Uint8Array.of(0x61, 0x01, 0x62)));
        // Control characters are refused (pages, XML) or kept as data (CSV/TSV/JSON can carry them).
        if (outcome.kind === 'refused') expectRefusedAt(outcome, importer, lineOf(template, MARK), /control|binary|character/i);
        else expect(outcome.texts.some((text) => text.includes('a\u0001b'))).toBe(true);
      });
    });
  }
});

describe('UTF-16 without a byte-order mark is read correctly or refused as UTF-16', () => {
  for (const importer of TEXT_IMPORTERS) {
    for (const endian of ['le', 'be'] as const) {
      it(`${importer.label}, UTF-16 ${endian.toUpperCase()}`, CASE_TIME, async () => {
        const template = await templateFor(importer);
        const outcome = await run(importer, utf16WithoutBom(template, endian));
        if (outcome.kind === 'accepted') {
          // Read as UTF-16: exactly what the UTF-8 file gives.
          const asUtf8 = await run(importer, utf8(template));
          expect(outcome).toEqual(asUtf8);
          expect(outcome.texts.some((text) => text.includes(MARK))).toBe(true);
        } else {
          expectRefusedAt(outcome, importer, undefined, /UTF-16/);
        }
      });
    }
  }
});

describe('awkward but valid text is accepted unchanged', () => {
  for (const importer of TEXT_IMPORTERS) {
    describe(importer.label, () => {
      for (const [label, text] of AWKWARD_TEXT) {
        it(label, CASE_TIME, async () => {
          const template = await templateFor(importer);
          const outcome = await run(importer, utf8(template.replace(MARK, text)));
          expect(outcome.kind, JSON.stringify(outcome)).toBe('accepted');
          if (outcome.kind === 'accepted') expect(outcome.texts.some((each) => each.includes(text)), JSON.stringify(outcome.texts)).toBe(true);
        });
      }
    });
  }
});

// Deterministic pseudo-random bytes (a fixed LCG), so a failure reproduces.
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const PNG = concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0), noise(200, 7));
const ZIP = concat(utf8('PK'), Uint8Array.of(3, 4, 20, 0, 0, 0, 8, 0), noise(22, 3), utf8('word/document.xml'), noise(300, 11), utf8('PK'), Uint8Array.of(5, 6), new Uint8Array(18));
const BINARY_FILES: [string, Uint8Array][] = [
  ['a PNG image', PNG],
  ['a zip archive (a .docx)', ZIP],
  ['4 KB of random bytes', noise(4096, 42)],
  ['a PDF header with binary streams', concat(utf8('%PDF-1.7\n%'), Uint8Array.of(0xe2, 0xe3, 0xcf, 0xd3), utf8('\n1 0 obj\n<< /Length 64 >>\nstream\n'), noise(64, 5), utf8('\nendstream\n'))],
];

describe('binary files are refused naming the file', () => {
  for (const importer of IMPORTERS) {
    describe(importer.label, () => {
      for (const [label, bytes] of BINARY_FILES) {
        it(label, CASE_TIME, async () => {
          const outcome = await run(importer, bytes);
          expect(outcome, JSON.stringify(outcome)).toMatchObject({ kind: 'refused', file: importer.fileName });
          if (outcome.kind !== 'refused') return;
          expect(outcome.message.length).toBeGreaterThan(10);
          if (importer.lineBased) expect(outcome.line).toBeGreaterThanOrEqual(1);
        });
      }
      it('an empty file: refused, or read as nothing', CASE_TIME, async () => {
        const outcome = await run(importer, new Uint8Array());
        if (outcome.kind === 'accepted') expect(outcome.items).toBe(0);
        else expect(outcome.file).toBe(importer.fileName);
      });
    });
  }
});

describe('the hang bound itself', () => {
  it('control: an importer stuck in an endless loop fails by name at its deadline', { timeout: 60_000 }, async () => {
    const own = new BoundedImporters();
    try {
      await own.run('page.txt', utf8('रूस ने कहा।\n'));
      await expect(own.run('endless-loop.control', new Uint8Array(), 300)).rejects.toThrow('endless-loop.control: no result within 300 ms (hang)');
      // The stuck worker was replaced: the next case runs.
      expect((await own.run('page.txt', utf8('रूस ने कहा।\n'))).kind).toBe('accepted');
    } finally {
      await own.close();
    }
  });
});
