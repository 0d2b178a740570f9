/**
 * The server side of the scale benchmark, in its own process so its memory is the server's alone:
 * opens a project folder with the lowdb store, serves it with the real handlers over the HTTP
 * fallback, and times every API call it answers (wall clock and this process's CPU). The parent
 * (bench/scale.ts) talks to it over the fork IPC channel: `stats`, `reset`, `naive`, `close`.
 * Run by bench/scale.ts: node --import tsx bench/scale-server.ts <projectDir> <rendererDir>
 */
import { createHandlers } from '../services/handlers.ts';
import { openLowdbProject } from '../services/store/lowdb-store.ts';
import { startServer } from '../transports/http/server.ts';
import type { ApiHandlers } from '../services/api-names.ts';
import { articleCounts, articleIssues } from '../services/project-summaries.ts';
import { createGlossaryChecker } from '../glossary/index.ts';
import { stampGlossary } from '../services/store/revisions.ts';

/** One answered call: milliseconds of wall clock and of CPU (user + system) while it ran. */
export interface CallTiming {
  wall: number;
  cpu: number;
}

/** What the server reports to the parent. */
export type ServerMessage =
  | { kind: 'ready'; pageUrl: string; url: string; token: string; open: CallTiming; rssAfterOpen: number }
  | { kind: 'stats'; timings: Record<string, CallTiming[]>; rss: number; maxRss: number; warm?: CallTiming }
  | { kind: 'naive'; open: CallTiming; upsert: CallTiming[] }
  | { kind: 'closed' };

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** Runs `task`, returning its result and its wall and CPU milliseconds. */
async function timed<T>(task: () => Promise<T> | T): Promise<{ result: T; timing: CallTiming }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await task();
  return { result, timing: { wall: performance.now() - started, cpu: cpuMs(process.cpuUsage(cpu)) } };
}

const [dir, staticDir] = process.argv.slice(2);
const send = (message: ServerMessage) => process.send!(message);

const { result: store, timing: open } = await timed(() => openLowdbProject(dir));
// As the HTTP fallback creates them (transports/http/server.ts): the list's figures read at once,
// while the server starts; timed (wall, and the process's CPU meanwhile: the server start's too).
// Not waited for: the page is opened as soon as the server listens, as a window would be.
let warm: CallTiming | undefined;
const plain = createHandlers(store, {
  warmList: (read) => {
    void timed(() => read).then(({ timing }) => {
      warm = timing;
    });
  },
});
const timings: Record<string, CallTiming[]> = {};
// Every handler timed as the transport calls it (payload validation included).
const handlers = Object.fromEntries(Object.entries(plain).map(([name, handler]) => [name, async (args: unknown) => {
  const { result, timing } = await timed(() => (handler as (args: unknown) => Promise<unknown>)(args));
  (timings[name] ??= []).push(timing);
  return result;
}])) as unknown as ApiHandlers;
const server = await startServer({ store, staticDir, handlers });
send({ kind: 'ready', pageUrl: server.pageUrl, url: server.url, token: server.token, open, rssAfterOpen: process.memoryUsage().rss });

/**
 * The naive variants, measured here on the same data: the list counting every article's issues
 * before it can show anything (what a first paint with an Issues column cost before the summaries
 * service), and a glossary save that copies and stamps every entry and writes the whole file
 * (`upserts` times).
 */
async function naive(upserts: number): Promise<ServerMessage> {
  const { timing: naiveOpen } = await timed(async () => {
    const articles = await store.listArticles();
    const checker = createGlossaryChecker(await store.getGlossary());
    return articles.map((article) => ({ ...articleCounts(article), issues: articleIssues(article, checker) }));
  });
  const glossary = await store.getGlossary();
  const upsert: CallTiming[] = [];
  for (let n = 0; n < upserts; n++) {
    const index = (n * 7919) % glossary.entries.length;
    const { timing } = await timed(() => {
      const next = structuredClone({ ...glossary, entries: glossary.entries.with(index, { ...glossary.entries[index], note: `naive ${n}` }) });
      const stamped = stampGlossary(glossary, next);
      return JSON.stringify(stamped, null, 2).length;
    });
    upsert.push(timing);
  }
  return { kind: 'naive', open: naiveOpen, upsert };
}

process.on('message', (message: { kind: string; upserts?: number }) => {
  void (async () => {
    if (message.kind === 'stats') {
      send({ kind: 'stats', timings, rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024, ...(warm ? { warm } : {}) });
    } else if (message.kind === 'reset') {
      for (const name of Object.keys(timings)) delete timings[name];
      send({ kind: 'stats', timings, rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 });
    } else if (message.kind === 'naive') {
      send(await naive(message.upserts ?? 20));
    } else if (message.kind === 'close') {
      await server.close();
      await store.close();
      send({ kind: 'closed' });
      process.exit(0);
    }
  })();
});
