import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePage, ImportError, MAX_PAGE_BYTES } from '../../articles/index.ts';
import { firstInvalidUtf8Offset } from '../../articles/import/decode-page.ts';
import { readPages, SAMPLES_DIR, seed } from './seed-pages.ts';

const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const bytes = utf16le(text);
  for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
  return bytes;
};
const concat = (...parts: ArrayLike<number>[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

function importErrorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('decodePage', () => {
  it('decodes every seed page as plain UTF-8, unchanged', () => {
    const pages = readPages(SAMPLES_DIR);
    expect(pages).toHaveLength(5);
    for (const page of pages) expect(decodePage(page.bytes, page.fileName)).toBe(page.text);
  });

  it('strips a UTF-8 byte order mark', () => {
    const page = seed('001');
    const decoded = decodePage(concat([0xef, 0xbb, 0xbf], page.bytes), page.fileName);
    expect(decoded).toBe(page.text);
    expect(decoded.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('decodes UTF-16 LE and BE with a byte order mark', () => {
    const page = seed('002');
    expect(decodePage(concat([0xff, 0xfe], utf16le(page.text)), 'p.txt')).toBe(page.text);
    expect(decodePage(concat([0xfe, 0xff], utf16be(page.text)), 'p.txt')).toBe(page.text);
  });

  it('recognises UTF-16 LE and BE without a byte order mark from the NUL pattern', () => {
    const page = seed('004');
    expect(decodePage(utf16le(page.text), 'p.txt')).toBe(page.text);
    expect(decodePage(utf16be(page.text), 'p.txt')).toBe(page.text);
  });

  it('recognises UTF-16 without BOM even for Devanagari with no ASCII at all (high byte 0x09)', () => {
    const text = 'नमस्तेदुनियाउत्तरकोरिया';
    expect(decodePage(utf16le(text), 'p.txt')).toBe(text);
    expect(decodePage(utf16be(text), 'p.txt')).toBe(text);
    // A short UTF-8 line with a tab stays UTF-8.
    expect(decodePage(Uint8Array.from(Buffer.from('a\tb\tc')), 'tab.txt')).toBe('a\tb\tc');
  });

  it('refuses Windows-1252 bytes and names the file and the line of the first bad byte', () => {
    // "café" in Windows-1252 on line 3: 0xE9 is not UTF-8.
    const bytes = concat(Buffer.from('पहली पंक्ति\nदूसरी\nca'), [0x66, 0xe9], Buffer.from('\nआगे'));
    const error = importErrorOf(() => decodePage(bytes, 'cp1252.txt'));
    expect(error.file).toBe('cp1252.txt');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^cp1252\.txt:3: .*UTF-8/);
  });

  it('counts CRLF and lone CR line breaks when locating a bad byte', () => {
    const bytes = concat(Buffer.from('a\r\nb\rc\n'), [0xc3, 0x28]);
    expect(importErrorOf(() => decodePage(bytes, 'x.txt')).line).toBe(4);
  });

  it('refuses truncated, overlong and surrogate UTF-8 sequences instead of producing U+FFFD', () => {
    for (const bad of [[0xe0, 0xa4], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0x80]]) {
      const error = importErrorOf(() => decodePage(concat(Buffer.from('ठीक\n'), bad), 'bad.txt'));
      expect(error.line).toBe(2);
    }
  });

  it('refuses binary data (PNG header, NUL bytes without a UTF-16 pattern, control characters)', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
    expect(importErrorOf(() => decodePage(Uint8Array.from(png), 'image.txt')).file).toBe('image.txt');
    const nul = concat(Buffer.from('line one\nline two\n'), [0x00, 0x41, 0x42, 0x43, 0x44, 0x45]);
    expect(importErrorOf(() => decodePage(nul, 'nul.txt')).line).toBe(3);
    const control = concat(Buffer.from('अ\nब\nक'), [0x1b], Buffer.from('x'));
    const error = importErrorOf(() => decodePage(control, 'ctl.txt'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/binary/);
  });

  it('refuses an unpaired surrogate in UTF-16 with its line', () => {
    const bytes = concat([0xff, 0xfe], utf16le('एक\nदो\n'), [0x00, 0xd8, 0x41, 0x00]);
    expect(importErrorOf(() => decodePage(bytes, 'u16.txt')).line).toBe(3);
  });

  it('is lossless or refuses: any decoded byte string re-encodes to exactly the input (fast-check)', () => {
    const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);
    const bytesArbitrary = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }).map((text) => new Uint8Array(Buffer.from(text, 'utf8'))),
      fc.string({ unit: 'grapheme', maxLength: 80 }).map((text) => concat([0xff, 0xfe], utf16le(text))),
      fc.string({ unit: 'grapheme', maxLength: 80 }).map((text) => utf16be(`किम ${text} रूस`)),
    );
    fc.assert(fc.property(bytesArbitrary, (bytes) => {
      let text: string;
      try {
        text = decodePage(bytes, 'fuzz.txt');
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).file).toBe('fuzz.txt');
        return;
      }
      const encodings = [
        new Uint8Array(Buffer.from(text, 'utf8')), concat([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8')),
        utf16le(text), concat([0xff, 0xfe], utf16le(text)), utf16be(text), concat([0xfe, 0xff], utf16be(text)),
      ];
      expect(encodings.some((encoded) => sameBytes(encoded, bytes))).toBe(true);
    }), { numRuns: 400 });
  });

  it('refuses a page larger than the limit before decoding it', () => {
    const error = importErrorOf(() => decodePage(new Uint8Array(MAX_PAGE_BYTES + 1), 'huge.txt'));
    expect(error.message).toMatch(/larger than/);
  });

  it('the fatal decoder accepts exactly the bytes the UTF-8 scan finds valid (decodePage scans only what it rejects)', () => {
    // Valid sequences of every length, their overlong, surrogate and out-of-range neighbours, cut sequences and stray bytes.
    const piece = fc.oneof(
      fc.constantFrom([0x41], [0xc2, 0xa9], [0xe0, 0xa4, 0x95], [0xed, 0x9f, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x8f, 0xbf, 0xbf],
        [0xc0, 0xaf], [0xc1, 0xbf], [0xe0, 0x80, 0xaf], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xf0, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80],
        [0xe0, 0xa4], [0xf0, 0x9f], [0x80], [0xbf], [0xfe], [0xff]),
      fc.array(fc.integer({ min: 0x01, max: 0xff }), { maxLength: 4 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const bytes = Uint8Array.from(pieces.flat());
      let accepted = true;
      try { new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { accepted = false; }
      expect(firstInvalidUtf8Offset(bytes) < 0).toBe(accepted);
    }), { numRuns: 5000 });
  });
});
