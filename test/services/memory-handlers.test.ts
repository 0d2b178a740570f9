import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../services/handlers.ts';
import { sampleMemoryProject } from './sample-project.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import type { Article, GlossaryEntry } from '../../services/contract.ts';
import { mergeRankedMatches, PROPAGATION_UNDO_DOC } from '../../services/memory-handlers.ts';

const NOW = '2026-11-23T10:00:00.000Z';
const SEED_003 = '003_1e3141995383dc93';
const SEED_001 = '001_5fa5028a7c2c55c0';

let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;
let seed003: Article;

beforeEach(async () => {
  store = await sampleMemoryProject('/projects/memory', 'memory');
  api = createHandlers(store, { now: () => NOW });
  seed003 = await api['article.get']({ id: SEED_003 });
});

/** The index of the seed-003 segment whose Hindi starts with `prefix` (the n-th such, 0-based). */
function indexOf(prefix: string, nth = 0): number {
  const found = seed003.segments.flatMap((segment, index) => (segment.source.startsWith(prefix) ? [index] : []));
  if (found.length <= nth) throw new Error(`no segment ${nth} starting with ${prefix}`);
  return found[nth];
}

async function confirm(index: number, target: string): Promise<void> {
  await api['article.saveSegment']({ articleId: SEED_003, segmentId: seed003.segments[index].id, target, status: 'translated' });
}

async function segmentAt(index: number) {
  return (await api['article.get']({ id: SEED_003 })).segments[index];
}

describe('repetitions', () => {
  it('seed 003 repeats two standfirst sentences; each reports two occurrences', async () => {
    const repeated = seed003.segments.filter((segment) => segment.repeatOf);
    expect(repeated).toHaveLength(2);
    const repetitions = await api['repetitions.get']({ articleId: SEED_003 });
    const ids = new Set(repetitions.map((each) => each.segmentId));
    for (const segment of repeated) {
      expect(ids.has(segment.id)).toBe(true);
      expect(ids.has(segment.repeatOf!)).toBe(true);
    }
    for (const each of repetitions) expect(each.occurrences).toBeGreaterThanOrEqual(2);
  });

  it('confirming a repeated sentence fills its repetition (origin repetition); a draft save does not', async () => {
    const first = indexOf('रूसी राज्य समाचार एजेंसियों के अनुसार');
    const second = indexOf('रूसी राज्य समाचार एजेंसियों के अनुसार', 1);
    expect(seed003.segments[second].repeatOf).toBe(seed003.segments[first].id);
    const english = 'According to Russian state news agencies, Putin said Russia would develop military-technical cooperation with North Korea.';

    await api['article.saveSegment']({ articleId: SEED_003, segmentId: seed003.segments[first].id, target: english, status: 'draft' });
    expect((await segmentAt(second)).target).toBe('');

    await confirm(first, english);
    expect(await segmentAt(second)).toMatchObject({ target: english, status: 'translated', origin: 'repetition', updatedAt: NOW });
    const reported = (await api['repetitions.get']({ articleId: SEED_003 })).find((each) => each.segmentId === seed003.segments[second].id);
    expect(reported).toMatchObject({ occurrences: 2, unlinked: false, target: english, status: 'translated', origin: 'repetition' });

    // A later confirmation with a corrected text updates the earlier fill.
    await confirm(first, `${english} (corrected)`);
    expect((await segmentAt(second)).target).toBe(`${english} (corrected)`);
  });

  it('an unlinked segment is not filled, and relinking lets the next confirmation fill it', async () => {
    const first = indexOf('किम के हवाले से');
    const second = indexOf('किम के हवाले से', 1);
    const unlinked = await api['segment.unlink']({ articleId: SEED_003, segmentId: seed003.segments[second].id });
    expect(unlinked.unlinked).toBe(true);
    await confirm(first, 'Kim was quoted as saying he had no doubt.');
    expect(await segmentAt(second)).toMatchObject({ target: '', status: 'untranslated', unlinked: true });
    expect((await api['repetitions.get']({ articleId: SEED_003 })).find((each) => each.segmentId === seed003.segments[second].id)?.unlinked).toBe(true);

    await api['segment.unlink']({ articleId: SEED_003, segmentId: seed003.segments[second].id, unlinked: false });
    await confirm(first, 'Kim was quoted as saying he had no doubt at all.');
    expect(await segmentAt(second)).toMatchObject({ target: 'Kim was quoted as saying he had no doubt at all.', origin: 'repetition' });
  });

  it('a hand-confirmed repetition is never overwritten', async () => {
    const first = indexOf('किम के हवाले से');
    const second = indexOf('किम के हवाले से', 1);
    await confirm(second, 'Kim is quoted as saying (own wording).');
    await confirm(first, 'Kim was quoted as saying he had no doubt.');
    expect(await segmentAt(second)).toMatchObject({ target: 'Kim is quoted as saying (own wording).', origin: 'manual' });
  });
});

