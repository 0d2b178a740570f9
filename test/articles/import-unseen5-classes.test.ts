/**
 * Issue 12, classes found on unseen-5 (described, then written here on made-up lines of no outlet and no
 * fixture): an article's table (tab-separated rows with figures) after a teaser line, its source line, a
 * subheading the outlet repeats on every page, a caption without a credit marker, a summary box printed
 * before and after the story, datelines (alone on a line, after a date, not a Q/A label, not a count).
 */
import { describe, expect, it } from 'vitest';
import { importPages, lineFeatures } from '../../articles/index.ts';
import { findCardLines } from '../../articles/import/card-runs.ts';
import { isTableRow } from '../../articles/import/line-features.ts';
import { findRepeatedBoxLines } from '../../articles/import/key-value-rows.ts';
import { readSiteCreditCaption } from '../../articles/import/caption-credit.ts';
import { isCaptionAboveDateline, isMediaCaption } from '../../articles/import/bare-captions.ts';
import { readDatelineLine, repeatedLineLabels, splitLeadingDateline } from '../../articles/import/header-fields.ts';

const HEAD = 'कस्बे की थोक मंडी में टमाटर और प्याज के दाम चढ़े, बारिश से आवक आधी रह गई';
const LEAD = 'कस्बे की थोक सब्जी मंडी में बुधवार को टमाटर के दाम एक हफ्ते में करीब तीस प्रतिशत तक बढ़ गए और व्यापारियों ने इसकी वजह लगातार बारिश बताई।';
const PARA2 = 'व्यापारियों का कहना है कि पहाड़ी इलाकों से आने वाले ट्रक रास्ते में फंसे हैं, इसलिए मंडी में रोज की आवक आधी रह गई है।';
const TEASER = 'यह भी देखें: नहर की मरम्मत के लिए गांव वालों ने खुद जुटाए पैसे, दो हफ्ते में पूरा होगा काम';
const TABLE_TITLE = 'थोक मंडी में प्रमुख सब्जियों के भाव (रुपये प्रति किलो)';
const TABLE = ['सब्जी\tपिछले हफ्ते का भाव\tआज का भाव\tऔसत भाव', 'टमाटर\t32\t41\t38', 'प्याज\t24\t29\t27', 'आलू\t14\t15\t15', 'भिंडी\t38\t44\t41'];
const SOURCE = 'स्रोत: थोक सब्जी मंडी समिति और व्यापारी संघ';
const SUBHEAD = 'आगे क्या होगा दाम';
const PARA3 = 'जानकारों का मानना है कि मौसम साफ होने के बाद अगले दस दिनों में दाम फिर से नीचे आ सकते हैं।';
const PARA4 = 'मंडी समिति ने ग्राहकों से कहा है कि वे जमाखोरी की शिकायत सीधे समिति के दफ्तर में दर्ज कराएं।';

const importOne = (text: string, fileName = 'made_up_mandi.txt') => importPages([{ fileName, text }], { now: () => 'x' })[0];
const sources = (text: string): string[] => importOne(text).segments.map((segment) => segment.source);

describe('a table inside the story is body, not a card run', () => {
  it('a tab-separated row is a table row; a menu joined by spaces or pipes is not', () => {
    expect(isTableRow(lineFeatures(1, 'टमाटर\t32\t41', 0))).toBe(true);
    expect(isTableRow(lineFeatures(1, 'सब्जी\tपिछले हफ्ते\tआज', 0))).toBe(true);
    expect(isTableRow(lineFeatures(1, 'होम   देश   खेल   मनोरंजन', 0))).toBe(false);
    expect(isTableRow(lineFeatures(1, 'होम | देश | खेल', 0))).toBe(false);
  });

  it('table rows never join a card run, even under a label that announces cards', () => {
    const lines = [TABLE_TITLE, ...TABLE].map((text, k) => lineFeatures(k + 2, text, k + 1));
    const cards = findCardLines(lines, { isDateLine: () => false, isProtected: () => false, announcesCards: (n) => n === 1 });
    expect([...cards]).toEqual([]);
  });

  it('after a teaser line, the table title, each row and the source under the table stay in the story', () => {
    const page = [HEAD, LEAD, '', PARA2, '', TEASER, TABLE_TITLE, '', ...TABLE, SOURCE, '', SUBHEAD, '', PARA3, '', PARA4].join('\n');
    const article = importOne(page);
    const got = article.segments.map((segment) => segment.source);
    for (const line of [TABLE_TITLE, ...TABLE, SOURCE, SUBHEAD]) expect(got).toContain(line);
    // Each row is a segment of its own, never joined to the next row.
    expect(got.filter((source) => source.includes('\t'))).toEqual(TABLE);
    expect(article.removed.map((entry) => entry.text)).toEqual([TEASER]);
    // A source line under a table is no byline.
    expect(article.byline).toBeUndefined();
  });

  it('a source note after the story, away from any table, is still removed', () => {
    const page = [HEAD, LEAD, '', PARA2, '', PARA3, '', 'स्रोत: मंडी के व्यापारी और किसान संगठन'].join('\n');
    expect(sources(page)).not.toContain('स्रोत: मंडी के व्यापारी और किसान संगठन');
  });
});

