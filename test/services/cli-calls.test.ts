/** The calls the command line needed that the app did not have: glossary.import, tm.search, export.tmx of confirmed pairs. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../services/handlers.ts';
import { ApiFailure } from '../../services/api-failure.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { GlossaryEntry } from '../../services/contract.ts';
import { readTmx } from '../../articles/exchange/tmx.ts';
import { sampleMemoryProject } from './sample-project.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const entry = (id: string, source: string, target: string): GlossaryEntry => ({
  id, source, sourceVariants: [], target, targetAlternates: [], forbidden: [], type: 'place', caseSensitive: false, matchMode: 'exact',
  note: '', status: 'approved', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: 'test',
});

describe('glossary.import', () => {
  let api: ReturnType<typeof createHandlers>;
  beforeEach(async () => {
    api = createHandlers(createMemoryProject(), { now: () => NOW });
    await api['glossary.upsert']({ entry: entry('moscow', 'मॉस्को', 'Moscow') });
  });

  it('plans without writing on a dry run, then adds and changes entries', async () => {
    const incoming = [entry('kyiv', 'कीव', 'Kyiv'), { ...entry('moscow', 'मॉस्को', 'Moskva') }];
    const dry = await api['glossary.import']({ entries: incoming, dryRun: true });
    expect(dry).toMatchObject({ applied: false, added: [{ id: 'kyiv', target: 'Kyiv' }], changed: [{ id: 'moscow', before: 'Moscow', after: 'Moskva' }], unchanged: 0 });
    expect((await api['glossary.get']({})).entries.map((each) => each.target)).toEqual(['Moscow']);
    const done = await api['glossary.import']({ entries: incoming });
    expect(done.applied).toBe(true);
    expect((await api['glossary.get']({})).entries.map((each) => each.target).sort()).toEqual(['Kyiv', 'Moskva']);
  });

  it('keeps the project entry on a conflict unless take-incoming is asked', async () => {
    await api['glossary.upsert']({ entry: entry('kyiv', 'कीव', 'Kyiv') });
    // The id names one entry and the Hindi term another: a conflict.
    const incoming = [entry('moscow', 'कीव', 'Kiev city')];
    const before = (await api['glossary.get']({})).entries.map((each) => [each.id, each.source, each.target]);
    const skipped = await api['glossary.import']({ entries: incoming });
    expect(skipped.conflicts).toMatchObject([{ existing: { id: expect.any(String) }, incoming: { source: 'कीव', target: 'Kiev city' } }]);
    expect((await api['glossary.get']({})).entries.map((each) => [each.id, each.source, each.target])).toEqual(before);
    await api['glossary.import']({ entries: incoming, conflicts: 'take-incoming' });
    expect((await api['glossary.get']({})).entries.map((each) => each.target)).toContain('Kiev city');
  });

  it('refuses a read-only project unless it is a dry run', async () => {
    const readOnly = createHandlers(createMemoryProject({ readOnly: true }), { now: () => NOW });
    await expect(readOnly['glossary.import']({ entries: [entry('kyiv', 'कीव', 'Kyiv')], dryRun: true })).resolves.toMatchObject({ applied: false });
    const thrown = await readOnly['glossary.import']({ entries: [entry('kyiv', 'कीव', 'Kyiv')] }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ApiFailure);
    expect((thrown as ApiFailure).error.code).toBe('read-only');
  });
});

describe('tm.search and export.tmx of confirmed pairs', () => {
  it('finds a confirmed segment for free Hindi text and exports every confirmed pair', async () => {
    const store = await sampleMemoryProject('/p', 'p');
    const api = createHandlers(store, { now: () => NOW });
    const [article] = await store.listArticles();
    const segment = article.segments[1];
    await api['article.saveSegment']({ articleId: article.id, segmentId: segment.id, target: 'A confirmed translation.', status: 'translated' });
    const matches = await api['tm.search']({ text: segment.source });
    expect(matches[0]).toMatchObject({ source: segment.source, target: 'A confirmed translation.', score: 1, articleId: article.id });
    const file = await api['export.tmx']({ pairs: 'confirmed' });
    const pairs = readTmx(file.content, file.fileName).pairs;
    expect(file.units).toBe(pairs.length);
    expect(pairs).toContainEqual(expect.objectContaining({ source: segment.source, target: 'A confirmed translation.' }));
    // The default stays the accepted alignment links (none here).
    expect((await api['export.tmx']({})).units).toBe(0);
  });
});
