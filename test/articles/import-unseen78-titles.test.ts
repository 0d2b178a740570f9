/**
 * Issue 12, title and kicker classes found on unseen-7 and unseen-8 (described, then written here on made-up
 * lines of no outlet and no fixture): the site's name and slogan at the top taken for the headline, a menu
 * word glued before the headline, a row of links taken for the first sentence above the headline, a Hindi
 * kicker before an unspaced colon.
 */
import { describe, expect, it } from 'vitest';
import { importPages } from '../../articles/index.ts';
import type { Article } from '../../articles/index.ts';
import { copyrightName, isMastheadLine, namesSite } from '../../articles/import/masthead.ts';
import { stripGluedLabel } from '../../articles/import/title-choice.ts';
import { splitHindiKicker } from '../../articles/import/title-kicker.ts';

const HEAD = 'घाटी के गांवों में सौर पंपों से सिंचाई शुरू, चार सौ किसानों को फायदा';
const LEAD = 'जिला कृषि विभाग ने सोमवार को घाटी के बारह गांवों में सौर पंपों से सिंचाई की शुरुआत की है।';
const MORE = 'अधिकारियों के अनुसार अगले साल तक बाकी गांवों को भी इसी योजना से जोड़ दिया जाएगा और डीजल का खर्च घटेगा।';
const LAST = 'किसानों ने कहा कि अब उन्हें बिजली कटौती की चिंता नहीं करनी पड़ेगी।';
const DATE = '7 अप्रैल 2031';
const importOne = (lines: string[]): Article & { kicker?: string } => importPages([{ fileName: 'made_up.txt', text: lines.join('\n') }], { now: () => 'x' })[0];

describe('the masthead block is the site, not the headline', () => {
  it('reads the site name from its copyright line', () => {
    expect(copyrightName('© 2031 Ghati Samvad Media. सर्वाधिकार सुरक्षित।')).toBe('Ghati Samvad Media');
    expect(copyrightName('Copyright © 2030 घाटी संवाद, शिमला। सभी अधिकार सुरक्षित।')).toBe('घाटी संवाद');
    expect(copyrightName('Ghati Samvad © 2031')).toBe('Ghati Samvad');
    expect(copyrightName('© All rights reserved.')).toBeUndefined();
  });

  it('"<site> — <slogan>" and the slogan under a name line are masthead; a headline with a dash is not', () => {
    expect(namesSite('Ghati Samvad', ['Ghati Samvad Media'])).toBe(true);
    expect(isMastheadLine('Ghati Samvad — पहाड़ की हर बात आपके पास', undefined, ['Ghati Samvad Media'])).toBe(true);
    expect(isMastheadLine('पहाड़ों का अपना अखबार', 'घाटी संवाद', ['घाटी संवाद'])).toBe(true);
    expect(isMastheadLine(`किसान मेला — ${HEAD}`, undefined, ['घाटी संवाद'])).toBe(false);
    expect(isMastheadLine(HEAD, 'होम   देश   खेती', ['घाटी संवाद'])).toBe(false);
    // A headline right under the name line is no slogan: it has a colon, a question or figures, or is longer.
    expect(isMastheadLine('सौर पंप: क्या घाटी में खत्म होगी डीजल की मार?', 'घाटी संवाद', ['घाटी संवाद'])).toBe(false);
    expect(isMastheadLine(HEAD, 'घाटी संवाद', ['घाटी संवाद'])).toBe(false);
  });

  it('on a page, the headline under the masthead wins over the slogan', () => {
    const article = importOne(['Ghati Samvad — पहाड़ की हर बात आपके पास, सबसे पहले', 'होम   देश   खेती   मौसम', HEAD, DATE, LEAD, MORE, LAST, '© 2031 Ghati Samvad Media. सर्वाधिकार सुरक्षित।']);
    expect(article.title).toBe(HEAD);
  });
});

describe('a menu word of the page glued before the headline', () => {
  const counts = new Map([['घाटी', 2], ['गांवों', 3], ['देशभर', 2], [`खेती${HEAD.split(' ')[0]}`, 1]]);
  const elsewhere = (word: string): number => counts.get(word) ?? 0;
  it('is stripped when the glued word occurs nowhere else and the word after the label does', () => {
    expect(stripGluedLabel(`खेती${HEAD}`, ['होम', 'खेती'], elsewhere)).toBe(HEAD);
  });
  it('stays when the first word merely starts with a menu word and stands so elsewhere', () => {
    const title = 'देशभर में सौर पंपों की मांग बढ़ी, कंपनियों ने उत्पादन दोगुना किया';
    expect(stripGluedLabel(title, ['देश'], elsewhere)).toBe(title);
  });
  it('on a page, the nav word glued before the headline is not part of the title', () => {
    const article = importOne(['होम   देश   प्रदेश   खेती   मौसम   खेल   वीडियो', `खेती${HEAD}`, DATE, LEAD, MORE, LAST]);
    expect(article.title).toBe(HEAD);
  });
});

