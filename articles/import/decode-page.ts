import { ImportError } from './import-error.ts';

/** Largest page we accept; a scraped news page is a few hundred kB, anything this big is not one. */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

// The domain tsconfig has no DOM lib, so TextDecoder is reached through a minimal local type
// instead of an ambient declaration that would clash with lib.dom in the main tsconfig.
interface FatalDecoder { decode(input: Uint8Array): string }
type DecoderConstructor = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => FatalDecoder;
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decodes a raw page to text: UTF-8 (with or without BOM) or UTF-16 LE/BE (BOM or NUL pattern); throws ImportError otherwise. */
export function decodePage(bytes: Uint8Array, fileName: string): string {
  if (bytes.length > MAX_PAGE_BYTES) {
    throw new ImportError(fileName, `file is ${bytes.length} bytes, larger than the ${MAX_PAGE_BYTES}-byte limit for one page`);
  }
  const { encoding, bomLength } = detectEncoding(bytes, fileName);
  const body = bytes.subarray(bomLength);
  let text: string | undefined;
  if (encoding === 'utf-8') {
    // The fatal decoder rejects exactly the bytes firstInvalidUtf8Offset finds (the WHATWG decoder follows
    // Unicode Table 3-7): a page it decodes is valid, and only a page it rejects is scanned for the offset to report.
    try {
      text = new TextDecoderClass(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch (error) {
      const bad = firstInvalidUtf8Offset(body);
      if (bad >= 0) {
        throw new ImportError(fileName, `not valid UTF-8 (byte 0x${body[bad].toString(16).padStart(2, '0')} at offset ${bad + bomLength}); save the page as UTF-8`, lineAtByte(body, bad));
      }
      throw error;
    }
  } else {
    if (body.length % 2 !== 0) throw new ImportError(fileName, `odd number of bytes for ${encoding.toUpperCase()}`, lineAtUtf16(body, body.length - 1, encoding));
    const bad = firstInvalidUtf16Offset(body, encoding);
    if (bad >= 0) throw new ImportError(fileName, `unpaired surrogate in ${encoding.toUpperCase()} at offset ${bad + bomLength}`, lineAtUtf16(body, bad, encoding));
  }
  text ??= new TextDecoderClass(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  const control = firstControlCharacter(text);
  if (control >= 0) {
    throw new ImportError(fileName, `binary data: control character U+${text.charCodeAt(control).toString(16).padStart(4, '0').toUpperCase()} is not text`, lineAtChar(text, control));
  }
  return text;
}

function detectEncoding(bytes: Uint8Array, fileName: string): { encoding: Encoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without BOM: one byte of every pair is a high byte, 0x00 for ASCII (spaces, newlines,
  // digits) and 0x09 for Devanagari, always on the same side. UTF-8 text never contains NUL and has
  // tabs (0x09) nowhere near every other byte, so this cannot misfire on real UTF-8 pages.
  let evenMarks = 0;
  let oddMarks = 0;
  let firstZero = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0 && b !== 0x09) continue;
    if (b === 0 && firstZero < 0) firstZero = i;
    if (i % 2 === 0) evenMarks++;
    else oddMarks++;
  }
  const pairs = Math.floor(bytes.length / 2);
  // Without any NUL only a long, overwhelming 0x09 pattern counts (a short UTF-8 line may hold a tab).
  const minShare = firstZero < 0 ? 0.5 : 0.3;
  if (bytes.length % 2 === 0 && (firstZero >= 0 || pairs >= 8)) {
    if (oddMarks >= pairs * minShare && evenMarks <= oddMarks * 0.2) return { encoding: 'utf-16le', bomLength: 0 };
    if (evenMarks >= pairs * minShare && oddMarks <= evenMarks * 0.2) return { encoding: 'utf-16be', bomLength: 0 };
  }
  if (firstZero < 0) return { encoding: 'utf-8', bomLength: 0 };
  throw new ImportError(fileName, `binary data: NUL byte at offset ${firstZero} and no UTF-16 pattern`, lineAtByte(bytes, firstZero));
}

/** Offset of the first byte that breaks UTF-8 (Unicode Table 3-7: no overlongs, no surrogates), or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = i + k < n ? bytes[i + k] : -1;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

function firstInvalidUtf16Offset(bytes: Uint8Array, encoding: Encoding): number {
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const unit = codeUnitAt(bytes, i, encoding);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 3 < bytes.length ? codeUnitAt(bytes, i + 2, encoding) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return i;
    }
  }
  return -1;
}

function codeUnitAt(bytes: Uint8Array, i: number, encoding: Encoding): number {
  return encoding === 'utf-16le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
}

// Tab, LF, VT, FF and CR are text; every other C0 control (and DEL) in a page means binary data.
function firstControlCharacter(text: string): number {
  const match = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(text);
  return match ? match.index : -1;
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line breaks like importPage does. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

function lineAtUtf16(bytes: Uint8Array, offset: number, encoding: Encoding): number {
  let line = 1;
  for (let i = 0; i + 1 < bytes.length && i < offset; i += 2) {
    const unit = codeUnitAt(bytes, i, encoding);
    if (unit === 0x0a) line++;
    else if (unit === 0x0d && (i + 3 >= bytes.length || codeUnitAt(bytes, i + 2, encoding) !== 0x0a)) line++;
  }
  return line;
}

function lineAtChar(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) line++;
  }
  return line;
}
