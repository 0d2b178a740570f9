/**
 * Huge inputs (issue 7): a 100 MB file is refused with a message naming the file and the limit, at
 * every importer, at the CLI's file readers (before the file is read) and at the `article.import`
 * handler; lines of 1 MB are accepted by every importer and come back whole.
 * Limits: page 16 MiB (MAX_PAGE_BYTES), glossary 32 MiB (MAX_GLOSSARY_BYTES), memory/pairs 64 MiB
 * (MAX_TEXT_FILE_BYTES), any CLI input 64 MiB (MAX_INPUT_BYTES).
 */
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES } from '../../articles/index.ts';
import { AlignInputError, alignDocument, emptyLexicon, MAX_ALIGN_SENTENCES } from '../../articles/align/index.ts';
import { toApiError } from '../../services/api-failure.ts';
import { writeTmx } from '../../articles/exchange/tmx.ts';
import { writePairsXliff12 } from '../../articles/exchange/xliff.ts';
import { exportGlossary, MAX_GLOSSARY_BYTES, MAX_XLSX_UNPACKED_BYTES, parseGlossary } from '../../glossary/formats/index.ts';
import { GLOSSARY_SCHEMA_VERSION, type GlossaryEntry } from '../../glossary/model.ts';
import { main } from '../../transports/cli/index.ts';
import { createContext, MAX_INPUT_BYTES } from '../../transports/cli/context.ts';
import { readGlossaryFile } from '../../transports/cli/glossary-files.ts';
import { MAX_TEXT_FILE_BYTES } from '../../services/text-files.ts';
import { createHandlers } from '../../services/handlers.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import { BoundedImporters } from './bounded-importers.ts';
import { IMPORTERS, unzipArchive, utf8, zipArchive } from './importers.ts';

// Importer cases run in a worker with a deadline: a quadratic scan of a megabyte line fails by name.
const bounded = new BoundedImporters();
afterAll(() => bounded.close());

const HUNDRED_MB = 100 * 1024 * 1024;
const SLOW = { timeout: 30_000 };

describe('a 100 MB file is refused by every importer with the file and the limit', () => {
  let huge: Uint8Array;
  beforeAll(() => {
    // Valid UTF-8 Hindi text with line breaks, so only the size is wrong with it.
    huge = new Uint8Array(Buffer.alloc(HUNDRED_MB, 'रूस ने कहा।\n'));
  });
  afterAll(() => {
    huge = new Uint8Array();
  });

  for (const importer of IMPORTERS) {
    it(importer.label, SLOW, async () => {
      const outcome = await bounded.run(importer.fileName, huge);
      expect(outcome).toMatchObject({ kind: 'refused', file: importer.fileName });
      if (outcome.kind === 'refused') expect(outcome.message).toMatch(new RegExp(`${HUNDRED_MB} bytes, larger than the \\d+-byte limit`));
    });
  }

  it('the limits are the documented ones', () => {
    expect([MAX_PAGE_BYTES, MAX_GLOSSARY_BYTES, MAX_TEXT_FILE_BYTES, MAX_INPUT_BYTES]).toEqual([16 * 2 ** 20, 32 * 2 ** 20, 64 * 2 ** 20, 64 * 2 ** 20]);
  });
});

describe('the CLI refuses a 100 MB input before reading it', () => {
  let work: string;
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, cwd: work, env: { ANUVAD_HOME: join(work, 'home') } } };
  };
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'anuvad-size-'));
    // Sparse files: 100 MB long, no disk or memory used until someone reads them.
    for (const name of ['huge.tbx', 'huge.csv', 'huge.tmx', 'huge.txt']) {
      writeFileSync(join(work, name), '');
      truncateSync(join(work, name), HUNDRED_MB);
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('readBytes names the file and the limit (and reads nothing when the file is too large)', SLOW, async () => {
    const { io: cliIo } = io();
    const context = createContext(cliIo, 'test');
    await expect(context.readBytes('huge.tmx')).rejects.toMatchObject({ file: 'huge.tmx', message: `file is ${HUNDRED_MB} bytes, larger than the ${MAX_INPUT_BYTES}-byte limit for this input` });
    await expect(readGlossaryFile(context, 'huge.tbx')).rejects.toMatchObject({ file: 'huge.tbx', message: expect.stringContaining(`${MAX_GLOSSARY_BYTES}-byte limit`) });
  });

  it.skipIf(!existsSync('/dev/zero'))('a device that never ends (/dev/zero reports size 0) is refused once it passes the limit', SLOW, async () => {
    const { io: cliIo } = io();
    const context = createContext(cliIo, 'test');
    await expect(context.readBytes('/dev/zero', 4096)).rejects.toMatchObject({ file: '/dev/zero', message: 'more than 4096 bytes, larger than the limit for this input' });
    await expect(context.readBytes('/dev/zero')).rejects.toMatchObject({ file: '/dev/zero', message: `more than ${MAX_INPUT_BYTES} bytes, larger than the limit for this input` });
    // A regular file under the limit still reads whole, and a folder is named as one.
    writeFileSync(join(work, 'small.txt'), 'रूस ने कहा।\n');
    expect(new TextDecoder().decode(await context.readBytes('small.txt'))).toBe('रूस ने कहा।\n');
    await expect(context.readBytes('.')).rejects.toMatchObject({ message: 'is a folder, expected a file' });
  });

  for (const argv of [['glossary', 'convert', 'huge.csv', 'out.json'], ['qa', 'huge.tmx'], ['tm', 'convert', 'huge.tmx', 'out.tsv'], ['import', 'huge.txt', '--project', 'p']]) {
    it(`anuvad ${argv.join(' ')} exits 2 naming the file`, SLOW, async () => {
      const { out, io: cliIo } = io();
      const code = await main(argv, cliIo);
      expect(code, out.stderr).toBe(2);
      expect(out.stderr).toMatch(new RegExp(`${argv.find((a) => a.startsWith('huge'))}: .*${HUNDRED_MB} bytes, larger than the \\d+-byte limit`));
    });
  }
});

