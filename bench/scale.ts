/**
 * Scale benchmark (issue 10): a generated desk archive (10,000 articles ≈ 190,000 segments, a
 * 50,000-entry glossary; bench/scale-project.ts) in a temp folder, served by the real HTTP fallback
 * in its own process (bench/scale-server.ts) and driven in Debian's Chromium (playwright-core).
 * Each figure is printed beside a naive variant measured in the same run, with CPU time:
 * server CPU from process.cpuUsage around each handler, browser main-thread CPU from the DevTools
 * `Performance.getMetrics` TaskDuration. Smaller runs: SCALE_ARTICLES=1000 SCALE_ENTRIES=5000.
 * Run: npm run bench -- scale
 */
import { fork, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { FULL_SIZES, writeScaleProject, type ScaleSizes } from './scale-project.ts';
import { percentileOfSorted, seededRandom } from './bench-stats.ts';
import { REPO_ROOT, buildRenderer, CHROMIUM_PATH, chromiumAvailable } from '../test/e2e/workbench-harness.ts';
import type { CallTiming, ServerMessage } from './scale-server.ts';
import en from '../renderer/locales/en.json' with { type: 'json' };

const SAVES = 300;
const UPSERTS = 120;
const CLI_RUNS = 5;

interface Row {
  figure: string;
  target: string;
  measured: string;
  cpu: string;
  naive: string;
  met: boolean | undefined;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const sortedOf = (values: number[]) => [...values].sort((a, b) => a - b);
const p99 = (values: number[]) => percentileOfSorted(sortedOf(values), 99);
const median = (values: number[]) => percentileOfSorted(sortedOf(values), 50);

/** The forked server with a request/answer helper over IPC. */
function startScaleServer(projectDir: string, staticDir: string) {
  const child = fork(path.join(REPO_ROOT, 'bench/scale-server.ts'), [projectDir, staticDir], {
    execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <K extends ServerMessage['kind']>(kind: K) => new Promise<Extract<ServerMessage, { kind: K }>>((resolve, reject) => {
    const onMessage = (message: ServerMessage) => {
      if (message.kind !== kind) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<ServerMessage, { kind: K }>);
    };
    const onExit = (code: number | null) => reject(new Error(`scale server exited (${code}) before "${kind}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
  return {
    child,
    next,
    ask<K extends ServerMessage['kind']>(request: { kind: string; upserts?: number }, kind: K) {
      const answer = next(kind);
      child.send(request);
      return answer;
    },
  };
}

/** Browser main-thread CPU (ms) since the session started, from the DevTools metrics. */
async function browserCpu(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Types `text` into the input matched by `selector` one character at a time, as the browser would
 * (value setter + input event, which React's onChange follows), and times each keystroke to the
 * next frame after it (render, style, layout). Returns wall ms per keystroke and the CPU of all.
 */
async function timeKeystrokes(page: Page, cdp: CDPSession, selector: string, text: string): Promise<{ wall: number[]; cpu: number }> {
  const cpuBefore = await browserCpu(cdp);
  const wall: number[] = [];
  for (const char of text) {
    wall.push(await page.evaluate(async ({ selector, char }) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const started = performance.now();
      setValue.call(input, input.value + char);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - started;
    }, { selector, char }));
  }
  return { wall, cpu: (await browserCpu(cdp)) - cpuBefore };
}

/**
 * The naive list or panel: every matching item rendered as DOM nodes (no window), filtered by a
 * scan that normalises each item's text per keystroke. Same keystrokes, same frame probe.
 */
async function timeNaiveKeystrokes(page: Page, cdp: CDPSession, items: string[][], text: string): Promise<{ wall: number[]; cpu: number }> {
  await page.evaluate((items) => {
    const host = document.createElement('div');
    host.id = 'naive-host';
    host.style.cssText = 'position:absolute;top:0;left:0;width:900px;height:600px;overflow:auto;background:white;z-index:99';
    document.body.append(host);
    (window as unknown as { __naive: { items: string[][]; query: string } }).__naive = { items, query: '' };
  }, items);
  const cpuBefore = await browserCpu(cdp);
  const wall: number[] = [];
  for (const char of text) {
    wall.push(await page.evaluate(async (char) => {
      const state = (window as unknown as { __naive: { items: string[][]; query: string } }).__naive;
      const started = performance.now();
      state.query += char;
      const needle = state.query.normalize('NFC').toLowerCase();
      const table = document.createElement('table');
      for (const cells of state.items) {
        if (!cells.some((cell) => cell.normalize('NFC').toLowerCase().includes(needle))) continue;
        const row = table.insertRow();
        for (const cell of cells) row.insertCell().textContent = cell;
      }
      document.getElementById('naive-host')!.replaceChildren(table);
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - started;
    }, char));
  }
  const cpu = (await browserCpu(cdp)) - cpuBefore;
  await page.evaluate(() => document.getElementById('naive-host')?.remove());
  return { wall, cpu };
}

/** POSTs one API call with the run's token; throws on an error answer. */
async function call(url: string, token: string, name: string, args: unknown): Promise<unknown> {
  const response = await fetch(`${url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-anuvad-token': token }, body: JSON.stringify(args) });
  const body = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.result;
}

const cpuOf = (timings: CallTiming[] | undefined) => (timings ?? []).map((timing) => timing.cpu);
const wallOf = (timings: CallTiming[] | undefined) => (timings ?? []).map((timing) => timing.wall);

/** `anuvad --help` as a user runs it: wall and CPU (user + system) per run, via /usr/bin/time. */
function cliColdStart(): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < CLI_RUNS; run++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, path.join(REPO_ROOT, 'bin/anuvad.js'), '--help'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const [elapsed, user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    wall.push(elapsed * 1000);
    cpu.push((user + system) * 1000);
  }
  return { wall, cpu };
}

/** Runs the scale benchmark and returns its markdown table. */
export async function runScaleBench(): Promise<string> {
  if (!chromiumAvailable()) return `(skipped: no Chromium at ${CHROMIUM_PATH})`;
  const sizes: ScaleSizes = {
    ...FULL_SIZES,
    ...(process.env.SCALE_ARTICLES ? { articles: Number(process.env.SCALE_ARTICLES) } : {}),
    ...(process.env.SCALE_ENTRIES ? { glossaryEntries: Number(process.env.SCALE_ENTRIES) } : {}),
  };
  const tempDir = mkdtempSync(path.join(tmpdir(), 'anuvad-scale-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const generated = performance.now();
    const made = writeScaleProject(path.join(tempDir, 'project'), sizes);
    notes.push(`project: ${made.articles.toLocaleString('en')} articles, ${made.segments.toLocaleString('en')} segments, ${made.entries.toLocaleString('en')} glossary entries (generated in ${ms(performance.now() - generated)})`);
    const staticDir = await buildRenderer();
    const server = startScaleServer(path.join(tempDir, 'project'), staticDir);
    const ready = await server.next('ready');
    notes.push(`server process opened the project in ${ms(ready.open.wall)} (CPU ${ms(ready.open.cpu)}), RSS ${mb(ready.rssAfterOpen)}`);

    let naive: Extract<ServerMessage, { kind: 'naive' }> | undefined;
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');

      // Open → first list row on screen (the app's own start: settings, project info, summaries).
      const cpuBefore = await browserCpu(cdp);
      const openStarted = performance.now();
      await page.goto(ready.pageUrl);
      await page.locator('[data-testid=article-row]').first().waitFor({ timeout: 300_000 });
      const openWall = performance.now() - openStarted;
      const openCpu = (await browserCpu(cdp)) - cpuBefore;
      naive = await server.ask({ kind: 'naive', upserts: 20 }, 'naive');
      rows.push({
        figure: 'open → first list row', target: '< 1 s', measured: ms(openWall), cpu: `browser ${ms(openCpu)}`,
        naive: `${ms(naive.open.wall)} (CPU ${ms(naive.open.cpu)}): every article's issues counted before the list`, met: openWall < 1000,
      });

      // Issues column: the server's background recount, polled as the list does.
      const recountStarted = performance.now();
      for (;;) {
        const figures = (await call(ready.url, ready.token, 'article.summaries', {})) as { issueProgress: { done: number; total: number } };
        if (figures.issueProgress.done >= figures.issueProgress.total) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      notes.push(`Issues column complete ${ms(performance.now() - recountStarted)} after the first row (background recount)`);

      // List filter keystrokes: an outlet name, then a Hindi word.
      const summaries = (await call(ready.url, ready.token, 'article.summaries', {})) as { articles: { title: string; outlet?: string; file: string; date?: string; segments: number }[] };
      const listItems = summaries.articles.map((each) => [each.title, each.date ?? '', each.outlet ?? '', String(each.segments), each.file]);
      const hindiWord = summaries.articles[0].title.split(/\s+/).find((word) => word.length >= 3) ?? 'के';
      const listQuery = 'bhaskar';
      const filter = await timeKeystrokes(page, cdp, '.article-list input.search', listQuery);
      await page.locator('.article-list input.search').fill('');
      const filterHindi = await timeKeystrokes(page, cdp, '.article-list input.search', hindiWord);
      await page.locator('.article-list input.search').fill('');
      const naiveFilter = await timeNaiveKeystrokes(page, cdp, listItems, listQuery);
      const filterWall = [...filter.wall, ...filterHindi.wall];
      rows.push({
        figure: `list filter keystroke ("${listQuery}", "${hindiWord}"; worst / median)`, target: '< 50 ms', measured: `${ms(Math.max(...filterWall))} / ${ms(median(filterWall))}`,
        cpu: `browser ${ms((filter.cpu + filterHindi.cpu) / filterWall.length)} per key`,
        naive: `${ms(Math.max(...naiveFilter.wall))} / ${ms(median(naiveFilter.wall))} (CPU ${ms(naiveFilter.cpu / naiveFilter.wall.length)} per key): every match as a DOM row`,
        met: Math.max(...filterWall) < 50,
      });

      // Glossary panel: open, then search keystrokes (a Hindi term's start, then English).
      const panelCpuBefore = await browserCpu(cdp);
      const panelStarted = performance.now();
      await page.getByRole('button', { name: en.glossary.panelTitle, exact: true }).click();
      await page.locator('[data-testid=glossary-panel] .entry-item').first().waitFor({ timeout: 120_000 });
      const panelWall = performance.now() - panelStarted;
      const panelCpu = (await browserCpu(cdp)) - panelCpuBefore;
      const glossaryItems = await page.evaluate(async ({ url, token }) => {
        const response = await fetch(`${url}api/glossary.get`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-anuvad-token': token }, body: '{}' });
        const { result } = (await response.json()) as { result: { entries: { source: string; target: string; type: string }[] } };
        return result.entries.map((entry) => [entry.source, entry.target, entry.type]);
      }, { url: ready.url, token: ready.token });
      const hindiTerm = glossaryItems[glossaryItems.length - 1][0].slice(0, 3);
      const englishQuery = 'kaba';
      const search = await timeKeystrokes(page, cdp, '[data-testid=glossary-search]', hindiTerm);
      await page.locator('[data-testid=glossary-search]').fill('');
      const searchEnglish = await timeKeystrokes(page, cdp, '[data-testid=glossary-search]', englishQuery);
      const naiveSearch = await timeNaiveKeystrokes(page, cdp, glossaryItems, englishQuery);
      rows.push({
        figure: 'glossary panel open → first entry', target: '< 300 ms', measured: ms(panelWall), cpu: `browser ${ms(panelCpu)}`,
        naive: `${ms(naiveSearch.wall[0])}: first keystroke of the unwindowed variant (every match as a DOM row)`, met: panelWall < 300,
      });
      const searchWall = [...search.wall, ...searchEnglish.wall];
      rows.push({
        figure: `glossary search keystroke ("${hindiTerm}", "${englishQuery}"; worst / median)`, target: '< 50 ms', measured: `${ms(Math.max(...searchWall))} / ${ms(median(searchWall))}`,
        cpu: `browser ${ms((search.cpu + searchEnglish.cpu) / searchWall.length)} per key`,
        naive: `${ms(Math.max(...naiveSearch.wall))} / ${ms(median(naiveSearch.wall))} (CPU ${ms(naiveSearch.cpu / naiveSearch.wall.length)} per key): scan + every match as a DOM row`,
        met: Math.max(...searchWall) < 50,
      });
      await page.close();
    } finally {
      await browser.close();
    }

    // saveSegment over HTTP, as the editor's autosave sends it, on random articles and segments.
    await server.ask({ kind: 'reset' }, 'stats');
    const random = seededRandom(5);
    for (let n = 0; n < SAVES; n++) {
      const article = `scale_${String(Math.floor(random() * sizes.articles)).padStart(6, '0')}`;
      const segment = `${article}-s${1 + Math.floor(random() * (sizes.segmentsPerArticle - 1))}`;
      await call(ready.url, ready.token, 'article.saveSegment', { articleId: article, segmentId: segment, target: `Bench edit ${n} of the day's news.` });
    }
    // glossary.upsert: edits of existing entries (a new rendering) and new entries.
    const glossaryStats = await server.ask({ kind: 'stats' }, 'stats');
    const saves = glossaryStats.timings['article.saveSegment'];
    const entries = ((await call(ready.url, ready.token, 'glossary.get', {})) as { entries: { id: string; target: string }[] & Record<string, unknown>[] }).entries;
    for (let n = 0; n < UPSERTS; n++) {
      const entry = n % 4 === 3
        ? { ...entries[0], id: `bench-new-${n}`, source: `बेंचमार्क${n}शब्द`, target: `Bench term ${n}`, revision: undefined }
        : { ...entries[Math.floor(random() * entries.length)], note: `Bench note ${n}` };
      await call(ready.url, ready.token, 'glossary.upsert', { entry });
    }
    const final = await server.ask({ kind: 'stats' }, 'stats');
    const upserts = final.timings['glossary.upsert'];
    rows.push({
      figure: `article.saveSegment p99 (${SAVES} saves; median)`, target: '< 30 ms', measured: `${ms(p99(wallOf(saves)))} (${ms(median(wallOf(saves)))})`,
      cpu: `server p99 ${ms(p99(cpuOf(saves)))}`, naive: '—', met: p99(wallOf(saves)) < 30,
    });
    rows.push({
      figure: `glossary.upsert p99 (${UPSERTS} upserts; median)`, target: '< 50 ms', measured: `${ms(p99(wallOf(upserts)))} (${ms(median(wallOf(upserts)))})`,
      cpu: `server p99 ${ms(p99(cpuOf(upserts)))}`, naive: `p99 ${ms(p99(wallOf(naive?.upsert)))} (CPU ${ms(p99(cpuOf(naive?.upsert)))}): copy + stamp + write of every entry`, met: p99(wallOf(upserts)) < 50,
    });
    rows.push({ figure: 'server RSS, peak over the run', target: '< 500 MB', measured: mb(final.maxRss), cpu: '—', naive: `${mb(ready.rssAfterOpen)} right after open`, met: final.maxRss < 500 * 1024 * 1024 });
    await server.ask({ kind: 'close' }, 'closed');
    rmSync(staticDir, { recursive: true, force: true });
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }

  const cli = cliColdStart();
  rows.push({ figure: `CLI cold start, \`anuvad --help\` (${CLI_RUNS} runs, median)`, target: 'well under 200 ms', measured: ms(median(cli.wall)), cpu: ms(median(cli.cpu)), naive: '—', met: median(cli.wall) < 200 });

  const table = [
    '| Figure | Target | Measured (wall) | CPU | Naive variant, same run | Met |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.figure} | ${row.target} | ${row.measured} | ${row.cpu} | ${row.naive} | ${row.met === undefined ? '—' : row.met ? 'yes' : '**no**'} |`),
  ];
  return [...table, '', ...notes.map((note) => `- ${note}`)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await runScaleBench());
}
