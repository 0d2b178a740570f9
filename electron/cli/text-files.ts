/** Decoding text inputs (pairs, TMX, XLIFF) for the CLI: UTF-8 with or without BOM, UTF-16 with BOM. */
import { CliError } from './cli-error.ts';

/** Decodes `bytes` strictly; invalid UTF-8 is bad input naming the file. */
export function decodeTextFile(bytes: Uint8Array, file: string): string {
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw new CliError(`not valid ${encoding.toUpperCase()} text; save the file as UTF-8`, { file });
  }
}
