/**
 * Issue 12, round 4: general classes of page furniture and metadata, each on made-up lines of no
 * outlet (captions with a glued credit, key–value rows, prose calls to action, unlabelled bylines,
 * datelines after a standfirst, a spaced Hindi kicker).
 */
import { describe, expect, it } from 'vitest';
import { importPage, unaccountedLines } from '../../articles/index.ts';
import { readCaptionCredit } from '../../articles/import/caption-credit.ts';
import { isButtonRow, isCounterRow, isKeyValueChrome, keyValuePairs } from '../../articles/import/key-value-rows.ts';
import { isCallToAction, siteNamesOf } from '../../articles/import/call-to-action.ts';
import { readEndCredit, readPlaceOfDateLine, readUnlabelledCredit, splitLeadingDateline } from '../../articles/import/header-fields.ts';
import { readByline } from '../../articles/import/page-metadata.ts';
import { splitHindiKicker } from '../../articles/import/title-kicker.ts';
import { isReaderAppeal } from '../../articles/import/reader-appeal.ts';
import { findPullQuotes } from '../../articles/import/pull-quote.ts';
import { isAdCopy } from '../../articles/import/ad-copy.ts';

const BODY = 'नगर निगम ने सोमवार को शहर की सभी प्रमुख सड़कों की मरम्मत का काम शुरू कर दिया है।';
const BODY2 = 'अधिकारियों ने बताया कि यह काम बारिश से पहले पूरा कर लिया जाएगा और इसके लिए अलग बजट रखा गया है।';
const BODY3 = 'शहर के व्यापारियों ने कहा कि मरम्मत के दौरान बाजारों तक पहुंचने के लिए वैकल्पिक रास्ते बनाए जाने चाहिए।';
const HEADLINE = 'शहर की सड़कों की मरम्मत बारिश से पहले पूरी होगी, निगम ने जारी किया बजट';

const bodyLines = (text: string, fileName = 'page.txt'): string[] => {
  const article = importPage({ fileName, text }, { now: () => 'x' });
  expect(unaccountedLines(text, article)).toEqual([]);
  const claimed = new Set([...article.removed.map((r) => r.line), ...article.metadata.map((m) => m.line)]);
  return text.split('\n').filter((line, k) => line.trim() !== '' && !claimed.has(k + 1));
};

describe('photo caption with a glued credit', () => {
  it('reads the caption and the credit, bracketed or not, Latin or Devanagari label', () => {
    expect(readCaptionCredit('पुल पर खड़े लोग बाढ़ का पानी देखते हुए। (फोटो: संवाददाता)')).toEqual({ caption: 'पुल पर खड़े लोग बाढ़ का पानी देखते हुए।', credit: '(फोटो: संवाददाता)' });
    expect(readCaptionCredit('मंडी में गेहूं की तौल करते मजदूर। Photo: Some Agency')?.credit).toBe('Photo: Some Agency');
    expect(readCaptionCredit('सूखा पड़ा एक तालाब। सांकेतिक तस्वीर: स्टॉक')?.caption).toBe('सूखा पड़ा एक तालाब।');
    expect(readCaptionCredit('सूखा पड़ा एक तालाब। प्रतीकात्मक तस्वीर: स्टॉक')?.credit).toBe('प्रतीकात्मक तस्वीर: स्टॉक');
  });

  it('a dash for the colon, any one- or two-word label after one short sentence, a bracketed photo note or a bracketed credit after an unpunctuated caption', () => {
    expect(readCaptionCredit('पुल पर खड़े लोग बाढ़ का पानी देखते हुए।  फोटो - संवाददाता')?.credit).toBe('फोटो - संवाददाता');
    expect(readCaptionCredit('पुल पर खड़े लोग बाढ़ का पानी देखते हुए। छवि : रमेश कुमार')?.credit).toBe('छवि : रमेश कुमार');
    expect(readCaptionCredit('पुल पर खड़े लोग बाढ़ का पानी देखते हुए। (फाइल फोटो)')?.credit).toBe('(फाइल फोटो)');
    expect(readCaptionCredit('पुल पर खड़े लोग बाढ़ का पानी देखते हुए (Photo Credit: Some Agency)')?.credit).toBe('(Photo Credit: Some Agency)');
    // Without a known label: a list item, two sentences, or a credit with function words is no caption.
    expect(readCaptionCredit('3. रमेश कुमार - 3 विकेट')).toBeUndefined();
    expect(readCaptionCredit(`${BODY} ${BODY2} छवि : रमेश कुमार`)).toBeUndefined();
    expect(readCaptionCredit('पुल पर खड़े लोग बाढ़ का पानी देखते हुए। सवाल : यह कब तक होगा')).toBeUndefined();
    expect(readCaptionCredit('पुल पर खड़े लोग बाढ़ का पानी देखते हुए (रमेश कुमार)')).toBeUndefined();
  });

  it('a sentence without a credit, a credit alone or a long paragraph is no caption', () => {
    expect(readCaptionCredit(BODY)).toBeUndefined();
    expect(readCaptionCredit('फोटो: संवाददाता')).toBeUndefined();
    expect(readCaptionCredit(`${BODY} ${BODY2} ${BODY3} फोटो: संवाददाता`)).toBeUndefined();
    // A colon inside the sentence that is not a credit label.
    expect(readCaptionCredit('मंत्री ने कहा: काम जल्द पूरा होगा।')).toBeUndefined();
  });

  it('importPage removes the caption between paragraphs as restorable chrome', () => {
    const text = [HEADLINE, BODY, 'सड़क पर काम करते मजदूर। (फोटो: संवाददाता)', BODY2].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.removed.find((r) => r.line === 3)?.reason).toBe('caption');
    expect(bodyLines(text)).toEqual([BODY, BODY2]);
  });
});

