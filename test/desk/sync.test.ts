/** Publish, clone, sync and conflicts against a real PostgreSQL (test/desk/pg-cluster.ts). */
import { describe, expect, it } from 'vitest';
import { cloneDesk, publishProject } from '../../desk/clone.ts';
import { syncProject } from '../../desk/sync.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { sampleMemoryProject } from '../services/sample-project.ts';
import { useTestDesk } from './desk-fixture.ts';

const desk = useTestDesk();

async function editSegment(store: ProjectStore, articleId: string, index: number, target: string, status: 'draft' | 'translated' | 'approved' = 'translated') {
  const article = (await store.getArticle(articleId))!;
  article.segments[index] = { ...article.segments[index], target, status };
  await store.saveArticle(article);
}

describe('desk sync', () => {
  let lead: ProjectStore;
  let tina: ProjectStore;
  let rahul: ProjectStore;
  let articleId: string;

  it('publishes a local project and clones it with every article, segment and entry', async () => {
    lead = await sampleMemoryProject('/lead', 'lead');
    const report = await publishProject(lead, await desk.connect('lead'), desk.url);
    expect(report.conflicts).toEqual([]);
    const articles = await lead.listArticles();
    articleId = articles[0].id;
    tina = createMemoryProject({ dir: '/tina' });
    const cloned = await cloneDesk(tina, await desk.connect('tina'), desk.url);
    expect(cloned.articles).toBe(articles.length);
    expect(cloned.entries).toBe((await lead.getGlossary()).entries.length);
    const strip = (list: { segments: { revision?: number }[]; revision?: number }[]) =>
      list.map(({ revision: _r, segments, ...rest }) => ({ ...rest, segments: segments.map(({ revision: _s, ...segment }) => segment) }));
    expect(strip(await tina.listArticles())).toEqual(strip(articles));
    rahul = createMemoryProject({ dir: '/rahul' });
    await cloneDesk(rahul, await desk.connect('rahul'), desk.url);
  });

  it('carries an edit from one copy to another, and a second sync with nothing new changes nothing', async () => {
    await editSegment(tina, articleId, 1, 'Tina’s sentence');
    const pushed = await syncProject(tina, await desk.connect('tina'));
    expect(pushed.pushed).toBe(1);
    const pulled = await syncProject(rahul, await desk.connect('rahul'));
    expect(pulled.conflicts).toEqual([]);
    expect((await rahul.getArticle(articleId))!.segments[1].target).toBe('Tina’s sentence');
    const again = await syncProject(rahul, await desk.connect('rahul'));
    expect(again).toMatchObject({ pushed: 0, pulled: 0, conflicts: [] });
  });

  it('lists two edits of one segment as a conflict with both versions, keeps mine locally, and exits clean after "take theirs"', async () => {
    await editSegment(tina, articleId, 2, 'Tina wrote this');
    await editSegment(rahul, articleId, 2, 'Rahul wrote that');
    expect((await syncProject(tina, await desk.connect('tina'))).conflicts).toEqual([]);
    const report = await syncProject(rahul, await desk.connect('rahul'));
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({ kind: 'segment', articleId, mine: { target: 'Rahul wrote that' }, theirs: { target: 'Tina wrote this' } });
    expect((await rahul.getArticle(articleId))!.segments[2].target).toBe('Rahul wrote that');
    // Still a conflict on the next sync: never resolved by itself.
    expect((await syncProject(rahul, await desk.connect('rahul'))).conflicts).toHaveLength(1);
  });

  it('edits of different segments of one article do not conflict', async () => {
    await editSegment(tina, articleId, 3, 'three by Tina');
    await editSegment(lead, articleId, 4, 'four by the lead');
    await syncProject(tina, await desk.connect('tina'));
    expect((await syncProject(lead, await desk.connect('lead'))).conflicts).toEqual([]);
    const article = (await lead.getArticle(articleId))!;
    expect(article.segments[3].target).toBe('three by Tina');
    expect(article.segments[4].target).toBe('four by the lead');
  });

  it('the same glossary entry changed twice is a conflict; a new entry reaches everyone', async () => {
    const glossary = await tina.getGlossary();
    const entry = glossary.entries.find((e) => e.status !== 'approved') ?? glossary.entries[0];
    const proposed = { ...entry, id: 'new-term-1', source: 'नया शब्द', target: 'new word', status: 'proposed' as const };
    await tina.saveGlossary({ ...glossary, entries: [...glossary.entries, proposed] });
    expect((await syncProject(tina, await desk.connect('tina'))).conflicts).toEqual([]);
    await syncProject(lead, await desk.connect('lead'));
    expect((await lead.getGlossary()).entries.find((e) => e.id === 'new-term-1')?.target).toBe('new word');
    const leadGlossary = await lead.getGlossary();
    await lead.saveGlossary({ ...leadGlossary, entries: leadGlossary.entries.map((e) => (e.id === 'new-term-1' ? { ...e, note: 'lead note' } : e)) });
    const tinaGlossary = await tina.getGlossary();
    await tina.saveGlossary({ ...tinaGlossary, entries: tinaGlossary.entries.map((e) => (e.id === 'new-term-1' ? { ...e, note: 'tina note' } : e)) });
    await syncProject(lead, await desk.connect('lead'));
    const report = await syncProject(tina, await desk.connect('tina'));
    expect(report.conflicts).toEqual([expect.objectContaining({ kind: 'glossary-entry', id: 'new-term-1', mine: expect.objectContaining({ note: 'tina note' }), theirs: expect.objectContaining({ note: 'lead note' }) })]);
  });
});

