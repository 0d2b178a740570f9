/**
 * Issue 12 item 3: the header fields' English in the English export (export.english → txt, md,
 * docx) in the page's layout, read back; a Hindi field without English is left out and counted,
 * never mixed into the English; XLIFF carries the fields as file notes with their English.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createHandlers } from '../../services/handlers.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import { readXliff } from '../../articles/exchange/xliff.ts';
import { KIEV_PAGE } from './header-field-page.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const ENGLISH = [
  'Russia launches a big overnight drone attack on the Ukrainian capital',
  'Russia fired several drones at the capital of Ukraine on Tuesday night; officials said several buildings were damaged.',
  'He said there were no reports of casualties and relief work was under way.',
];
const DEVANAGARI = /[\u0900-\u097F]/u;

let api: ReturnType<typeof createHandlers>;
let articleId: string;

beforeEach(async () => {
  api = createHandlers(createMemoryProject({ dir: '/projects/test', name: 'test' }), { now: () => NOW });
  [{ id: articleId }] = await api['article.import']({ pages: [{ name: 'kiev.txt', base64: Buffer.from(KIEV_PAGE).toString('base64') }] });
  const article = await api['article.get']({ id: articleId });
  expect(article.segments).toHaveLength(ENGLISH.length);
  for (const [index, segment] of article.segments.entries()) {
    await api['article.saveSegment']({ articleId, segmentId: segment.id, target: ENGLISH[index], status: 'translated' });
  }
});

async function documentXml(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return zip.file('word/document.xml')!.async('string');
}

describe('English export of the header fields', () => {
  it('translated fields: kicker, headline, byline, then the dateline opening the first paragraph (txt, md)', async () => {
    await api['article.saveField']({ articleId, field: 'kicker', target: 'Ukraine war' });
    await api['article.saveField']({ articleId, field: 'byline', target: 'Ravi Sharma' });
    await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv' });
    const txt = await api['export.english']({ articleIds: [articleId], format: 'txt' });
    expect(txt.untranslatedFields).toBeUndefined();
    expect(txt.content.split('\n\n')).toEqual([
      'UKRAINE WAR', ENGLISH[0], 'Ravi Sharma', `Kyiv: ${ENGLISH[1]}`, ENGLISH[2],
    ].map((block, index, all) => (index === all.length - 1 ? `${block}\n` : block)));
    const md = await api['export.english']({ articleIds: [articleId], format: 'md' });
    expect(md.content).toContain('**Ukraine war**\n\n# Russia launches');
    expect(md.content).toContain('*Ravi Sharma*');
    expect(md.content).toContain(`**Kyiv:** ${ENGLISH[1]}\n\n${ENGLISH[2]}`);
  });

  it('docx: the kicker in small capitals, the byline in italics, the dateline a bold run before the paragraph', async () => {
    await api['article.saveField']({ articleId, field: 'kicker', target: 'Ukraine war' });
    await api['article.saveField']({ articleId, field: 'byline', target: 'Ravi Sharma' });
    await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv' });
    const docx = await api['export.english']({ articleIds: [articleId], format: 'docx' });
    const xml = await documentXml(docx.content);
    const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gsu)].map((match) => match[0]);
    const texts = paragraphs.map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''));
    expect(texts).toEqual(['Ukraine war', ENGLISH[0], 'Ravi Sharma', `Kyiv: ${ENGLISH[1]}`, ENGLISH[2]]);
    expect(paragraphs[0]).toContain('<w:smallCaps/>');
    expect(paragraphs[2]).toContain('<w:i/>');
    const runs = [...paragraphs[3].matchAll(/<w:r>.*?<\/w:r>/gsu)].map((match) => match[0]);
    expect(runs[0]).toContain('<w:b/>');
    expect(runs[0]).toContain('>Kyiv:<');
    expect(runs[1]).not.toContain('<w:b/>');
  });

  it('untranslated: a Latin kicker is used as it is, a Hindi byline and dateline are left out and counted, no Hindi in the English', async () => {
    for (const format of ['txt', 'md', 'docx'] as const) {
      const file = await api['export.english']({ articleIds: [articleId], format });
      expect(file.untranslatedFields).toBe(2);
      const text = format === 'docx' ? await documentXml(file.content) : file.content;
      expect(text).not.toMatch(DEVANAGARI);
      expect(text.toLowerCase()).toContain('ukraine war');
      expect(text).not.toContain('By ');
    }
    // One field translated: only the other is counted.
    await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv' });
    const txt = await api['export.english']({ articleIds: [articleId], format: 'txt' });
    expect(txt.untranslatedFields).toBe(1);
    expect(txt.content).toContain(`Kyiv: ${ENGLISH[1]}`);
  });

  it('XLIFF 1.2 and 2.0 carry the fields and their English as file notes; the units stay the segments', async () => {
    await api['article.saveField']({ articleId, field: 'dateline', target: 'Kyiv & region' });
    for (const version of ['1.2', '2.0'] as const) {
      const file = await api['export.xliff']({ articleId, version });
      expect(file.content).toContain('<note>Dateline: कीव (English: Kyiv &amp; region)</note>');
      expect(file.content).toContain('<note>Byline: रवि शर्मा</note>');
      expect(readXliff(file.content, 'kiev.xlf').pairs).toHaveLength(ENGLISH.length);
    }
  });
});