describe('key–value rows', () => {
  it('reads rows made only of label: value pairs; a sentence with a colon is none', () => {
    expect(keyValuePairs('वर्ग: खेल | क्रम: साधारण | अक्षर: 512')?.map((p) => p.label)).toEqual(['वर्ग', 'क्रम', 'अक्षर']);
    expect(keyValuePairs('कुल पाठक: 12,34,567')).toEqual([{ label: 'कुल पाठक', value: '12,34,567' }]);
    expect(keyValuePairs('मंत्री ने कहा: काम जल्द पूरा होगा और सड़कें खुलेंगी।')).toBeUndefined();
    expect(keyValuePairs('मंत्री ने कहा: काम जल्द पूरा होगा')).toBeUndefined();
    expect(keyValuePairs(BODY)).toBeUndefined();
  });

  it('position decides: two pairs in the header or any row in the footer are chrome, a row inside the story is not', () => {
    expect(isKeyValueChrome('वर्ग: खेल | क्रम: साधारण', 'header')).toBe(true);
    expect(isKeyValueChrome('वर्ग: खेल', 'header')).toBe(false);
    expect(isKeyValueChrome('दूरभाष: 0000-111111', 'footer')).toBe(true);
    expect(isKeyValueChrome('दल क: 120 | दल ख: 98', 'body')).toBe(false);
  });

  it('importPage removes a feed row under the headline and a counter in the footer; a result row in the story stays', () => {
    const text = [
      HEADLINE, '12 जनवरी 2026', 'वर्ग: नगर | क्रम: साधारण | अक्षर: 420', BODY, 'दल क: 120 | दल ख: 98', BODY2, BODY3,
      'हमारे बारे में | संपर्क | नियम | गोपनीयता', 'कुल पाठक: 12,34,567', 'पता: पुराना बाजार, नया नगर',
    ].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.removed.filter((r) => r.reason === 'key-value').map((r) => r.line)).toEqual([3, 9, 10]);
    expect(bodyLines(text)).toEqual([BODY, 'दल क: 120 | दल ख: 98', BODY2, BODY3]);
  });
});

