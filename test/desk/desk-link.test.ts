/** The app's desk link through the services handlers: connect from the settings, live checks follow the desk, presence. */
import { describe, expect, it } from 'vitest';
import { createDeskLink } from '../../desk/desk-link.ts';
import { createHandlers } from '../../services/handlers.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import { sampleMemoryProject } from '../services/sample-project.ts';
import { PASSWORD, useTestDesk } from './desk-fixture.ts';

const desk = useTestDesk();

describe('desk.* calls', () => {
  it('publishes a plain project on connect, sends local writes by itself, follows the desk’s glossary in glossary.check, and reports presence', async () => {
    const lead = await sampleMemoryProject('/lead', 'lead');
    const api = createHandlers(lead, { desk: createDeskLink });
    expect(await api['desk.status']({})).toMatchObject({ connected: false, conflicts: [] });
    await expect(api['desk.connect']({ database: desk.url, user: 'lead', password: 'wrong password' })).rejects.toThrow(/wrong password/);
    const status = await api['desk.connect']({ database: desk.url, user: 'lead', password: PASSWORD });
    expect(status).toMatchObject({ connected: true, user: 'lead', role: 'lead', database: desk.url });

    const tinaStore = createMemoryProject({ dir: '/tina' });
    const tina = createHandlers(tinaStore, { desk: createDeskLink });
    // An empty project connecting is published (nothing) and then pulls the desk.
    expect(await tina['desk.connect']({ database: desk.url, user: 'tina', password: PASSWORD })).toMatchObject({ connected: true, role: 'translator' });
    await expect.poll(async () => (await tina['article.list']({})).length, { timeout: 10_000 }).toBe((await lead.listArticles()).length);

    // The lead adds a forbidden form through the app; tina's server-side checks know it without a manual sync.
    const [entry] = (await api['glossary.get']({})).entries;
    await api['glossary.upsert']({ entry: { ...entry, forbidden: [...entry.forbidden, 'Badform'] }, baseRevision: entry.revision });
    // No sync by hand: the write itself is sent, and tina's copy is woken by the desk.
    const check = () => tina['glossary.check']({ source: entry.source, target: `Badform said` });
    await expect.poll(async () => (await check()).some((issue) => issue.code === 'forbidden-term'), { timeout: 10_000 }).toBe(true);

    const [article] = await tinaStore.listArticles();
    await tina['desk.presence']({ articleId: article.id });
    expect((await api['desk.status']({})).presence).toEqual([expect.objectContaining({ user: 'tina', articleId: article.id })]);
    await tina['desk.disconnect']({});
    await api['desk.disconnect']({});
    expect(await tina['desk.status']({})).toMatchObject({ connected: false, user: 'tina' });
  });
});
