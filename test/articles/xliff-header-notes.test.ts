/** Issue 12 item 3: kicker, dateline and byline travel into XLIFF as file-level notes, never as units. */
import { describe, expect, it } from 'vitest';
import { importPage } from '../../articles/index.ts';
import { headerNotes, readXliff, writeXliff12, writeXliff20 } from '../../articles/exchange/xliff.ts';

const page = [
  'North Korea : किम जोंग उन ने रूस की यात्रा के बाद नए हथियार परीक्षण का ऐलान किया',
  'सियोल। उत्तर कोरिया के नेता किम जोंग उन ने मंगलवार को कहा कि उनका देश जल्द ही नए हथियारों का परीक्षण करेगा।',
  'उन्होंने कहा कि यह फैसला देश की सुरक्षा के लिए जरूरी है और इसे कोई रोक नहीं सकता।',
  '',
].join('\n');

describe('XLIFF header notes', () => {
  const article = { ...importPage({ fileName: 'kim.txt', text: page }, { now: () => 'x' }), byline: 'A & B <desk>' };

  it('the importer read the kicker and dateline as fields', () => {
    expect(article.kicker).toBe('North Korea');
    expect(article.dateline).toBe('सियोल');
    expect(headerNotes(article)).toEqual(['Kicker: North Korea', 'Dateline: सियोल', 'Byline: A & B <desk>']);
    expect(headerNotes({ ...article, fieldTranslations: { dateline: { source: 'सियोल', target: 'Seoul' } } })[1]).toBe('Dateline: सियोल (English: Seoul)');
  });

  it('XLIFF 1.2 writes them as header notes, escaped; reading back gives the same units', () => {
    const xml = writeXliff12(article);
    const header = xml.slice(xml.indexOf('<header>'), xml.indexOf('</header>'));
    expect(header).toContain('<note>Kicker: North Korea</note>');
    expect(header).toContain('<note>Byline: A &amp; B &lt;desk&gt;</note>');
    expect(readXliff(xml, 'kim.xlf').pairs).toHaveLength(article.segments.length);
  });

  it('XLIFF 2.0 writes them as <notes> of the file before the first unit', () => {
    const xml = writeXliff20(article);
    const notes = xml.indexOf('<notes><note>Kicker: North Korea</note>');
    expect(notes).toBeGreaterThan(xml.indexOf('<file '));
    expect(notes).toBeLessThan(xml.indexOf('<unit '));
    expect(readXliff(xml, 'kim.xlf').pairs).toHaveLength(article.segments.length);
  });

  it('an article without header fields writes no notes', () => {
    const bare = { ...article, kicker: undefined, dateline: undefined, byline: undefined };
    expect(writeXliff12(bare)).not.toContain('<note>Kicker');
    expect(writeXliff20(bare)).not.toMatch(/<file [^>]*>\s*<notes>/);
  });
});
