import sectionLabelsFile from './lexicon/section-labels.json' with { type: 'json' };
import { phrases } from './phrase-lexicon.ts';
import { trimmedNfc } from './page-memo.ts';

/** One kind of page furniture that import moves to `removed`, recognised from a single line. */
export interface BoilerplateRule {
  /** Machine-readable reason stored on the removed line. */
  reason: string;
  /** Tested on the trimmed NFC line. */
  pattern: RegExp;
  /** Only lines up to this many characters match (long lines are prose that merely mentions the phrase). */
  maxLength?: number;
  example: string;
  /**
   * The phrase may stand anywhere in the line (a mention, not a label opening it): such a match alone
   * does not drop good prose inside the story (phrase-gate.ts).
   */
  mention?: true;
}

// A label ends at a colon, dash, space or the end of the line.
const END = '(?=$|[\\s:：\\-–—|»›>.…]|[\\u0900-\\u097F])';

const COMMENT_HEADER = new RegExp(String.raw`^[^\s।?!:|][^।?!:|]{0,39}\s(?:${phrases('comments', 'headers')})$`, 'i');

/** A comment widget's header line: a short name and the widget's verb with its mark ("<name> said...", "<name> says:"). */
export function isCommentHeader(text: string): boolean {
  return text.length <= 60 && COMMENT_HEADER.test(text.trim());
}

