/**
 * Server memory at desk scale (issue 10, item 7): a generated project (bench/scale-project.ts,
 * default 10,000 articles ≈ 190,000 segments and 50,000 glossary entries; SCALE_ARTICLES and
 * SCALE_ENTRIES shrink it) opened in a child process with the real store and handlers, driven
 * through the stages a desk goes through: open, the article list, the issue recount (glossary
 * checker), the project memory (tm.lookup), confirming saves (repetition index), plain saves and
 * glossary upserts, then the large answers over the HTTP fallback (glossary.get, article.summaries
 * polls), beside the same answers each written as one string and Buffer (the former sendJson; a
 * naive variant, run last and left out of the peak). After each stage: RSS, V8 heap used (after a full GC), external memory
 * (typed arrays and buffers) and the peak RSS so far, beside the baseline of the same run: the bytes of the project
 * files on disk, and the same process before the project was opened.
 * Run: npm run bench -- memory
 */
import { fork } from 'node:child_process';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FULL_SIZES, writeScaleProject, type ScaleSizes } from './scale-project.ts';
import { seededRandom } from './bench-stats.ts';

const here = fileURLToPath(import.meta.url);
const SAVES = 60;
const HTTP_GETS = 5;
const HTTP_POLLS = 20;
const UPSERTS = 12;

/** One measured stage: bytes, CPU milliseconds of the stage, wall milliseconds. */
interface Stage {
  stage: string;
  rss: number;
  heapUsed: number;
  /** V8 heap committed (heapTotal): what the heap holds of the RSS, used or not. */
  heapTotal: number;
  external: number;
  peakRss: number;
  cpu: number;
  wall: number;
  /** A naive variant's stage: shown, not counted in the run's peak. */
  naive?: boolean;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;

function diskBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? diskBytes(full) : statSync(full).size;
  }
  return total;
}

