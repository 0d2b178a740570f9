/**
 * Issue 12, classes found on unseen-7 and unseen-8 (described, then written here on made-up lines of no
 * outlet and no fixture): what stands inside the story is body whatever its shape (a table row of figures,
 * a live entry's stamp under which an entry heading stands, an undated list between paragraphs, a
 * subheading after a first paragraph that holds a colon and a figure); bylines (an outlet name with one
 * function word, the Hindi agent label, a blog's poster); the page date (published beats a site's or a
 * card's date, a header time completes a bare date of the same day); datelines (not a caption, not a
 * ticker's label, a place under the credits, never a name above the date line).
 */
import { describe, expect, it } from 'vitest';
import { initialClass } from '../../articles/import/block-classes.ts';
import { readDatelineLine, readNewsroomCredit } from '../../articles/import/header-fields.ts';
import { publishedDateWins, replacesPageDate } from '../../articles/import/import-page.ts';
import { readByline } from '../../articles/import/page-metadata.ts';
import { joinsHeadlines } from '../../articles/import/title-choice.ts';
import { findCardLines } from '../../articles/import/card-runs.ts';
import { lineFeatures } from '../../articles/import/line-features.ts';
import { findEntryStamps } from '../../articles/import/live-entries.ts';
import { importOne, bodyLines } from './made-up-pages.ts';


const PROSE_A = 'नगर परिषद ने बुधवार को कहा कि नहर की सफाई का काम अगले महीने से शुरू होगा और इसके लिए ठेकेदारों से आवेदन मांगे गए हैं।';
const PROSE_B = 'परिषद के अध्यक्ष ने बताया कि काम पूरा होने के बाद खेतों तक पानी समय पर पहुंच सकेगा और किसानों की शिकायत दूर होगी।';

describe('a table row of figures inside the story is body', () => {
  it('keeps rows without letters under a header row', () => {
    const text = [
      'कस्बा समाचार', 'नहर की सफाई पर खर्च बढ़ा, परिषद ने नए आंकड़े जारी किए', PROSE_A,
      'पिछले वर्षों का खर्च इस तरह रहा:', 'वर्ष\tमंजूर राशि\tखर्च', '2031-32\t4,200\t3,950', '2032-33\t5,100\t—', PROSE_B,
    ].join('\n');
    const body = bodyLines(text);
    expect(body).toEqual(expect.arrayContaining([5, 6, 7]));
  });
});

describe('live entries: a stamp with an entry heading under it', () => {
  const line = (n: number, text: string, timestamp: boolean, prose: boolean) => ({ n, text, timestamp, prose });
  it('takes the stamps back when each heads a heading and then its paragraph', () => {
    const lines = [
      line(1, PROSE_A, false, true),
      line(2, '11:40 AM', true, false), line(3, 'नहर पर पहुंचे अधिकारी', false, false), line(4, PROSE_B, false, true),
      line(5, '09:05 AM', true, false), line(6, 'सुबह से काम बंद', false, false), line(7, PROSE_A, false, true),
    ];
    expect(findEntryStamps(lines)).toEqual([2, 5]);
  });
  it('does not take a stamp whose next two lines are no prose', () => {
    const lines = [
      line(1, PROSE_A, false, true),
      line(2, '11:40 AM', true, false), line(3, 'नहर पर पहुंचे अधिकारी', false, false), line(4, 'और खबरें', false, false),
      line(5, '09:05 AM', true, false), line(6, 'सुबह से काम बंद', false, false), line(7, 'शेयर करें', false, false),
    ];
    expect(findEntryStamps(lines)).toEqual([]);
  });
});

describe('an undated list between two paragraphs of the story is no card run', () => {
  // Short headline-like items without function words, then a teaser line another pass has claimed, then prose.
  const items = ['पहला चरण पुराना पुल मंडी तक सफाई', 'दूसरा चरण मंडी रेलवे फाटक तक मरम्मत', 'तीसरा चरण फाटक गांव सीमा पक्की दीवार'];
  const lines = [PROSE_A, 'काम के चरण', ...items, 'यह भी देखें: नहर का नक्शा', PROSE_B].map((text, index) => lineFeatures(index + 1, text, index));
  const context = (inside: boolean) => ({ isDateLine: () => false, isProtected: (n: number) => n === 6, insideStory: () => inside });
  it('keeps the run inside the story', () => {
    expect([...findCardLines(lines, context(true))]).toEqual([]);
  });
  it('still takes the same run outside the story', () => {
    expect([...findCardLines(lines, context(false))].length).toBeGreaterThan(0);
  });
});

describe('a long sentence with a colon and a figure is good text', () => {
  it('classes a dateline paragraph with a figure as good', () => {
    const text = 'रामपुर: नगर परिषद ने बुधवार को कहा कि नहर की 12 किलोमीटर लंबी पट्टी की सफाई का काम अगले महीने से शुरू होगा।';
    expect(initialClass(lineFeatures(1, text, 0))).toBe('good');
  });
  it('still classes a short label and value row as near-good', () => {
    expect(initialClass(lineFeatures(1, 'कुल लंबाई: 12 किलोमीटर', 0))).toBe('near-good');
  });
});

