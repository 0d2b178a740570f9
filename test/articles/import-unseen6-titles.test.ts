/**
 * Issue 12, title classes found on unseen-6 (described, then written here on made-up lines of no outlet and
 * no fixture): a crumb after a "you are here" label, the browser-title line "<headline> - <site>", a bracketed
 * embed placeholder, the page's headline printed as a related card on the outlet's other page, a headline
 * behind a media-kind Latin kicker, a Hindi genre kicker that shares a word with the crumb.
 */
import { describe, expect, it } from 'vitest';
import { chooseTitle, importPages, isCrumbTrail, lineFeatures, matchBoilerplate, scoreTitleCandidates } from '../../articles/index.ts';
import type { Article, LineFeatures } from '../../articles/index.ts';
import { isBracketedPlaceholder, withoutSiteSuffix } from '../../articles/import/title-choice.ts';
import { isKickerAndHeadline } from '../../articles/import/title-kicker.ts';

const HEAD = 'पहाड़ी कस्बे में पानी की नई पाइपलाइन से तीन मोहल्लों को राहत';
const LEAD = 'नगर पालिका ने मंगलवार को पहाड़ी कस्बे के ऊपरी मोहल्लों तक नई पाइपलाइन से पानी पहुंचाना शुरू कर दिया है।';
const MORE = 'अधिकारियों के अनुसार अगले महीने तक बाकी दो मोहल्लों को भी इसी लाइन से जोड़ दिया जाएगा और टैंकरों की जरूरत नहीं रहेगी।';
const LAST = 'स्थानीय लोगों ने कहा कि बरसों बाद उन्हें घर के नल से रोज पानी मिलने लगा है।';
const DATE = '4 मार्च 2027';

const featuresOf = (texts: string[]): LineFeatures[] => texts.map((text, index) => lineFeatures(index + 1, text, index));
const context = (lines: LineFeatures[], bylineOrDate: number[] = []) => ({ lines, isClaimed: () => false, isBylineOrDate: (n: number) => bylineOrDate.includes(n) });
const importOne = (lines: string[]): Article & { kicker?: string } => importPages([{ fileName: 'made_up.txt', text: lines.join('\n') }], { now: () => 'x' })[0];
const reasonOf = (article: Article, n: number): string | undefined => article.removed.find((entry) => entry.line === n)?.reason;
const fieldsOf = (article: Article, n: number): string[] => article.metadata.filter((entry) => entry.line === n).map((entry) => entry.field);

describe('a crumb after a "you are here" label is navigation, never the title', () => {
  it('a short label ending in a colon before a trail of short parts is a crumb; a labelled date or a kicker headline is not', () => {
    expect(isCrumbTrail('आप यहाँ हैं : मौसम / पहाड़')).toBe(true);
    expect(isCrumbTrail('You are here: Home » मौसम')).toBe(true);
    expect(isCrumbTrail('स्थान: शहर › नगर पालिका')).toBe(true);
    // The parts after a label are section names: figures make it a labelled value (a date and its time).
    expect(isCrumbTrail('Posted Date: 4 March 2027 / 09:15 AM')).toBe(false);
    // A kicker before a headline: the rest is no trail of short parts.
    expect(isCrumbTrail(`पानी : ${HEAD}`)).toBe(false);
    // A label of more than four words is a sentence, not a crumb's label.
    expect(isCrumbTrail('इस पन्ने पर आप अभी इस जगह हैं : मौसम / पहाड़')).toBe(false);
  });

  it('the labelled crumb is no candidate even with a date right under it; the headline below wins', () => {
    const lines = featuresOf(['आप यहाँ हैं : मौसम / पहाड़', DATE, HEAD, DATE, LEAD]);
    const scored = scoreTitleCandidates(context(lines, [2, 4]), 4);
    expect(scored.map((s) => s.features.n)).not.toContain(1);
    expect(chooseTitle(context(lines, [2, 4]), 4)?.n).toBe(3);
  });

  it('on a page the crumb is removed as a breadcrumb and the headline is the title', () => {
    const article = importOne(['आप यहाँ हैं : मौसम / पहाड़', '', HEAD, DATE, LEAD, MORE, LAST]);
    expect(article.title).toBe(HEAD);
    expect(fieldsOf(article, 3)).toContain('title');
    expect(reasonOf(article, 1)).toBe('breadcrumb');
  });
});

