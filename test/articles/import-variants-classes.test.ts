/**
 * Issue 12, failures the import variants bench (bench/import-variants.ts) showed, each fixed by a general
 * principle and tested here on made-up lines that occur in no fixture.
 */
import { describe, expect, it } from 'vitest';
import { importPages } from '../../articles/index.ts';
import { lineFeatures } from '../../articles/import/line-features.ts';
import { blankLinesCarryNoStructure, runEndsInSubheading } from '../../articles/import/run-edges.ts';
import { chooseTitle, scoreTitleCandidates } from '../../articles/import/title-choice.ts';
import { furnitureKey, furnitureLinkedFrom, furniturePlaces } from '../../articles/import/template-furniture.ts';
import { importOne, bodyLines } from './made-up-pages.ts';

const features = (lines: string[], first = 1) => lines.map((text, k) => lineFeatures(first + k, text, k));

describe('a run of linked headlines ends where the story resumes (a copy without blank lines)', () => {
  const paragraph = 'नगर परिषद ने बताया कि नई पाइपलाइन बिछाने का काम अगले महीने से शुरू होगा और इससे बीस मोहल्लों को पानी मिलेगा।';
  it('keeps a short line that heads a long paragraph right under it, after two or more headlines', () => {
    const run = features(['पहाड़ी कस्बे में नई सड़क का शिलान्यास, मंत्री ने दी सौगात', 'बारिश के बाद पुल की मरम्मत', 'आगे की योजना']);
    expect(runEndsInSubheading(run, lineFeatures(4, paragraph, 3))).toBe(true);
  });
  it('leaves the run whole when a blank line, a short line or an unpunctuated line follows, or the run has one line', () => {
    const run = features(['पहाड़ी कस्बे में नई सड़क का शिलान्यास, मंत्री ने दी सौगात', 'आगे की योजना']);
    expect(runEndsInSubheading(run, lineFeatures(4, paragraph, 3))).toBe(false); // not the next non-blank line
    expect(runEndsInSubheading(run, lineFeatures(3, 'छोटी पंक्ति।', 2))).toBe(false);
    expect(runEndsInSubheading(run, lineFeatures(3, paragraph.replace('।', ''), 2))).toBe(false);
    expect(runEndsInSubheading(run.slice(1), lineFeatures(3, paragraph, 2))).toBe(false);
  });
  it('keeps a headline as long as those above it in the run, or one that tells a story (six words or more)', () => {
    const run = features(['मंत्री ने दी सौगात', 'पुल की मरम्मत पूरी हुई']);
    expect(runEndsInSubheading(run, lineFeatures(3, paragraph, 2))).toBe(false);
    const story = features(['पहाड़ी कस्बे में नई सड़क का शिलान्यास, मंत्री ने दी बड़ी सौगात', 'गांव के तालाब में लौटे प्रवासी पक्षी']);
    expect(runEndsInSubheading(story, lineFeatures(3, paragraph, 2))).toBe(false);
  });
  it('on a page: the subheading stays body with and without the blank line, the linked headline is removed', () => {
    const head = ['कस्बे की पानी योजना को मिली मंजूरी, दो साल में होगा काम', '', 'जिला प्रशासन ने मंगलवार को कस्बे की पुरानी पानी योजना के विस्तार को मंजूरी दे दी है और काम जल्द शुरू होगा।', 'यह भी पढ़ें', 'पहाड़ी कस्बे में नई सड़क का शिलान्यास, मंत्री ने दी सौगात'];
    const withBlank = [...head, '', 'आगे की योजना', paragraph].join('\n');
    const withoutBlank = [...head, 'आगे की योजना', paragraph].join('\n');
    expect(bodyLines(withBlank)).toEqual([3, 7, 8]);
    expect(bodyLines(withoutBlank)).toEqual([3, 6, 7]);
  });
});

