import { describe, expect, it } from 'vitest';
import { importPage, unaccountedLines } from '../../articles/index.ts';
import type { Article } from '../../articles/index.ts';
import { readPages, SAMPLES_DIR, seed } from './seed-pages.ts';

const NOW = (): string => '2026-01-01T00:00:00.000Z';

function load(prefix: string): { article: Article; text: string } {
  const page = seed(prefix);
  return { article: importPage({ fileName: page.fileName, text: page.text }, { now: NOW }), text: page.text };
}

const removedReasons = (article: Article): Record<number, string> => Object.fromEntries(article.removed.map((r) => [r.line, r.reason]));
const metadataFields = (article: Article): string[] => article.metadata.map((m) => `${m.line}:${m.field}`);
const sources = (article: Article): string[] => article.segments.map((s) => s.source);
const headings = (article: Article): string[] => article.segments.filter((s) => s.kind === 'heading').map((s) => s.source);

describe('no-loss invariant on every seed page', () => {
  for (const page of readPages(SAMPLES_DIR)) {
    it(`${page.fileName}: every non-blank line is in the body, removed or metadata`, () => {
      const article = importPage({ fileName: page.fileName, text: page.text }, { now: NOW });
      expect(unaccountedLines(page.text, article)).toEqual([]);
      expect(article.segments[0].kind).toBe('title');
      expect(article.segments[0].source).toBe(article.title);
      expect(new Set(article.segments.map((s) => s.id)).size).toBe(article.segments.length);
    });
  }

  it('the accounting check notices a dropped line and an altered sentence', () => {
    const { article, text } = load('004');
    const withoutHeading = { ...article, segments: article.segments.filter((s) => s.source !== '‘प्रतिबंधों का उल्लंघन’') };
    expect(unaccountedLines(text, withoutHeading)).toEqual([18]);
    const altered = { ...article, segments: article.segments.map((s) => (s.line === 16 ? { ...s, source: s.source.replace('दुर्लभ', 'दुलर्भ') } : s)) };
    expect(unaccountedLines(text, altered)).toEqual([16]);
    const withoutRemoved = { ...article, removed: article.removed.filter((r) => r.line !== 26) };
    expect(unaccountedLines(text, withoutRemoved)).toEqual([26]);
  });
});

describe('seed 000 (North Korea : …, Update: line, line broken inside a quote)', () => {
  const { article } = load('000');

  it('reads id, file, title and date; shows no English title, byline or outlet it does not have', () => {
    expect(article.id).toBe('000_a6e2b2736be51a55');
    expect(article.file).toBe('000_a6e2b2736be51a55.txt');
    expect(article.title).toBe('किम ने यूक्रेन में रूस के युद्ध के लिए ‘पूर्ण समर्थन’ की शपथ ली');
    expect(article.date).toBe('2024-06-20T07:40:00Z');
    expect(article.titleEnglish).toBeUndefined();
    expect(article.byline).toBeUndefined();
    expect(article.outlet).toBeUndefined();
    expect(article.importedAt).toBe(NOW());
  });

  it('joins lines 4–6 broken at `"` / `डेमोक्रेटिक` / `पीपुल्स…` into one quoted sentence', () => {
    const joined = article.segments.find((s) => s.source.startsWith('किम के हवाले से कहा गया'));
    expect(joined?.source).toBe('किम के हवाले से कहा गया, "डेमोक्रेटिक पीपुल्स रिपब्लिक ऑफ कोरिया की सरकार संप्रभुता, सुरक्षा हितों और क्षेत्रीय अखंडता की रक्षा के लिए यूक्रेन में विशेष सैन्य अभियान चलाने में रूसी सरकार, सेना और लोगों के साथ अपना पूर्ण समर्थन और एकजुटता व्यक्त करती है।"');
    expect(joined?.line).toBe(4);
    expect(article.segments.filter((s) => s.paragraph === joined?.paragraph)).toHaveLength(3);
    expect(sources(article)).not.toContain('डेमोक्रेटिक');
  });

  it('removes Tags:, Similar News and the --> residue with their line numbers', () => {
    expect(removedReasons(article)).toEqual({ 9: 'tags', 11: 'related', 13: 'markup' });
    expect(metadataFields(article)).toEqual(['1:title', '3:date']);
  });

  it('splits line 8 into its three sentences', () => {
    const starts = ['पिछले सितंबर में', 'उत्तर कोरिया और पूर्व सोवियत संघ ने 1961 में', 'इस संधि में तथाकथित'];
    const line8 = article.segments.filter((s) => s.line === 8);
    expect(line8).toHaveLength(3);
    line8.forEach((segment, k) => expect(segment.source.startsWith(starts[k])).toBe(true));
  });
});

