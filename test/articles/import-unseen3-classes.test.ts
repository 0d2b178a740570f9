/**
 * Issue 12, classes found on unseen-3 (described, then written here on made-up lines of no outlet and no
 * fixture): inline teasers between paragraphs, rows of several headlines (tickers), an office line above
 * the headline, a date label taken for a place, bracketed release rows, piped photo credits, ad labels.
 */
import { describe, expect, it } from 'vitest';
import { chooseTitle, importPages, lineFeatures, scoreTitleCandidates } from '../../articles/index.ts';
import type { LineFeatures } from '../../articles/index.ts';
import { isInlineTeaser } from '../../articles/import/inline-teaser.ts';
import { isHeadlineRow, onlyCoordinators } from '../../articles/import/title-choice.ts';
import { readPlaceOfDateLine } from '../../articles/import/header-fields.ts';
import { isKeyValueChrome, keyValuePairs } from '../../articles/import/key-value-rows.ts';
import { readCaptionCredit, readSiteCreditCaption } from '../../articles/import/caption-credit.ts';

const BODY = 'जिला प्रशासन ने मंगलवार को नदी किनारे के सभी गांवों में बाढ़ से बचाव की तैयारियों की समीक्षा की।';
const BODY2 = 'अधिकारियों ने बताया कि हर पंचायत में नावें और राहत सामग्री पहले से रख दी गई है ताकि जरूरत पड़ने पर देर न हो।';
const BODY3 = 'ग्रामीणों ने कहा कि पिछले साल राहत देर से पहुंची थी, इसलिए इस बार वे खुद भी निगरानी समितियां बना रहे हैं।';
const featuresOf = (texts: string[]): LineFeatures[] => texts.map((text, index) => lineFeatures(index + 1, text, index));

describe('inline teasers (label, separator, another headline)', () => {
  it('a label with a pointing glyph, in another script, or ending in a link verb marks a teaser', () => {
    expect(isInlineTeaser('➤ यह भी जानें: पहाड़ी जिलों में बर्फबारी से 40 सड़कें बंद')).toBe(true);
    expect(isInlineTeaser('छूट न जाए >> नए साल पर शहर में चलेंगी 20 अतिरिक्त बसें')).toBe(true);
    expect(isInlineTeaser('Top Story: राजधानी में आज से सम-विषम नियम लागू होगा')).toBe(true);
    expect(isInlineTeaser('इसे भी देखें - गांव की बेटी ने राष्ट्रीय कुश्ती में जीता सोना')).toBe(true);
  });

  it('a subheading with a colon, a sentence and a row of labels are no teasers', () => {
    expect(isInlineTeaser('राहत शिविर: हर पंचायत में दो स्थान तय')).toBe(false);
    expect(isInlineTeaser('Top Story: राजधानी में आज से सम-विषम नियम लागू होगा।')).toBe(false);
    expect(isInlineTeaser('वर्ग: शहर, गांव   |   विषय: बाढ़, राहत शिविर, नावें')).toBe(false);
    expect(isInlineTeaser('उन्होंने कहा: तैयारी पूरी है और किसी को डरने की जरूरत नहीं')).toBe(false);
  });

  it('a label of plain words counts when its headline repeats elsewhere on the page', () => {
    const tail = 'नदी के पुल पर आवाजाही दो दिन बंद रहेगी';
    expect(isInlineTeaser(`साथ में: ${tail}`)).toBe(false);
    expect(isInlineTeaser(`साथ में: ${tail}`, (text) => text === tail)).toBe(true);
  });

  it('the importer removes a teaser between paragraphs as "teaser"; the first paragraph and the body stay', () => {
    const text = ['बाढ़ से पहले तैयारी तेज, नदी किनारे के 60 गांवों में नावें पहुंचीं', '12 जनवरी 2026', BODY, BODY2,
      'Top Story: राजधानी में आज से सम-विषम नियम लागू होगा', BODY3].join('\n');
    const [article] = importPages([{ fileName: 'made_up_teaser.txt', text }], { now: () => 'x' });
    expect(article.removed.find((entry) => entry.line === 5)?.reason).toBe('teaser');
    expect(article.removed.map((entry) => entry.line)).not.toEqual(expect.arrayContaining([3, 4, 6]));
  });
});

