/** One kind of page furniture that import moves to `removed`, recognised from a single line. */
export interface BoilerplateRule {
  /** Machine-readable reason stored on the removed line. */
  reason: string;
  /** Tested on the trimmed NFC line. */
  pattern: RegExp;
  /** Only lines up to this many characters match (long lines are prose that merely mentions the phrase). */
  maxLength?: number;
  example: string;
}

// Shared by many rules: a label ends at a colon, dash, space or the end of the line.
const END = '(?=$|[\\s:：\\-–—|»›>.…]|[\\u0900-\\u097F])';

/**
 * Boilerplate phrase table for Hindi news sites (Patrika, Dainik Jagran, Amar Ujala, NDTV India, BBC
 * Hindi, Jansatta, Lokmat, Navbharat Times, Aaj Tak…). General phrases, never one page's exact text;
 * the first matching rule gives the reason.
 */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { reason: 'weather-widget', pattern: /^-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF](?:\s*\/\s*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF])?$/, example: '27.1 C' },
  { reason: 'markup', pattern: /^(?:-->|<!--|<\/?[a-z][^>]*>)|<script|<\/script>|function\s*\(|googletag|window\.|document\.|adsbygoogle/i, example: '-->' },
  { reason: 'tags', pattern: new RegExp(`^(?:Tags?|Topics|Keywords|टैग्स?|टॉपिक्स|कीवर्ड्स?)\\s*[:：]`, 'i'), example: 'Tags: Russia, North Korea' },
  { reason: 'tags', pattern: /^(?:Tags|टैग्स)$/i, example: 'Tags' },
  // "अपडेटेड 2 घंटे पहले", "Updated 5 mins ago": a relative time has no date to keep.
  { reason: 'relative-date', pattern: /^(?:(?:Last\s+)?(?:Updated|Published|Posted|अपडेटेड|अपडेट|प्रकाशित|पब्लिश्ड)\s*[:：]?\s*)?(?:\d{1,3}|एक|कुछ)\s*(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|हफ़्ते|महीने|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)\s*(?:पहले|ago)$/i, example: 'अपडेटेड 2 घंटे पहले' },
  // Live-blog entry times on their own line: "10:45 PM IST", "10:12 PM".
  { reason: 'timestamp', pattern: /^\(?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*\(?(?:IST|GMT|UTC)?\)?\s*(?:बजे)?\)?$/, example: '10:45 PM IST' },
  { reason: 'related', pattern: new RegExp(`^[(\\[]?\\s*(?:Similar News|Related (?:News|Posts?|Articles?|Stories|Topics)|Also Read|Read (?:More|Also)|You May (?:Also )?Like|More (?:from|News|Stories)|Recommended(?: Stories)?|Top Stories|Latest (?:News|Stories)|Most (?:Popular|Read|Viewed)(?: Articles| News| Stories)?|Trending(?: Now| News| Videos?)?|Editor'?s Pick|ये भी पढ़ें|ये भी पढ़े|यह भी पढ़ें|यह भी पढ़े|इसे भी पढ़ें|इसे भी पढ़े|और पढ़ें|और भी पढ़ें|ज़?रूर पढ़ें|ये भी देखें|यह भी देखें|अन्य खबरें|अन्य ख़बरें|संबंधित (?:खबरें|ख़बरें|लेख|समाचार)|सम्बंधित खबरें|ताज़ा खबरें|ताजा खबरें|लेटेस्ट खबरें|लेटेस्ट न्यूज|टॉप स्टोरीज|खबरें और भी हैं|टॉप न्यूज़?|ताज़ा ख़बरें|Web Stories|वेब स्टोरीज़?|Photo Galler(?:y|ies)|ट्रेंडिंग(?: वीडियो| न्यूज| खबरें)?|सबसे ज्यादा पढ़ी गई(?: खबरें)?|वीडियो गैलरी|फोटो गैलरी|Featured Videos?(?: Of The Day)?|Watch(?: the)? Video|Watch Live|Latest [A-Za-z]+ News|सम्बंधित जानकारी|संबंधित जानकारी|वीडियो देखें|देखें वीडियो|लाइव टीवी)${END}`, 'i'), maxLength: 200, example: 'Similar News' },
  // "प्रभात खबर टॉप स्टोरी": a short label naming the outlet's story list.
  { reason: 'related', pattern: /^[^।.?!:]{0,30}\s(?:टॉप स्टोरीज?|टॉप स्टोरी|Top Stories)$/i, maxLength: 50, example: 'प्रभात खबर टॉप स्टोरी' },
  { reason: 'comments', pattern: /^(?:Leave a (?:Reply|Comment)|Post a Comment|Cancel reply|Your email address will not be published|Required fields are marked|Comments?\s*(?:\(\d+\))?$|\d+\s+Comments?$|कमेंट(?:्स)? (?:करें|लिखें)|(?:Log ?in|Sign in) to (?:comment|post a comment)|टिप्पणी(?: करें)?$|टिप्पणि(?:याँ|यां)$|अपनी (?:राय|प्रतिक्रिया) (?:दें|लिखें))/i, maxLength: 200, example: 'Leave a Reply' },
  { reason: 'breadcrumb', pattern: /^(?:Hindi News|Home|News|होम|मुख्य पृष्ठ|हिंदी समाचार|हिन्दी समाचार|समाचार)\s*[/>»›|]\s*\S/i, example: 'Hindi News / world / …' },
  // Breadcrumbs whose separators the scraper dropped: "Hindi Newsविदेशकिम जोंग…".
  { reason: 'breadcrumb', pattern: /^(?:Hindi News|हिंदी न्यूज़?|मुख्य पृष्ठ)(?=[\u0900-\u097F])/i, maxLength: 250, example: 'Hindi Newsविदेशकिम जोंग उन' },
  // "होमन्यूज़इंडिया": a Home trail whose separators the scraper dropped, one unbroken word.
  { reason: 'breadcrumb', pattern: /^(?:होम|Home)(?=[\u0900-\u097F])\S+$/, maxLength: 80, example: 'होमन्यूज़इंडिया' },
  { reason: 'highlights', pattern: /^(?:Highlights|Key Highlights|Story Highlights|हाइलाइट्स|मुख्य बातें|खास बातें|ख़ास बातें|प्रमुख बातें|मुख्य बिंदु)(?=$|[\s:：\-–—]|[\u0900-\u097F])/i, example: 'Highlights पुतिन और…' },
  { reason: 'promo', pattern: /^(?:Check out|Follow us|Subscribe|Get (?:the )?App|Newsletter|न्यूज़?लेटर|Download (?:the |our )?(?:[A-Za-z0-9]+ ){0,3}(?:App|app)|(?:WhatsApp|Telegram) (?:Channel|Group)|Google Preferred Source|Add .{1,30} as (?:a )?(?:Preferred|Trusted) Source|Join (?:us|our)|Click here|Sign up|Get (?:the )?latest|Like us on)/i, maxLength: 300, example: 'Check out our other content' },
  { reason: 'promo', pattern: /(?:यहाँ|यहां|यहा)\s*क्लिक|क्लिक (?:करें|करे|कीजिए)|(?:फॉलो|फ़ॉलो|सब्सक्राइब|लाइक|इंस्टॉल|इनस्टॉल|इन्स्टॉल) (?:करें|करे|कीजिए)|(?:हमें|हमारे) (?:फेसबुक|फ़ेसबुक|ट्विटर|इंस्टाग्राम|यूट्यूब|व्हाट्सएप|WhatsApp|Facebook|Twitter|YouTube)|(?:ऐप|App) (?:डाउनलोड|डाउनलोड करें)|Google News पर|(?:ऐप|App|\.com|\.in) पर पढ़ें?|पढ़ें? (?:ताज़?ा|लेटेस्ट) (?:[\u0900-\u097F]+ )?(?:खबरें|ख़बरें|समाचार|हिंदी समाचार|अपडेट)|(?:अपने )?इनबॉक्स में (?:पाएं|पढ़ें)|गूगल न्यूज़? पर|WhatsApp (?:चैनल|ग्रुप)|(?:WhatsApp|व्हाट्सएप|Telegram|टेलीग्राम|Google News|गूगल न्यूज़?) (?:पर|से) (?:जुड़ें|जुड़े|फॉलो करें)|व्हाट्सएप (?:चैनल|ग्रुप)/i, maxLength: 400, example: '… के लिए यहाँ क्लिक करे' },
  { reason: 'share', pattern: /^(?:(?:Share|Tweet|Email|Print|Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Koo|Instagram|YouTube|Threads|Pinterest|Reddit|इंस्टाग्राम|यूट्यूब|Copy Link|Comment|शेयर|शेयर करें|ट्वीट|कमेंट)\s*[|,•·/]?\s*)+$/i, example: 'Facebook Twitter WhatsApp' },
  { reason: 'share', pattern: /^(?:Share (?:Via|On|This(?: Article| Story| News)?)(?: [A-Za-z]+)?|Share Now|इसे शेयर करें|शेयर करें|(?:इस |यह )?(?:खबर|ख़बर|लेख|स्टोरी) (?:को )?शेयर करें)\s*[:：]?$/i, example: 'Share Via :' },
  { reason: 'copyright', pattern: /©|^Copyright\b|All Rights Reserved|सर्वाधिकार सुरक्षित|कॉपीराइट/i, maxLength: 300, example: '© 2024 Dainik Jagran' },
  { reason: 'advertisement', pattern: /^(?:Advertisement|Ad|Sponsored|विज्ञापन|स्पॉन्सर्ड|Scroll to continue(?: with content)?|Continue reading below|Story continues below(?: advertisement)?)(?:\s*[-–—:|]\s*(?:Scroll to continue(?: with content)?|Continue reading(?: below)?))?$|^विज्ञापन (?:हटाएं|रहित)/i, example: 'विज्ञापन' },
  { reason: 'media-credit', pattern: /^\(?(?:इमेज स्रोत|ग्राफिक्स|ग्राफ़िक्स|Graphics|इमेज कैप्शन|तस्वीर का स्रोत|फोटो|फ़ोटो|तस्वीर|Photo|Image|Image Source|Image Credit|Picture|Credit|Photo Credit|फोटो साभार|फोटो क्रेडिट|सांकेतिक तस्वीर|सांकेतिक फोटो|फाइल फोटो|फ़ाइल फ़ोटो)\s*[:,：|-]/i, maxLength: 250, example: 'इमेज स्रोत,Getty Images' },
  { reason: 'media-credit', pattern: /^\(?(?:File Photo|फाइल फोटो|फ़ाइल फ़ोटो|(?:सांकेतिक|प्रतीकात्मक) (?:तस्वीर|फोटो|फ़ोटो|चित्र|इमेज)|Representational (?:Image|Photo|Picture)|Representative (?:Image|Photo|Picture)|Photo: [^)]*)\)?[।.]?$/i, example: '(फाइल फोटो)' },
  { reason: 'disclaimer', pattern: /^(?:Disclaimer|डिस्क्लेमर|अस्वीकरण)\s*[:：]/i, example: 'Disclaimer: …' },
  { reason: 'navigation', pattern: /^(?:Next Article|Previous Article|Next Story|Previous Story|अगली खबर|पिछली खबर|अगला लेख|पिछला लेख|Back to top|Skip to (?:main )?content|सामग्री को स्किप करें|मुख्य सामग्री पर जाएं|Menu|Search|Login|Log in|Sign in|लॉग इन|Link Copied!?|लिंक कॉपी(?: हो गया)?!?|Loading\.\.\.|लोड हो रहा है\.*|Next|Previous|अगली स्टोरी|पिछली स्टोरी|Load More|View More|Show More|और देखें|सभी देखें|Read Full (?:Article|Story)|पूरी (?:खबर|ख़बर) पढ़ें|पूरा पढ़ें|Listen to (?:this|the) (?:article|story|news)|(?:इस|यह) (?:खबर|ख़बर|लेख) (?:को )?सुनें|Font Size|A\+\s*A-|Bookmark|Save|(?:ऑडियो|Audio) (?:सुनें|Book)|Listen to Audio|Live TV|ई-पेपर|ई पेपर|E-Paper|ePaper|Quick Links)$/i, example: 'Next Story' },
  { reason: 'author-detail', pattern: /^(?:पदनाम|Role|Designation|Twitter|X)\s*[,:：]\s*\S/i, maxLength: 80, example: 'पदनाम,बीबीसी संवाददाता' },
  // An author box label; import also removes the name and bio lines under it (up to a blank line).
  { reason: 'author-detail', pattern: /^(?:लेखक के बारे में|लेखक परिचय|लेखिका के बारे में|About the Author|About Author)\s*[:：]?$/i, example: 'लेखक के बारे में' },
  { reason: 'cookie-notice', pattern: /\bcookies?\b[^.]*\b(?:use|uses|accept|policy|consent|agree|settings|preferences)\b|\b(?:use|uses|accept|policy|consent|agree)\b[^.]*\bcookies?\b|कुकी(?:ज़|ज)?\s*(?:नीति|पॉलिसी|स्वीकार)|^(?:We value your privacy|Manage (?:Cookie )?Preferences|Privacy Preferences|Accept All|Reject All)$/i, maxLength: 400, example: 'We use cookies to improve your experience. Accept' },
  // A line that is only a web address or domain ("aajtak.in", "https://…"): a credit or a link, never prose.
  { reason: 'url', pattern: /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i, maxLength: 300, example: 'aajtak.in' },
  // Embedded social posts: the post text carries its pic.twitter.com / status link, the signature line "— Name (@handle) date".
  { reason: 'embed', pattern: /pic\.twitter\.com\/|(?:twitter|x)\.com\/\w+\/status\/|instagram\.com\/(?:p|reel)\/|^A post shared by\b/i, maxLength: 400, example: 'What a win! pic.twitter.com/x7Yb2kQ9' },
  { reason: 'embed', pattern: /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\S.{0,30}\d{4}$/, example: '— Shubman Gill (@ShubmanGill) October 25, 2025' },
  { reason: 'source-note', pattern: /^\(?(?:यह खबर|यह ख़बर|यह लेख|ये खबर|इस खबर|इस ख़बर|इस लेख)\s.*(?:मूल रूप से|सिंडिकेट फीड|एजेंसी फीड|संपादित नहीं|syndicated feed)/i, maxLength: 300, example: '(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडिकेट फीड से सीधे प्रकाशित की गई है।)' },
  { reason: 'source-note', pattern: /^[(\[]?\s*(?:इनपुट|Input|Inputs|With inputs from|एजेंसी इनपुट|एजेंसी इनपुट के साथ|भाषा इनपुट के साथ|स्रोत|Source)\s*(?:[:：\-–]|के साथ|$)[^।]{0,80}$/i, example: '(इनपुट: भाषा)' },
  { reason: 'source-note', pattern: /^[(\[]?\s*With (?:[A-Z]{2,5} )?inputs?(?: from [\w ,&]+)?\s*[)\]]?$/i, example: '(With inputs from agencies)' },
  { reason: 'newsroom-credit', pattern: /^\((?:बीबीसी|BBC)[^)]*(?:प्रकाशन|कलेक्टिव न्यूज़रूम|न्यूज़रूम)[^)]*\)$/, example: '(बीबीसी हिंदी के लिए कलेक्टिव न्यूज़रूम का प्रकाशन)' },
];

/** Section labels printed above a headline (a whole line of one or two words). */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  'विदेश', 'देश', 'दुनिया', 'विश्व', 'राज्य', 'राष्ट्रीय', 'अंतरराष्ट्रीय', 'अंतर्राष्ट्रीय', 'खेल', 'मनोरंजन', 'बिजनेस', 'बिज़नेस', 'व्यापार',
  'कारोबार', 'राजनीति', 'टेक', 'टेक्नोलॉजी', 'ऑटो', 'लाइफस्टाइल', 'धर्म', 'शिक्षा', 'करियर', 'नौकरी', 'स्वास्थ्य', 'सेहत', 'मौसम',
  'अपराध', 'क्राइम', 'शहर', 'सार', 'विस्तार', 'ब्रेकिंग न्यूज', 'ब्रेकिंग', 'लाइव', 'वीडियो', 'फोटो', 'ओपिनियन', 'विचार', 'संपादकीय',
  'लाइव अपडेट', 'लाइव अपडेट्स', 'लाइव ब्लॉग', 'live', 'live updates', 'live blog',
  'world', 'india', 'nation', 'national', 'international', 'sports', 'entertainment', 'business', 'politics',
  'technology', 'tech', 'lifestyle', 'opinion', 'videos', 'photos', 'news', 'latest', 'breaking news',
]);

/** The first boilerplate rule that matches `line` (trimmed), or undefined. */
export function matchBoilerplate(line: string): BoilerplateRule | undefined {
  const text = line.trim().normalize('NFC');
  return BOILERPLATE_RULES.find((rule) => (rule.maxLength === undefined || text.length <= rule.maxLength) && rule.pattern.test(text));
}

/** True when the whole line is a section label such as विदेश or World. */
export function isSectionLabel(line: string): boolean {
  return SECTION_LABELS.has(line.trim().normalize('NFC').replace(/[:：|»›>]+$/, '').trim().toLowerCase());
}
