import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPage, unaccountedLines } from '../../articles/index.ts';
import { FIXTURE_PAGES_DIR, readPages } from './seed-pages.ts';

// Pages written in the style of other Hindi outlets, each with a hand-written .expected.json beside it.
interface Expected {
  title: string;
  titleEnglish?: string;
  date?: string;
  byline?: string;
  outlet?: string;
  metadata: string[];
  removed: Record<string, string>;
  headings: string[];
  segmentCount: number;
  sentences: string[];
}

const pages = readPages(FIXTURE_PAGES_DIR);

describe('pages in the style of other outlets', () => {
  it('has at least three outlet-style pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  for (const page of pages) {
    const expected = JSON.parse(readFileSync(FIXTURE_PAGES_DIR + page.fileName.replace(/\.txt$/, '.expected.json'), 'utf8')) as Expected;
    const article = importPage({ fileName: page.fileName, text: page.text }, { now: () => 'fixed' });

    it(`${page.fileName}: title and metadata`, () => {
      expect(article.title).toBe(expected.title);
      expect(article.titleEnglish).toBe(expected.titleEnglish);
      expect(article.date).toBe(expected.date);
      expect(article.byline).toBe(expected.byline);
      expect(article.outlet).toBe(expected.outlet);
      expect(article.metadata.map((m) => `${m.line}:${m.field}`)).toEqual(expected.metadata);
    });

    it(`${page.fileName}: boilerplate removed with reasons and line numbers`, () => {
      expect(Object.fromEntries(article.removed.map((r) => [String(r.line), r.reason]))).toEqual(expected.removed);
    });

    it(`${page.fileName}: headings, sentence boundaries and the no-loss invariant`, () => {
      expect(article.segments.filter((s) => s.kind === 'heading').map((s) => s.source)).toEqual(expected.headings);
      expect(article.segments).toHaveLength(expected.segmentCount);
      const sources = article.segments.map((s) => s.source);
      for (const sentence of expected.sentences) expect(sources).toContain(sentence);
      expect(unaccountedLines(page.text, article)).toEqual([]);
    });
  }
});