describe('a subheading the outlet repeats on every page stays when it stands inside the story', () => {
  const MAST = 'जनपद दर्पण';
  const FOOT = '© जनपद दर्पण, सभी अधिकार सुरक्षित';
  const REPEATED_HEAD = 'जांच में क्या मिला';
  const page = (head: string, lead: string, body: string, more: string): string =>
    [MAST, head, lead, '', 'लोगों की शिकायतें', '', body, '', REPEATED_HEAD, '', more, '', 'एक टिप्पणी लिखें', FOOT].join('\n');
  const one = page(HEAD, LEAD, PARA2, PARA3);
  const two = page('नदी किनारे की बस्ती में पीने के पानी की किल्लत, टैंकर दो दिन में एक बार',
    'नदी किनारे की बस्ती में पिछले एक महीने से नलों में पानी नहीं आया है और लोग टैंकर के भरोसे हैं।',
    'बस्ती के लोगों का कहना है कि टैंकर दो दिन में एक बार आता है और उसमें भी सबको पानी नहीं मिल पाता।',
    'जल विभाग के अधिकारियों ने बताया कि पाइपलाइन की मरम्मत का काम अगले सप्ताह पूरा कर लिया जाएगा।');
  const articles = importPages([{ fileName: 'made_up_a.txt', text: one }, { fileName: 'made_up_b.txt', text: two }], { now: () => 'x' });

  it('the repeated subheading between paragraphs, its paragraph right under it, is body on both pages', () => {
    for (const article of articles) {
      expect(article.segments.map((segment) => segment.source)).toContain(REPEATED_HEAD);
      expect(article.removed.find((entry) => entry.text === REPEATED_HEAD)).toBeUndefined();
    }
  });

  it('the repeated lines outside the story (masthead, comment link, footer) are still template furniture', () => {
    for (const article of articles) {
      const removed = article.removed.map((entry) => entry.text);
      expect(removed).toContain(MAST);
      expect(removed).toContain('एक टिप्पणी लिखें');
    }
  });
});

