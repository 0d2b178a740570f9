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
