import { describe, expect, it } from 'vitest';
import {
  articleIdFromFileName, articleShowJson, assignSegmentIds, fnv1a64Hex, importPage, restoreRemoved, segmentId,
  summarizeArticle, unaccountedLines,
} from '../../articles/index.ts';
import type { Article } from '../../articles/index.ts';
import { seed } from './seed-pages.ts';

const importSeed = (prefix: string, now = '2026-01-01T00:00:00.000Z'): Article => {
  const page = seed(prefix);
  return importPage({ fileName: page.fileName, text: page.text }, { now: () => now });
};

describe('restoreRemoved', () => {
  it('puts a removed line back as a body segment at its place and drops it from removed', () => {
    const article = importSeed('002');
    const restored = restoreRemoved(article, 27);
    expect(restored.removed.map((r) => r.line)).toEqual([1, 2, 25, 29, 31]);
    const last = restored.segments.at(-1);
    expect(last).toMatchObject({ source: 'Check out our other content', line: 27, kind: 'body', status: 'untranslated', target: '' });
    expect(last?.paragraph).toBe(article.segments.at(-1)!.paragraph + 1);
    expect(unaccountedLines(seed('002').text, restored)).toEqual([]);
    // The input article is a value: unchanged.
    expect(article.removed).toHaveLength(6);
  });

  it('inserts between paragraphs by line number, renumbers later paragraphs and keeps existing ids', () => {
    const article = importSeed('003');
    const restored = restoreRemoved(article, 11);
    const index = restored.segments.findIndex((s) => s.line === 11);
    expect(restored.segments[index - 1].line).toBe(9);
    expect(restored.segments.slice(index).find((s) => s.line !== 11)?.line).toBe(13);
    const inserted = restored.segments.filter((s) => s.line === 11);
    expect(inserted.map((s) => s.source).join(' ')).toBe(article.removed.find((r) => r.line === 11)?.text);
    const before = new Map(article.segments.map((s) => [s.id, s]));
    for (const segment of restored.segments.filter((s) => s.line !== 11)) {
      const old = before.get(segment.id);
      expect(old?.source).toBe(segment.source);
      expect(segment.paragraph).toBe(old!.paragraph + (old!.line > 11 ? 1 : 0));
    }
    expect(new Set(restored.segments.map((s) => s.id)).size).toBe(restored.segments.length);
  });

  it('keeps the title first when the restored line was above it on the page', () => {
    const restored = restoreRemoved(importSeed('002'), 1);
    expect(restored.segments[0].kind).toBe('title');
    expect(restored.segments[1]).toMatchObject({ source: '27.1 C', line: 1, paragraph: 1 });
    expect(restored.segments[2].paragraph).toBe(2);
  });

  it('keeps translations of other segments and restores a short line as a heading', () => {
    const article = importSeed('001');
    article.segments[3] = { ...article.segments[3], target: 'Kim Jong said…', status: 'translated' };
    const restored = restoreRemoved(article, 2);
    expect(restored.segments.find((s) => s.id === article.segments[3].id)?.target).toBe('Kim Jong said…');
    expect(restored.segments.find((s) => s.line === 2)).toMatchObject({ source: 'विदेश', kind: 'heading' });
  });

  it('throws a RangeError for a line that is not in removed', () => {
    expect(() => restoreRemoved(importSeed('004'), 3)).toThrow(RangeError);
  });
});