describe('calls to action written as prose', () => {
  const site = siteNamesOf(['नया सवेरा समाचार', 'होम  देश  खेल', 'खेल'], undefined);

  it('the site names are short header lines without separators or figures', () => {
    expect(site).toEqual(['नया सवेरा समाचार']);
  });

  it('an imperative ending, no sentence punctuation, and the site speaking (its name, "we/our", a pointer to a link)', () => {
    expect(isCallToAction('नया सवेरा समाचार की सालाना रिपोर्ट मुफ्त में डाउनलोड करें', site)).toBe(true);
    expect(isCallToAction('पूरी रिपोर्ट नया सवेरा समाचार के नए अंक में पढ़ें', site)).toBe(true);
    expect(isCallToAction('ताजा खबरों के लिए हमारे चैनल से जुड़ें', [])).toBe(true);
    expect(isCallToAction('पूरी सूची यहां देखें →', [])).toBe(true);
  });

  it('a sentence of the story, a quoted instruction, a subheading or a menu row is none', () => {
    expect(isCallToAction('किसान कटी फसल को खुले में न रखें और सिंचाई रोक दें।', site)).toBe(false);
    expect(isCallToAction('"हमारे गांव आकर देखें," सरपंच ने कहा', site)).toBe(false);
    expect(isCallToAction('ऐसे करें आवेदन', site)).toBe(false);
    expect(isCallToAction('नीचे दी गई सूची देखें:', site)).toBe(false);
    // An imperative without the site speaking: advice in the story's own voice.
    expect(isCallToAction('गर्मी में दिन भर खूब पानी पिएं और डॉक्टर से सलाह लें', site)).toBe(false);
    expect(isCallToAction('फेसबुक  एक्स  व्हाट्सएप  लिंक कॉपी करें', site)).toBe(false);
  });

  it('importPage removes the call to action between paragraphs as promo; the paragraphs stay', () => {
    const text = ['नया सवेरा समाचार', HEADLINE, BODY, 'नया सवेरा समाचार की सालाना रिपोर्ट यहां से डाउनलोड करें', BODY2, BODY3].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.removed.find((r) => r.line === 4)?.reason).toBe('promo');
    expect(bodyLines(text)).toEqual([BODY, BODY2, BODY3]);
  });
});

