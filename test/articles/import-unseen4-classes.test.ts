/**
 * Issue 12, classes found on unseen-4 (described, then written here on made-up lines of no outlet and no
 * fixture): clock-time stamps heading live-blog entries, Latin kickers with figures before a Hindi headline,
 * related cards dated by a relative time, reader polls, author bios that begin with the credited name,
 * player rows, a summary box above the first paragraph, an ad label with a dashed note, a zone in square brackets,
 * a dateline of two places joined by a slash, no dateline in a row of label : value fields.
 */
import { describe, expect, it } from 'vitest';
import { importPages } from '../../articles/index.ts';
import { readDateLine } from '../../articles/import/import-page.ts';
import { splitLeadingDateline } from '../../articles/import/header-fields.ts';
import { findEntryStamps, isBareTime } from '../../articles/import/live-entries.ts';
import { stripLatinKicker } from '../../articles/import/page-metadata.ts';
import { findPollLines, isOptionRow } from '../../articles/import/poll-widget.ts';
import { creditName, findAuthorBio } from '../../articles/import/author-bio.ts';
import { matchBoilerplate } from '../../articles/import/boilerplate-rules.ts';
import { lineFeatures } from '../../articles/index.ts';

const HEAD = 'नगर निगम की बैठक में बजट पर बहस, पार्षदों ने उठाए सड़कों के सवाल';
const LEAD = 'नगर निगम की बजट बैठक बुधवार सुबह शुरू हुई और पहले ही घंटे में सड़कों की मरम्मत पर तीखी बहस हो गई।';
const ENTRY1 = 'महापौर ने कहा कि अगले महीने से हर वार्ड में मरम्मत का काम एक साथ शुरू किया जाएगा।';
const ENTRY2 = 'विपक्षी पार्षदों ने पिछले साल के अधूरे कामों की सूची सदन में रखी और जवाब की मांग की।';
const ENTRY3 = 'बैठक के अंत में बजट को ध्वनिमत से पारित कर दिया गया और अगली बैठक की तारीख तय की गई।';

const segmentsOf = (text: string): string[] => {
  const [article] = importPages([{ fileName: 'made_up_live.txt', text }], { now: () => 'x' });
  return article.segments.map((segment) => segment.source);
};

describe('live-blog entry stamps', () => {
  it('a bare clock time is told from a time with a date or words', () => {
    expect(isBareTime('11:40 AM')).toBe(true);
    expect(isBareTime('16.05')).toBe(true);
    expect(isBareTime('11:40 AM, 3 मार्च')).toBe(false);
    expect(isBareTime('अपडेट 11:40 AM')).toBe(false);
  });

  it('two or more stamps, each between prose above and its entry below, head entries', () => {
    const line = (n: number, text: string, timestamp = false, prose = !timestamp) => ({ n, text, timestamp, prose });
    expect(findEntryStamps([line(1, '10:00 AM', true), line(2, LEAD), line(3, '11:40 AM', true), line(4, ENTRY1), line(5, '12:10 PM', true), line(6, ENTRY2)])).toEqual([3, 5]);
    // One stamp alone is the page's time, not a live blog.
    expect(findEntryStamps([line(1, LEAD), line(2, '11:40 AM', true), line(3, ENTRY1)])).toEqual([]);
    // A stamp over a headline (a card) is no entry.
    expect(findEntryStamps([line(1, LEAD), line(2, '11:40 AM', true), line(3, HEAD, false, false), line(4, '12:10 PM', true), line(5, HEAD, false, false)])).toEqual([]);
  });

  it('the stamps stay in the story as headings; a single time in the header does not', () => {
    const page = [HEAD, '09:30 AM', LEAD, '11:40 AM', ENTRY1, '12:10 PM', ENTRY2, '01:25 PM', ENTRY3].join('\n');
    const segments = segmentsOf(page);
    expect(segments).toEqual([HEAD, LEAD, '11:40 AM', ENTRY1, '12:10 PM', ENTRY2, '01:25 PM', ENTRY3]);
    const single = segmentsOf([HEAD, '09:30 AM', LEAD, ENTRY1, '12:10 PM', ENTRY2].join('\n'));
    expect(single).not.toContain('09:30 AM');
    expect(single).not.toContain('12:10 PM');
  });
});