/** The child: opens `dir`, runs the stages and sends them to the parent. */
async function child(dir: string, sizes: ScaleSizes): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const stages: Stage[] = [];
  const measure = async (stage: string, task: () => Promise<unknown>, naive = false) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await task();
    const wall = performance.now() - started;
    const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
    gc();
    const usage = process.memoryUsage();
    stages.push({
      stage, rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external,
      peakRss: process.resourceUsage().maxRSS * 1024, cpu: cpuMs, wall, ...(naive ? { naive } : {}),
    });
  };
  const { openLowdbProject } = await import('../services/store/lowdb-store.ts');
  const { createHandlers } = await import('../services/handlers.ts');
  await measure('modules loaded, nothing open (baseline)', async () => undefined);
  const store = await openLowdbProject(dir);
  await measure('store open', async () => undefined);
  const handlers = createHandlers(store);
  const call = (name: string, args: unknown) => (handlers as unknown as Record<string, (args: unknown) => Promise<unknown>>)[name](args);
  let summaries: { articles: { id: string; segments: number }[] } | undefined;
  await measure('article.summaries (first list)', async () => {
    summaries = (await call('article.summaries', {})) as typeof summaries;
  });
  await measure('issue recount done (glossary checker)', async () => {
    for (;;) {
      const figures = (await call('article.summaries', {})) as { issueProgress: { done: number; total: number } };
      if (figures.issueProgress.done >= figures.issueProgress.total) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  const random = seededRandom(7);
  const pick = () => {
    const article = summaries!.articles[Math.floor(random() * summaries!.articles.length)];
    return { articleId: article.id, segmentId: `${article.id}-s${1 + Math.floor(random() * (sizes.segmentsPerArticle - 1))}` };
  };
  await measure('tm.lookup (project memory built)', async () => {
    for (let n = 0; n < 5; n++) await call('tm.lookup', pick());
  });
  await measure(`${SAVES / 2} confirming saves (repetitions filled)`, async () => {
    for (let n = 0; n < SAVES / 2; n++) await call('article.saveSegment', { ...pick(), target: `Bench confirmation ${n}.`, status: 'translated' });
  });
  await measure(`${SAVES / 2} draft saves`, async () => {
    for (let n = 0; n < SAVES / 2; n++) await call('article.saveSegment', { ...pick(), target: `Bench draft ${n}` });
  });
  const glossary = (await call('glossary.get', {})) as { entries: Record<string, unknown>[] };
  await measure(`${UPSERTS} glossary.upsert (edits and new terms)`, async () => {
    for (let n = 0; n < UPSERTS; n++) {
      const entry = n % 4 === 3
        ? { ...glossary.entries[0], id: `bench-new-${n}`, source: `बेंचमार्क${n}शब्द`, target: `Bench term ${n}`, revision: undefined }
        : { ...glossary.entries[Math.floor(random() * glossary.entries.length)], note: `Bench note ${n}` };
      await call('glossary.upsert', { entry });
    }
  });
  await measure('issue recount after upserts, tm.lookup again', async () => {
    for (;;) {
      const figures = (await call('article.summaries', {})) as { issueProgress: { done: number; total: number } };
      if (figures.issueProgress.done >= figures.issueProgress.total) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (let n = 0; n < 5; n++) await call('tm.lookup', pick());
  });
  // The large answers over HTTP, the client dropping the bodies: what the transport itself holds.
  const { startServer } = await import('../transports/http/server.ts');
  const { sendJson } = await import('../transports/http/responses.ts');
  const server = await startServer({ store, staticDir: dir, handlers, port: 0 });
  const overHttp = (url: string, name: string) => new Promise<number>((resolve, reject) => {
    const request = httpRequest(`${url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-anuvad-token': server.token } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      response.on('end', () => (response.statusCode === 200 ? resolve(bytes) : reject(new Error(`${name}: HTTP ${response.statusCode}`))));
    });
    request.on('error', reject);
    request.end('{}');
  });
  const answers = async (url: string) => {
    const bytes: number[] = [];
    for (let n = 0; n < HTTP_GETS; n++) bytes.push(await overHttp(url, 'glossary.get'));
    for (let n = 0; n < HTTP_POLLS; n++) bytes.push(await overHttp(url, 'article.summaries'));
    return bytes;
  };
  let answerSizes: number[] = [];
  await measure(`over HTTP: ${HTTP_GETS} glossary.get, ${HTTP_POLLS} article.summaries (answers in chunks)`, async () => {
    answerSizes = await answers(server.url);
  });
  await server.close();
  // The naive variant: the same handlers behind a server that writes each answer whole, as sendJson did.
  const naive = createHttpServer((request, response) => {
    const name = (request.url ?? '').slice('/api/'.length);
    request.resume();
    request.on('end', () => void call(name, {}).then((result) => sendJson(response, 200, { ok: true, result })));
  });
  await new Promise<void>((resolve) => naive.listen(0, '127.0.0.1', resolve));
  await measure(`naive variant, last: the same ${HTTP_GETS + HTTP_POLLS} answers, each one JSON string and Buffer`, async () => {
    await answers(`http://127.0.0.1:${(naive.address() as AddressInfo).port}/`);
  }, true);
  await new Promise((resolve) => naive.close(resolve));
  await store.close();
  process.send!({ stages, answerBytes: { glossary: answerSizes[0], summaries: answerSizes[HTTP_GETS] } });
}

/** What the child sends back. */
interface ChildReport {
  stages: Stage[];
  answerBytes: { glossary: number; summaries: number };
}

/** Generates the project, runs the child and prints the table. */
export async function runServerMemoryBench(): Promise<string> {
  const sizes: ScaleSizes = {
    ...FULL_SIZES,
    articles: Number(process.env.SCALE_ARTICLES ?? FULL_SIZES.articles),
    glossaryEntries: Number(process.env.SCALE_ENTRIES ?? FULL_SIZES.glossaryEntries),
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'anuvad-memory-'));
  try {
    const written = writeScaleProject(dir, sizes);
    const disk = diskBytes(dir);
    const { stages, answerBytes } = await new Promise<ChildReport>((resolve, reject) => {
      const worker = fork(here, ['child', dir, JSON.stringify(sizes)], { execArgv: ['--import', 'tsx', '--max-old-space-size=4096'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      worker.once('message', (message: ChildReport) => resolve(message));
      worker.once('exit', (code) => reject(new Error(`memory bench child exited (${code}) before reporting`)));
    });
    const base = stages[0];
    const peak = Math.max(...stages.filter((stage) => !stage.naive).map((stage) => stage.peakRss));
    const lines = [
      `${written.articles} articles (${written.segments} segments), ${written.entries} glossary entries; project files on disk ${mb(disk)}.`,
      '',
      '| Stage | RSS | RSS − baseline | Heap used (after GC) | Heap committed | External (typed arrays, buffers) | Peak RSS so far | CPU | Wall |',
      '|---|---|---|---|---|---|---|---|---|',
      ...stages.map((stage) => `| ${stage.stage} | ${mb(stage.rss)} | ${mb(stage.rss - base.rss)} | ${mb(stage.heapUsed)} | ${mb(stage.heapTotal)} | ${mb(stage.external)} | ${mb(stage.peakRss)} | ${ms(stage.cpu)} | ${ms(stage.wall)} |`),
      '',
      `Peak RSS ${mb(peak)} (target < 500 MB: ${peak < 500 * 1024 * 1024 ? 'met' : '**not met**'}; the naive variant's stage left out); baseline: the same process before opening ${mb(base.rss)}, project files ${mb(disk)}.`,
      `Answers over HTTP: glossary.get ${mb(answerBytes.glossary)}, article.summaries ${mb(answerBytes.summaries)}.`,
    ];
    return lines.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'child') {
  await child(process.argv[3], JSON.parse(process.argv[4]) as ScaleSizes);
  process.exit(0);
}
