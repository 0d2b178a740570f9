/**
 * Names (file names, titles) shown with their invisible characters made visible (issue 13): a bidi
 * override such as U+202E turns `समाचार\u202Etxt.exe` into what looks like "समाचारexe.txt", and a
 * zero-width space makes two names look the same. Every place that displays a name uses this one
 * function: the list, the editor title, import reports and the CLI.
 */

// Bidi embeddings/overrides/isolates and marks, and other characters that draw nothing: zero-width
// space, word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel separator, Hangul
// fillers, tag characters, line/paragraph separators, C0/C1 controls (tab included: a name has none).
const ALWAYS_SHOWN = /[\p{Cc}\u00AD\u061C\u115F\u1160\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/u;
// ZWNJ/ZWJ choose how Devanagari (and emoji) join: kept between two letters, marks or symbols.
const JOINERS = /[\u200C\u200D]/u;
const JOINABLE = /[\p{L}\p{M}\p{N}\p{So}]/u;

function codeLabel(code: number): string {
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** `text` with every invisible or bidi control character replaced by `⟨U+XXXX⟩`; ordinary text unchanged. */
export function visibleName(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (ALWAYS_SHOWN.test(char)) out += codeLabel(char.codePointAt(0) ?? 0);
    else if (JOINERS.test(char) && !(JOINABLE.test(chars[i - 1] ?? '') && JOINABLE.test(chars[i + 1] ?? ''))) out += codeLabel(char.codePointAt(0) ?? 0);
    else out += char;
  }
  return out;
}

/** True when visibleName would change `text` (a name worth pointing out). */
export function hasHiddenCharacters(text: string): boolean {
  return visibleName(text) !== text;
}
