/**
 * The list's figures saved beside the project (services/summaries-file.ts): a reopened project
 * takes them from the file instead of reading every article, and an entry is used only while its
 * article's content stamp is the same; a stale, corrupt or foreign file is counted again, and a
 * corrupt one is moved aside, never overwritten.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { observeStore } from '../../services/store-events.ts';
import { createGlossaryState } from '../../services/glossary-state.ts';
import { articleCounts, createProjectSummaries } from '../../services/project-summaries.ts';
import { SUMMARY_RULES } from '../../services/summaries-file.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ArticleCounts } from '../../services/contract.ts';
import { sampleArticle } from './store/store-fixtures.ts';

let dir: string;
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'anuvad-summaries-')), 'project');
});
afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

const CACHE = () => path.join(dir, 'cache', 'article-summaries.json');

/** A store that counts its article reads, to prove what the first summaries read. */
function counting(store: ProjectStore) {
  const reads = { list: 0, get: 0 };
  const counted = new Proxy(store, {
    get(target, property) {
      // A read of the whole project, as one list or one article at a time (eachArticle), counts once.
      if (property === 'listArticles') return () => ((reads.list += 1), target.listArticles());
      if (property === 'eachArticle' && target.eachArticle) return () => ((reads.list += 1), target.eachArticle!());
      if (property === 'getArticle') return (id: string) => ((reads.get += 1), target.getArticle(id));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return { store: counted, reads };
}

/** The project's figures as the summaries service gives them, and the reads it made; the file is written at once. */
async function figuresOf(store: ProjectStore) {
  const { store: counted, reads } = counting(store);
  const observed = observeStore(counted);
  const summaries = createProjectSummaries(observed, createGlossaryState(observed), { saveAfterMs: 0 });
  const { articles } = await summaries.summaries();
  // The reads of the first answer (the issue recount reads articles afterwards, as before).
  const firstReads = { ...reads };
  // Let the save a moment after the build land.
  await summaries.saved();
  await store.readCache?.('nothing', () => undefined);
  return { articles: articles.map(({ issues: _issues, ...counts }) => counts), reads: firstReads, summaries, observed };
}

async function newProject(ids: string[]) {
  const store = await openLowdbProject(dir, { create: true });
  for (const id of ids) await store.saveArticle(sampleArticle(id, 4));
  return store;
}

const expected = async (store: ProjectStore): Promise<ArticleCounts[]> => (await store.listArticles()).map(articleCounts);

describe('saved list figures', () => {
  it('are written after the first count and used on the next open without reading any article', async () => {
    const first = await newProject(['a', 'b', 'c']);
    const built = await figuresOf(first);
    expect(built.articles).toEqual(await expected(first));
    expect(built.reads.list).toBe(1);
    expect(existsSync(CACHE())).toBe(true);
    await first.close();

    const again = await openLowdbProject(dir);
    const reopened = await figuresOf(again);
    expect(reopened.articles).toEqual(await expected(again));
    expect(reopened.reads).toEqual({ list: 0, get: 0 });
    await again.close();
  });

  it('count again an article whose file another program changed while the project was closed, and only that one', async () => {
    const first = await newProject(['a', 'b', 'c', 'd', 'e']);
    await figuresOf(first);
    await first.close();
    const file = path.join(dir, 'articles', 'c.json');
    const article = JSON.parse(await readFile(file, 'utf8'));
    article.segments[1] = { ...article.segments[1], target: 'Translated outside.', status: 'translated' };
    await writeFile(file, JSON.stringify(article, null, 2));

    const again = await openLowdbProject(dir);
    const reopened = await figuresOf(again);
    expect(reopened.articles).toEqual(await expected(again));
    expect(reopened.articles.find((each) => each.id === 'c')?.translated).toBe(1);
    expect(reopened.reads).toEqual({ list: 0, get: 1 });
    await again.close();
  });

  it('follow saves and deletions, and the file saved after them is what the next open shows', async () => {
    const first = await newProject(['a', 'b', 'c']);
    const { observed, summaries } = await figuresOf(first);
    const [a] = await observed.store.listArticles();
    await observed.store.saveArticle({ ...a, segments: a.segments.map((segment) => ({ ...segment, target: 'Done.', status: 'approved' as const })) });
    await observed.store.deleteArticle('b');
    await summaries.saved();
    await first.close();

    const again = await openLowdbProject(dir);
    const reopened = await figuresOf(again);
    expect(reopened.articles.map((each) => each.id)).toEqual(['a', 'c']);
    expect(reopened.articles).toEqual(await expected(again));
    expect(reopened.articles[0].approved).toBe(4);
    expect(reopened.reads).toEqual({ list: 0, get: 0 });
    await again.close();
  });

  it('move a corrupt file aside with a warning, count every article and write the file anew', async () => {
    const first = await newProject(['a', 'b']);
    await figuresOf(first);
    await first.close();
    await writeFile(CACHE(), '{"schemaVersion":1,"value":{"rules":1,"articles":[{"stamp":"x"');

    const again = await openLowdbProject(dir);
    const reopened = await figuresOf(again);
    expect(reopened.articles).toEqual(await expected(again));
    expect(reopened.reads.list).toBe(1);
    const aside = (await readdir(path.join(dir, 'cache'))).filter((name) => name.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, 'cache', aside[0]), 'utf8')).toContain('"stamp":"x"');
    expect(again.warnings().find((warning) => warning.file === 'cache/article-summaries.json')?.detail).toMatch(/moved aside .*rebuilt/);
    expect(JSON.parse(await readFile(CACHE(), 'utf8')).value.articles).toHaveLength(2);
    await again.close();
  });

  it('move aside a file of the right syntax but a wrong shape (a count that is not a number)', async () => {
    const first = await newProject(['a', 'b']);
    await figuresOf(first);
    await first.close();
    const saved = JSON.parse(await readFile(CACHE(), 'utf8'));
    saved.value.articles[0].counts.words = 'many';
    await writeFile(CACHE(), JSON.stringify(saved));

    const again = await openLowdbProject(dir);
    const reopened = await figuresOf(again);
    expect(reopened.articles).toEqual(await expected(again));
    expect((await readdir(path.join(dir, 'cache'))).some((name) => name.includes('.corrupt-'))).toBe(true);
    await again.close();
  });

  it('never trust figures that were copied to another article or made with other counting rules', async () => {
    const first = await newProject(['a', 'b', 'c', 'd', 'e']);
    await figuresOf(first);
    await first.close();
    const saved = JSON.parse(await readFile(CACHE(), 'utf8'));
    // b's entry claims a's stamp: it names b, so it is checked against b's stamp and not used.
    saved.value.articles[1].stamp = saved.value.articles[0].stamp;
    saved.value.articles[1].counts.words = 999;
    await writeFile(CACHE(), JSON.stringify(saved));
    let again = await openLowdbProject(dir);
    let reopened = await figuresOf(again);
    expect(reopened.articles).toEqual(await expected(again));
    expect(reopened.reads).toEqual({ list: 0, get: 1 });
    await again.close();

    const current = JSON.parse(await readFile(CACHE(), 'utf8'));
    current.value.rules = SUMMARY_RULES + 1;
    current.value.articles[0].counts.words = 999;
    await writeFile(CACHE(), JSON.stringify(current));
    again = await openLowdbProject(dir);
    reopened = await figuresOf(again);
    expect(reopened.articles).toEqual(await expected(again));
    expect(reopened.reads.list).toBe(1);
    await again.close();
  });

  it('are not written in a read-only project, and the figures are still right', async () => {
    const store = createMemoryProject({ articles: [sampleArticle('a'), sampleArticle('b')], readOnly: true });
    const { articles } = await figuresOf(store);
    expect(articles).toEqual(await expected(store));
    expect(await store.readCache?.('article-summaries', () => undefined)).toBeUndefined();
  });
});