describe('a row of several headlines (ticker) and the line above the headline', () => {
  it('three parts joined by one spaced pictograph, two of three words or more, make a row', () => {
    expect(isHeadlineRow('ताजा ★ नदी के पुल पर आवाजाही बंद ★ शहर में दो दिन बारिश का अनुमान ★ बसों का किराया बढ़ा')).toBe(true);
    expect(isHeadlineRow('नदी के पुल पर आवाजाही बंद ★ शहर में बारिश')).toBe(false);
    expect(isHeadlineRow(BODY)).toBe(false);
  });

  it('a ticker row is neither the first paragraph nor the title; the headline under the crumb wins', () => {
    const text = ['खबर नगर', 'ताजा ★ नदी के पुल पर आवाजाही दो दिन बंद ★ शहर में दो दिन बारिश का अनुमान ★ बसों का किराया बढ़ा',
      'होम / प्रदेश / जिला', 'बाढ़ से पहले तैयारी तेज, नदी किनारे के 60 गांवों में नावें पहुंचीं', '12 जनवरी 2026', BODY, BODY2, BODY3].join('\n');
    const [article] = importPages([{ fileName: 'made_up_ticker.txt', text }], { now: () => 'x' });
    expect(article.title).toBe('बाढ़ से पहले तैयारी तेज, नदी किनारे के 60 गांवों में नावें पहुंचीं');
    expect(article.removed.map((entry) => entry.line)).toContain(2);
  });

  it('an office line above the headline, its names joined by a conjunction only, is a label and does not win', () => {
    const lines = featuresOf(['ग्रामीण विकास एवं पंचायती राज विभाग', 'बाढ़ से पहले तैयारी तेज, नदी किनारे के 60 गांवों में नावें पहुंचीं', '12 जनवरी 2026', BODY]);
    const context = { lines, isClaimed: () => false, isBylineOrDate: (n: number) => n === 3 };
    expect(onlyCoordinators(lines[0].text)).toBe(true);
    expect(onlyCoordinators(lines[1].text)).toBe(false);
    expect(onlyCoordinators('खेल और मनोरंजन की खबरें')).toBe(false);
    expect(scoreTitleCandidates(context, 3).find((s) => s.features.n === 1)?.reasons).toContain('no-function-words');
    expect(chooseTitle(context, 3)?.n).toBe(2);
  });
});

describe('a date label is no place', () => {
  it('a label phrase ending in a date word before the date is no dateline place', () => {
    const text = ['बाढ़ से पहले तैयारी तेज, नदी किनारे के 60 गांवों में नावें पहुंचीं', 'जारी करने की तिथि: 12 JAN 2026 4:10PM', BODY, BODY2].join('\n');
    const [article] = importPages([{ fileName: 'made_up_date_label.txt', text }], { now: () => 'x' });
    expect((article as { dateline?: string }).dateline).toBeUndefined();
    expect(readPlaceOfDateLine('नया नगर, 12 जनवरी 2026', () => false)).toBe('नया नगर');
  });
});

describe('release rows, piped photo credits and ad labels', () => {
  it('a bracketed label–value pair is a pair of a key–value row ("(<id>: 2417)      <seen> : 88 बार")', () => {
    expect(keyValuePairs('(सूचना क्रमांक: 55120)      पढ़ा गया : 88 बार')).toEqual([{ label: 'सूचना क्रमांक', value: '55120' }, { label: 'पढ़ा गया', value: '88 बार' }]);
    expect(isKeyValueChrome('(सूचना क्रमांक: 55120)      पढ़ा गया : 88 बार', 'footer')).toBe(true);
    expect(isKeyValueChrome('(सूचना क्रमांक: 55120)      पढ़ा गया : 88 बार', 'body')).toBe(false);
  });

  it('a credit set apart from its caption by a spaced pipe is a caption credit', () => {
    expect(readCaptionCredit('नदी किनारे नावें तैयार करते गांव के युवक  |  फोटो: खबर नगर')).toEqual({ caption: 'नदी किनारे नावें तैयार करते गांव के युवक', credit: 'फोटो: खबर नगर' });
    expect(readCaptionCredit('नदी किनारे नावें तैयार करते गांव के युवक फोटो: खबर नगर')).toBeUndefined();
  });

  it('an offer under a one-word line of its own between paragraphs is an ad, label and copy', () => {
    const text = ['बाढ़ से पहले तैयारी तेज, नदी किनारे के 60 गांवों में नावें पहुंचीं', '12 जनवरी 2026', BODY, 'विज्ञापित',
      'नए साल का ऑफर — हर साइकिल पर 25% छूट, आज ही शोरूम आएं', BODY2, BODY3].join('\n');
    const [article] = importPages([{ fileName: 'made_up_ad.txt', text }], { now: () => 'x' });
    expect(article.removed.filter((entry) => entry.reason === 'advertisement').map((entry) => entry.line)).toEqual([4, 5]);
    expect(article.removed.map((entry) => entry.line)).not.toEqual(expect.arrayContaining([3, 6, 7]));
  });
});

