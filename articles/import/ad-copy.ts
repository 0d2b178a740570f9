import { trimmedNfc } from './page-memo.ts';

/**
 * Ad copy right under an ad label ("विज्ञापन" / "<sale starts> — <flat 40% off>, …"): one line without
 * sentence punctuation that reads like an offer — a percentage or a price, and a spaced dash joining
 * its phrases. A subheading or a paragraph under an ad label (the story resuming) has neither shape.
 */
export function isAdCopy(text: string): boolean {
  const line = trimmedNfc(text);
  if (line === '' || line.length > 200 || /[।॥?!]["'”’)]?$/.test(line)) return false;
  return /\s[—–]\s/.test(line) && /[0-9०-९]\s?%|₹\s?[0-9०-९]|रु(?:पये|\.)\s?[0-9०-९]/.test(line);
}
