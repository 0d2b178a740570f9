// The desk on PostgreSQL (issue 15), on a throwaway local cluster (test/desk/pg-cluster.ts):
// glossary change propagation to 50 and 200 live clients (LISTEN) against polling every 2 s;
// sync throughput batched against one sync per edit; first clone of a 10,000-article desk against
// a full re-read of the same project from disk, and a catch-up sync against a re-clone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneDesk, publishProject } from '../desk/clone.ts';
import { connectDesk, type DeskConnection } from '../desk/connection.ts';
import { startLiveDesk, type LiveDesk } from '../desk/live.ts';
import { syncProject } from '../desk/sync.ts';
import { createMemoryProject } from '../services/store/memory-store.ts';
import { openLowdbProject } from '../services/store/lowdb-store.ts';
import type { ProjectStore } from '../services/store/project-store.ts';
import { PASSWORD, startTestDesk, type TestDesk } from '../test/desk/desk-fixture.ts';
import { sampleMemoryProject } from '../test/services/sample-project.ts';
import { percentileOfSorted } from './bench-stats.ts';
import { writeScaleProject } from './scale-project.ts';

const CHANGES = 10;

async function timed<T>(task: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await task();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/** N live (or polling) clients; the lead changes an entry CHANGES times; latency until each client's glossary has it. */
async function propagation(desk: TestDesk, lead: ProjectStore, leadDesk: DeskConnection, clients: number, listen: boolean): Promise<{ p50: number; p95: number; max: number; cpuMs: number }> {
  const waiting = new Map<string, (at: number) => void>();
  const live: LiveDesk[] = [];
  const stores: ProjectStore[] = [];
  let marker = '';
  for (let i = 0; i < clients; i++) {
    const name = `bench${listen ? 'l' : 'p'}${clients}-${i}`;
    await desk.addUser(name, 'translator');
    const store = createMemoryProject({ dir: `/${name}` });
    const cloning = await connectDesk(desk.url, name, PASSWORD);
    await cloneDesk(store, cloning, desk.url);
    await cloning.close();
    stores.push(store);
    live.push(await startLiveDesk(store, await connectDesk(desk.url, name, PASSWORD), {
      listen, intervalMs: listen ? 3_600_000 : 2000,
      onSynced: (report) => {
        if (report.pulled === 0) return;
        const at = performance.now();
        void store.getGlossary().then((glossary) => {
          if (glossary.entries.some((entry) => entry.note === marker)) waiting.get(name)?.(at);
        });
      },
    }));
  }
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  for (let change = 0; change < CHANGES; change++) {
    marker = `bench ${listen} ${clients} ${change}`;
    const arrived = live.map((_, i) => new Promise<number>((resolve) => waiting.set(`bench${listen ? 'l' : 'p'}${clients}-${i}`, resolve)));
    const glossary = await lead.getGlossary();
    await lead.saveGlossary({ ...glossary, entries: glossary.entries.map((entry, i) => (i === 0 ? { ...entry, note: marker } : entry)) });
    const start = performance.now();
    await syncProject(lead, leadDesk);
    for (const at of await Promise.all(arrived)) latencies.push(at - start);
  }
  const used = process.cpuUsage(cpu);
  for (const each of live) await each.stop();
  latencies.sort((a, b) => a - b);
  return { p50: percentileOfSorted(latencies, 50), p95: percentileOfSorted(latencies, 95), max: latencies[latencies.length - 1], cpuMs: (used.user + used.system) / 1000 };
}

/** 50 clients each edit 20 segments; syncing once per client (batched) or once per edit. */
async function throughput(desk: TestDesk, perEdit: boolean): Promise<{ editsPerS: number; ms: number; cpuMs: number }> {
  const clients: { store: ProjectStore; desk: DeskConnection }[] = [];
  for (let i = 0; i < 50; i++) {
    const name = `tp${perEdit ? 'e' : 'b'}${i}`;
    await desk.addUser(name, 'translator');
    const connection = await connectDesk(desk.url, name, PASSWORD);
    const store = createMemoryProject({ dir: `/${name}` });
    await cloneDesk(store, connection, desk.url);
    clients.push({ store, desk: connection });
  }
  const run = await timed(() => Promise.all(clients.map(async (client, i) => {
    const articles = await client.store.listArticles();
    for (let edit = 0; edit < 20; edit++) {
      const article = articles[edit % articles.length];
      const held = (await client.store.getArticle(article.id))!;
      // Each client its own segments: this measures throughput, not conflicts.
      const index = 1 + ((i * 20 + edit) % (held.segments.length - 1));
      held.segments[index] = { ...held.segments[index], target: `tp ${perEdit} ${i} ${edit}`, status: 'draft' };
      await client.store.saveArticle(held);
      if (perEdit) await syncProject(client.store, client.desk);
    }
    if (!perEdit) await syncProject(client.store, client.desk);
  })));
  for (const client of clients) await client.desk.close();
  return { editsPerS: (50 * 20) / (run.ms / 1000), ms: run.ms, cpuMs: run.cpuMs };
}

/** Markdown tables of the desk benchmarks. */
export async function runDeskBench(): Promise<string> {
  const desk = await startTestDesk({ maxConnections: 500 });
  const work = mkdtempSync(join(tmpdir(), 'anuvad-desk-bench-'));
  try {
    const lead = await sampleMemoryProject('/lead', 'lead');
    const leadDesk = await desk.connect('lead');
    await publishProject(lead, leadDesk, desk.url);
    const rows: string[] = [];
    for (const clients of [50, 200]) {
      const live = await propagation(desk, lead, leadDesk, clients, true);
      const poll = clients === 50 ? await propagation(desk, lead, leadDesk, clients, false) : undefined;
      rows.push(`| glossary change → ${clients} clients' live checks (${CHANGES} changes) | p50 ${live.p50.toFixed(0)} ms, **p95 ${live.p95.toFixed(0)} ms**, max ${live.max.toFixed(0)} ms | ${poll ? `poll every 2 s: p50 ${poll.p50.toFixed(0)} ms, p95 ${poll.p95.toFixed(0)} ms` : '–'} | ${live.cpuMs.toFixed(0)} ms${poll ? ` / ${poll.cpuMs.toFixed(0)} ms` : ''} |`);
    }
    const batched = await throughput(desk, false);
    const perEdit = await throughput(desk, true);
    rows.push(`| sync throughput, 50 clients × 20 segment edits | ${batched.editsPerS.toFixed(0)} edits/s batched (${batched.ms.toFixed(0)} ms) | one sync per edit: ${perEdit.editsPerS.toFixed(0)} edits/s (${perEdit.ms.toFixed(0)} ms) | ${batched.cpuMs.toFixed(0)} ms / ${perEdit.cpuMs.toFixed(0)} ms |`);

    const origin = join(work, 'origin');
    const sizes = { articles: 10_000, segmentsPerArticle: 19, glossaryEntries: 2000 };
    writeScaleProject(origin, sizes);
    const originStore = await openLowdbProject(origin);
    const published = await timed(() => publishProject(originStore, leadDesk, desk.url));
    await originStore.close();
    const copyDir = join(work, 'clone');
    const clone = await timed(async () => {
      const store = await openLowdbProject(copyDir, { create: true });
      const report = await cloneDesk(store, leadDesk, desk.url);
      await store.close();
      return report;
    });
    const reread = await timed(async () => {
      const store = await openLowdbProject(copyDir);
      const articles = await store.listArticles();
      await store.close();
      return articles.length;
    });
    rows.push(`| publish a 10,000-article project (${sizes.articles * sizes.segmentsPerArticle} segments) | ${(published.ms / 1000).toFixed(1)} s | – | ${(published.cpuMs / 1000).toFixed(1)} s |`);
    rows.push(`| first clone of the 10,000 articles (${clone.value.articles} articles, ${clone.value.entries} entries) | ${(clone.ms / 1000).toFixed(1)} s | full re-read of the same copy from disk: ${(reread.ms / 1000).toFixed(1)} s (${reread.value} articles) | ${(clone.cpuMs / 1000).toFixed(1)} s / ${(reread.cpuMs / 1000).toFixed(1)} s |`);
    const copy = await openLowdbProject(copyDir);
    const [first] = await copy.listArticles();
    first.segments[1] = { ...first.segments[1], target: 'one change', status: 'draft' };
    await copy.saveArticle(first);
    const catchUp = await timed(() => syncProject(copy, leadDesk));
    await copy.close();
    const reclone = await timed(async () => {
      const store = createMemoryProject({ dir: '/reclone' });
      return cloneDesk(store, leadDesk, desk.url);
    });
    rows.push(`| sync of one change in the 10,000-article copy | ${catchUp.ms.toFixed(0)} ms | re-clone from the desk (in memory): ${(reclone.ms / 1000).toFixed(1)} s | ${catchUp.cpuMs.toFixed(0)} ms / ${(reclone.cpuMs / 1000).toFixed(1)} s |`);
    return [
      'PostgreSQL 15 on loopback, fsync off (a throwaway cluster); all clients in this one process; CPU = this process (clients), not the server.',
      '',
      '| measure | desk | baseline (same run) | CPU desk / baseline |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  } finally {
    await desk.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