describe('the browser-title line "<headline> - <site>" repeats the headline', () => {
  it('a short suffix without function words after a spaced dash or pipe is a site name', () => {
    expect(withoutSiteSuffix(`${HEAD} - Pahad Darpan`)).toBe(HEAD);
    expect(withoutSiteSuffix(`${HEAD} | PD News`)).toBe(HEAD);
    // A second clause with function words is the headline's own.
    expect(withoutSiteSuffix(`${HEAD} - विपक्ष ने उठाए सवाल`)).toBeUndefined();
    // Too short a rest to be a headline.
    expect(withoutSiteSuffix('पानी - Pahad Darpan')).toBeUndefined();
  });

  it('the line the suffix-stripped copy repeats is the headline; the browser-title line is penalised', () => {
    const lines = featuresOf([`${HEAD} - Pahad Darpan`, 'मौसम', HEAD, DATE, LEAD]);
    const scored = scoreTitleCandidates(context(lines, [4]), 4);
    expect(scored.find((s) => s.features.n === 1)?.reasons).toContain('page-title-repeat');
    expect(scored.find((s) => s.features.n === 3)?.reasons).toContain('repeated');
    expect(chooseTitle(context(lines, [4]), 4)?.n).toBe(3);
  });

  it('on a page the title is the headline without the suffix and both lines are metadata', () => {
    const article = importOne(['होम / मौसम', `${HEAD} - Pahad Darpan`, '', HEAD, DATE, LEAD, MORE, LAST]);
    expect(article.title).toBe(HEAD);
    expect(fieldsOf(article, 2)).toContain('title');
    expect(fieldsOf(article, 4)).toContain('title');
  });
});

describe('a bracketed embed placeholder is no headline', () => {
  it('a line wholly in square brackets is a placeholder; brackets inside a line are not', () => {
    expect(isBracketedPlaceholder('[वीडियो: पाइपलाइन का उद्घाटन]')).toBe(true);
    expect(isBracketedPlaceholder('[Photo gallery of the new pipeline]')).toBe(true);
    expect(isBracketedPlaceholder(`[अपडेट] ${HEAD}`)).toBe(false);
    expect(isBracketedPlaceholder('[एक] और [दो]')).toBe(false);
  });

  it('a bracketed media placeholder is an embed line; the headline above it is the title', () => {
    expect(matchBoilerplate('[वीडियो: पाइपलाइन का उद्घाटन]')?.reason).toBe('embed');
    expect(matchBoilerplate('[Video: pipeline opening ceremony]')?.reason).toBe('embed');
    const lines = featuresOf(['[वीडियो: पाइपलाइन के उद्घाटन का पूरा कार्यक्रम]', DATE, LEAD]);
    expect(scoreTitleCandidates(context(lines, [2]), 2).map((s) => s.features.n)).not.toContain(1);
    const article = importOne([HEAD, DATE, '[वीडियो: पाइपलाइन के उद्घाटन का पूरा कार्यक्रम]', LEAD, MORE, LAST]);
    expect(article.title).toBe(HEAD);
    expect(reasonOf(article, 3)).toBe('embed');
  });
});

