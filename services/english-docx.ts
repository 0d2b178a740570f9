/**
 * The English page(s) as a Word document (the `docx` library writes real OOXML): the kicker in
 * small capitals, the headline as Title, subheadings as Heading 2, byline and dateline in
 * italics, body paragraphs in Normal (an opening dateline in bold); each further article starts on a new page.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { EnglishBlock, EnglishPage } from '../articles/exchange/english-layout.ts';

/** The pages as a .docx file, base64-encoded for the transports. */
export async function englishDocxBase64(pages: readonly EnglishPage[], title: string): Promise<string> {
  const children = pages.flatMap((page, pageIndex) => page.blocks.map((block, blockIndex) => paragraphOf(block, pageIndex > 0 && blockIndex === 0)));
  const document = new Document({
    creator: 'Anuvad Workbench',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBase64String(document);
}

function paragraphOf(block: EnglishBlock, pageBreakBefore: boolean): Paragraph {
  const base = { pageBreakBefore, spacing: { after: 160 } };
  switch (block.kind) {
    case 'kicker':
      return new Paragraph({ ...base, children: [new TextRun({ text: block.text, bold: true, smallCaps: true, color: '8A1C1C' })] });
    case 'headline':
      return new Paragraph({ ...base, heading: HeadingLevel.TITLE, children: [new TextRun({ text: block.text })] });
    case 'heading':
      return new Paragraph({ ...base, heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: block.text })] });
    case 'byline':
    case 'dateline':
      return new Paragraph({ ...base, children: [new TextRun({ text: block.text, italics: true })] });
    case 'paragraph': {
      // The opening dateline in bold, as papers print it ("Indore: …").
      const lead = block.lead && block.text.startsWith(block.lead) ? block.lead : '';
      const runs = lead ? [new TextRun({ text: lead, bold: true }), new TextRun({ text: block.text.slice(lead.length) })] : [new TextRun({ text: block.text })];
      return new Paragraph({ ...base, alignment: AlignmentType.LEFT, children: runs });
    }
  }
}