describe('seed 001 (Patrika: glued `script`, pipe title, section label, subheadings)', () => {
  const { article } = load('001');

  it('reads the Hindi title without `script`, the English title and the outlet from line 1', () => {
    expect(article.title).toBe('रूस के रक्षा मंत्री से मिले उत्तर कोरिया के तानाशाह किम जोंग उन, यूक्रेन युद्ध में सहायता देने का किया वादा');
    expect(article.titleEnglish).toBe('North Korean dictator Kim Jong Un meets Russian Defense Minister');
    expect(article.outlet).toBe('Patrika News');
  });

  it('reads the date from the glued dateline and the byline from the name line', () => {
    expect(article.date).toBe('2024-11-30T14:58:00');
    expect(article.byline).toBe('Jyoti Sharma');
  });

  it('deduplicates the repeated Hindi and English titles into metadata', () => {
    expect(metadataFields(article)).toEqual(['1:title', '1:titleEnglish', '1:outlet', '4:title', '8:date', '10:byline', '12:titleEnglish']);
    expect(sources(article).filter((s) => s.includes('रक्षा मंत्री से मिले'))).toHaveLength(1);
  });

  it('keeps the two subheadings as their own heading segments', () => {
    expect(headings(article)).toEqual(['उत्तर कोरिया ने रूस में भेजे हैं सैनिक', 'समझौते के तहत एक दूसरे की सहायता कर रहे हैं दोनों देश']);
  });

  it('removes the section label, the breadcrumb and ट्रेंडिंग वीडियो', () => {
    expect(removedReasons(article)).toEqual({ 2: 'section-label', 24: 'breadcrumb', 26: 'related' });
  });

  it('splits a sentence ending in a closing quote after the danda', () => {
    expect(sources(article)).toContain('इस बैठक के दौरान किम जोंग ने कहा कि “डीपीआरके सरकार क्षेत्रीय अखंडता की रक्षा करने की रूस की नीति का हमेशा समर्थन करेंगी।”');
    expect(sources(article)).toContain('बता दें डीपीआरके उत्तर कोरिया का आधिकारिक नाम है।');
  });
});

describe('seed 002 (weather widget, glued `News`, agency footer)', () => {
  const { article } = load('002');

  it('reads title, date and the agency byline; infers no outlet', () => {
    expect(article.title).toBe('उत्तर कोरिया और रूस के नेताओं ने यूक्रेन के खिलाफ एकजुटता व्यक्त की');
    expect(article.date).toBe('2025-08-13');
    expect(article.byline).toBe('एपी सिम्मी गोला');
    expect(article.outlet).toBeUndefined();
    expect(article.titleEnglish).toBeUndefined();
  });

  it('treats the `News`-glued repeat of the title as metadata, not body', () => {
    expect(metadataFields(article)).toEqual(['3:date', '5:title', '7:title', '23:byline']);
    expect(article.segments.filter((s) => s.source.includes('एकजुटता व्यक्त की'))).toHaveLength(1);
  });

  it('removes the weather widget, the byline residue and the footer links', () => {
    expect(removedReasons(article)).toEqual({ 1: 'weather-widget', 2: 'weather-widget', 25: 'byline-residue', 27: 'promo', 29: 'promo', 31: 'related' });
  });

  it('keeps 15,000 and the dateline inside their sentences', () => {
    expect(article.segments[1].source).toBe('सियोल, 13 अगस्त (एपी) उत्तर कोरिया के नेता किम जोंग उन और रूस के राष्ट्रपति व्लादिमीर पुतिन ने फोन पर बातचीत कर अपने मजबूत होते संबंधों और यूक्रेन के खिलाफ युद्ध प्रयासों पर चर्चा की।');
    expect(article.segments.at(-1)?.source).toMatch(/^दक्षिण कोरियाई आकलन के अनुसार, .*लगभग 15,000 सैनिक भेजे हैं .*उपलब्ध कराए हैं।$/);
    expect(article.segments).toHaveLength(13);
  });
});