describe('segment ids', () => {
  it('FNV-1a 64 matches the published test vectors', () => {
    expect(fnv1a64Hex('')).toBe('cbf29ce484222325');
    expect(fnv1a64Hex('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64Hex('foobar')).toBe('85944171f73967e8');
  });

  it('depend on article, text and both neighbours, not on spacing', () => {
    const id = segmentId('a1', 'किम ने कहा।', 'पहला।', 'अगला।');
    expect(segmentId('a1', 'किम  ने\nकहा।', ' पहला। ', 'अगला।')).toBe(id);
    expect(segmentId('a2', 'किम ने कहा।', 'पहला।', 'अगला।')).not.toBe(id);
    expect(segmentId('a1', 'किम ने कहा।', 'दूसरा।', 'अगला।')).not.toBe(id);
    expect(segmentId('a1', 'किम ने कहा।', 'पहला।', 'दूसरा।')).not.toBe(id);
    expect(id).toMatch(/^s-[0-9a-f]{16}$/);
  });

  it('survive a re-import of the same page, even with a different clock and line endings', () => {
    const page = seed('003');
    const first = importPage({ fileName: page.fileName, text: page.text }, { now: () => 'first' });
    const again = importPage({ fileName: `/elsewhere/${page.fileName}`, text: page.text.replace(/\n/g, '\r\n') }, { now: () => 'second' });
    expect(again.segments.map((s) => s.id)).toEqual(first.segments.map((s) => s.id));
    expect(again.id).toBe(first.id);
  });

  it('survive edits elsewhere in the page: only the edited segment and its neighbours change', () => {
    const page = seed('004');
    const first = importPage({ fileName: page.fileName, text: page.text }, { now: () => 'x' });
    const edited = importPage({ fileName: page.fileName, text: page.text.replace('दुर्लभ विदेश यात्रा', 'दुर्लभ विदेशी यात्रा') }, { now: () => 'x' });
    const changed = first.segments.map((s, k) => s.id !== edited.segments[k].id);
    const at = first.segments.findIndex((s) => s.source.includes('दुर्लभ'));
    expect(changed.flatMap((c, k) => (c ? [k] : []))).toEqual([at - 1, at, at + 1]);
  });

  it('are unique when the same sentence repeats in the same context', () => {
    const ids = assignSegmentIds('a', ['हाँ।', 'हाँ।', 'हाँ।', 'हाँ।']);
    expect(new Set(ids).size).toBe(4);
    expect(ids[2]).toBe(`${ids[1]}-2`);
    expect(assignSegmentIds('a', ['हाँ।', 'हाँ।', 'हाँ।', 'हाँ।'])).toEqual(ids);
  });
});

describe('article ids from file names', () => {
  it('uses the base name without extension and never a path or ..', () => {
    expect(articleIdFromFileName('000_a6e2b2736be51a55.txt')).toBe('000_a6e2b2736be51a55');
    expect(articleIdFromFileName('/tmp/p/001_5fa5028a7c2c55c0.txt')).toBe('001_5fa5028a7c2c55c0');
    expect(articleIdFromFileName('C:\\pages\\story.html')).toBe('story');
    for (const name of ['../../etc/passwd', '..', '../x/..', 'a/../../b.txt', 'रूस समाचार.txt', 'my story.txt', 'con.txt', '.hidden']) {
      const id = articleIdFromFileName(name);
      expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
      expect(id).not.toContain('..');
    }
  });

  it('keeps names that lost characters apart with a hash', () => {
    expect(articleIdFromFileName('रूस समाचार.txt')).not.toBe(articleIdFromFileName('किम समाचार.txt'));
    expect(articleIdFromFileName('a b.txt')).not.toBe(articleIdFromFileName('a-b.txt'));
  });
});

describe('views', () => {
  it('summarizeArticle counts segments, translated (translated or later) and approved', () => {
    const article = importSeed('000');
    article.segments[1] = { ...article.segments[1], status: 'translated' };
    article.segments[2] = { ...article.segments[2], status: 'approved' };
    article.segments[3] = { ...article.segments[3], status: 'draft' };
    expect(summarizeArticle(article)).toEqual({
      id: '000_a6e2b2736be51a55', file: '000_a6e2b2736be51a55.txt', title: article.title, date: '2024-06-20T07:40:00Z',
      segments: 10, translated: 2, approved: 1,
    });
  });

  it('articleShowJson has the documented keys in order, title first in segments', () => {
    const article = importSeed('001');
    const json = articleShowJson(article);
    expect(Object.keys(json)).toEqual(['id', 'file', 'title', 'titleEnglish', 'date', 'byline', 'outlet', 'segments', 'removed']);
    expect(json.segments[0]).toEqual({ id: article.segments[0].id, source: article.title, target: '', status: 'untranslated' });
    expect(Object.keys(json.segments[0])).toEqual(['id', 'source', 'target', 'status']);
    expect(json.removed).toEqual([
      { line: 2, text: 'विदेश', reason: 'section-label' },
      { line: 24, text: article.removed[1].text, reason: 'breadcrumb' },
      { line: 26, text: 'ट्रेंडिंग वीडियो', reason: 'related' },
    ]);
    expect(Object.keys(articleShowJson(importSeed('004')))).toEqual(['id', 'file', 'title', 'date', 'segments', 'removed']);
  });
});