describe('bylines without a label', () => {
  it('reads "<name>", "<name or team>, <place>" and "<name> | <place>"; the place is not part of the byline', () => {
    expect(readUnlabelledCredit('कमला देवी')).toEqual({ byline: 'कमला देवी' });
    expect(readUnlabelledCredit('नया सवेरा टीम, रामपुर')).toEqual({ byline: 'नया सवेरा टीम', place: 'रामपुर' });
    expect(readUnlabelledCredit('रमेश कुमार | सीतापुर')).toEqual({ byline: 'रमेश कुमार', place: 'सीतापुर' });
    expect(readUnlabelledCredit('Asha Rani, Rampur')).toEqual({ byline: 'Asha Rani', place: 'Rampur' });
  });

  it('a one-word line, a phrase with function words, a date or a sentence is no byline', () => {
    expect(readUnlabelledCredit('मौसम')).toBeUndefined();
    expect(readUnlabelledCredit('इस लेख को साझा करें')).toBeUndefined();
    expect(readUnlabelledCredit('12 जनवरी 2026')).toBeUndefined();
    expect(readUnlabelledCredit(BODY)).toBeUndefined();
    expect(readUnlabelledCredit('एक, दो, तीन')).toBeUndefined();
  });

  it('a desk credit signing from its city loses the city; a longer credit is kept whole', () => {
    expect(readByline('शहर ब्यूरो, रामपुर')).toBe('शहर ब्यूरो');
    expect(readByline('न्यूज डेस्क, नया सवेरा, रामपुर')).toBe('न्यूज डेस्क, नया सवेरा, रामपुर');
  });

  it('importPage reads the line right above the page date as the byline, standfirst between or not, and no card takes them', () => {
    const standfirst = 'नगर निगम के नए बजट में सड़कों के लिए सबसे बड़ा हिस्सा रखा गया है और काम तीन महीने में पूरा होगा।';
    for (const credit of ['कमला देवी', 'नया सवेरा टीम, रामपुर', 'रमेश कुमार | सीतापुर']) {
      const text = [HEADLINE, standfirst, credit, '12 जनवरी 2026', '5 मिनट पढ़ें', BODY, BODY2, BODY3].join('\n');
      const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
      expect(article.byline).toBe(readUnlabelledCredit(credit)?.byline);
      expect(article.date).toBe('2026-01-12');
      expect(article.metadata.filter((m) => m.field === 'byline').map((m) => m.line)).toEqual([3]);
      expect(unaccountedLines(text, article)).toEqual([]);
    }
  });

  it('"<name> / <place>" above the date (a crumb in pass 1) and "<name>, <place>" below it; a bare Latin line is no name', () => {
    expect(readUnlabelledCredit('रमेश कुमार / सीतापुर')).toEqual({ byline: 'रमेश कुमार', place: 'सीतापुर' });
    expect(readUnlabelledCredit('Search This Blog')).toBeUndefined();
    const slash = [HEADLINE, 'रमेश कुमार / सीतापुर', '12 जनवरी 2026', BODY, BODY2, BODY3].join('\n');
    const a = importPage({ fileName: 'p.txt', text: slash }, { now: () => 'x' });
    expect([a.byline, a.metadata.find((m) => m.line === 2)?.field, a.removed.some((r) => r.line === 2)]).toEqual(['रमेश कुमार', 'byline', false]);
    const below = [HEADLINE, '12 जनवरी 2026', 'कमला देवी, रामपुर', BODY, BODY2, BODY3].join('\n');
    expect(importPage({ fileName: 'p.txt', text: below }, { now: () => 'x' }).byline).toBe('कमला देवी');
  });

  it('an author credit outranks an editor credit; the editor is the byline when no author is named', () => {
    const both = [HEADLINE, 'Edited by: Mohan Lal', 'कमला देवी', '12 जनवरी 2026', BODY, BODY2, BODY3].join('\n');
    expect(importPage({ fileName: 'p.txt', text: both }, { now: () => 'x' }).byline).toBe('कमला देवी');
    const editorOnly = [HEADLINE, 'Edited by: Mohan Lal', '12 जनवरी 2026', BODY, BODY2, BODY3].join('\n');
    expect(importPage({ fileName: 'p.txt', text: editorOnly }, { now: () => 'x' }).byline).toBe('Mohan Lal');
  });

  it('a short line under the headline with no date below it stays where it was', () => {
    const text = [HEADLINE, 'कमला देवी', BODY, BODY2].join('\n');
    expect(importPage({ fileName: 'p.txt', text }, { now: () => 'x' }).byline).toBeUndefined();
  });
});

describe('datelines in other places', () => {
  it('the place leading the page\'s date line is the dateline; a date label is no place', () => {
    const never = (): boolean => false;
    expect(readPlaceOfDateLine('रामपुर : सोमवार, जनवरी 12, 2026, 10:05 IST', never)).toBe('रामपुर');
    expect(readPlaceOfDateLine('नया नगर, 12 जनवरी 2026', never)).toBe('नया नगर');
    expect(readPlaceOfDateLine('प्रकाशित : 12 जनवरी 2026', (word) => word === 'प्रकाशित')).toBeUndefined();
    const text = [HEADLINE, 'रामपुर : सोमवार, जनवरी 12, 2026, 10:05 IST', BODY, BODY2, BODY3].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect([article.dateline, article.date]).toEqual(['रामपुर', '2026-01-12T10:05:00+05:30']);
  });

  it('a term with its abbreviation in brackets opening a sentence is no dateline; a place with a date and agency is', () => {
    expect(splitLeadingDateline(`नई भुगतान प्रणाली (NBP) ${BODY}`)).toBeUndefined();
    expect(splitLeadingDateline(`रामपुर, 12 जनवरी (एजेंसी) ${BODY}`)?.dateline).toBe('रामपुर, 12 जनवरी (एजेंसी)');
  });

  it('a deck under the byline does not hide the dateline of the paragraph below it', () => {
    const deck = 'नगर निगम के नए बजट में सड़कों के लिए सबसे बड़ा हिस्सा रखा गया है और काम तीन महीने में पूरा होगा।';
    const text = [HEADLINE, '12 जनवरी 2026', 'कमला देवी, रामपुर', deck, `रामपुर। ${BODY}`, BODY2, BODY3].join('\n');
    expect(importPage({ fileName: 'p.txt', text }, { now: () => 'x' }).dateline).toBe('रामपुर');
  });
});

