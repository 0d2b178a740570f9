/**
 * Every place a file's bytes enter the product, as one table: the article importer, glossary
 * import in each format, TMX/XLIFF/TSV memory import (through the CLI's text decoder, the way the
 * files arrive) and the aligner. Each run ends in an Outcome, so the bad-input tests can hold all
 * of them to the same rule: accepted, or refused with an error that names the file (and the line
 * when one line is to blame). Anything else (a TypeError, a RangeError, a hang) fails the tests.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { decodePage, ImportError, importPage, splitHindiSentences } from '../../articles/index.ts';
import { alignDocument, emptyLexicon } from '../../articles/align/index.ts';
import { ExchangeError } from '../../articles/exchange/xml.ts';
import { readTmPairs } from '../../articles/exchange/tm-convert.ts';
import { parseGlossary } from '../../glossary/formats/index.ts';
import { CliError } from '../../transports/cli/cli-error.ts';
import { decodeTextFile, TextFileError } from '../../services/text-files.ts';

/** What one importer made of one input. */
export type Outcome =
  | { kind: 'accepted'; items: number; texts: string[] }
  | { kind: 'refused'; file: string; line: number | undefined; message: string };

/** One way into the product: a file name (its extension picks the format) and a run over bytes. */
export interface Importer {
  label: string;
  fileName: string;
  /** True for importers whose input is text with lines (so a bad byte has a line to name). */
  lineBased: boolean;
  run(bytes: Uint8Array): Promise<Outcome>;
}

const NOW = '2026-11-22T12:00:00.000Z';

// Errors the product throws on purpose for bad input; each carries the file (and maybe the line).
function refusalOf(error: unknown): Outcome {
  if (error instanceof ImportError || error instanceof ExchangeError || error instanceof CliError || error instanceof TextFileError) {
    const file = error.file ?? '';
    return { kind: 'refused', file, line: error.line, message: error.message };
  }
  throw error;
}

async function glossaryOutcome(bytes: Uint8Array, fileName: string): Promise<Outcome> {
  const parsed = await parseGlossary(bytes, fileName, { now: NOW });
  const error = parsed.problems.find((problem) => problem.severity === 'error');
  if (error) return { kind: 'refused', file: error.file, line: error.line, message: error.message };
  const texts = parsed.entries.flatMap((entry) => [entry.source, entry.target, entry.note, ...entry.sourceVariants, ...entry.targetAlternates, ...entry.forbidden]);
  return { kind: 'accepted', items: parsed.entries.length, texts };
}

function memoryOutcome(bytes: Uint8Array, fileName: string): Outcome {
  try {
    const { pairs, problems } = readTmPairs(decodeTextFile(bytes, fileName), fileName);
    // Row-level problems are warnings with a line; the readable pairs are still imported.
    for (const problem of problems) {
      if (!(problem.line >= 1) || typeof problem.message !== 'string') throw new Error(`problem without a line: ${JSON.stringify(problem)}`);
    }
    return { kind: 'accepted', items: pairs.length, texts: pairs.flatMap((pair) => [pair.source, pair.target, pair.note ?? '']) };
  } catch (error) {
    return refusalOf(error);
  }
}

const ENGLISH = 'Russia’s defence minister met Kim Jong Un in Pyongyang. He promised help in the war.';

/** The importers under test, in the order the README table lists them. */
export const IMPORTERS: Importer[] = [
  {
    label: 'article page (decodePage + importPage)',
    fileName: 'page.txt',
    lineBased: true,
    async run(bytes) {
      try {
        const text = decodePage(bytes, this.fileName);
        const article = importPage({ fileName: this.fileName, text }, { now: () => NOW });
        const texts = [article.title, ...article.segments.map((segment) => segment.source), ...article.removed.map((line) => line.text), ...article.metadata.map((line) => line.text)];
        return { kind: 'accepted', items: article.segments.length, texts };
      } catch (error) {
        return refusalOf(error);
      }
    },
  },
  ...(['glossary.csv', 'glossary.txt', 'glossary.tbx', 'glossary.tbx3', 'glossary.json'] as const).map((fileName): Importer => ({
    label: `glossary ${fileName.slice(fileName.indexOf('.') + 1)}`,
    fileName,
    lineBased: true,
    run: (bytes) => glossaryOutcome(bytes, fileName),
  })),
  { label: 'glossary xlsx', fileName: 'glossary.xlsx', lineBased: false, run: (bytes) => glossaryOutcome(bytes, 'glossary.xlsx') },
  ...(['memory.tmx', 'memory.xlf', 'memory.tsv'] as const).map((fileName): Importer => ({
    label: `memory ${fileName.slice(fileName.indexOf('.') + 1)}`,
    fileName,
    lineBased: true,
    run: async (bytes) => memoryOutcome(bytes, fileName),
  })),
  {
    label: 'aligner (page as the Hindi side, fixed English)',
    fileName: 'hindi.txt',
    lineBased: true,
    async run(bytes) {
      try {
        const text = decodePage(bytes, this.fileName);
        const hindi = splitHindiSentences(text);
        const alignment = alignDocument(hindi, ENGLISH, { lexicon: emptyLexicon() });
        return { kind: 'accepted', items: alignment.hi.length, texts: alignment.hi };
      } catch (error) {
        return refusalOf(error);
      }
    },
  },
];

/** The importer for a file name. */
export function importerFor(fileName: string): Importer {
  const found = IMPORTERS.find((importer) => importer.fileName === fileName);
  if (!found) throw new Error(`no importer for ${fileName}`);
  return found;
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-16 code units of a string as bytes, without a byte-order mark. */
export function utf16WithoutBom(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[2 * i + (endian === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

/** Windows-1252 bytes of a Latin-1 string (every char below U+0100), as old Windows tools save it. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Latin-1: ${char}`);
    return code;
  });
}

/** A zip archive (deflate) of the given parts, in order; enough to build hostile XLSX files. */
export function zipArchive(parts: [name: string, content: Uint8Array][]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const fileName = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(content);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    writeZipFileFields(header, 4, content, packed, fileName);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    writeZipFileFields(entry, 6, content, packed, fileName);
    entry.writeUInt32LE(offset, 42);
    chunks.push(header, fileName, packed);
    central.push(entry, fileName);
    offset += header.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

// The local file header and its central-directory record carry the same fields from "version
// needed" to the name length; the record has them 2 bytes later, after "version made by".
function writeZipFileFields(record: Buffer, at: number, content: Uint8Array, packed: Uint8Array, fileName: Buffer): void {
  record.writeUInt16LE(20, at);
  record.writeUInt16LE(0x0800, at + 2);
  record.writeUInt16LE(8, at + 4);
  record.writeUInt32LE(crc32(content), at + 10);
  record.writeUInt32LE(packed.length, at + 14);
  record.writeUInt32LE(content.length, at + 18);
  record.writeUInt16LE(fileName.length, at + 22);
}

/** The parts of a zip archive (stored or deflated), read through its central directory. */
export function unzipArchive(bytes: Uint8Array): [name: string, content: Uint8Array][] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const parts: [string, Uint8Array][] = [];
  let at = data.readUInt32LE(end + 16);
  for (let i = 0; i < data.readUInt16LE(end + 10); i++) {
    const method = data.readUInt16LE(at + 10);
    const packedSize = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const local = data.readUInt32LE(at + 42);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const packed = data.subarray(start, start + packedSize);
    parts.push([name, new Uint8Array(method === 8 ? inflateRawSync(packed) : packed)]);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return parts;
}