/**
 * Single-line furniture rules: shapes (temperatures, markup, times, URLs, embeds) in code, phrase lists
 * as data (lexicon/boilerplate/<reason>.json, read by phrase-lexicon.ts). The first matching rule gives
 * the reason; import-page weighs a phrase match with the line's features before dropping prose.
 */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { reason: 'weather-widget', pattern: /^-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF](?:\s*\/\s*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF])?$/, example: '27.1 C' },
  // A player's playback position ("elapsed / duration") closing a short line: audio or video controls ("▶ 0:00 / 3:12").
  { reason: 'media-player', pattern: /(?:^|\s)\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*\/\s*\d{1,2}:[0-5]\d(?::[0-5]\d)?$/, maxLength: 80, example: '▶ 0:00 / 3:12' },
  { reason: 'markup', pattern: /^(?:-->|<!--|<\/?[a-z][^>]*>)|<script|<\/script>|function\s*\(|googletag|window\.|document\.|adsbygoogle/i, example: '-->' },
  { reason: 'tags', pattern: new RegExp(String.raw`^(?:${phrases('tags', 'labels')})\s*[:：]`, 'i'), example: 'Tags: Russia, North Korea' },
  { reason: 'tags', pattern: /^(?:Tags|टैग्स)$/i, example: 'Tags' },
  // "अपडेटेड 2 घंटे पहले", "Updated 5 mins ago": a relative time has no date to keep.
  { reason: 'relative-date', pattern: new RegExp(String.raw`^(?:(?:Last\s+)?(?:Updated|Published|Posted|अपडेटेड|अपडेट|प्रकाशित|पब्लिश्ड)\s*[:：]?\s*)?(?:\d{1,3}|एक|कुछ)\s*(?:${phrases('relative-date', 'units')})\s*(?:पहले|ago)$`, 'i'), example: 'अपडेटेड 2 घंटे पहले' },
  // Live-blog entry times on their own line: "10:45 PM IST", "10:12 PM".
  { reason: 'timestamp', pattern: /^\(?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*\(?(?:IST|GMT|UTC)?\)?\s*(?:बजे)?\)?$/, example: '10:45 PM IST' },
  { reason: 'related', pattern: new RegExp(String.raw`^[(\[]?\s*(?:${phrases('related', 'labels')})${END}`, 'i'), maxLength: 200, example: 'Similar News' },
  // "प्रभात खबर टॉप स्टोरी": a short label naming the outlet's story list.
  { reason: 'related', pattern: /^[^।.?!:]{0,30}\s(?:टॉप स्टोरीज?|टॉप स्टोरी|Top Stories)$/i, maxLength: 50, example: 'प्रभात खबर टॉप स्टोरी' },
  { reason: 'comments', pattern: new RegExp(String.raw`^(?:${phrases('comments', 'prompts')})`, 'i'), maxLength: 200, example: 'Leave a Reply' },
  // A comment's header: a short name (no sentence punctuation) and the widget's verb with its mark ("<name> said...").
  { reason: 'comments', pattern: COMMENT_HEADER, maxLength: 60, example: 'Ravi said...' },
  { reason: 'breadcrumb', pattern: new RegExp(String.raw`^(?:${phrases('breadcrumb', 'home-words')})\s*[/>»›|]\s*\S`, 'i'), example: 'Hindi News / world / …' },
  // Breadcrumbs whose separators the scraper dropped: "Hindi Newsविदेशकिम जोंग…".
  { reason: 'breadcrumb', pattern: /^(?:Hindi News|हिंदी न्यूज़?|मुख्य पृष्ठ)(?=[\u0900-\u097F])/i, maxLength: 250, example: 'Hindi Newsविदेशकिम जोंग उन' },
  // "होमन्यूज़इंडिया": a Home trail whose separators the scraper dropped, one unbroken word.
  { reason: 'breadcrumb', pattern: /^(?:होम|Home)(?=[\u0900-\u097F])\S+$/, maxLength: 80, example: 'होमन्यूज़इंडिया' },
  { reason: 'highlights', pattern: new RegExp(String.raw`^(?:${phrases('highlights', 'labels')})(?=$|[\s:：\-–—]|[\u0900-\u097F])`, 'i'), example: 'Highlights पुतिन और…' },
  { reason: 'promo', pattern: new RegExp(String.raw`^(?:${phrases('promo', 'line-openers')})`, 'i'), maxLength: 300, example: 'Check out our other content' },
  { mention: true, reason: 'promo', pattern: new RegExp(String.raw`${phrases('promo', 'anywhere')}`, 'i'), maxLength: 400, example: '… के लिए यहाँ क्लिक करे' },
  { reason: 'share', pattern: new RegExp(String.raw`^(?:${phrases('share', 'buttons')})+$`, 'i'), example: 'Facebook Twitter WhatsApp' },
  { reason: 'share', pattern: new RegExp(String.raw`^(?:${phrases('share', 'labels')})\s*[:：]?$`, 'i'), example: 'Share Via :' },
  { mention: true, reason: 'copyright', pattern: /©|^Copyright\b|All Rights Reserved|सर्वाधिकार सुरक्षित|कॉपीराइट/i, maxLength: 300, example: '© 2024 Dainik Jagran' },
  { reason: 'advertisement', pattern: new RegExp(String.raw`^(?:${phrases('advertisement', 'labels')})(?:\s*[-–—:|]\s*(?:Scroll to continue(?: with content)?|Continue reading(?: below)?))?$|^विज्ञापन (?:हटाएं|रहित)`, 'i'), example: 'विज्ञापन' },
  // An ad label with a short note dashed on ("<ad label> — <the story continues below>"): up to five
  // words, no sentence punctuation; whatever the note's words, the label and the dash make it the ad slot.
  { reason: 'advertisement', pattern: new RegExp(String.raw`^(?:${phrases('advertisement', 'labels')})\s+[–—-]\s+[^\s।.?!|]+(?:\s+[^\s।.?!|]+){0,4}$`, 'i'), maxLength: 80, example: 'Advertisement — story continues below' },
  // A credit may stand in round or square brackets ("[<photo> : <name>]").
  { reason: 'media-credit', pattern: new RegExp(String.raw`^[(\[]?(?:${phrases('media-credit', 'labels')})\s*[:,：|-]`, 'i'), maxLength: 250, example: 'इमेज स्रोत,Getty Images' },
  { reason: 'media-credit', pattern: new RegExp(String.raw`^\(?(?:${phrases('media-credit', 'whole-line')})\)?[।.]?$`, 'i'), example: '(फाइल फोटो)' },
  { reason: 'disclaimer', pattern: /^(?:Disclaimer|डिस्क्लेमर|अस्वीकरण)\s*[:：]/i, example: 'Disclaimer: …' },
  { reason: 'navigation', pattern: new RegExp(String.raw`^(?:${phrases('navigation', 'labels')})$`, 'i'), example: 'Next Story' },
  { reason: 'author-detail', pattern: new RegExp(String.raw`^(?:${phrases('author-detail', 'fields')})\s*[,:：]\s*\S`, 'i'), maxLength: 80, example: 'पदनाम,बीबीसी संवाददाता' },
  // An author box label; import also removes the name and bio lines under it (up to a blank line).
  { reason: 'author-detail', pattern: new RegExp(String.raw`^(?:${phrases('author-detail', 'box-labels')})\s*[:：]?$`, 'i'), example: 'लेखक के बारे में' },
  { mention: true, reason: 'cookie-notice', pattern: /\bcookies?\b[^.]*\b(?:use|uses|accept|policy|consent|agree|settings|preferences)\b|\b(?:use|uses|accept|policy|consent|agree)\b[^.]*\bcookies?\b|कुकी(?:ज़|ज)?\s*(?:नीति|पॉलिसी|स्वीकार)|^(?:We value your privacy|Manage (?:Cookie )?Preferences|Privacy Preferences|Accept All|Reject All)$/i, maxLength: 400, example: 'We use cookies to improve your experience. Accept' },
  // A line that is only a web address or domain ("aajtak.in", "https://…"): a credit or a link, never prose.
  { reason: 'url', pattern: /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i, maxLength: 300, example: 'aajtak.in' },
  // Embedded social posts: the post text carries its pic.twitter.com / status link, the signature line "— Name (@handle) date".
  { reason: 'embed', pattern: /pic\.twitter\.com\/|(?:twitter|x)\.com\/\w+\/status\/|instagram\.com\/(?:p|reel)\/|^A post shared by\b/i, maxLength: 400, example: 'What a win! pic.twitter.com/x7Yb2kQ9' },
  { reason: 'embed', pattern: /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\S.{0,30}\d{4}$/, example: '— Shubman Gill (@ShubmanGill) October 25, 2025' },
  // "वीडियो : <title> (02:14)": the link to an embedded video or podcast, its title without sentence punctuation, a duration.
  { reason: 'embed', pattern: new RegExp(String.raw`^(?:${phrases('embed', 'media-labels')})\s*[:：|–-]\s*[^।?!:：|()]{12,160}(?:\s*\([0-9०-९:.]{1,8}\))?$`, 'i'), maxLength: 200, example: 'वीडियो : मेले में उमड़ी भीड़ का हाल (03:10)' },
  // "[<media kind>: <what it shows>]": the same embed as a scraper's bracketed placeholder (the player left as text).
  { reason: 'embed', pattern: new RegExp(String.raw`^\[\s*(?:${phrases('embed', 'media-labels')})\s*[:：|–-]\s*[^\[\]।?!]{3,160}\]$`, 'i'), maxLength: 200, example: '[वीडियो: मेले में उमड़ी भीड़]' },
  { reason: 'source-note', pattern: new RegExp(String.raw`^\(?(?:यह खबर|यह ख़बर|यह लेख|ये खबर|इस खबर|इस ख़बर|इस लेख)\s.*(?:${phrases('source-note', 'subjects')})`, 'i'), maxLength: 300, example: '(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडिकेट फीड से सीधे प्रकाशित की गई है।)' },
  { reason: 'source-note', pattern: new RegExp(String.raw`^[(\[]?\s*(?:${phrases('source-note', 'input-labels')})\s*(?:[:：\-–]|के साथ|$)[^।]{0,80}$`, 'i'), example: '(इनपुट: भाषा)' },
  { reason: 'source-note', pattern: /^[(\[]?\s*With (?:[A-Z]{2,5} )?inputs?(?: from [\w ,&]+)?\s*[)\]]?$/i, example: '(With inputs from agencies)' },
  { reason: 'newsroom-credit', pattern: /^\((?:बीबीसी|BBC)[^)]*(?:प्रकाशन|कलेक्टिव न्यूज़रूम|न्यूज़रूम)[^)]*\)$/, example: '(बीबीसी हिंदी के लिए कलेक्टिव न्यूज़रूम का प्रकाशन)' },
];