describe('seed 003 (By … | Published: …, Highlights, repeated standfirst, Web Title, promo footer)', () => {
  const { article } = load('003');

  it('reads title, English title, byline and the zoned timestamp', () => {
    expect(article.title).toBe('पुतिन और किम जोंग उन के बीच समझौता, हमले के समय एक दूसरे की सहायता करेंगे रूस और उत्तर कोरिया');
    expect(article.titleEnglish).toBe('partnership deal between Putin and Kim Jong Un Russia and North Korea will help each other in case of attack');
    expect(article.byline).toBe('शिवेन्द्र कुमार राय');
    expect(article.date).toBe('2024-06-19T17:34:00+05:30');
    expect(article.outlet).toBeUndefined();
  });

  it('flags the repeated standfirst (lines 5 and 17) instead of deleting it', () => {
    const first = article.segments.filter((s) => s.line === 5);
    const repeat = article.segments.filter((s) => s.line === 17);
    expect(first).toHaveLength(2);
    expect(repeat.map((s) => s.source)).toEqual(first.map((s) => s.source));
    expect(repeat.map((s) => s.repeatOf)).toEqual(first.map((s) => s.id));
    expect(first.every((s) => s.repeatOf === undefined)).toBe(true);
    expect(article.segments.filter((s) => s.repeatOf !== undefined)).toHaveLength(2);
  });

  it('removes the Highlights block and the promo footer; byline and date come from line 3', () => {
    expect(removedReasons(article)).toEqual({ 11: 'highlights', 27: 'promo' });
    expect(metadataFields(article)).toEqual(['1:title', '3:byline', '3:date', '7:title', '7:titleEnglish', '25:titleEnglish']);
  });

  it('keeps the short line 9 as a heading and splits line 13 into six sentences', () => {
    expect(headings(article)).toEqual(['बीते 24 वर्षों में यह पुतिन की पहली कोरिया यात्रा है']);
    expect(article.segments.filter((s) => s.line === 13)).toHaveLength(6);
    // The page has a space and a no-break space here; segments keep spacing exactly.
    expect(sources(article)).toContain('इसके अनुसार दोनों में से किसी भी देश पर हमला होने की स्थिति में \u00a0आपसी सहायता की शपथ शामिल है।');
  });
});

describe('seed 004 (weekday date, quoted subheading, comment form)', () => {
  const { article } = load('004');

  it('reads the title and the ordinal date', () => {
    expect(article.title).toBe('उत्तर कोरिया यात्रा से पहले पुतिन ने यूक्रेन युद्ध के लिए प्योंगयांग के ‘दृढ़ समर्थन’ की सराहना की');
    expect(article.date).toBe('2024-11-22');
    expect(article.byline).toBeUndefined();
    expect(article.outlet).toBeUndefined();
  });

  it('keeps ‘प्रतिबंधों का उल्लंघन’ as a heading between paragraphs', () => {
    const index = article.segments.findIndex((s) => s.kind === 'heading');
    expect(article.segments[index].source).toBe('‘प्रतिबंधों का उल्लंघन’');
    expect(article.segments[index].line).toBe(18);
    expect(article.segments[index - 1].line).toBe(16);
    expect(article.segments[index + 1].line).toBe(20);
  });

  it('removes Related Post, Leave a Reply and the email notice; the repeated title is metadata', () => {
    expect(removedReasons(article)).toEqual({ 24: 'related', 26: 'comments', 28: 'comments' });
    expect(metadataFields(article)).toEqual(['1:date', '3:title', '5:title']);
  });

  it('ends a sentence at a danda that follows a closing quote', () => {
    expect(sources(article)).toContain('पुतिन ने आधिकारिक कोरियन सेंट्रल न्यूज एजेंसी (केसीएनए) द्वारा प्रकाशित एक लेख लिखा, जहां उन्होंने कहा कि वह “इस बात की बहुत सराहना करते हैं कि डीपीआरके (उत्तर कोरिया) यूक्रेन में चलाए जा रहे विशेष सैन्य अभियानों का दृढ़ता से समर्थन कर रहा है”।');
  });
});