describe("the page's own headline is not template furniture because the other page links to it", () => {
  const OTHER_HEAD = 'घाटी के स्कूलों में सर्दी की छुट्टियां दो हफ्ते पहले शुरू होंगी';
  const OTHER_LEAD = 'शिक्षा विभाग ने बुधवार को आदेश जारी कर घाटी के सभी सरकारी स्कूलों में सर्दी की छुट्टियां दो हफ्ते पहले शुरू करने को कहा है।';
  const masthead = ['Pahad Darpan', 'होम | मौसम | शिक्षा | खेल'];
  const pageA = [...masthead, '', HEAD, 'By: नगर संवाददाता | 4 मार्च 2027', LEAD, MORE, LAST, 'घाटी से और खबरें', OTHER_HEAD, '3 मार्च 2027'];
  const pageB = [...masthead, '', OTHER_HEAD, 'By: शिक्षा संवाददाता | 3 मार्च 2027', OTHER_LEAD, MORE, 'घाटी से और खबरें', HEAD, '4 मार्च 2027'];

  it('a headline found on the other page is not penalised when its own byline or date stands right under it', () => {
    const lines = featuresOf(['घाटी के मौसम और सड़कों की हर सुबह की पूरी जानकारी', HEAD, 'By: नगर संवाददाता | 4 मार्च 2027', LEAD]);
    const linked = { ...context(lines, [3]), isFurniture: (n: number) => n === 2 };
    expect(scoreTitleCandidates(linked, 3).find((s) => s.features.n === 2)?.reasons).toContain('heads-story');
    expect(chooseTitle(linked, 3)?.n).toBe(2);
    // With the credit line on the other page too (the template's), the headline does not head this story.
    const template = { ...context(lines, [3]), isFurniture: (n: number) => n === 2 || n === 3 };
    expect(scoreTitleCandidates(template, 3).find((s) => s.features.n === 2)?.reasons).toContain('on-other-pages');
  });

  it('each page keeps its headline (it heads its story: its own byline and date right under it); the card on the other page is no title', () => {
    const [a, b] = importPages([{ fileName: 'a.txt', text: pageA.join('\n') }, { fileName: 'b.txt', text: pageB.join('\n') }], { now: () => 'x' });
    expect(a.title).toBe(HEAD);
    expect(b.title).toBe(OTHER_HEAD);
    expect(fieldsOf(a, 4)).toContain('title');
    // On the other page the same line stays a card, not a title or body.
    expect(fieldsOf(b, 10)).not.toContain('title');
    expect(b.segments.some((segment) => segment.source === HEAD)).toBe(false);
  });
});

describe('a headline behind a media-kind Latin kicker heads the story, it is not an embed link', () => {
  it('a kicker and a headline of five or more words; a short clip title is not', () => {
    expect(isKickerAndHeadline(`VIDEO: ${HEAD}`)).toBe(true);
    expect(isKickerAndHeadline(`वीडियो : ${HEAD}`)).toBe(true);
    expect(isKickerAndHeadline('VIDEO: पाइपलाइन का उद्घाटन')).toBe(false);
    expect(isKickerAndHeadline(HEAD)).toBe(false);
  });

  it('with its byline and date right under it the kicker line is the title (the kicker a field); lower on the page it stays an embed', () => {
    const clip = 'VIDEO: पुराने पुल पर फंसी बस को क्रेन से निकाला गया';
    const article = importOne(['होम / मौसम', '', `VIDEO: ${HEAD}`, 'By: नगर संवाददाता | 4 मार्च 2027', LEAD, MORE, LAST, 'सर्वाधिक देखे गए क्लिप', clip]);
    expect(article.title).toBe(HEAD);
    expect(article.kicker).toBe('VIDEO');
    expect(fieldsOf(article, 3)).toContain('title');
    expect(reasonOf(article, 9)).toBe('embed');
  });
});

describe('a Hindi genre kicker that shares a word with the crumb', () => {
  it('the kicker is the whole label before the spaced colon: a crumb section that is only its first word does not keep it in the title', () => {
    const article = importOne(['आप यहाँ हैं : साहित्य / किताब', '', `किताब चर्चा : ${HEAD}`, 'मीरा जोशी', DATE, LEAD, MORE, LAST]);
    expect(article.title).toBe(HEAD);
    expect(article.kicker).toBe('किताब चर्चा');
  });
});