describe('bylines', () => {
  it('reads an outlet credit whose name holds one function word', () => {
    expect(readNewsroomCredit('हमारी घाटी संवाददाता, रामपुर')).toEqual({ byline: 'हमारी घाटी संवाददाता', place: 'रामपुर' });
  });
  it('still refuses a clause with several function words', () => {
    expect(readNewsroomCredit('वह भी हमारे संवाददाता')).toBeUndefined();
    expect(readNewsroomCredit('का संवाददाता')).toBeUndefined();
  });
  it('strips the Hindi agent label from a byline', () => {
    expect(readByline('द्वारा सुमेधा पंत')).toBe('सुमेधा पंत');
  });
  it('names the poster of a blog post as the byline when nothing else credits it', () => {
    const text = [
      'घाटी की आवाज़', 'Sunday, 4 May 2031', 'नहर की सफाई के लिए गांव के युवाओं ने खुद उठाए फावड़े, हर हफ्ते चलेगा अभियान',
      PROSE_A, PROSE_B, 'Posted by सुमेधा पंत at 4:10 PM',
    ].join('\n');
    expect(importOne(text).byline).toBe('सुमेधा पंत');
  });
  it('does not name the blog account as the byline, nor clear a desk credit that starts with its name', () => {
    const text = [
      'घाटी की आवाज़', 'Sunday, 4 May 2031', 'नहर की सफाई के लिए गांव के युवाओं ने खुद उठाए फावड़े, हर हफ्ते चलेगा अभियान',
      'घाटी की आवाज़ ब्यूरो, रामपुर', PROSE_A, PROSE_B, 'Posted by घाटी की आवाज़ at 4:10 PM',
    ].join('\n');
    expect(importOne(text).byline).toBe('घाटी की आवाज़ ब्यूरो');
  });
});

describe('the page date', () => {
  it('a published date beats an unlabelled date of another day', () => {
    expect(publishedDateWins('2031-05-01', 'other', '2031-05-09T10:00:00')).toBe(true);
  });
  it('on the same day it only adds a missing time', () => {
    expect(publishedDateWins('2031-05-09', 'other', '2031-05-09T10:00:00')).toBe(true);
    expect(publishedDateWins('2031-05-09T10:00:00+05:30', 'other', '2031-05-09T10:00:00')).toBe(false);
    expect(publishedDateWins('2031-05-09', 'published', '2031-05-01')).toBe(false);
  });
  it('a header date of the same kind completes a bare date of the same day, below the story it does not', () => {
    expect(replacesPageDate('2031-05-09', 'other', '2031-05-09T16:20:00', 'other', true)).toBe(true);
    expect(replacesPageDate('2031-05-09', 'other', '2031-05-09T16:20:00', 'other', false)).toBe(false);
    expect(replacesPageDate('2031-05-09', 'other', '2031-05-10T16:20:00', 'other', true)).toBe(false);
  });
});

describe('datelines', () => {
  it('a place with a bracket naming a picture is a caption', () => {
    expect(readDatelineLine('नैनीताल झील (फाइल फोटो)')).toBeUndefined();
    expect(readDatelineLine('लखनऊ (भाषा)')).toBe('लखनऊ');
  });
  it('a ticker is no paragraph, so its label is no dateline', () => {
    expect(joinsHeadlines('ताज़ा खबर :  नहर की सफाई का काम शुरू हुआ  ✦  मंडी में सब्जियों के दाम गिरे')).toBe(true);
    expect(joinsHeadlines('ताज़ा खबर :  नहर की सफाई का काम शुरू हुआ  ||  मंडी में सब्जियों के दाम गिरे')).toBe(true);
    expect(joinsHeadlines('रामपुर: नगर परिषद ने बुधवार को कहा कि काम शुरू होगा। ✦ बाकी बाद में तय होगा।')).toBe(false);
  });
  it('takes a place alone under the credits as the dateline even when the menu names it', () => {
    const text = [
      'घाटी टाइम्स', 'होम   रामपुर   देश   खेल   संपर्क', 'नहर की सफाई के लिए परिषद ने जारी किए बारह करोड़ रुपये, काम अगले महीने',
      'घाटी ब्यूरो  •  May 9, 2031', 'रामपुर', PROSE_A, PROSE_B,
    ].join('\n');
    expect(importOne(text).dateline).toBe('रामपुर');
  });
  it('does not take a bare name standing above the page date as the dateline', () => {
    const text = [
      'घाटी टाइम्स', 'नहर की सफाई के लिए परिषद ने जारी किए बारह करोड़ रुपये, काम अगले महीने', 'सुमेधा पंत', '09/05/2031 16:20',
      'शेयर करें   फेसबुक   ट्विटर', PROSE_A, PROSE_B,
    ].join('\n');
    expect(importOne(text).dateline).toBeUndefined();
  });
});