describe('a short Latin kicker before a Hindi headline', () => {
  it('a label with figures, up to six words, is cut off the headline', () => {
    expect(stripLatinKicker(`Monsoon 2027: ${HEAD}`)).toBe(HEAD);
    expect(stripLatinKicker(`City Budget Session Day 2: ${HEAD}`)).toBe(HEAD);
    expect(stripLatinKicker(`North Korea : ${HEAD}`)).toBe(HEAD);
  });

  it('a long Latin phrase, a figure-led label or an English headline after the colon stays', () => {
    const long = `Here Is What The City Council Said Today: ${HEAD}`;
    expect(stripLatinKicker(long)).toBe(long);
    expect(stripLatinKicker(`2027 Budget: ${HEAD}`)).toBe(`2027 Budget: ${HEAD}`);
    expect(stripLatinKicker('Budget 2027: council debates roads')).toBe('Budget 2027: council debates roads');
    // A label with figures before a short Hindi phrase is the headline's first half.
    expect(stripLatinKicker('Census 2027: गिनती शुरू')).toBe('Census 2027: गिनती शुरू');
  });

  it('the page title drops the kicker and keeps it as a field', () => {
    const [article] = importPages([{ fileName: 'made_up_kicker.txt', text: [`Budget Session 2027: ${HEAD}`, LEAD, ENTRY1].join('\n') }], { now: () => 'x' });
    expect(article.title).toBe(HEAD);
    expect(article.kicker).toBe('Budget Session 2027');
  });
});

describe('related cards dated by a relative time', () => {
  it('"<section> | <n> hours ago" above each headline marks the run as cards', () => {
    const page = [HEAD, LEAD, ENTRY1, ENTRY2,
      'खेल  |  2 घंटे पहले', 'जिला स्टेडियम में अंडर-16 फुटबॉल लीग का फाइनल रविवार को खेला जाएगा',
      'शहर  |  6 घंटे पहले', 'पुराने पुल की मरम्मत के चलते दो दिन बंद रहेगा बाजार का रास्ता'].join('\n');
    const [article] = importPages([{ fileName: 'made_up_cards.txt', text: page }], { now: () => 'x' });
    expect(article.segments.map((segment) => segment.source)).toEqual([HEAD, LEAD, ENTRY1, ENTRY2]);
    expect(article.removed.map((entry) => entry.line)).toEqual([5, 6, 7, 8]);
  });
});

describe('reader polls', () => {
  const features = (texts: string[]) => texts.map((text, index) => lineFeatures(index + 1, text, index));
  it('a row of short options set apart by wide gaps is an option row; a table row or a sentence is not', () => {
    expect(isOptionRow(lineFeatures(1, 'हां   नहीं   पता नहीं', 0))).toBe(true);
    expect(isOptionRow(lineFeatures(1, 'पूरी तरह सहमत     कुछ हद तक     बिल्कुल नहीं', 0))).toBe(true);
    expect(isOptionRow(lineFeatures(1, 'सोमवार\t12 मिमी', 0))).toBe(false);
    expect(isOptionRow(lineFeatures(1, 'पहला दौर   25 सीटें   दूसरा दौर', 0))).toBe(false);
    expect(isOptionRow(lineFeatures(1, 'महापौर ने कहा कि काम शुरू होगा।', 0))).toBe(false);
  });

  it('label, question, options and vote row form the widget; a question subheading over prose does not', () => {
    const lines = features([LEAD, 'राय दें', 'क्या शहर में नई बसें चलनी चाहिए?', 'हां   नहीं   कह नहीं सकते', 'वोट दें  ·  310 वोट', ENTRY2]);
    expect([...findPollLines(lines)].sort()).toEqual([2, 3, 4, 5]);
    expect(findPollLines(features([LEAD, 'क्या शहर में नई बसें चलनी चाहिए?', ENTRY1, ENTRY2])).size).toBe(0);
  });

  it('the widget is removed from an imported page as a poll', () => {
    const page = [HEAD, LEAD, ENTRY1, 'क्या शहर में नई बसें चलनी चाहिए?', 'हां   नहीं   कह नहीं सकते', 'वोट दें', ENTRY2].join('\n');
    const [article] = importPages([{ fileName: 'made_up_poll.txt', text: page }], { now: () => 'x' });
    expect(article.segments.map((segment) => segment.source)).toEqual([HEAD, LEAD, ENTRY1, ENTRY2]);
    expect(article.removed.filter((entry) => entry.reason === 'poll').map((entry) => entry.line)).toEqual([4, 5, 6]);
  });
});