describe('resolving a conflict', () => {
  it('"keep mine" sends the local version on the next sync; "take theirs" writes the desk’s now', async () => {
    const { resolveConflict } = await import('../../desk/resolve.ts');
    await desk.addUser('ana', 'translator');
    await desk.addUser('ben', 'translator');
    const b = createMemoryProject({ dir: '/b' });
    const c = createMemoryProject({ dir: '/c' });
    await cloneDesk(b, await desk.connect('ana'), desk.url);
    await cloneDesk(c, await desk.connect('ben'), desk.url);
    const id = (await b.listArticles())[1].id;
    await editSegment(b, id, 1, 'B version');
    await editSegment(c, id, 1, 'C version');
    await syncProject(b, await desk.connect('ana'));
    const segmentId = (await syncProject(c, await desk.connect('ben'))).conflicts[0].id;
    await resolveConflict(c, segmentId, 'mine');
    expect((await syncProject(c, await desk.connect('ben'))).conflicts).toEqual([]);
    expect((await syncProject(b, await desk.connect('ana'))).conflicts).toEqual([]);
    expect((await b.getArticle(id))!.segments[1].target).toBe('C version');
    await editSegment(b, id, 1, 'B again');
    await editSegment(c, id, 1, 'C again');
    await syncProject(b, await desk.connect('ana'));
    expect((await syncProject(c, await desk.connect('ben'))).conflicts).toHaveLength(1);
    await resolveConflict(c, segmentId, 'theirs');
    expect((await c.getArticle(id))!.segments[1].target).toBe('B again');
    expect((await syncProject(c, await desk.connect('ben'))).conflicts).toEqual([]);
  });
});

describe('translation memory on the desk', () => {
  it('only grows: imported memories from two copies reach everyone, the same unit twice is one unit, never a conflict', async () => {
    const { saveImportedMemory, projectMemoryEntries } = await import('../../services/project-memory.ts');
    const one = createMemoryProject({ dir: '/tm1' });
    const two = createMemoryProject({ dir: '/tm2' });
    await cloneDesk(one, await desk.connect('tina'), desk.url);
    await cloneDesk(two, await desk.connect('rahul'), desk.url);
    const memory = (pairs: [string, string][]) => ({ schemaVersion: 1 as const, name: 'agency', readOnly: true as const, file: 'agency.tmx', importedAt: '2026-01-02T00:00:00Z', pairs: pairs.map(([source, target]) => ({ source, target })) });
    await saveImportedMemory(one, memory([['नमस्ते', 'Hello'], ['धन्यवाद', 'Thank you']]));
    await saveImportedMemory(two, memory([['नमस्ते', 'Hello'], ['शुभ रात्रि', 'Good night']]));
    expect((await syncProject(one, await desk.connect('tina'))).conflicts).toEqual([]);
    expect((await syncProject(two, await desk.connect('rahul'))).conflicts).toEqual([]);
    await syncProject(one, await desk.connect('tina'));
    const targets = async (store: ProjectStore) => (await projectMemoryEntries(store)).filter((e) => e.origin === 'tm:agency').map((e) => e.target).sort();
    expect(await targets(one)).toEqual(['Good night', 'Hello', 'Thank you']);
    expect(await targets(two)).toEqual(['Good night', 'Hello', 'Thank you']);
    const fresh = createMemoryProject({ dir: '/tm3' });
    const cloned = await cloneDesk(fresh, await desk.connect('lead'), desk.url);
    expect(cloned.memoryUnits).toBe(3);
  });
});
