/**
 * The write path at desk scale, in-process (issue 10, item 7): `glossary.upsert` and
 * `article.saveSegment` through the real handlers on a lowdb project of 10,000 generated articles
 * (190,000 segments) and a 50,000-entry glossary (bench/scale-project.ts), with wall and CPU time
 * per call. Beside each figure, in the same run: the whole-file glossary write (every save
 * rewrites glossary.json, as before the changes file) and a checker built afresh after an upsert
 * (as before checker.update). Saves are also timed while the background recount after a glossary
 * change runs. Smaller runs: SCALE_ARTICLES=2000 SCALE_ENTRIES=50000 npm run bench -- glossary-write
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentileOfSorted, seededRandom } from './bench-stats.ts';
import { FULL_SIZES, writeScaleProject, type ScaleSizes } from './scale-project.ts';
import { createHandlers } from '../services/handlers.ts';
import { openLowdbProject } from '../services/store/lowdb-store.ts';
import type { GlossaryEntry } from '../glossary/model.ts';

interface Timing { wall: number; cpu: number }

async function timed(task: () => Promise<unknown> | unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await task();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const p99 = (values: number[]) => percentileOfSorted(sorted(values), 99);
const median = (values: number[]) => percentileOfSorted(sorted(values), 50);
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const sleep = (wait: number) => new Promise((resolve) => setTimeout(resolve, wait));
const summary = (timings: Timing[]) => `${ms(p99(timings.map((t) => t.wall)))} (${ms(median(timings.map((t) => t.wall)))})`;
const cpuP99 = (timings: Timing[]) => ms(p99(timings.map((t) => t.cpu)));

type Handlers = ReturnType<typeof createHandlers>;

/** `count` upserts as an editor sends them: new renderings of existing entries, and new entries. */
async function upserts(api: Handlers, count: number, seed: number): Promise<Timing[]> {
  const random = seededRandom(seed);
  const entries = (await api['glossary.get']({})).entries;
  const timings: Timing[] = [];
  for (let n = 0; n < count; n++) {
    const entry: GlossaryEntry = n % 4 === 3
      ? { ...entries[0], id: `bench-${seed}-${n}`, source: `बेंचमार्क${seed}क${n}शब्द`, target: `Bench term ${seed} ${n}`, revision: undefined }
      : { ...entries[Math.floor(random() * entries.length)], note: `Bench note ${seed} ${n}` };
    timings.push(await timed(() => api['glossary.upsert']({ entry })));
  }
  return timings;
}

async function saves(api: Handlers, sizes: ScaleSizes, count: number, seed: number): Promise<Timing[]> {
  const random = seededRandom(seed);
  const timings: Timing[] = [];
  for (let n = 0; n < count; n++) {
    const article = `scale_${String(Math.floor(random() * sizes.articles)).padStart(6, '0')}`;
    const segment = `${article}-s${1 + Math.floor(random() * (sizes.segmentsPerArticle - 1))}`;
    timings.push(await timed(() => api['article.saveSegment']({ articleId: article, segmentId: segment, target: `Bench edit ${seed} ${n} of the day's news.` })));
  }
  return timings;
}

async function settle(api: Handlers): Promise<void> {
  for (;;) {
    const { issueProgress } = await api['article.summaries']({});
    if (issueProgress.done === issueProgress.total) return;
    await sleep(100);
  }
}

/** Markdown table of the write-path figures. */
export async function runGlossaryWriteBench(): Promise<string> {
  const sizes: ScaleSizes = {
    ...FULL_SIZES,
    ...(process.env.SCALE_ARTICLES ? { articles: Number(process.env.SCALE_ARTICLES) } : {}),
    ...(process.env.SCALE_ENTRIES ? { glossaryEntries: Number(process.env.SCALE_ENTRIES) } : {}),
  };
  const UPSERTS = 40;
  const SAVES = 60;
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anuvad-glossary-write-'));
  try {
    const made = writeScaleProject(path.join(tempDir, 'project'), sizes);
    fs.cpSync(path.join(tempDir, 'project'), path.join(tempDir, 'whole-file'), { recursive: true });

    // Today's path: base + changes file, checker updated per change, recount after a quiet period.
    const store = await openLowdbProject(path.join(tempDir, 'project'));
    const api = createHandlers(store);
    await settle(api);
    const savesQuiet = await saves(api, sizes, SAVES, 1);
    const upsertTimings = await upserts(api, UPSERTS, 2);
    // Saves while the recount after those upserts runs (it starts after the quiet period).
    await sleep(400);
    const during = await api['article.summaries']({});
    const savesDuringRecount = await saves(api, sizes, SAVES, 3);
    const after = await api['article.summaries']({});
    await settle(api);
    await store.close();

    // Baseline, same data, same run: every glossary save rewrites the whole glossary.json.
    const wholeStore = await openLowdbProject(path.join(tempDir, 'whole-file'), { glossaryChanges: { fromEntries: Number.POSITIVE_INFINITY } });
    const wholeApi = createHandlers(wholeStore);
    await settle(wholeApi);
    const wholeUpserts = await upserts(wholeApi, UPSERTS, 2);
    await wholeStore.close();

    const recountNote = `recount at ${during.issueProgress.done}/${during.issueProgress.total} articles when the saves began, ${after.issueProgress.done}/${after.issueProgress.total} when they ended`;
    const rows = [
      `| \`glossary.upsert\` p99 (${UPSERTS}; median) | < 50 ms | ${summary(upsertTimings)} | p99 ${cpuP99(upsertTimings)} | ${summary(wholeUpserts)}, CPU p99 ${cpuP99(wholeUpserts)}: whole glossary.json per save |`,
      `| \`article.saveSegment\` p99 (${SAVES}; median), no recount | < 30 ms | ${summary(savesQuiet)} | p99 ${cpuP99(savesQuiet)} | — |`,
      `| \`article.saveSegment\` p99 (${SAVES}; median) during the recount after a glossary change (${recountNote}) | < 30 ms | ${summary(savesDuringRecount)} | p99 ${cpuP99(savesDuringRecount)} | — |`,
    ];
    return [
      `${made.articles} articles (${made.segments} segments), ${made.entries} glossary entries; lowdb in a temp folder; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.`,
      '',
      '| Figure | Target | Measured (wall p99, median) | CPU | Baseline, same run |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}