describe('a headline other pages link to below their story is no template line (a page without byline or date)', () => {
  const masthead = 'सरोवर दर्पण';
  const menu = 'मुख्य पृष्ठ   नगर   खेत-खलिहान   खेल   संपर्क';
  const prose = (topic: string) => `${topic} के बारे में नगर पंचायत के अधिकारियों ने बुधवार को विस्तार से जानकारी दी और बताया कि काम अगले सप्ताह पूरा हो जाएगा।`;
  const headlineA = 'झील किनारे बनेगा नया पैदल पथ, नगर पंचायत ने दी मंजूरी';
  const headlineB = 'सरकारी स्कूल में शुरू हुई विज्ञान प्रयोगशाला, छात्रों में उत्साह';
  // A photo caption (one short sentence) between the headline and the story: the candidate the headline must beat.
  const pageA = [masthead, menu, headlineA, 'नए पैदल पथ का नक्शा देखते नगर पंचायत के अधिकारी।', prose('पैदल पथ'), prose('झील की सफाई')].join('\n');
  const pageB = [masthead, menu, headlineB, prose('प्रयोगशाला'), prose('शिक्षकों की भर्ती'), 'और खबरें', headlineA].join('\n');
  it('furnitureLinkedFrom: the header line printed only below the story elsewhere, not the template line in both headers', () => {
    const places = furniturePlaces([pageA, pageB]);
    const linked = furnitureLinkedFrom(pageA, places);
    expect(linked.has(furnitureKey(headlineA))).toBe(true);
    expect(linked.has(furnitureKey(masthead))).toBe(false);
    expect(linked.has(furnitureKey(menu))).toBe(false);
    expect(furnitureLinkedFrom(pageB, places).size).toBe(0);
  });
  it('the page that the card links to keeps its headline as the title', () => {
    const [a, b] = importPages([{ fileName: 'made_a.txt', text: pageA }, { fileName: 'made_b.txt', text: pageB }], { now: () => 'x' });
    expect(a.title).toBe(headlineA);
    expect(b.title).toBe(headlineB);
  });
});

describe('a headline right under its crumb trail is in its place, whatever share row follows it', () => {
  it('the crumb counts only where no byline or date places the headline (a tagline under the crumb stays no title)', () => {
    const headline = 'पुराने कुओं की सफाई का अभियान शुरू, तीन महीने में पूरा होगा काम';
    const lines = ['मुख्य पृष्ठ  >>  नगर  >>  जल आपूर्ति', 'खबरें आपके शहर से', headline, '9 मार्च 2031', 'नगर निगम ने सोमवार को शहर के पुराने कुओं की सफाई का अभियान शुरू किया और कहा कि इससे गर्मियों में पानी की किल्लत कम होगी।'].map((text, k) => lineFeatures(k + 1, text, k));
    const context = (dated: boolean) => ({ lines, isClaimed: () => false, isBylineOrDate: (n: number) => dated && n === 4 });
    expect(chooseTitle(context(true), 4)?.n).toBe(3);
    expect(scoreTitleCandidates(context(true), 4).find((c) => c.features.n === 2)?.reasons).not.toContain('under-crumb');
    expect(scoreTitleCandidates(context(false), 4).find((c) => c.features.n === 2)?.reasons).toContain('under-crumb');
  });
  it('takes the line under the crumb, not the unpunctuated standfirst under the share row (crumb and share row are template)', () => {
    const page = (headline: string, standfirst: string, topic: string) => [
      'सरोवर दर्पण',
      'मुख्य पृष्ठ  >>  नगर  >>  जल आपूर्ति',
      headline,
      'WhatsApp से जुड़ें   |   टेलीग्राम   |   गूगल न्यूज़',
      standfirst,
      `${topic} के बारे में नगर निगम ने सोमवार को बताया कि अभियान से गर्मियों में पानी की किल्लत कम होगी और लोगों को राहत मिलेगी।`,
    ].join('\n');
    const a = page('पुराने कुओं की सफाई का अभियान शुरू, तीन महीने में पूरा होगा काम', 'पहली बार बीस मोहल्लों के कुओं की एक साथ सफाई, गर्मी से पहले पानी का भरोसा', 'कुओं की सफाई');
    const b = page('नई पानी की टंकी से दस हजार घरों तक पहुंचेगा पानी', 'टंकी की क्षमता बीस लाख लीटर, अगले साल तक पूरा होगा पाइपलाइन का काम', 'पानी की टंकी');
    const [first, second] = importPages([{ fileName: 'made_a.txt', text: a }, { fileName: 'made_b.txt', text: b }], { now: () => 'x' });
    expect(first.title).toBe('पुराने कुओं की सफाई का अभियान शुरू, तीन महीने में पूरा होगा काम');
    expect(second.title).toBe('नई पानी की टंकी से दस हजार घरों तक पहुंचेगा पानी');
  });
});

