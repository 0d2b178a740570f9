import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { createHandlers } from '../../electron/handlers.ts';
import { createMemoryProject } from '../../electron/store/memory-store.ts';
import { APP_ROOT, seedDefaultGlossary, seedSampleArticles } from '../../electron/default-project.ts';
import { seedSampleAlignments } from '../../electron/seed-sample-alignments.ts';
import type { ProjectStore } from '../../electron/store/project-store.ts';
import { readTmx } from '../../articles/exchange/tmx.ts';
import { readXliff } from '../../articles/exchange/xliff.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const SAMPLE_000 = '000_a6e2b2736be51a55';
const SAMPLE_002 = '002_0f029a2cb635d9d3';

let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;

async function seededStore(): Promise<ProjectStore> {
  const seeded = createMemoryProject({ dir: '/projects/review', name: 'review' });
  const context = { store: seeded, appRoot: APP_ROOT, now: () => new Date('2026-01-01T00:00:00Z') };
  await seedSampleArticles(context);
  await seedDefaultGlossary(context);
  await seedSampleAlignments(context);
  return seeded;
}

beforeEach(async () => {
  store = await seededStore();
  api = createHandlers(store, { now: () => NOW });
});

describe('align.* handlers on the default project samples', () => {
  it('lists the two sample alignments with link and open counts', async () => {
    const list = await api['align.list']({});
    expect(list.map((each) => each.articleId)).toEqual([SAMPLE_000, SAMPLE_002]);
    for (const summary of list) {
      const stored = await api['align.get']({ articleId: summary.articleId });
      expect(summary.links).toBe(stored.links.length);
      expect(summary.open).toBe(stored.links.length);
      expect(summary.accepted).toBe(0);
      expect(summary.title).toBe((await store.getArticle(summary.articleId))?.title);
      expect(stored.undoDepth).toBe(0);
      expect(stored).not.toHaveProperty('undo');
    }
  });

  it('accepts a 2-1 link: the English goes on the first segment, the second is translated and empty; undo restores both', async () => {
    const before = await api['align.get']({ articleId: SAMPLE_002 });
    const index = before.links.findIndex((link) => link.hi.length === 2 && link.en.length === 1);
    const link = before.links[index];
    const result = await api['align.edit']({ articleId: SAMPLE_002, op: { type: 'accept', linkIndex: index } });
    expect(result.alignment.links[index].status).toBe('accepted');
    expect(result.alignment.undoDepth).toBe(1);
    expect(result.changedSegments.map((segment) => segment.id)).toEqual(link.hi.map((i) => before.segmentIds[i]));

    const article = await api['article.get']({ id: SAMPLE_002 });
    expect(article.segments[link.hi[0]]).toMatchObject({ target: before.en[link.en[0]], status: 'translated', origin: 'aligned', updatedAt: NOW });
    expect(article.segments[link.hi[1]]).toMatchObject({ target: '', status: 'translated', origin: 'aligned' });
    expect((await api['align.list']({})).find((each) => each.articleId === SAMPLE_002)).toMatchObject({ accepted: 1, open: before.links.length - 1 });

    await api['align.edit']({ articleId: SAMPLE_002, op: { type: 'undo' } });
    const restored = await api['article.get']({ id: SAMPLE_002 });
    expect(restored.segments[link.hi[0]]).toMatchObject({ target: '', status: 'untranslated' });
    expect(restored.segments[link.hi[0]].origin).toBeUndefined();
    expect((await api['align.get']({ articleId: SAMPLE_002 })).undoDepth).toBe(0);
  });

  it('puts an accepted link into the translation memory and takes it out again on undo', async () => {
    const view = await api['align.get']({ articleId: SAMPLE_002 });
    const index = view.links.findIndex((link) => link.hi.length === 1 && link.en.length === 1);
    const link = view.links[index];
    const hindi = view.hi[link.hi[0]];
    const english = view.en[link.en[0]];
    const inMemory = async () => (await api['tm.concordance']({ query: hindi })).some((hit) => hit.source === hindi && hit.target === english);
    expect(await inMemory()).toBe(false);
    await api['align.edit']({ articleId: SAMPLE_002, op: { type: 'accept', linkIndex: index } });
    expect(await inMemory()).toBe(true);
    await api['align.edit']({ articleId: SAMPLE_002, op: { type: 'undo' } });
    expect(await inMemory()).toBe(false);
  });

  it('refuses malformed ops (bad-input) and impossible ones (conflict)', async () => {
    await expect(api['align.edit']({ articleId: SAMPLE_000, op: { type: 'explode', linkIndex: 0 } })).rejects.toMatchObject({ error: { code: 'bad-input' } });
    await expect(api['align.edit']({ articleId: SAMPLE_000, op: { type: 'accept', linkIndex: 99 } })).rejects.toMatchObject({ error: { code: 'bad-input' } });
    await expect(api['align.edit']({ articleId: SAMPLE_000, op: { type: 'mergePrev', linkIndex: 0 } })).rejects.toMatchObject({ error: { code: 'conflict' } });
    await expect(api['align.edit']({ articleId: SAMPLE_000, op: { type: 'undo' } })).rejects.toMatchObject({ error: { code: 'conflict' } });
    await expect(api['align.get']({ articleId: '003_1e3141995383dc93' })).rejects.toMatchObject({ error: { code: 'not-found' } });
  });

  it('aligns pasted English, and a batch reports each article, failures included', async () => {
    const english = readFileSync(path.join(APP_ROOT, 'articles/samples/translations/000_a6e2b2736be51a55.en.txt'), 'utf8');
    const summary = await api['align.run']({ articleId: SAMPLE_000, english, fileName: 'mine.en.txt' });
    expect(summary).toMatchObject({ articleId: SAMPLE_000, translationFile: 'mine.en.txt', alignedAt: NOW, accepted: 0 });
    expect(summary.links).toBeGreaterThan(5);

    const results = await api['align.runBatch']({ items: [
      { articleId: SAMPLE_000, english },
      { articleId: 'no-such-article', english },
    ] });
    expect(results.map((each) => [each.articleId, each.ok])).toEqual([[SAMPLE_000, true], ['no-such-article', false]]);
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await expect(api['align.run']({ articleId: SAMPLE_000, english: '   ' })).rejects.toMatchObject({ error: { code: 'bad-input' } });
  });

  it('aligns with a lexicon learned from confirmed pairs: after accepting sample 002, sample 000\'s headline pairs with its English headline alone', async () => {
    // (With the shipped lexicon alone and today's importer, the headline and the first sentence
    // come out as one 2-2 link; that depends on the importer, so it is not asserted here.)
    await api['align.edit']({ articleId: SAMPLE_002, op: { type: 'acceptAbove', threshold: 0 } });
    const english = readFileSync(path.join(APP_ROOT, 'articles/samples/translations/000_a6e2b2736be51a55.en.txt'), 'utf8');
    await api['align.run']({ articleId: SAMPLE_000, english });
    const after = await api['align.get']({ articleId: SAMPLE_000 });
    expect(after.en[0]).toBe("North Korea: Kim pledges 'full support' for Russia's war in Ukraine");
    expect(after.links.slice(0, 2).map((link) => [link.hi, link.en])).toEqual([[[0], [0]], [[1], [1]]]);
  });

  it('exports accepted pairs as TMX, the article as XLIFF 1.2 and 2.0, and every link as CSV', async () => {
    const view = await api['align.get']({ articleId: SAMPLE_000 });
    await api['align.edit']({ articleId: SAMPLE_000, op: { type: 'accept', linkIndex: 2 } });
    await api['align.edit']({ articleId: SAMPLE_000, op: { type: 'accept', linkIndex: 3 } });

    const tmx = await api['export.tmx']({});
    expect(tmx.fileName).toMatch(/\.tmx$/);
    const { pairs, problems } = readTmx(tmx.content, tmx.fileName);
    expect(problems).toEqual([]);
    expect(pairs.map((pair) => [pair.source, pair.target])).toEqual([2, 3].map((k) => [
      view.links[k].hi.map((i) => view.hi[i]).join(' '),
      view.links[k].en.map((j) => view.en[j]).join(' '),
    ]));

    const xliff = await api['export.xliff']({ articleId: SAMPLE_000, version: '1.2' });
    const read = readXliff(xliff.content, xliff.fileName);
    expect(read.version).toBe('1.2');
    const segmentId = view.segmentIds[view.links[2].hi[0]];
    expect(read.pairs.find((pair) => pair.id === segmentId)?.target).toBe(view.en[view.links[2].en[0]]);
    expect(readXliff((await api['export.xliff']({ articleId: SAMPLE_000, version: '2.0' })).content, 'x.xlf').version).toBe('2.0');

    const csv = await api['export.linksCsv']({});
    const rows = parseCsv(csv.content, { bom: true, columns: true }) as { article: string; status: string; score: string }[];
    const total = (await api['align.list']({})).reduce((sum, each) => sum + each.links, 0);
    expect(rows).toHaveLength(total);
    expect(rows.filter((row) => row.status === 'accepted')).toHaveLength(2);
    expect(rows[0].article).toBe(SAMPLE_000);
  });

  it('refuses edits when the project is read-only', async () => {
    const readOnly = createMemoryProject({ dir: '/projects/ro', name: 'ro', readOnly: true });
    const handlers = createHandlers(readOnly, { now: () => NOW });
    await expect(handlers['align.edit']({ articleId: SAMPLE_000, op: { type: 'undo' } })).rejects.toMatchObject({ error: { code: 'read-only' } });
    await expect(handlers['align.run']({ articleId: SAMPLE_000, english: 'Text.' })).rejects.toMatchObject({ error: { code: 'read-only' } });
  });
});