describe('the page date and the credit beside it', () => {
  const headline = 'बाढ़ से पहले तैयारी तेज, नदी किनारे के 60 गांवों में नावें पहुंचीं';

  it("the site's date above the headline gives way to the header's own date under it", () => {
    const text = ['खबर नगर', 'आज : बुधवार, 14 जनवरी 2026', 'होम » प्रदेश', headline, 'प्रकाशित : 12-01-2026 | 06:30 PM', BODY, BODY2].join('\n');
    const [article] = importPages([{ fileName: 'made_up_site_date.txt', text }], { now: () => 'x' });
    expect(article.date?.startsWith('2026-01-12')).toBe(true);
    expect(article.removed.find((entry) => entry.line === 2)?.reason).toBe('timestamp');
  });

  it('a date above the headline stays the date when the header has none', () => {
    const text = ['खबर नगर', 'बुधवार, 14 जनवरी 2026', headline, BODY, BODY2].join('\n');
    const [article] = importPages([{ fileName: 'made_up_date_above.txt', text }], { now: () => 'x' });
    expect(article.date?.startsWith('2026-01-14')).toBe(true);
  });

  it('a bare name before the date on its line, split by a bullet or pipe, is the byline', () => {
    for (const dateLine of ['राधा मोहन वर्मा  •  January 12, 2026 / 06:30 PM IST', 'राधा मोहन वर्मा  |  12 जनवरी 2026']) {
      const [article] = importPages([{ fileName: 'made_up_credit_date.txt', text: [headline, dateLine, BODY, BODY2].join('\n') }], { now: () => 'x' });
      expect((article as { byline?: string }).byline).toBe('राधा मोहन वर्मा');
    }
    const [plain] = importPages([{ fileName: 'made_up_credit_none.txt', text: [headline, '12 जनवरी 2026  |  06:30 PM', BODY, BODY2].join('\n') }], { now: () => 'x' });
    expect((plain as { byline?: string }).byline).toBeUndefined();
  });
});

describe('a caption crediting the site itself', () => {
  it('"<label> : <what it shows>। (<site>)" is a caption when the bracket names the masthead', () => {
    expect(readSiteCreditCaption('छवि विवरण : नदी किनारे नावें तैयार करते गांव के युवक। (खबरनगर)', ['खबरनगर'])).toEqual({ caption: 'नदी किनारे नावें तैयार करते गांव के युवक।', credit: 'खबरनगर' });
    // A dateline paragraph credited to an agency is body; so is one without a masthead name in brackets.
    expect(readSiteCreditCaption('रामपुर : जिले में मंगलवार को नावें पहुंचाई गईं। (एजेंसी)', ['खबरनगर'])).toBeUndefined();
    expect(readSiteCreditCaption('छवि विवरण : नदी किनारे नावें तैयार करते गांव के युवक। (खबरनगर)', [])).toBeUndefined();
  });

  it('the importer removes it as a caption, the paragraphs around it stay', () => {
    const text = ['खबरनगर', 'बाढ़ से पहले तैयारी तेज, नदी किनारे के 60 गांवों में नावें पहुंचीं', '12 जनवरी 2026', BODY,
      'छवि विवरण : नदी किनारे नावें तैयार करते गांव के युवक। (खबरनगर)', BODY2, BODY3].join('\n');
    const [article] = importPages([{ fileName: 'made_up_site_caption.txt', text }], { now: () => 'x' });
    expect(article.removed.find((entry) => entry.line === 5)?.reason).toBe('caption');
    expect(article.removed.map((entry) => entry.line)).not.toEqual(expect.arrayContaining([4, 6, 7]));
  });
});

describe('credits in the header: a label before a name, an agent before द्वारा', () => {
  const headline = 'बाढ़ से पहले तैयारी तेज, नदी किनारे के 60 गांवों में नावें पहुंचीं';
  const bylineOf = (lines: string[]): string | undefined =>
    (importPages([{ fileName: 'made_up_credit.txt', text: [...lines, BODY, BODY2].join('\n') }], { now: () => 'x' })[0] as { byline?: string }).byline;

  it('"<label> : <bare name>" right above the date is the byline whatever the label word; a label before a phrase is not', () => {
    expect(bylineOf([headline, 'संवाद : राधा मोहन वर्मा', '12 जनवरी 2026'])).toBe('राधा मोहन वर्मा');
    expect(bylineOf([headline, 'मौसम : ठंडी हवाएं और कोहरा', '12 जनवरी 2026'])).toBeUndefined();
  });

  it('"<date> को <name> द्वारा <posted>" gives the name before द्वारा', () => {
    expect(bylineOf([headline, '12 जनवरी 2026 को राधा वर्मा द्वारा लिखित'])).toBe('राधा वर्मा');
    expect(bylineOf([headline, '12 जनवरी 2026 को प्रकाशित'])).toBeUndefined();
  });
});