describe('the article.import handler refuses oversized pages naming the file', () => {
  const handlers = createHandlers(createMemoryProject(), { now: () => '2026-11-22T12:00:00.000Z' });

  it('a 20 MB page (over the page limit, under the transport limit)', SLOW, async () => {
    const base64 = Buffer.alloc(20 * 1024 * 1024, 'रूस ने कहा।\n').toString('base64');
    await expect(handlers['article.import']({ pages: [{ name: 'big page.txt', base64 }] })).rejects.toMatchObject({ error: {
      code: 'bad-input', file: 'big page.txt', message: expect.stringMatching(/^big page\.txt: .*larger than the 16777216-byte limit for one page/),
    } });
  });

  it('a 100 MB page', SLOW, async () => {
    const base64 = Buffer.alloc(HUNDRED_MB, 'रूस ने कहा।\n').toString('base64');
    await expect(handlers['article.import']({ pages: [{ name: 'huge page.txt', base64 }] })).rejects.toMatchObject({ error: {
      code: 'bad-input', message: expect.stringMatching(/huge page\.txt: about 104857\d+ bytes, larger than the 30000000-byte upload limit/),
    } });
  });
});

describe('lines of 1 MB are accepted whole', () => {
  const words = ['रूस', 'ने', 'उत्तर', 'कोरिया', 'के', 'साथ', 'समझौता', 'किया'];
  const megabyteHindi = Array.from({ length: 80_000 }, (_, i) => words[i % words.length]).join(' ');
  const megabyteEnglish = 'Russia and North Korea signed a pact '.repeat(28_000).trim();
  // 1 MB of UTF-8: Devanagari letters take three bytes each.
  const noSpaces = 'क'.repeat(350_000);

  it('the test lines are at least 1 MB of UTF-8', () => {
    for (const line of [megabyteHindi, megabyteEnglish, noSpaces]) expect(utf8(line).length).toBeGreaterThanOrEqual(1_000_000);
  });

  const page = (line: string) => `रूस और उत्तर कोरिया के बीच समझौता\n\n${line}।\n`;
  for (const [label, line] of [['words', megabyteHindi], ['one word', noSpaces]] as const) {
    it(`article page, a 1 MB line of ${label}`, SLOW, async () => {
      const outcome = await bounded.run('page.txt', utf8(page(line)));
      expect(outcome.kind).toBe('accepted');
      if (outcome.kind === 'accepted') expect(outcome.texts.join('').replace(/\s/g, '')).toContain(line.replace(/\s/g, ''));
    });
  }

  const entry = (note: string): GlossaryEntry => ({
    id: 't-1', source: 'रूस', sourceVariants: [], target: 'Russia', targetAlternates: [], forbidden: [], type: 'place', caseSensitive: false,
    matchMode: 'exact', note, status: 'approved', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: 'test',
  });
  for (const importer of IMPORTERS.filter((each) => each.fileName.startsWith('glossary.'))) {
    it(`${importer.label}, a 1 MB note`, SLOW, async () => {
      const format = ({ csv: 'csv', txt: 'omegat', tbx: 'tbx', tbx3: 'tbx3', json: 'json', xlsx: 'xlsx' } as const)[importer.fileName.split('.')[1] as 'csv'];
      const bytes = await exportGlossary({ schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [entry(megabyteHindi)] }, format);
      const outcome = await bounded.run(importer.fileName, bytes);
      expect(outcome.kind).toBe('accepted');
      if (outcome.kind === 'accepted') expect(outcome.texts).toContain(megabyteHindi);
    });
  }

  const pairs = [{ source: megabyteHindi, target: megabyteEnglish }];
  const memories: [string, string][] = [
    ['memory.tmx', writeTmx(pairs, { creationTool: 'test', srcLang: 'hi', tgtLang: 'en' })],
    ['memory.xlf', writePairsXliff12('memory', pairs)],
    ['memory.tsv', `${megabyteHindi}\t${megabyteEnglish}\n`],
  ];
  for (const [fileName, text] of memories) {
    it(`${fileName}, a 1 MB segment on each side`, SLOW, async () => {
      const outcome = await bounded.run(fileName, utf8(text));
      expect(outcome).toMatchObject({ kind: 'accepted', items: 1 });
      if (outcome.kind === 'accepted') expect(outcome.texts.slice(0, 2)).toEqual([megabyteHindi, megabyteEnglish]);
    });
  }

  it('aligner, a 1 MB Hindi sentence against a 1 MB English one', SLOW, () => {
    const alignment = alignDocument([megabyteHindi, 'किम ने कहा।'], `${megabyteEnglish}. Kim said.`, { lexicon: emptyLexicon() });
    expect(alignment.hi).toEqual([megabyteHindi, 'किम ने कहा।']);
    // Every sentence on both sides is in exactly one link.
    expect(alignment.links.flatMap((link) => link.hi).sort()).toEqual([0, 1]);
    expect(alignment.links.flatMap((link) => link.en).sort()).toEqual(alignment.en.map((_, j) => j));
  });
});

