/** The English export of one or more articles (export.english, `anuvad export`): text, Markdown or DOCX. */
import type { Article, EnglishExportFormat, ExportFile } from './contract.ts';
import { englishMarkdown, englishPage, englishPlainText } from '../articles/exchange/english-layout.ts';
import { englishDocxBase64 } from './english-docx.ts';

const MIME: Record<EnglishExportFormat, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The articles' English pages in one file, in the order given. */
export async function exportEnglish(articles: readonly Article[], format: EnglishExportFormat): Promise<ExportFile> {
  const pages = articles.map(englishPage);
  const untranslated = pages.reduce((sum, page) => sum + page.untranslated, 0);
  // Hindi header fields without English are left out of the page; the count lets the person know.
  const untranslatedFields = pages.reduce((sum, page) => sum + page.untranslatedFields.length, 0);
  const counts = { untranslated, ...(untranslatedFields > 0 ? { untranslatedFields } : {}) };
  const baseName = articles.length === 1 ? `${articles[0].id}.en` : `articles-${articles.length}.en`;
  const fileName = `${baseName}.${format}`;
  if (format === 'docx') {
    const content = await englishDocxBase64(pages, articles.length === 1 ? articles[0].title : fileName);
    return { fileName, mimeType: MIME.docx, content, encoding: 'base64', ...counts };
  }
  return { fileName, mimeType: MIME[format], content: format === 'md' ? englishMarkdown(pages) : englishPlainText(pages), ...counts };
}
