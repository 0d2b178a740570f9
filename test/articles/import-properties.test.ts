import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importPage, restoreRemoved, splitHindiSentenceSpans, unaccountedLines } from '../../articles/index.ts';
import type { Article } from '../../articles/index.ts';
import { readPages, SAMPLES_DIR } from './seed-pages.ts';

// Building blocks taken from the real seed pages: every non-blank line, and single sentences.
const seedLines = readPages(SAMPLES_DIR).flatMap((page) => page.text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''));
const seedSentences = readPages(SAMPLES_DIR).flatMap((page) => page.text.split(/(?<=।)\s+/).map((s) => s.trim()).filter((s) => s.length > 0 && !s.includes('\n')));
const furniture = ['27.1 C', 'Jaipur', 'Tags:', 'Similar News', 'Related Post', 'Leave a Reply', '-->', 'विदेश', 'Check out our other content',
  'Hindi News / world / रूस', 'Highlights कुछ बातें', 'ट्रेंडिंग वीडियो', 'Wednesday, August 13, 2025', 'By राम कुमार | Published: June 19, 2024 05:34 PM',
  'Jyoti Sharma', 'विज्ञापन', 'ये भी पढ़ें-', 'Web Title: some english title', '© 2024 Dainik Jagran', 'एपी सिम्मी गोला', '|', '•', '2024'];

const hindiWord = fc.constantFrom('रूस', 'किम', 'उत्तर', 'कोरिया', 'ने', 'कहा', 'डॉ.', 'U.S.', '27.1', '15,000', '"', '“', '”', '‘', '’', 'है।', 'था?', 'नहीं!', 'गया.', 'और', 'के', 'Kim', '१३', 'अगस्त');
const generatedLine = fc.oneof(
  { arbitrary: fc.constantFrom(...seedLines), weight: 4 },
  { arbitrary: fc.constantFrom(...seedSentences), weight: 4 },
  { arbitrary: fc.constantFrom(...furniture), weight: 3 },
  { arbitrary: fc.array(hindiWord, { minLength: 1, maxLength: 14 }).map((words) => words.join(' ')), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.constant(''), weight: 3 },
);
const generatedPage = fc.tuple(fc.array(generatedLine, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

function importOrImportError(text: string): Article | undefined {
  try {
    return importPage({ fileName: 'generated.txt', text }, { now: () => 'now' });
  } catch (error) {
    // The only acceptable failure is a clear import error (an empty page or one with no article text).
    expect(error).toBeInstanceOf(ImportError);
    return undefined;
  }
}

function checkArticle(text: string, article: Article): void {
  expect(unaccountedLines(text, article)).toEqual([]);
  expect(article.segments[0].kind).toBe('title');
  expect(article.segments[0].source).toBe(article.title);
  expect(new Set(article.segments.map((s) => s.id)).size).toBe(article.segments.length);
  for (const segment of article.segments) {
    expect(segment.source.length).toBeGreaterThan(0);
    expect(segment.source).toBe(segment.source.trim());
  }
}

describe('importer properties (fast-check)', () => {
  it('accounts for every non-blank line of generated pages (body, removed or metadata)', () => {
    fc.assert(fc.property(generatedPage, (text) => {
      const article = importOrImportError(text);
      if (article) checkArticle(text, article);
    }), { numRuns: 400 });
  });

  it('never throws anything but ImportError on arbitrary text, and keeps the invariant when it imports', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const article = importOrImportError(text);
      if (article) checkArticle(text, article);
    }), { numRuns: 150 });
  });

  it('gives the same ids when the same page is imported again', () => {
    fc.assert(fc.property(generatedPage, (text) => {
      const first = importOrImportError(text);
      const again = importOrImportError(text);
      expect(again?.segments.map((s) => s.id)).toEqual(first?.segments.map((s) => s.id));
    }), { numRuns: 100 });
  });

  it('keeps the invariant after restoring any removed line', () => {
    fc.assert(fc.property(generatedPage, fc.nat(), (text, pick) => {
      const article = importOrImportError(text);
      if (!article || article.removed.length === 0) return;
      const line = article.removed[pick % article.removed.length].line;
      const restored = restoreRemoved(article, line);
      checkArticle(text, restored);
      expect(restored.removed).toHaveLength(article.removed.length - 1);
      expect(restored.segments.some((s) => s.line === line)).toBe(true);
    }), { numRuns: 200 });
  });

  it('sentence spans are ordered, trimmed, non-overlapping and cover every non-space character', () => {
    fc.assert(fc.property(fc.array(hindiWord, { maxLength: 60 }).map((words) => words.join(' ')), (paragraph) => {
      const spans = splitHindiSentenceSpans(paragraph);
      let previousEnd = 0;
      let covered = '';
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        expect(paragraph.slice(span.start, span.end)).toBe(paragraph.slice(span.start, span.end).trim());
        covered += paragraph.slice(previousEnd, span.start).trim() + paragraph.slice(span.start, span.end);
        previousEnd = span.end;
      }
      expect(covered.replace(/\s+/g, '')).toBe(paragraph.replace(/\s+/g, ''));
    }), { numRuns: 300 });
  });

  it('imports a page with a one-megabyte line', () => {
    const sentence = 'रूस और उत्तर कोरिया ने 15,000 सैनिकों पर बात की। ';
    const text = `शीर्षक यहाँ है\n\n${sentence.repeat(Math.ceil(1_000_000 / sentence.length))}\n`;
    const article = importPage({ fileName: 'big.txt', text }, { now: () => 'now' });
    expect(article.segments.length).toBe(1 + Math.ceil(1_000_000 / sentence.length));
    expect(unaccountedLines(text, article)).toEqual([]);
  });
});