describe('an XLSX that unpacks to more than the limit (zip bomb) is refused before exceljs inflates it', () => {
  const entry: GlossaryEntry = {
    id: 't-1', source: 'रूस', sourceVariants: [], target: 'Russia', targetAlternates: [], forbidden: [], type: 'place', caseSensitive: false,
    matchMode: 'exact', note: '', status: 'approved', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: 'test',
  };

  it('control: the workbook re-zipped by the test is read', SLOW, async () => {
    const parts = unzipArchive(await exportGlossary({ schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [entry] }, 'xlsx'));
    const parsed = await parseGlossary(zipArchive(parts), 'g.xlsx', { now: 'now' });
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((each) => each.target)).toEqual(['Russia']);
  });

  it('80 MB of sheet in a file of a few hundred kB', SLOW, async () => {
    const parts = unzipArchive(await exportGlossary({ schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [entry] }, 'xlsx'));
    const bombed = parts.map(([name, content]): [string, Uint8Array] => {
      if (!/worksheets\/sheet\d+\.xml$/.test(name)) return [name, content];
      const xml = new TextDecoder().decode(content);
      return [name, utf8(xml.replace('</sheetData>', `${' '.repeat(80 * 1024 * 1024)}</sheetData>`))];
    });
    const bytes = zipArchive(bombed);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const parsed = await parseGlossary(bytes, 'bomb.xlsx', { now: 'now' });
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems).toEqual([{ file: 'bomb.xlsx', line: 0, severity: 'error', message: expect.stringMatching(new RegExp(`unpacks to \\d+ bytes, larger than the ${MAX_XLSX_UNPACKED_BYTES}-byte limit`)) }]);
  });
});

describe('the aligner refuses documents with more sentences than it can align in bounded time', () => {
  const hindi = (count: number) => Array.from({ length: count }, (_, i) => `रूस ने ${i} बार कहा।`);

  it(`${MAX_ALIGN_SENTENCES + 1} Hindi sentences against a short translation: refused at once, as bad input`, () => {
    let thrown: unknown;
    try {
      alignDocument(hindi(MAX_ALIGN_SENTENCES + 1), 'Russia said so. Kim agreed.', { lexicon: emptyLexicon() });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AlignInputError);
    expect((thrown as Error).message).toBe(`too many sentences to align (${MAX_ALIGN_SENTENCES + 1} Hindi, 2 English; at most ${MAX_ALIGN_SENTENCES} on each side): split the document`);
    expect(toApiError(thrown)).toMatchObject({ code: 'bad-input' });
  });

  it('anuvad align on such a pair exits 2 with the message (bad input, not an internal error)', SLOW, async () => {
    const work = mkdtempSync(join(tmpdir(), 'anuvad-align-'));
    try {
      writeFileSync(join(work, 'hi.txt'), `रूस और उत्तर कोरिया के बीच समझौता\n\n${hindi(MAX_ALIGN_SENTENCES + 10).join(' ')}\n`);
      writeFileSync(join(work, 'en.txt'), 'Russia said so. Kim agreed.\n');
      let stderr = '';
      const code = await main(['align', '--hi', 'hi.txt', '--en', 'en.txt'], { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, cwd: work, env: { ANUVAD_HOME: join(work, 'home') } });
      expect(stderr).toMatch(/too many sentences to align \(\d+ Hindi, 2 English; at most 5000 on each side\)/);
      expect(stderr).not.toMatch(/internal error/);
      expect(code).toBe(2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('the same on the English side', () => {
    const english = Array.from({ length: MAX_ALIGN_SENTENCES + 1 }, (_, i) => `Russia said it ${i} times.`).join(' ');
    expect(() => alignDocument(hindi(2), english, { lexicon: emptyLexicon() })).toThrow(AlignInputError);
  });
});
