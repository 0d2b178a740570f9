import { trimmedNfc } from './page-memo.ts';
import { endsWithLinkVerb } from './title-choice.ts';

// A contact number: seven or more digits (or masked digits) with dashes or spaces, as classified ads print them.
const CONTACT_NUMBER = /[0-9०-९][0-9०-९X\- ]{6,}[0-9०-९X]/;

/**
 * Ad copy right under an ad label ("विज्ञापन" / "<sale starts> — <flat 40% off>, …"): one line without
 * sentence punctuation that reads like an offer — a percentage or a price, and a spaced dash joining
 * its phrases; or a classified's call ("<for cheap ads> संपर्क करें: <number>"): an imperative before a colon and a
 * contact number after it. A subheading or a paragraph under an ad label (the story resuming) has neither shape.
 */
export function isAdCopy(text: string): boolean {
  const line = trimmedNfc(text);
  if (line === '' || line.length > 200 || /[।॥?!]["'”’)]?$/.test(line)) return false;
  if (/\s[—–]\s/.test(line) && /[0-9०-९]\s?%|₹\s?[0-9०-९]|रु(?:पये|\.)\s?[0-9०-९]/.test(line)) return true;
  const colon = line.search(/[:：]/);
  return colon > 0 && endsWithLinkVerb(line.slice(0, colon)) && CONTACT_NUMBER.test(line.slice(colon + 1));
}
