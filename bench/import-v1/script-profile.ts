/** Letter counts of a line by script; digits, punctuation and danda are not letters. */
export interface ScriptProfile {
  devanagari: number;
  latin: number;
  otherLetters: number;
  words: number;
}

/** Counts Devanagari letters (with their marks), Latin letters, other letters and words in `text`. */
export function scriptProfile(text: string): ScriptProfile {
  let devanagari = 0;
  let latin = 0;
  let otherLetters = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x0900 && code <= 0x097f) {
      // Danda, double danda and the Devanagari digits are punctuation and numbers, not letters.
      if (code !== 0x0964 && code !== 0x0965 && !(code >= 0x0966 && code <= 0x096f)) devanagari++;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) {
      latin++;
    } else if (code > 0x24f && /\p{L}/u.test(ch)) {
      otherLetters++;
    }
  }
  const words = text.split(/\s+/).filter((word) => word.length > 0).length;
  return { devanagari, latin, otherLetters, words };
}

/** True when most letters of `text` are Latin (an English line on a Hindi page). */
export function isLatinDominant(text: string): boolean {
  const profile = scriptProfile(text);
  return profile.latin > 0 && profile.latin >= 4 * profile.devanagari;
}

/** True when `text` has Devanagari letters and they are at least a third of its letters. */
export function isDevanagariLed(text: string): boolean {
  const profile = scriptProfile(text);
  return profile.devanagari > 0 && profile.devanagari * 2 >= profile.latin;
}

/** True when `text` has no letters at all (markup residue such as `-->`, bullets, lone numbers). */
export function hasNoLetters(text: string): boolean {
  const profile = scriptProfile(text);
  return profile.devanagari + profile.latin + profile.otherLetters === 0;
}
