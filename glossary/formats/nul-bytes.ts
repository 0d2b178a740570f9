/**
 * What NUL bytes in a would-be text file mean. NUL is valid UTF-8 yet never text: it is UTF-16
 * without a byte-order mark or binary data. Shared by the glossary importer and the CLI's text inputs.
 */

/** UTF-16 without a BOM (with its byte order), or binary data with the first NUL's offset and line. */
export type NulBytes = { kind: 'utf16'; byteOrder: 'LE' | 'BE' } | { kind: 'binary'; offset: number; line: number };

/** Explains the NUL bytes in `bytes`; undefined when there are none. */
export function explainNulBytes(bytes: Uint8Array): NulBytes | undefined {
  const first = bytes.indexOf(0);
  if (first < 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = first; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  // UTF-16 without a BOM shows NUL as the high byte of every ASCII character, always on one side of each pair.
  const pairs = Math.floor(bytes.length / 2);
  if (bytes.length % 2 === 0 && oddZeros >= pairs * 0.1 && evenZeros <= oddZeros * 0.05) return { kind: 'utf16', byteOrder: 'LE' };
  if (bytes.length % 2 === 0 && evenZeros >= pairs * 0.1 && oddZeros <= evenZeros * 0.05) return { kind: 'utf16', byteOrder: 'BE' };
  let line = 1;
  for (let i = 0; i < first; i++) if (bytes[i] === 0x0a) line++;
  return { kind: 'binary', offset: first, line };
}