describe('dateline after a standfirst', () => {
  it('the dateline opens the first paragraph below the byline and date, not the standfirst above them', () => {
    const standfirst = 'नगर निगम के नए बजट में सड़कों के लिए सबसे बड़ा हिस्सा रखा गया है और काम तीन महीने में पूरा होगा।';
    const text = [HEADLINE, standfirst, 'कमला देवी', '12 जनवरी 2026', `रामपुर (नया प्रदेश)। ${BODY}`, BODY2, BODY3].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.dateline).toBe('रामपुर (नया प्रदेश)');
    expect(article.segments.map((s) => s.source)).toContain(BODY);
    expect(article.segments.map((s) => s.source)).toContain(standfirst);
    expect(unaccountedLines(text, article)).toEqual([]);
  });
});

describe('a spaced Hindi kicker inside the title', () => {
  it('one to three topic words before a spaced colon, a headline of five or more words after it', () => {
    expect(splitHindiKicker(`प्रदेश राजनीति : ${HEADLINE}`, [])).toEqual({ kicker: 'प्रदेश राजनीति', title: HEADLINE });
    expect(splitHindiKicker(`मौसम : ${HEADLINE}`, [])).toEqual({ kicker: 'मौसम', title: HEADLINE });
  });

  it('the page\'s own place leading the headline stays in it (the dateline or crumb names it)', () => {
    expect(splitHindiKicker(`रामपुर : ${HEADLINE}`, ['होम', 'रामपुर'])).toBeUndefined();
    expect(splitHindiKicker(`रामपुर : ${HEADLINE}`, [])).toEqual({ kicker: 'रामपुर', title: HEADLINE });
  });

  it('function words or figures in the label, or a short rest is no kicker', () => {
    // Since unseen-7/8 an unspaced colon after one or two label words is a kicker too (import-unseen78-titles.test.ts).
    expect(splitHindiKicker(`शहर की खबर : ${HEADLINE}`, [])).toBeUndefined();
    expect(splitHindiKicker(`चुनाव 2026 : ${HEADLINE}`, [])).toBeUndefined();
    expect(splitHindiKicker('मौसम : आज बारिश होगी', [])).toBeUndefined();
  });

  it('a short topic joined to the headline by a spaced pipe is the kicker; the longer part is the headline', () => {
    const text = ['होम / प्रदेश', `प्रदेश राजनीति | ${HEADLINE}`, '12 जनवरी 2026', BODY, BODY2, BODY3].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect([article.kicker, article.title]).toEqual(['प्रदेश राजनीति', HEADLINE]);
  });

  it('importPage reads the kicker as a field, the repeat of the full line is still the title; a place lead named by the dateline stays', () => {
    const text = ['होम » प्रदेश', `प्रदेश राजनीति : ${HEADLINE}`, '12 जनवरी 2026', BODY, BODY2, `प्रदेश राजनीति : ${HEADLINE}`, BODY3].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect([article.kicker, article.title]).toEqual(['प्रदेश राजनीति', HEADLINE]);
    expect(article.segments[0].source).toBe(HEADLINE);
    expect(article.metadata.filter((m) => m.field === 'title').map((m) => m.line)).toEqual([2, 6]);
    const local = ['होम » प्रदेश', `रामपुर : ${HEADLINE}`, '12 जनवरी 2026', `रामपुर : ${BODY}`, BODY2, BODY3].join('\n');
    const kept = importPage({ fileName: 'p.txt', text: local }, { now: () => 'x' });
    expect([kept.kicker, kept.title, kept.dateline]).toEqual([undefined, `रामपुर : ${HEADLINE}`, 'रामपुर']);
  });
});