describe('a row of links taken for the first sentence above the headline', () => {
  it('the headline is the line nearest above the date, not the row', () => {
    const row = 'बारिश कब आएगी?   |   पेंशन कैसे मिलेगी?   |   परीक्षा कब होगी?';
    const article = importOne(['होम   देश   खेती', row, HEAD, DATE, LEAD, MORE, LAST]);
    expect(article.title).toBe(HEAD);
  });
});

describe('a Hindi kicker before an unspaced colon', () => {
  it('one or two label words without function words or figures, five or more headline words after', () => {
    expect(splitHindiKicker(`खास रिपोर्ट: ${HEAD}`, [])).toEqual({ kicker: 'खास रिपोर्ट', title: HEAD });
    expect(splitHindiKicker(`पड़ताल: ${HEAD}`, [])).toEqual({ kicker: 'पड़ताल', title: HEAD });
  });
  it('only the first label is the kicker; the headline keeps its own colon', () => {
    expect(splitHindiKicker(`पड़ताल: पानी से खेत तक: ${HEAD}`, [])).toEqual({ kicker: 'पड़ताल', title: `पानी से खेत तक: ${HEAD}` });
    // A figure glued to the label's letters is part of a name ("<format>20"), not a year standing as a word.
    expect(splitHindiKicker(`युवा टी10: ${HEAD}`, [])).toEqual({ kicker: 'युवा टी10', title: HEAD });
    expect(splitHindiKicker(`युवा टी10 : ${HEAD}`, [])).toEqual({ kicker: 'युवा टी10', title: HEAD });
  });
  it('no kicker: the page\'s place, a hyphenated pair, figures, three words, a quote after the colon, a short rest', () => {
    expect(splitHindiKicker(`घाटी: ${HEAD}`, ['घाटी'])).toBeUndefined();
    expect(splitHindiKicker(`नदी-बांध विवाद: ${HEAD}`, [])).toBeUndefined();
    expect(splitHindiKicker(`चुनाव 2031: ${HEAD}`, [])).toBeUndefined();
    expect(splitHindiKicker(`घाटी खेती समाचार: ${HEAD}`, [])).toBeUndefined();
    expect(splitHindiKicker('मंत्री: "हम हर गांव तक पानी पहुंचाएंगे"', [])).toBeUndefined();
    expect(splitHindiKicker('पड़ताल: सौर पंप शुरू', [])).toBeUndefined();
  });
  it('on a page, the first paragraph\'s opening place keeps its lead in the title', () => {
    const article = importOne(['होम   देश   खेती', `सिरमौर: ${HEAD}`, DATE, `सिरमौर जिले के ${LEAD}`, MORE, LAST]);
    expect(article.title).toBe(`सिरमौर: ${HEAD}`);
    expect(article.kicker).toBeUndefined();
  });
});

describe('another story\'s card above the headline', () => {
  const CARD = 'नदी किनारे के गांवों में बाढ़ से पहले नावें और राहत शिविर तैयार';
  it('a headline with its own date of another day, above a headline with the page\'s date, is a card', () => {
    const article = importOne(['होम   देश   प्रदेश   खेती   मौसम   खेल   वीडियो', 'और खबरें', CARD, '2 अप्रैल 2031', HEAD, 'लेखक: कमला नेगी', DATE, LEAD, MORE, LAST]);
    expect(article.title).toBe(HEAD);
  });
  it('a card whose date stands above it ("<section> · <date>") is a card too, when the headline is also linked from another page', () => {
    const nav = 'होम   देश   प्रदेश   खेती   मौसम   खेल   वीडियो';
    const page = [nav, 'खेती  ·  2 अप्रैल 2031', CARD, HEAD, LEAD, 'Kamla Negi', DATE, MORE, LAST].join('\n');
    const other = [nav, 'पहाड़ी कस्बों में पानी की नई पाइपलाइन से तीन मोहल्लों को राहत', '3 अप्रैल 2031', MORE, 'यह भी पढ़ें', HEAD, LAST].join('\n');
    const [article] = importPages([{ fileName: 'a.txt', text: page }, { fileName: 'b.txt', text: other }], { now: () => 'x' });
    expect(article.title).toBe(HEAD);
  });
  it('a subheading under the headline with no date of another day leaves the headline alone', () => {
    const article = importOne(['होम   देश   प्रदेश   खेती   मौसम   खेल   वीडियो', HEAD, DATE, CARD, 'लेखक: कमला नेगी', LEAD, MORE, LAST]);
    expect(article.title).toBe(HEAD);
  });
});

describe('a date under one candidate is not a date header over the next', () => {
  it('the line after the headline\'s own date does not take that date as its header', () => {
    const after = 'घाटी की यह खबर अपने दोस्तों और परिवार तक पहुंचाइए   |   छापिए';
    const article = importOne(['होम   देश   खेती', HEAD, DATE, after, LEAD, MORE, LAST]);
    expect(article.title).toBe(HEAD);
  });
});