describe('datelines: a place at the story start, not a Q/A label or a count', () => {
  const STORY = 'जिले के सरकारी अस्पताल में बुधवार से रात की ओपीडी शुरू हो गई है और पहले दिन करीब दो सौ मरीज पहुंचे।';
  const MORE = 'अस्पताल प्रबंधन ने बताया कि रात की पाली के लिए चार नए डॉक्टरों की तैनाती की गई है।';

  it('a bracketed count after a word is no agency tag: "<comments> (3)" is no dateline line', () => {
    expect(readDatelineLine('प्रतिक्रियाएं (3)')).toBeUndefined();
    // A tag with letters is still read (the agency then goes out of the dateline: placeBeforeAgency, int's convention).
    expect(readDatelineLine('कानपुर (वार्ता)')).toBe('कानपुर');
    expect(readDatelineLine('कानपुर।')).toBe('कानपुर');
  });

  it('a date before the place at the paragraph start gives the place as the dateline', () => {
    expect(splitLeadingDateline(`12 मार्च 2027, कानपुर: ${STORY}`)?.dateline).toBe('कानपुर');
    expect(splitLeadingDateline(`12 मार्च 2027, नया बाजार: ${STORY}`)?.dateline).toBe('नया बाजार');
  });

  it('a head before a colon that opens two or more lines is a label of the page', () => {
    expect([...repeatedLineLabels(['प्रश्न: आप कब से गा रहे हैं?', 'उत्तर: बचपन से गा रहा हूं।', 'प्रश्न: आगे क्या योजना है?', 'उत्तर: गांव में स्कूल खोलना।'])].sort())
      .toEqual(['उत्तर', 'प्रश्न']);
    expect([...repeatedLineLabels([`कानपुर: ${STORY}`, MORE])]).toEqual([]);
  });

  it('an interview opening with its answer label has no dateline; a dated colon dateline is read', () => {
    const interview = importOne([HEAD, 'प्रश्न: आप कब से अस्पताल की रात की पाली में काम कर रही हैं?', 'उत्तर: मैं पिछले छह साल से रात की पाली में हूं और मुझे यह काम अच्छा लगता है।',
      'प्रश्न: सबसे मुश्किल क्या होता है?', 'उत्तर: रात को अचानक आने वाले गंभीर मरीजों को संभालना सबसे मुश्किल होता है।'].join('\n'));
    expect(interview.dateline).toBeUndefined();
    const dated = importOne([HEAD, `12 मार्च 2027, कानपुर: ${STORY}`, MORE].join('\n'));
    expect(dated.dateline).toBe('कानपुर');
    expect(dated.segments[1].source.startsWith('12 मार्च 2027, कानपुर:')).toBe(true);
  });

  it('a place alone on the line before the first paragraph, with or without its danda, is the dateline; a count line above it is not', () => {
    for (const placeLine of ['कानपुर', 'कानपुर।']) {
      const article = importOne([HEAD, 'अनुराधा तिवारी', '12 मार्च 2027', 'प्रतिक्रियाएं (3)', placeLine, STORY, MORE].join('\n'));
      expect(article.dateline).toBe('कानपुर');
      expect(article.segments.map((segment) => segment.source)).not.toContain(placeLine);
    }
  });
});

describe('a labelled box line printed before and after the story is chrome', () => {
  const BOX = 'दावा : शहर के सभी सरकारी स्कूल अगले महीने से बंद कर दिए जाएंगे।';
  const good = (n: number): boolean => n === 3 || n === 4;

  it('the same labelled line twice with a good paragraph between the copies: both copies', () => {
    const lines = [{ n: 1, text: HEAD }, { n: 2, text: BOX }, { n: 3, text: LEAD }, { n: 4, text: PARA2 }, { n: 5, text: BOX }];
    expect(findRepeatedBoxLines(lines, good)).toEqual([2, 5]);
  });

  it('a labelled line printed once, a repeat with nothing good between, or a repeated clause as label, is none', () => {
    expect(findRepeatedBoxLines([{ n: 2, text: BOX }, { n: 3, text: LEAD }], good)).toEqual([]);
    expect(findRepeatedBoxLines([{ n: 1, text: BOX }, { n: 2, text: BOX }, { n: 3, text: LEAD }], good)).toEqual([]);
    const clause = 'उन्होंने कहा : हम हर हाल में स्कूल खुले रखेंगे।';
    expect(findRepeatedBoxLines([{ n: 2, text: clause }, { n: 3, text: LEAD }, { n: 4, text: PARA2 }, { n: 5, text: clause }], good)).toEqual([]);
    // A headline with its kicker label, printed again below, is no sentence: the title pass owns its repeats.
    const kicked = `शहर : ${HEAD}`;
    expect(findRepeatedBoxLines([{ n: 2, text: kicked }, { n: 3, text: LEAD }, { n: 4, text: PARA2 }, { n: 5, text: kicked }], good)).toEqual([]);
  });

  it('the importer removes both copies as a summary box, restorable, and the story stays', () => {
    const article = importOne([HEAD, 'अनुराधा तिवारी', '12 मार्च 2027', BOX, LEAD, '', PARA2, '', PARA3, BOX, '© जनपद दर्पण'].join('\n'));
    expect(article.removed.filter((entry) => entry.reason === 'summary-box').map((entry) => entry.text)).toEqual([BOX, BOX]);
    expect(article.segments.map((segment) => segment.source)).toEqual(expect.arrayContaining([LEAD, PARA2, PARA3]));
  });
});