describe('an end credit "<source> / <name>" below the story', () => {
  it('the source must be the site or an agency, the name a bare personal name', () => {
    expect(readEndCredit('नया सवेरा समाचार / कमला देवी', ['नया सवेरा समाचार'])).toBe('कमला देवी');
    expect(readEndCredit('नया सवेरा समाचार / कमला देवी', ['दूसरा अखबार'])).toBeUndefined();
    expect(readEndCredit('होम / प्रदेश', ['नया सवेरा समाचार'])).toBeUndefined();
    expect(readEndCredit('नया सवेरा समाचार / रामपुर, प्रदेश', ['नया सवेरा समाचार'])).toBeUndefined();
  });

  it('a bare personal name right under the last paragraph signs the story when the header names no one', () => {
    const text = [HEADLINE, '12 जनवरी 2026', BODY, BODY2, BODY3, 'कमला देवी', 'हमारे बारे में | संपर्क | नियम | गोपनीयता'].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect([article.byline, article.metadata.find((m) => m.line === 6)?.field]).toEqual(['कमला देवी', 'byline']);
    const named = [HEADLINE, 'रमेश कुमार', '12 जनवरी 2026', BODY, BODY2, BODY3, 'कमला देवी'].join('\n');
    expect(importPage({ fileName: 'p.txt', text: named }, { now: () => 'x' }).byline).toBe('रमेश कुमार');
  });

  it('importPage takes it as the byline below the last paragraph, never above the headline', () => {
    const text = ['नया सवेरा समाचार', HEADLINE, '12 जनवरी 2026', BODY, BODY2, BODY3, 'नया सवेरा समाचार / कमला देवी'].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.byline).toBe('कमला देवी');
    expect(article.metadata.find((m) => m.line === 7)?.field).toBe('byline');
    expect(unaccountedLines(text, article)).toEqual([]);
    const above = ['नया सवेरा समाचार / कमला देवी', HEADLINE, '12 जनवरी 2026', BODY, BODY2, BODY3].join('\n');
    expect(importPage({ fileName: 'p.txt', text: above }, { now: () => 'x' }).byline).toBeUndefined();
  });
});

describe('button rows outside the story', () => {
  it('three or more short parts split by pipes, bullets or wide gaps; a sentence or a two-part line is none', () => {
    expect(isButtonRow('छापें  |  ईमेल करें  |  सहेजें')).toBe(true);
    expect(isButtonRow('अक्षर  क-  क  क+')).toBe(true);
    expect(isButtonRow('छापें | सहेजें')).toBe(false);
    expect(isButtonRow(BODY)).toBe(false);
  });

  it('importPage removes a button row between the date and the story (not a standfirst), and keeps a table row inside the story', () => {
    const text = [HEADLINE, '12 जनवरी 2026', 'छापें  |  ईमेल करें  |  सहेजें', 'अक्षर  क-  क  क+', BODY, 'दल क  |  120 सीटें  |  41 प्रतिशत', BODY2, BODY3].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.removed.filter((r) => r.reason === 'menu').map((r) => r.line)).toEqual([3, 4]);
    expect(bodyLines(text)).toEqual([BODY, 'दल क  |  120 सीटें  |  41 प्रतिशत', BODY2, BODY3]);
  });
});

describe('appeals to the reader below the story', () => {
  it('the site speaks (we) and turns to the reader (you, an imperative), or makes a polite request', () => {
    expect(isReaderAppeal('अगर आप हमारी खबरें पसंद करते हैं तो हमें सहयोग दें।')).toBe(true);
    expect(isReaderAppeal('हम केवल अपने पाठकों के प्रति जवाबदेह हैं, इसलिए आप भी साथ आएं।')).toBe(true);
    expect(isReaderAppeal('कृपया टिप्पणी में संयम बरतें।')).toBe(true);
  });

  it('reported speech, a quote or a sentence without both voices is none', () => {
    expect(isReaderAppeal('मंत्री ने कहा कि हम आपके साथ हैं और मदद करें।')).toBe(false);
    expect(isReaderAppeal('"हम आपके साथ हैं," मंत्री ने कहा।')).toBe(false);
    expect(isReaderAppeal('हमें इस पर गंभीरता से सोचना होगा।')).toBe(false);
    expect(isReaderAppeal(BODY)).toBe(false);
  });

  it('importPage removes appeals only below the last paragraph; the same sentence inside the story stays', () => {
    const appeal = 'अगर आप हमारी खबरें पसंद करते हैं तो हमें सहयोग दें।';
    const request = 'कृपया अपनी टिप्पणी में संयम बरतें और विषय से जुड़ी बात ही लिखें।';
    const text = [HEADLINE, BODY, appeal, BODY2, BODY3, appeal, 'हमारे बारे में | संपर्क | नियम | गोपनीयता', request].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.removed.filter((r) => r.reason === 'appeal').map((r) => r.line)).toEqual([6, 8]);
    expect(bodyLines(text)).toEqual([BODY, appeal, BODY2, BODY3]);
  });
});

