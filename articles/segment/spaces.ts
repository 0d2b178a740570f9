/** True for the characters JavaScript's `\s` matches (WhiteSpace and LineTerminator), by code unit. */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `text.replace(/\s+/g, ' ').trim()`, without the two passes for the usual text that already has
 * single spaces between words and none at its ends (then the text itself comes back).
 */
export function collapseSpaces(text: string): string {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 0x20 || i === 0 || i === last || text.charCodeAt(i + 1) === 0x20 || isSpaceCode(text.charCodeAt(i + 1)))) {
      return text.replace(/\s+/g, ' ').trim();
    }
  }
  return text;
}
