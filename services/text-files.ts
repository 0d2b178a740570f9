/** Decoding text inputs (pairs, TMX, XLIFF) for every transport: UTF-8 with or without BOM, UTF-16 with BOM. */
import { explainNulBytes } from '../glossary/formats/nul-bytes.ts';

/** A text file that cannot be read as text: names the file and, where known, the line. */
export class TextFileError extends Error {
  readonly code = 'bad-input';
  readonly file: string;
  readonly line?: number;

  constructor(message: string, where: { file: string; line?: number }) {
    super(message);
    this.name = 'TextFileError';
    this.file = where.file;
    this.line = where.line;
  }
}

/** Largest memory or pairs file (TMX, XLIFF, TSV) read: 64 MiB; the XML readers hold the whole tree in memory. */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

/** Decodes `bytes` strictly; invalid UTF-8, NUL bytes and oversized files are bad input naming the file and line. */
export function decodeTextFile(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_TEXT_FILE_BYTES) {
    throw new TextFileError(`file is ${bytes.length} bytes, larger than the ${MAX_TEXT_FILE_BYTES}-byte limit for a memory or pairs file`, { file });
  }
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  // NUL is valid UTF-8 but never text: UTF-16 without a BOM, or a binary file.
  if (encoding === 'utf-8') refuseNulBytes(bytes, file);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw new TextFileError(`not valid ${encoding.toUpperCase()} text; save the file as UTF-8`, { file, line: encoding === 'utf-8' ? firstBadUtf8Line(bytes) : undefined });
  }
}

function refuseNulBytes(bytes: Uint8Array, file: string): void {
  const nul = explainNulBytes(bytes);
  if (!nul) return;
  if (nul.kind === 'utf16') throw new TextFileError(`looks like UTF-16 ${nul.byteOrder} without a byte-order mark; save the file as UTF-8`, { file, line: 1 });
  throw new TextFileError(`binary data: NUL byte at offset ${nul.offset}; save the file as UTF-8 text`, { file, line: nul.line });
}

// Decoding line by line finds the line exactly, even when the text already holds U+FFFD characters.
function firstBadUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(lineStart, i));
    } catch {
      return line;
    }
    line++;
    lineStart = i + 1;
  }
  return undefined;
}