describe('captions without a credit marker', () => {
  const SITE = 'Janpad Darpan';
  const STORY = 'कानपुर। जिले के सरकारी अस्पताल में बुधवार से रात की ओपीडी शुरू हो गई है और पहले दिन करीब दो सौ मरीज पहुंचे।';
  const MORE = 'अस्पताल प्रबंधन ने बताया कि रात की पाली के लिए चार नए डॉक्टरों की तैनाती की गई है।';

  it('one short sentence credited to the site itself in brackets, without a label, is a caption', () => {
    expect(readSiteCreditCaption(`ओपीडी के बाहर कतार में खड़े मरीज. (${SITE})`, [SITE])?.credit).toBe(SITE);
    // An agency's credit after a paragraph is no caption of the site; nor are three sentences.
    expect(readSiteCreditCaption('ओपीडी के बाहर कतार में खड़े मरीज. (भाषा)', [SITE])).toBeUndefined();
    expect(readSiteCreditCaption(`${MORE} ${MORE} (${SITE})`, [SITE])).toBeUndefined();
  });

  it('the importer reads the site name from a masthead part ("<site> / <language>")', () => {
    const caption = `ओपीडी के बाहर कतार में खड़े मरीज. (${SITE})`;
    const article = importOne([`${SITE} / हिंदी`, 'होम   देश   खेल   मनोरंजन', HEAD, 'अनुराधा तिवारी', '12 मार्च 2027', 'Share | WhatsApp | Facebook', caption, STORY, MORE, PARA3].join('\n'));
    expect(article.title).toBe(HEAD);
    expect(article.removed.find((entry) => entry.text === caption)?.reason).toBe('caption');
  });

  it('a short line between the header and a first paragraph that opens with the dateline is a caption', () => {
    const features = (text: string) => lineFeatures(1, text, 0);
    expect(isCaptionAboveDateline(features('कतार में खड़े मरीज और परिजन।'))).toBe(true);
    expect(isCaptionAboveDateline(features('अस्पताल प्रशासन का बयान:'))).toBe(false);
    expect(isCaptionAboveDateline(features('2 Min Read'))).toBe(false);
    const article = importOne([HEAD, 'अनुराधा तिवारी', '12 मार्च 2027', 'कतार में खड़े मरीज और परिजन।', STORY, MORE].join('\n'));
    expect(article.removed.find((entry) => entry.text === 'कतार में खड़े मरीज और परिजन।')?.reason).toBe('caption');
    expect(article.dateline).toBe('कानपुर');
    // Without a dateline opening the story, the same line may be a deck: it stays.
    const undated = importOne([HEAD, 'अनुराधा तिवारी', '12 मार्च 2027', 'कतार में खड़े मरीज और परिजन।', STORY.replace('कानपुर। ', ''), MORE].join('\n'));
    expect(undated.removed.find((entry) => entry.text === 'कतार में खड़े मरीज और परिजन।')).toBeUndefined();
  });

  it('a short phrase naming a picture with no paragraph under it is a caption; a subheading ending in such a word stays', () => {
    const features = (text: string) => lineFeatures(1, text, 0);
    expect(isMediaCaption(features('अस्पताल के पर्चे की तस्वीर'), false)).toBe(true);
    expect(isMediaCaption(features('अस्पताल के पर्चे की तस्वीर'), true)).toBe(false);
    expect(isMediaCaption(features('अस्पताल में रात की पाली'), false)).toBe(false);
    const page = [HEAD, LEAD, '', PARA2, '', 'मंडी के बाहर लगे जाम का वीडियो', '', 'व्यापारियों की मांग', '', PARA3, '', 'बदलती मंडी की तस्वीर', '', PARA4].join('\n');
    const article = importOne(page);
    const got = article.segments.map((segment) => segment.source);
    expect(article.removed.find((entry) => entry.text === 'मंडी के बाहर लगे जाम का वीडियो')?.reason).toBe('caption');
    expect(got).toContain('व्यापारियों की मांग');
    expect(got).toContain('बदलती मंडी की तस्वीर');
  });
});
