/** Live clients: a glossary change reaches connected copies without anyone syncing by hand; presence; an offline day. */
import { describe, expect, it } from 'vitest';
import { cloneDesk, publishProject } from '../../desk/clone.ts';
import { startLiveDesk, type LiveDesk } from '../../desk/live.ts';
import { syncProject } from '../../desk/sync.ts';
import { seededRandom } from '../../bench/bench-stats.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { sampleMemoryProject } from '../services/sample-project.ts';
import { useTestDesk } from './desk-fixture.ts';

let lead: ProjectStore;
const desk = useTestDesk({}, async (started) => {
  lead = await sampleMemoryProject('/lead', 'lead');
  await publishProject(lead, await started.connect('lead'), started.url);
});

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never happened: ${what}`);
}

describe('live desk', () => {
  it('wakes every connected copy on a glossary change and applies it', async () => {
    const live: LiveDesk[] = [];
    const stores: ProjectStore[] = [];
    for (let i = 0; i < 10; i++) {
      await desk.addUser(`live${i}`, 'translator');
      const store = createMemoryProject({ dir: `/live${i}` });
      await cloneDesk(store, await desk.connect(`live${i}`), desk.url);
      stores.push(store);
      live.push(await startLiveDesk(store, await desk.connect(`live${i}`), { intervalMs: 3_600_000 }));
    }
    try {
      const glossary = await lead.getGlossary();
      const entry = glossary.entries[0];
      await lead.saveGlossary({ ...glossary, entries: glossary.entries.map((e) => (e.id === entry.id ? { ...e, forbidden: [...e.forbidden, 'Wrong Form'] } : e)) });
      await syncProject(lead, await desk.connect('lead'));
      for (const store of stores) {
        await until(async () => (await store.getGlossary()).entries.find((e) => e.id === entry.id)!.forbidden.includes('Wrong Form'), 'the change reached a live copy');
      }
    } finally {
      for (const each of live) await each.stop();
    }
  });

  it('shows who has an article open', async () => {
    const store = createMemoryProject({ dir: '/p1' });
    await cloneDesk(store, await desk.connect('tina'), desk.url);
    const tina = await startLiveDesk(store, await desk.connect('tina'));
    const other = createMemoryProject({ dir: '/p2' });
    await cloneDesk(other, await desk.connect('rahul'), desk.url);
    let woken = 0;
    const rahul = await startLiveDesk(other, await desk.connect('rahul'), { onPresence: () => woken++ });
    try {
      const [article] = await store.listArticles();
      await tina.setPresence(article.id);
      expect(await rahul.presence()).toEqual([expect.objectContaining({ user: 'tina', role: 'translator', articleId: article.id })]);
      await until(async () => woken > 0, 'presence notice');
      await tina.setPresence(null);
      expect(await rahul.presence()).toEqual([]);
    } finally {
      await tina.stop();
      await rahul.stop();
    }
  });

  it('a copy away for a day catches up from its last sequence and sends its own work', async () => {
    const away = createMemoryProject({ dir: '/away' });
    await desk.addUser('away', 'translator');
    await cloneDesk(away, await desk.connect('away'), desk.url);
    const busy = createMemoryProject({ dir: '/busy' });
    await cloneDesk(busy, await desk.connect('lead'), desk.url);
    const articles = await busy.listArticles();
    // The day: the desk moves on by many changes while `away` edits offline (the last article only).
    const random = seededRandom(7);
    const busyConnection = await desk.connect('lead');
    for (let hour = 0; hour < 24; hour++) {
      for (const article of articles.slice(0, -1)) {
        const held = (await busy.getArticle(article.id))!;
        const index = Math.floor(random() * held.segments.length);
        held.segments[index] = { ...held.segments[index], target: `hour ${hour} ${index}`, status: 'draft' };
        await busy.saveArticle(held);
      }
      await syncProject(busy, busyConnection);
    }
    const mine = (await away.getArticle(articles[articles.length - 1].id))!;
    mine.segments = mine.segments.map((s, i) => (i > 0 ? { ...s, target: `offline ${i}`, status: 'draft' } : s));
    await away.saveArticle(mine);
    const report = await syncProject(away, await desk.connect('away'));
    expect(report.conflicts).toEqual([]);
    expect(report.pushed).toBe(mine.segments.length - 1);
    await syncProject(busy, busyConnection);
    const strip = (list: { id: string; segments: { target: string; status: string }[] }[]) => list.map((a) => ({ id: a.id, t: a.segments.map((s) => [s.target, s.status]) }));
    expect(strip(await away.listArticles())).toEqual(strip(await busy.listArticles()));
  });
});