describe('tm.lookup and tm.concordance', () => {
  it('finds the confirmed heading as a 100% match for the body sentence that repeats it with a danda, never the segment itself', async () => {
    const heading = seed003.segments.findIndex((segment) => segment.kind === 'heading' && segment.source.startsWith('बीते 24 वर्षों'));
    const body = indexOf('बीते 24 वर्षों में यह पुतिन की पहली कोरिया यात्रा है।');
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(await api['tm.lookup']({ articleId: SEED_003, segmentId: seed003.segments[body].id })).toEqual([]);

    await confirm(heading, "Putin's first visit to Korea in 24 years");
    const matches = await api['tm.lookup']({ articleId: SEED_003, segmentId: seed003.segments[body].id });
    expect(matches[0]).toMatchObject({ target: "Putin's first visit to Korea in 24 years", score: 1, origin: `article:${SEED_003}`, articleId: SEED_003 });
    expect(matches[0].diff.every((op) => op.op === 'equal')).toBe(true);
    expect(await api['tm.lookup']({ articleId: SEED_003, segmentId: seed003.segments[heading].id })).toEqual([]);

    // The cached memory follows edits.
    await confirm(heading, "Putin's first trip to Korea in 24 years");
    expect((await api['tm.lookup']({ articleId: SEED_003, segmentId: seed003.segments[body].id }))[0].target).toBe("Putin's first trip to Korea in 24 years");
  });

  it("offers a repetition's twin as a 100% match after the fill, though both hold the same pair in one article", async () => {
    const repeat = seed003.segments.findIndex((segment) => segment.repeatOf);
    const first = seed003.segments.findIndex((segment) => segment.id === seed003.segments[repeat].repeatOf);
    await confirm(first, 'Kim said a multipolar world was emerging.');
    expect((await segmentAt(repeat)).target).toBe('Kim said a multipolar world was emerging.');
    const matches = await api['tm.lookup']({ articleId: SEED_003, segmentId: seed003.segments[repeat].id });
    expect(matches[0]).toMatchObject({ target: 'Kim said a multipolar world was emerging.', score: 1, articleId: SEED_003 });
    // A sentence found nowhere else still never matches itself.
    const lone = seed003.segments.findIndex((segment, index) => index !== first && index !== repeat && !segment.repeatOf && seed003.segments.every((other) => other.repeatOf !== segment.id) && segment.kind === 'body');
    await confirm(lone, 'A sentence of its own.');
    expect((await api['tm.lookup']({ articleId: SEED_003, segmentId: seed003.segments[lone].id })).map((match) => match.target)).not.toContain('A sentence of its own.');
  });

  it('a fuzzy match shows the differing words and adapts a changed number', async () => {
    const body = indexOf('बीते 24 वर्षों में यह पुतिन की पहली कोरिया यात्रा है।');
    const tsv = 'बीते 25 वर्षों में यह पुतिन की पहली चीन यात्रा है।\tPutin\'s first visit to China in 25 years.\n';
    const imported = await api['tm.import']({ fileName: 'agency.tsv', base64: Buffer.from(tsv).toString('base64') });
    expect(imported.memory).toMatchObject({ name: 'agency', file: 'agency.tsv', pairs: 1, importedAt: NOW });
    expect(await api['tm.memories']({})).toEqual([imported.memory]);

    const [match] = await api['tm.lookup']({ articleId: SEED_003, segmentId: seed003.segments[body].id });
    expect(match).toMatchObject({ origin: 'tm:agency', memory: 'agency', target: "Putin's first visit to China in 25 years." });
    expect(match.score).toBeGreaterThanOrEqual(0.5);
    expect(match.score).toBeLessThan(1);
    expect(match.diff.filter((op) => op.op !== 'equal').map((op) => `${op.op}:${op.text}`)).toEqual(expect.arrayContaining(['delete:25', 'insert:24', 'delete:चीन', 'insert:कोरिया']));
    // China→Korea is not a glossary swap it can be sure of, so nothing is adapted unless only numbers differ.
    expect(match.adapted === undefined || match.adapted.includes('24')).toBe(true);
  });

  it('concordance finds pairs by Hindi or English across articles and imported memories', async () => {
    const heading = seed003.segments.findIndex((segment) => segment.kind === 'heading');
    await confirm(heading, "Putin's first visit to Korea in 24 years");
    await api['tm.import']({ fileName: 'kremlin.tmx', base64: Buffer.from(tmx('पुतिन की यात्रा', 'Putin’s visit')).toString('base64') });
    const byHindi = await api['tm.concordance']({ query: 'पुतिन की' });
    expect(byHindi).toEqual(expect.arrayContaining([
      { source: seed003.segments[heading].source, target: "Putin's first visit to Korea in 24 years", articleId: SEED_003, segmentId: seed003.segments[heading].id },
      { source: 'पुतिन की यात्रा', target: 'Putin’s visit', memory: 'kremlin' },
    ]));
    const byEnglish = await api['tm.concordance']({ query: 'KOREA IN 24' });
    expect(byEnglish.map((hit) => hit.segmentId)).toEqual([seed003.segments[heading].id]);
    expect(await api['tm.concordance']({ query: 'no such words' })).toEqual([]);
  });

  it('indexes an imported memory once: saving segments rebuilds only the project part', async () => {
    const tsv = 'बीते 30 वर्षों में यह पुतिन की पहली कोरिया यात्रा है\tPutin’s first Korea visit in 30 years\n';
    await api['tm.import']({ fileName: 'agency.tsv', base64: Buffer.from(tsv).toString('base64') });
    const reads: string[] = [];
    const getDoc = store.getDoc.bind(store);
    store.getDoc = async <T,>(name: string) => {
      reads.push(name);
      return getDoc<T>(name);
    };
    const heading = seed003.segments.findIndex((segment) => segment.kind === 'heading');
    const lookup = () => api['tm.lookup']({ articleId: SEED_003, segmentId: seed003.segments[heading].id });
    expect((await lookup()).map((match) => match.memory)).toEqual(['agency']);
    await confirm(indexOf('यह सैन्य समझौता'), 'It could also be a military agreement.');
    expect((await lookup()).map((match) => match.memory)).toEqual(['agency']);
    expect(reads.filter((name) => name === 'tm/agency')).toHaveLength(1);
    // A newer import of the same name replaces the indexed one.
    await api['tm.import']({ fileName: 'agency.tsv', base64: Buffer.from('बीते 30 वर्षों में यह पुतिन की पहली कोरिया यात्रा है\tPutin’s first trip to Korea in 30 years\n').toString('base64') });
    expect((await lookup())[0]).toMatchObject({ target: 'Putin’s first trip to Korea in 30 years', adapted: 'Putin’s first trip to Korea in 24 years' });
  });

  it('ranks the project\'s own pair before an imported one on a tie, and a 100% imported pair before a fuzzy project pair', () => {
    const match = (source: string, target: string, score: number, origin: string) => ({ source, target, score, origin, diff: [], contextMatch: false });
    const project = [match('क ख ग', 'own', 0.8, 'article:a')];
    const imported = [match('क ख ग घ', 'imported exact', 1, 'tm:x'), match('क ख ग', 'imported tie', 0.8, 'tm:x'), match('क ख ग', 'own', 0.8, 'tm:x')];
    expect(mergeRankedMatches([project, imported], 'क ख ग घ').map((each) => each.target)).toEqual(['imported exact', 'own', 'imported tie']);
  });

  it('a memory file without pairs or with bad XML is refused naming the file', async () => {
    await expect(api['tm.import']({ fileName: 'empty.tsv', base64: Buffer.from('\n').toString('base64') })).rejects.toMatchObject({ error: { code: 'bad-input', file: 'empty.tsv' } });
    await expect(api['tm.import']({ fileName: 'bad.tmx', base64: Buffer.from('<tmx><body><tu>').toString('base64') })).rejects.toMatchObject({ error: { code: 'bad-input', file: 'bad.tmx' } });
    expect(await api['tm.memories']({})).toEqual([]);
  });
});