describe('counter rows outside the story', () => {
  it('every part a short count or figure with its label', () => {
    expect(isCounterRow('पढ़ने का समय : 4 मिनट   |   7 टिप्पणियां')).toBe(true);
    expect(isCounterRow('क्रमांक : 1234')).toBe(true);
    expect(isCounterRow('12 टिप्पणियां')).toBe(true);
    expect(isCounterRow('दस्तावेज (PDF, 120 KB)')).toBe(true);
  });

  it('a short standfirst or sentence with a figure is none', () => {
    expect(isCounterRow('3 लोगों की मौत, 12 घायल')).toBe(false);
    expect(isCounterRow('पिछले साल इसी महीने में 1.6 लाख करोड़ रुपये जुटाए गए थे')).toBe(false);
    expect(isCounterRow(BODY)).toBe(false);
  });

  it('importPage removes a counter under the headline; a short figure standfirst stays', () => {
    const text = [HEADLINE, '12 जनवरी 2026', 'क्रमांक : 1234', '3 लोगों की मौत, 12 घायल', BODY, BODY2, BODY3].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.removed.find((r) => r.line === 3)?.reason).toBe('menu');
    expect(bodyLines(text)).toEqual(['3 लोगों की मौत, 12 घायल', BODY, BODY2, BODY3]);
  });
});

describe('pull quotes', () => {
  const quote = 'सड़कें शहर की नसें हैं और इन्हें ठीक रखना हम सबकी जिम्मेदारी है।';
  const paragraph = `महापौर ने बैठक में कहा, "${quote}" उन्होंने ठेकेदारों से समय पर काम पूरा करने को कहा।`;

  it('a quoted line whose text stands inside a longer line is a pull quote; an unquoted line or a lone quote is not', () => {
    const lines = [paragraph, `“${quote}”`, quote, '"यह वाक्य कहीं और नहीं आता है और अकेला खड़ा है।"'].map((text, k) => ({ n: k + 1, text }));
    expect([...findPullQuotes(lines)]).toEqual([2]);
  });

  it('importPage removes the repeat; the paragraph keeps the sentence', () => {
    const text = [HEADLINE, BODY, paragraph, `“${quote}”`, BODY2, BODY3].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.removed.find((r) => r.line === 4)?.reason).toBe('pull-quote');
    expect(bodyLines(text)).toEqual([BODY, paragraph, BODY2, BODY3]);
  });
});

describe('ad copy under an ad label', () => {
  it('an offer line (a percentage or price and a spaced dash, no sentence end) is ad copy; a subheading or a sentence is not', () => {
    expect(isAdCopy('नए साल की सेल — हर जूते पर 30% छूट, केवल आज')).toBe(true);
    expect(isAdCopy('गृह ऋण अब ₹999 से — कोई शुल्क नहीं')).toBe(true);
    expect(isAdCopy('बजट में 30% बढ़ोतरी')).toBe(false);
    expect(isAdCopy('निगम ने कहा कि कर 30% बढ़ेगा — यह फैसला अगले साल से लागू होगा।')).toBe(false);
  });

  it('importPage removes it only right under an ad label; the story resuming under the label stays', () => {
    const ad = 'नए साल की सेल — हर जूते पर 30% छूट, केवल आज';
    const text = [HEADLINE, BODY, 'विज्ञापन', ad, BODY2, ad, 'विज्ञापन', BODY3].join('\n');
    const article = importPage({ fileName: 'p.txt', text }, { now: () => 'x' });
    expect(article.removed.filter((r) => r.reason === 'advertisement').map((r) => r.line)).toEqual([3, 4, 7]);
    expect(bodyLines(text)).toEqual([BODY, BODY2, ad, BODY3]);
  });
});