/** Section labels printed above a headline (a whole line of one or two words): lexicon/section-labels.json. */
export const SECTION_LABELS: ReadonlySet<string> = new Set(sectionLabelsFile.words);

/** The first boilerplate rule that matches `line` (trimmed), or undefined. */
export function matchBoilerplate(line: string): BoilerplateRule | undefined {
  const text = trimmedNfc(line);
  // A loop, not find with a closure: this runs every rule on every line of every page.
  for (const rule of BOILERPLATE_RULES) if ((rule.maxLength === undefined || text.length <= rule.maxLength) && rule.pattern.test(text)) return rule;
  return undefined;
}

/** True when the whole line is a section label such as विदेश or World. */
export function isSectionLabel(line: string): boolean {
  const text = trimmedNfc(line);
  // The trailing-mark pattern scans from every position: run it only on a line that ends in such a mark.
  const label = (LABEL_END_MARKS.has(text.charCodeAt(text.length - 1)) ? text.replace(LABEL_END, '') : text).trim();
  // Lower-casing never shortens a string (test/articles/import-fast-paths.test.ts): a text longer than every label is none (most lines).
  return label.length <= SECTION_LABEL_MAX_LENGTH && SECTION_LABELS.has(label.toLowerCase());
}

const SECTION_LABEL_MAX_LENGTH = Math.max(0, ...[...SECTION_LABELS].map((label) => label.length));

const LABEL_END = /[:：|»›>]+$/;
const LABEL_END_MARKS: ReadonlySet<number> = new Set([...':：|»›>'].map((mark) => mark.charCodeAt(0)));