describe('author bios under the story', () => {
  const BIO = 'मीरा सक्सेना शहर की संस्कृति पर लिखती हैं और दस वर्ष से रंगमंच की समीक्षा कर रही हैं।';
  const line = (n: number, text: string, extra: { open?: boolean; prose?: boolean; reason?: string } = {}) => ({ n, text, open: extra.open ?? true, prose: extra.prose ?? text.endsWith('।'), reason: extra.reason });

  it('a credit line prints a name bare or after a short label; a phrase with function words is no name', () => {
    expect(creditName('मीरा सक्सेना')).toBe('मीरा सक्सेना');
    expect(creditName('आलेख : मीरा सक्सेना')).toBe('मीरा सक्सेना');
    expect(creditName('बजट की बहस')).toBeUndefined();
    expect(creditName('मीरा')).toBeUndefined();
  });

  it('the last prose line beginning with a name printed alone above is the bio, and the name its credit', () => {
    expect(findAuthorBio([line(1, LEAD), line(2, 'मीरा सक्सेना', { prose: false }), line(3, ENTRY1), line(4, BIO)], undefined))
      .toEqual({ bio: 4, credit: { n: 2, name: 'मीरा सक्सेना' } });
    // A story paragraph that begins with a name but is not the last prose line is no bio.
    expect(findAuthorBio([line(1, LEAD), line(2, 'मीरा सक्सेना', { prose: false }), line(3, BIO), line(4, ENTRY1)], undefined)).toBeUndefined();
    // First name only: right under the name repeated after the story.
    const first = 'मीरा शहर की संस्कृति पर लिखती हैं और दस वर्ष से रंगमंच की समीक्षा कर रही हैं।';
    expect(findAuthorBio([line(1, LEAD), line(2, 'मीरा सक्सेना', { open: false, reason: 'byline-residue' }), line(3, first)], 'मीरा सक्सेना')).toEqual({ bio: 3 });
    expect(findAuthorBio([line(1, LEAD), line(2, ENTRY1), line(3, first)], 'मीरा सक्सेना')).toBeUndefined();
  });

  it('an imported page drops the bio and takes the confirmed name as its byline', () => {
    const page = [HEAD, LEAD, 'मीरा सक्सेना', ENTRY1, ENTRY2, BIO].join('\n');
    const [article] = importPages([{ fileName: 'made_up_bio.txt', text: page }], { now: () => 'x' });
    expect(article.segments.map((segment) => segment.source)).toEqual([HEAD, LEAD, ENTRY1, ENTRY2]);
    expect(article.byline).toBe('मीरा सक्सेना');
    expect(article.removed.find((entry) => entry.line === 6)?.reason).toBe('author-bio');
  });
});

describe('audio and video player rows', () => {
  it('a short line closing with a playback position is a player row; a sentence with figures is not', () => {
    expect(matchBoilerplate('पूरी खबर सुनिए  ►  00:00 / 04:05')?.reason).toBe('media-player');
    expect(matchBoilerplate('Listen  1:02:10 / 1:30:00')?.reason).toBe('media-player');
    expect(matchBoilerplate('पहले दौर का स्कोर 2:10 / 3:15 रहा और मैच देर तक चला।')?.reason).not.toBe('media-player');
  });
});