describe('an author field line carries its own value; only a bare author-box label owns the lines under it', () => {
  const story = 'पहाड़ी जिले में इस साल सेब की फसल पिछले साल से बेहतर रही है और बागवानों को मंडी में अच्छे दाम मिल रहे हैं।';
  it('keeps the first paragraph right under a "<field>,<value>" line (no byline or date between)', () => {
    const text = ['सेब के बागानों में लौटी रौनक, बागवानों को मिले अच्छे दाम', 'पदनाम,विशेष संवाददाता', story, 'दूसरी ओर मौसम विभाग ने अगले सप्ताह बारिश की संभावना जताई है जिससे तुड़ाई पर असर पड़ सकता है।'].join('\n');
    expect(bodyLines(text)).toEqual([3, 4]);
  });
  it('a bare box label still owns the name and bio under it', () => {
    const text = ['सेब के बागानों में लौटी रौनक, बागवानों को मिले अच्छे दाम', '', story, '', 'लेखक के बारे में', 'कमला नेगी', 'कमला नेगी पहाड़ की खेती पर दस साल से लिख रही हैं।'].join('\n');
    const article = importOne(text);
    expect(article.removed.filter((entry) => entry.reason === 'author-detail').map((entry) => entry.line)).toEqual([5, 6, 7]);
  });
});

describe('a copy with a blank line after every line: blank lines end no block', () => {
  const paragraphs = [
    'कस्बे के पुराने बाजार में मंगलवार से नई पार्किंग व्यवस्था लागू हो गई है और दुकानदारों ने इसका स्वागत किया है।',
    'नगर पालिका के अधिकारी ने बताया कि पहले सप्ताह में किसी से जुर्माना नहीं लिया जाएगा और लोगों को समझाया जाएगा।',
    'व्यापार मंडल ने कहा कि त्योहारों के मौसम में भीड़ बढ़ती है, इसलिए यह फैसला सही समय पर लिया गया है।',
  ];
  const lines = ['पुराने बाजार में नई पार्किंग व्यवस्था लागू, दुकानदार खुश', paragraphs[0], 'यह भी पढ़ें', 'कस्बे में दो दिन बंद रहेगी बिजली, मरम्मत का काम', 'पहाड़ी गांवों तक पहुंची नई बस सेवा, किराया तय', paragraphs[1], paragraphs[2], 'सभी अधिकार सुरक्षित।'];
  it('blankLinesCarryNoStructure: true when nearly every line is followed by a blank, false for blank lines between paragraphs only', () => {
    expect(blankLinesCarryNoStructure(lines.flatMap((text) => [{ text }, { text: '' }]))).toBe(true);
    expect(blankLinesCarryNoStructure([{ text: lines[0] }, { text: '' }, ...lines.slice(1, 3).map((text) => ({ text })), { text: '' }, ...lines.slice(3).map((text) => ({ text }))])).toBe(false);
    expect(blankLinesCarryNoStructure([{ text: 'एक' }, { text: '' }, { text: 'दो' }, { text: '' }])).toBe(false); // too few lines to tell
  });
  it('the linked headlines under the label are removed whether or not a blank line follows each', () => {
    const tight = lines.join('\n');
    const loose = lines.join('\n\n');
    const related = (text: string) => importOne(text).removed.filter((entry) => entry.reason === 'related').map((entry) => entry.text);
    expect(related(tight)).toEqual(lines.slice(2, 5));
    expect(related(loose)).toEqual(lines.slice(2, 5));
  });
});
