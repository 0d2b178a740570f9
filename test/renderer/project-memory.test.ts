import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { importPage } from '../../articles/import/import-page.ts';
import type { Article } from '../../articles/model.ts';
import { buildProjectMemory, contextAt } from '../../renderer/memory/project-memory.ts';

const samplesDir = new URL('../../articles/samples/', import.meta.url);
const seeds = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => importPage({ fileName: name, text: readFileSync(new URL(name, samplesDir), 'utf8') }));

/** Seed articles with every segment of the first `translatedArticles` articles given a marked English. */
function translated(translatedArticles: number): Article[] {
  return seeds.map((article, articleIndex) =>
    articleIndex < translatedArticles
      ? { ...article, segments: article.segments.map((segment, index) => ({ ...segment, target: `EN ${article.id} ${index}`, status: 'translated' as const })) }
      : article,
  );
}

describe('project translation memory', () => {
  it('holds only confirmed, non-empty segments', () => {
    const articles = translated(2);
    const memory = buildProjectMemory(articles);
    expect(memory.size).toBe(articles[0].segments.length + articles[1].segments.length);
    const drafts = articles.map((article) => ({ ...article, segments: article.segments.map((segment) => ({ ...segment, status: 'draft' as const })) }));
    expect(buildProjectMemory(drafts).size).toBe(0);
  });

  it('finds a sentence from another article as a 100% match and never the segment itself', () => {
    const articles = translated(1);
    const memory = buildProjectMemory(articles);
    const segment = articles[0].segments[2];
    const fromElsewhere = memory.lookup(segment.source, undefined, 'some-other-segment');
    expect(fromElsewhere[0]).toMatchObject({ score: 1, target: segment.target, articleId: articles[0].id, segmentId: segment.id });
    expect(memory.lookup(segment.source, undefined, segment.id).some((match) => match.segmentId === segment.id)).toBe(false);
  });

  it('ranks a fuzzy match of an edited sentence and shows the differing words', () => {
    const articles = translated(1);
    const memory = buildProjectMemory(articles);
    const original = articles[0].segments.find((segment) => segment.source.split(' ').length > 8)!;
    const words = original.source.split(' ');
    const edited = [...words.slice(0, -2), 'नया', words[words.length - 1]].join(' ');
    const [best] = memory.lookup(edited, undefined, 'x');
    expect(best.segmentId).toBe(original.id);
    expect(best.score).toBeLessThan(1);
    expect(best.score).toBeGreaterThanOrEqual(0.5);
    expect(best.diff.some((op) => op.op === 'insert' && op.text.includes('नया'))).toBe(true);
  });

  it('remembers newly confirmed segments and finds only their newest text', () => {
    const articles = translated(0);
    const memory = buildProjectMemory(articles);
    const article = articles[3];
    const segment = article.segments[1];
    expect(memory.lookup(segment.source, undefined, 'x')).toEqual([]);
    memory.remember({ source: segment.source, target: 'first text', articleId: article.id, segmentId: segment.id }, contextAt(article, 1));
    memory.remember({ source: segment.source, target: 'second text', articleId: article.id, segmentId: segment.id }, contextAt(article, 1));
    const matches = memory.lookup(segment.source, contextAt(article, 1), 'x');
    expect(matches.map((match) => match.target)).toEqual(['second text']);
    expect(matches[0].contextMatch).toBe(true);
    expect(memory.concordance(segment.source.split(' ').slice(0, 2).join(' ')).map((pair) => pair.target)).toEqual(['second text']);
    expect(memory.concordance('SECOND').map((pair) => pair.segmentId)).toEqual([segment.id]);
  });
});