function tmx(hindi: string, english: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="hi" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body><tu><tuv xml:lang="hi"><seg>${hindi}</seg></tuv><tuv xml:lang="en"><seg>${english}</seg></tuv></tu></body></tmx>`;
}

describe('glossary-change propagation', () => {
  const kimSegments = () => seed003.segments.flatMap((segment, index) => (segment.source.includes('किम जोंग उन') ? [index] : []));

  async function kimEntry(): Promise<GlossaryEntry> {
    const entry = (await api['glossary.get']({})).entries.find((each) => each.id === 'kim-jong-un');
    if (!entry) throw new Error('default glossary lost kim-jong-un');
    return entry;
  }

  it('previews every target with a forbidden form, applies a selection as one step, and undoes it', async () => {
    const indexes = kimSegments();
    expect(indexes.length).toBeGreaterThanOrEqual(3);
    for (const index of indexes) await confirm(index, `Putin met KIM JONG-UN; Kim Jong-un's guards waited (${index}).`);

    const preview = await api['glossary.previewPropagation']({ entryId: 'kim-jong-un' });
    expect(preview.replacement).toBe('Kim Jong Un');
    expect(preview.forms).toContain('Kim Jong-un');
    expect(preview.changes.map((change) => change.segmentId)).toEqual(indexes.map((index) => seed003.segments[index].id));
    for (const change of preview.changes) {
      expect(change.after).toMatch(/^Putin met KIM JONG UN; Kim Jong Un's guards waited \(\d+\)\.$/);
      expect(change.articleTitle).toBe(seed003.title);
      expect(change.source).toContain('किम जोंग उन');
      expect(change.diff.some((op) => op.op === 'delete' && op.text === 'JONG-UN;')).toBe(true);
    }

    const [keep, ...chosen] = preview.changes;
    const applied = await api['glossary.applyPropagation']({ entryId: 'kim-jong-un', selected: chosen.map(({ articleId, segmentId, before }) => ({ articleId, segmentId, before })) });
    expect(applied.applied.map((each) => each.segmentId)).toEqual(chosen.map((change) => change.segmentId));
    expect(applied.stale).toEqual([]);
    expect(applied.undoDepth).toBe(1);
    const after = await api['article.get']({ id: SEED_003 });
    for (const change of chosen) expect(after.segments.find((segment) => segment.id === change.segmentId)).toMatchObject({ target: change.after, origin: 'propagation', status: 'translated' });
    expect(after.segments.find((segment) => segment.id === keep.segmentId)?.target).toBe(keep.before);

    const undone = await api['glossary.undoPropagation']({});
    expect(undone).toMatchObject({ skipped: [], undoDepth: 0 });
    expect(undone.restored.map((each) => each.segmentId)).toEqual(chosen.map((change) => change.segmentId));
    const restored = await api['article.get']({ id: SEED_003 });
    for (const change of chosen) expect(restored.segments.find((segment) => segment.id === change.segmentId)).toMatchObject({ target: change.before, origin: 'manual' });
    expect(await store.getDoc(PROPAGATION_UNDO_DOC)).toEqual({ schemaVersion: 1, steps: [] });
    await expect(api['glossary.undoPropagation']({})).rejects.toMatchObject({ error: { code: 'conflict' } });
  });

  it('a changed approved rendering replaces the old one; a target edited since the preview is stale; undo keeps later edits', async () => {
    const indexes = kimSegments();
    for (const index of indexes) await confirm(index, `Kim Jong Un spoke (${index}).`);
    const before = await kimEntry();
    const after: GlossaryEntry = { ...before, target: 'Kim Jong-un', forbidden: ['Kim Jong Un'] };
    await api['glossary.upsert']({ entry: after });

    const preview = await api['glossary.previewPropagation']({ entryId: 'kim-jong-un', before });
    expect(preview.changes.map((change) => change.after)).toEqual(indexes.map((index) => `Kim Jong-un spoke (${index}).`));

    // The translator edits one target between preview and apply.
    await confirm(indexes[0], 'Kim Jong Un spoke again.');
    const applied = await api['glossary.applyPropagation']({ entryId: 'kim-jong-un', before, selected: preview.changes.map(({ articleId, segmentId, before: text }) => ({ articleId, segmentId, before: text })) });
    expect(applied.stale.map((each) => each.segmentId)).toEqual([seed003.segments[indexes[0]].id]);
    expect(applied.applied.map((each) => each.segmentId)).toEqual(indexes.slice(1).map((index) => seed003.segments[index].id));
    expect((await segmentAt(indexes[0])).target).toBe('Kim Jong Un spoke again.');

    await confirm(indexes[1], 'Edited after the propagation.');
    const undone = await api['glossary.undoPropagation']({});
    expect(undone.skipped.map((each) => each.segmentId)).toEqual([seed003.segments[indexes[1]].id]);
    expect((await segmentAt(indexes[1])).target).toBe('Edited after the propagation.');
    for (const index of indexes.slice(2)) expect((await segmentAt(index)).target).toBe(`Kim Jong Un spoke (${index}).`);
  });

  it('lists affected targets in every article, with each article\'s title', async () => {
    const seed001 = await api['article.get']({ id: SEED_001 });
    const kim001 = seed001.segments.find((segment) => segment.source.includes('किम जोंग ने'))!;
    await api['article.saveSegment']({ articleId: SEED_001, segmentId: kim001.id, target: 'Kim Jong pledged support to Russia.', status: 'translated' });
    const kim003 = kimSegments()[0];
    await confirm(kim003, 'Kim Jong-un signed the pact.');
    const preview = await api['glossary.previewPropagation']({ entryId: 'kim-jong-un' });
    expect(preview.changes.map(({ articleId, articleTitle, before, after }) => ({ articleId, articleTitle, before, after }))).toEqual([
      { articleId: SEED_001, articleTitle: seed001.title, before: 'Kim Jong pledged support to Russia.', after: 'Kim Jong Un pledged support to Russia.' },
      { articleId: SEED_003, articleTitle: seed003.title, before: 'Kim Jong-un signed the pact.', after: 'Kim Jong Un signed the pact.' },
    ]);
    const applied = await api['glossary.applyPropagation']({ entryId: 'kim-jong-un' });
    expect(applied.applied).toEqual([{ articleId: SEED_001, segmentId: kim001.id }, { articleId: SEED_003, segmentId: seed003.segments[kim003].id }]);
    await api['glossary.undoPropagation']({});
    expect((await api['article.get']({ id: SEED_001 })).segments.find((segment) => segment.id === kim001.id)?.target).toBe('Kim Jong pledged support to Russia.');
  });

  it('refuses an unknown entry and entries that are not the one named', async () => {
    await expect(api['glossary.previewPropagation']({ entryId: 'nobody' })).rejects.toMatchObject({ error: { code: 'not-found' } });
    const kim = await kimEntry();
    await expect(api['glossary.previewPropagation']({ entryId: 'kim', after: kim })).rejects.toMatchObject({ error: { code: 'bad-input' } });
  });
});