describe('a summary box between the header and the first paragraph', () => {
  const B1 = 'हर वार्ड में एक साथ शुरू होगा मरम्मत का काम';
  const B2 = 'अधूरे कामों की सूची सदन में रखी गई';
  const HEADER = ['रवि वर्मा', 'प्रकाशित : 03 मार्च 2026, 10:15 AM'];
  it('a short label and two or more unpunctuated lines above the first paragraph are removed as highlights', () => {
    const page = [HEAD, ...HEADER, 'सार संक्षेप', B1, B2, LEAD, ENTRY1].join('\n');
    const [article] = importPages([{ fileName: 'made_up_box.txt', text: page }], { now: () => 'x' });
    expect(article.segments.map((segment) => segment.source)).toEqual([HEAD, LEAD, ENTRY1]);
    expect(article.removed.filter((entry) => entry.reason === 'highlights').map((entry) => entry.line)).toEqual([4, 5, 6]);
  });

  it('one unpunctuated line (a standfirst) or lines without a label stay', () => {
    const one = importPages([{ fileName: 'made_up_standfirst.txt', text: [HEAD, ...HEADER, 'सार संक्षेप', B1, LEAD, ENTRY1].join('\n') }], { now: () => 'x' })[0];
    expect(one.removed.some((entry) => entry.reason === 'highlights')).toBe(false);
    const unlabelled = importPages([{ fileName: 'made_up_nolabel.txt', text: [HEAD, ...HEADER, B1, B2, LEAD, ENTRY1].join('\n') }], { now: () => 'x' })[0];
    expect(unlabelled.removed.some((entry) => entry.reason === 'highlights')).toBe(false);
  });
});

describe('an ad label with a short dashed note', () => {
  it('"<ad label> — <a few words>" is the ad slot; a sentence after the dash is not', () => {
    expect(matchBoilerplate('विज्ञापन – आगे की खबर पढ़ें')?.reason).toBe('advertisement');
    expect(matchBoilerplate('Advertisement - article resumes')?.reason).toBe('advertisement');
    expect(matchBoilerplate('विज्ञापन — सरकार ने अखबारों के लिए नई नीति जारी की।')?.reason).toBeUndefined();
    expect(matchBoilerplate('विज्ञापन — सरकार ने अखबारों के लिए नई नीति जारी की और दरें बढ़ाईं')?.reason).toBeUndefined();
  });
});

describe('a time zone in square brackets', () => {
  it('"[IST]" after the time gives the offset as "(IST)" does', () => {
    expect(readDateLine('Published: Monday, March 2, 2026, 08:05 [IST]')).toBe('2026-03-02T08:05:00+05:30');
    expect(readDateLine('Published: Monday, March 2, 2026, 08:05 (IST)')).toBe('2026-03-02T08:05:00+05:30');
    expect(readDateLine('Published: Monday, March 2, 2026, 08:05')).toBe('2026-03-02T08:05:00');
  });
});

describe('a dateline of two places', () => {
  it('"<place>/<place>।" opens the first paragraph as one dateline; a spaced slash or a clause does not', () => {
    expect(splitLeadingDateline(`पटना/गया। ${ENTRY1}`)?.dateline).toBe('पटना/गया');
    expect(splitLeadingDateline(`पटना। ${ENTRY1}`)?.dateline).toBe('पटना');
    expect(splitLeadingDateline(`पटना / गया और नालंदा के बीच। ${ENTRY1}`)).toBeUndefined();
  });

  it('a row of label : value fields joined by pipes opens with no dateline', () => {
    expect(splitLeadingDateline('उपन्यास : नदी के पार   |   लेखक : सुधा वर्मा   |   प्रकाशक : लोक प्रकाशन')).toBeUndefined();
    expect(splitLeadingDateline(`कोलकाता : ${ENTRY1}`)?.dateline).toBe('कोलकाता');
  });
});
