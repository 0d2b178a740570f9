/**
 * Scale benchmark (issue 10): a generated desk archive (10,000 articles ≈ 190,000 segments, a
 * 50,000-entry glossary; bench/scale-project.ts) in a temp folder, served by the real HTTP fallback
 * in its own process (bench/scale-server.ts) and driven in Debian's Chromium (playwright-core).
 * Each figure is printed beside a naive variant measured in the same run, with CPU time:
 * server CPU from process.cpuUsage around each handler, browser main-thread CPU from the DevTools
 * `Performance.getMetrics` TaskDuration. Smaller runs: SCALE_ARTICLES=1000 SCALE_ENTRIES=5000.
 * Every figure is measured on its own: one that fails (a crashed server, a timeout) is printed as
 * failed with its error and the table goes on. The saveSegment and upsert loops stop at a time
 * budget (SCALE_LOOP_MS, default 60 s each) and say how many calls they timed.
 * Progress goes to stderr. Run: npm run bench -- scale
 */
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { FULL_SIZES, writeScaleProject, type ScaleSizes } from './scale-project.ts';
import { percentileOfSorted, seededRandom } from './bench-stats.ts';
import { REPO_ROOT, buildRenderer, CHROMIUM_PATH, chromiumAvailable } from '../test/e2e/workbench-harness.ts';
import type { CallTiming, ServerMessage } from './scale-server.ts';
import en from '../renderer/locales/en.json' with { type: 'json' };
import { createGlossaryChecker } from '../glossary/index.ts';
import { createEntrySearchIndex } from '../renderer/glossary-panel/entry-search.ts';
import type { Glossary } from '../glossary/model.ts';
// @ts-expect-error: plain JavaScript build script without types.
import { buildCli } from '../bin/build-cli.js';
// @ts-expect-error: plain JavaScript module without types.
import { bundleIsFresh } from '../bin/cli-bundle.js';

const SAVES = 300;
const UPSERTS = 120;
const CLI_RUNS = 5;
// Wall-clock budget of each timed loop (saves, upserts): on a loaded machine 120 upserts of a
// whole-file glossary write would take many minutes; the figure then says how many were timed.
const LOOP_MS = Number(process.env.SCALE_LOOP_MS ?? 60_000);
// The naive list and panel redraw every match per key (tens of seconds a key at full size): the
// first keys of the query, where most rows still match, are enough to show the difference.
const NAIVE_KEYS = 2;
// Longest any one figure may take before it is reported as failed.
const FIGURE_TIMEOUT_MS = 600_000;

const progress = (text: string) => process.stderr.write(`[scale ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
const errorText = (error: unknown) => {
  const text = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
  return text.replace(/\s+/g, ' ').replace(/\|/g, '/').slice(0, 200);
};

/** Rejects when `promise` has not settled after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

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
  return (await browserTimes(cdp)).task;
}

/** The main thread's time (ms) since the session started: all tasks, and of it script, style and layout. */
async function browserTimes(cdp: CDPSession): Promise<{ task: number; script: number; style: number; layout: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const of = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { task: of('TaskDuration'), script: of('ScriptDuration'), style: of('RecalcStyleDuration'), layout: of('LayoutDuration') };
}

/** "script a, style b, layout c" per key between two readings of browserTimes. */
function perKeyParts(before: Awaited<ReturnType<typeof browserTimes>>, after: Awaited<ReturnType<typeof browserTimes>>, keys: number): string {
  return `script ${ms((after.script - before.script) / keys)}, style ${ms((after.style - before.style) / keys)}, layout ${ms((after.layout - before.layout) / keys)}`;
}

/**
 * Records in the page when the first article row is on screen: a MutationObserver installed before
 * the page's own scripts notes the first row's insertion, then the frame after it (rAF, then a
 * task: the paint). Timed in the page, because Playwright's waitFor polls with a growing interval
 * (up to 1 s) and would add its own delay to a figure under a second.
 */
async function watchFirstRow(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const marks = window as unknown as { __firstRowPainted?: number };
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('[data-testid=article-row]')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => {
        marks.__firstRowPainted = performance.now();
      }, 0));
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Opens the list in `page` (set up by watchFirstRow): ms from goto to the first row's frame, to Playwright seeing it, and the page's requests. */
async function openToFirstRow(page: Page, pageUrl: string): Promise<{ painted: number; observed: number; requests: string }> {
  const openStarted = Date.now();
  const observedStarted = performance.now();
  await page.goto(pageUrl);
  await page.locator('[data-testid=article-row]').first().waitFor({ timeout: 300_000 });
  const observed = performance.now() - observedStarted;
  await page.waitForFunction(() => (window as unknown as { __firstRowPainted?: number }).__firstRowPainted !== undefined, undefined, { timeout: 300_000 });
  // The page's clock starts at its navigation (timeOrigin, epoch ms), the same clock as Date.now here.
  const paintedAt = await page.evaluate(() => performance.timeOrigin + (window as unknown as { __firstRowPainted: number }).__firstRowPainted);
  // Where the time went: the page's own requests, as the browser timed them (start-end, page clock).
  const requests = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.startTime <= (window as unknown as { __firstRowPainted: number }).__firstRowPainted)
    .map((entry) => `${entry.name.replace(/^.*\//, '').replace(/\?.*$/, '')} ${Math.round(entry.duration)} ms`).join(', '));
  return { painted: paintedAt - openStarted, observed, requests };
}

/**
 * Types `text` into the input matched by `selector` one character at a time, as the browser would
 * (value setter + input event, which React's onChange follows), and times each keystroke to the
 * next frame after it (render, style, layout). Returns wall ms per keystroke and the CPU of all.
 */
async function timeKeystrokes(page: Page, cdp: CDPSession, selector: string, text: string, shownSelector?: string): Promise<{ wall: number[]; cpu: number; parts: string }> {
  const before = await browserTimes(cdp);
  const wall: number[] = [];
  for (const char of text) {
    wall.push(await page.evaluate(async ({ selector, char, shownSelector }) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const started = performance.now();
      setValue.call(input, input.value + char);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // To the next frame; for a list that filters in a deferred render, until its rows answer this
      // query. (No named function in here: tsx would wrap it in a helper the page does not have.)
      for (;;) {
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        if (!shownSelector || document.querySelector<HTMLElement>(shownSelector)?.dataset.shownQuery === input.value) break;
      }
      return performance.now() - started;
    }, { selector, char, shownSelector }));
  }
  const after = await browserTimes(cdp);
  return { wall, cpu: after.task - before.task, parts: perKeyParts(before, after, wall.length) };
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
  const response = await fetch(`${url}api/${name}`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-anuvad-token': token }, body: JSON.stringify(args), signal: AbortSignal.timeout(300_000),
  }).catch((error: unknown) => {
    throw new Error(`${name}: ${errorText(error)}`);
  });
  const body = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.result;
}

const cpuOf = (timings: CallTiming[] | undefined) => (timings ?? []).map((timing) => timing.cpu);
const wallOf = (timings: CallTiming[] | undefined) => (timings ?? []).map((timing) => timing.wall);

/** A command run CLI_RUNS times as a user runs it: wall and CPU (user + system) per run, via /usr/bin/time. */
function timedRuns(args: string[], env: NodeJS.ProcessEnv = process.env, runs = CLI_RUNS): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.trim().split('\n')[0]}`);
    const [elapsed, user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    wall.push(elapsed * 1000);
    cpu.push((user + system) * 1000);
  }
  return { wall, cpu };
}

/** One figure: measured by `measure`, or a row saying it failed and why (the table goes on). */
async function figure(rows: Row[], name: string, target: string, measure: () => Promise<Omit<Row, 'figure' | 'target'>>): Promise<boolean> {
  progress(name);
  try {
    rows.push({ figure: name, target, ...(await withTimeout(measure(), FIGURE_TIMEOUT_MS, name)) });
    return true;
  } catch (error) {
    progress(`${name}: failed: ${errorText(error)}`);
    rows.push({ figure: name, target, measured: `**failed**: ${errorText(error)}`, cpu: '—', naive: '—', met: false });
    return false;
  }
}

/** Runs the scale benchmark and returns its markdown table. */
export async function runScaleBench(): Promise<string> {
  const sizes: ScaleSizes = {
    ...FULL_SIZES,
    ...(process.env.SCALE_ARTICLES ? { articles: Number(process.env.SCALE_ARTICLES) } : {}),
    ...(process.env.SCALE_ENTRIES ? { glossaryEntries: Number(process.env.SCALE_ENTRIES) } : {}),
  };
  const rows: Row[] = [];
  const notes: string[] = [];

  // The command line first, before this run's server and browser load the machine. The bundle is
  // built now, so what is timed is the code of this checkout, never a stale bundle.
  await figure(rows, `CLI cold start, \`anuvad --help\` (median of ${CLI_RUNS})`, 'well under 200 ms', async () => {
    await buildCli({ quiet: true });
    if (!(await bundleIsFresh())) throw new Error('the CLI bundle is not fresh right after building it');
    const baseline = timedRuns(['-e', '0']);
    const cli = timedRuns([path.join(REPO_ROOT, 'bin/anuvad.js'), '--help']);
    const source = timedRuns([path.join(REPO_ROOT, 'bin/anuvad.js'), '--help'], { ...process.env, ANUVAD_CLI_SOURCE: '1' }, 3);
    // Node's own start is most of it on a loaded machine; what the CLI adds is the figure's point.
    const added = median(cli.wall) - median(baseline.wall);
    return {
      measured: `${ms(median(cli.wall))} (\`node -e 0\` ${ms(median(baseline.wall))}: +${ms(added)})`, cpu: `${ms(median(cli.cpu))} (\`node -e 0\` ${ms(median(baseline.cpu))})`,
      naive: `${ms(median(source.wall))} (CPU ${ms(median(source.cpu))}): the sources under tsx (ANUVAD_CLI_SOURCE=1, median of 3)`, met: median(cli.wall) < 200 || (added < 100 && median(cli.cpu) < 200),
    };
  });

  const tempDir = mkdtempSync(path.join(tmpdir(), 'anuvad-scale-'));
  const projectDir = path.join(tempDir, 'project');
  let staticDir: string | undefined;
  let server: ReturnType<typeof startScaleServer> | undefined;
  try {
    progress(`generating ${sizes.articles} articles, ${sizes.glossaryEntries} entries`);
    const generated = performance.now();
    const made = writeScaleProject(projectDir, sizes);
    notes.push(`project: ${made.articles.toLocaleString('en')} articles, ${made.segments.toLocaleString('en')} segments, ${made.entries.toLocaleString('en')} glossary entries (generated in ${ms(performance.now() - generated)})`);
    const glossary = JSON.parse(readFileSync(path.join(projectDir, 'glossary.json'), 'utf8')) as Glossary;
    // What main's start did before the first row (and the panel at its opening), timed here on the same glossary.
    const checkerStarted = performance.now();
    createGlossaryChecker(glossary);
    const checkerBuild = performance.now() - checkerStarted;
    const indexStarted = performance.now();
    createEntrySearchIndex(glossary.entries, new Intl.Collator('en-IN'));
    const indexBuild = performance.now() - indexStarted;

    progress('building the renderer');
    staticDir = await buildRenderer();
    if (!chromiumAvailable()) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
    // A desk opens its project every day: the first session below counts every article (no saved
    // figures yet) and leaves the list's figures beside the project (cache/article-summaries.json);
    // the session the figures are measured in opens the project again, as the next day would.
    progress('first session: opening the project without saved list figures');
    let firstOpen = 'first session failed';
    // The server-side naive variants (every article copied and counted, the whole glossary copied
    // and written per upsert) run in the first session's server, so the measured server's peak RSS
    // is its own work, not theirs.
    let naive: Extract<ServerMessage, { kind: 'naive' }> | undefined;
    try {
      const first = startScaleServer(projectDir, staticDir);
      try {
        const firstReady = await withTimeout(first.next('ready'), FIGURE_TIMEOUT_MS, 'server open (first session)');
        const firstBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
        try {
          const firstPage = await firstBrowser.newPage({ viewport: { width: 1400, height: 900 } });
          await watchFirstRow(firstPage);
          const cold = await openToFirstRow(firstPage, firstReady.pageUrl);
          const firstStats = await first.ask({ kind: 'stats' }, 'stats');
          const served = firstStats.timings['article.summaries']?.[0];
          // The server counts every article as it starts (warmList), not when the page asks: say how long.
          const warm = firstStats.warm ? `, counted as the server started in ${ms(firstStats.warm.wall)} (CPU ${ms(firstStats.warm.cpu)})` : '';
          firstOpen = `${ms(cold.painted)} the first open, counting every article (article.summaries ${served ? ms(served.wall) : '—'} in the server${warm})`;
          notes.push(`first session (no saved figures): first row ${ms(cold.painted)} (Playwright saw it at ${ms(cold.observed)}); requests: ${cold.requests}`);
        } finally {
          await firstBrowser.close();
        }
        const saved = path.join(projectDir, 'cache', 'article-summaries.json');
        const waitStarted = performance.now();
        while (!existsSync(saved) && performance.now() - waitStarted < 60_000) await new Promise((resolve) => setTimeout(resolve, 200));
        if (!existsSync(saved)) throw new Error('the first session saved no list figures');
        naive = await withTimeout(first.ask({ kind: 'naive', upserts: 5 }, 'naive'), FIGURE_TIMEOUT_MS, 'naive variants').catch((error: unknown) => {
          notes.push(`server-side naive variants failed: ${errorText(error)}`);
          return undefined;
        });
        if (naive) notes.push(`naive open on the server (every article's issues counted before the list; first session's process): ${ms(naive.open.wall)} (CPU ${ms(naive.open.cpu)})`);
        await withTimeout(first.ask({ kind: 'close' }, 'closed'), 60_000, 'server close (first session)');
      } finally {
        if (first.child.exitCode === null) first.child.kill();
      }
    } catch (error) {
      firstOpen = `first session failed: ${errorText(error)}`;
      notes.push(firstOpen);
    }

    progress('starting the server');
    const started = startScaleServer(projectDir, staticDir);
    server = started;
    const ready = await withTimeout(started.next('ready'), FIGURE_TIMEOUT_MS, 'server open');
    notes.push(`server process opened the project in ${ms(ready.open.wall)} (CPU ${ms(ready.open.cpu)}), RSS ${mb(ready.rssAfterOpen)}`);
    const api = (name: string, args: unknown = {}) => call(ready.url, ready.token, name, args);
    // The server's peak RSS after each step, so the table's peak can be told to a step.
    const peaks: string[] = [];
    const notePeak = async (step: string) => {
      const stats = await started.ask({ kind: 'stats' }, 'stats').catch(() => undefined);
      if (stats) peaks.push(`${step} ${mb(stats.maxRss)}`);
    };

    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const panelButton = page.getByRole('button', { name: en.glossary.panelTitle, exact: true });
      const firstEntry = page.locator('[data-testid=glossary-panel] .entry-item').first();

      let firstRowAt = 0;
      const opened = await figure(rows, 'open → first list row (project opened again, saved list figures)', '< 1 s', async () => {
        const cpuBefore = await browserCpu(cdp);
        await watchFirstRow(page);
        const open = await openToFirstRow(page, ready.pageUrl);
        firstRowAt = performance.now();
        const openCpu = (await browserCpu(cdp)) - cpuBefore;
        notes.push(`page requests up to the first row: ${open.requests}; Playwright's waitFor saw the row at ${ms(open.observed)}`);
        return { measured: ms(open.painted), cpu: `browser ${ms(openCpu)} (to Playwright's sight)`, naive: firstOpen, met: open.painted < 1000 };
      });

      if (opened) {
        // The panel opened at once, while the glossary is still on its way: what a hurried user sees.
        await figure(rows, 'glossary panel open right after the first row (glossary still loading)', '—', async () => {
          const loadingAtClick = (await page.locator('.app').getAttribute('data-glossary')) === 'loading';
          const clickStarted = performance.now();
          await panelButton.click();
          await firstEntry.waitFor({ timeout: 300_000 });
          const wall = performance.now() - clickStarted;
          await panelButton.click();
          return { measured: ms(wall), cpu: '—', naive: `glossary ${loadingAtClick ? 'still loading' : 'already loaded'} at the click; ${ms(performance.now() - firstRowAt)} after the first row`, met: undefined };
        });
        await page.locator('.app[data-glossary=ready]').waitFor({ timeout: 300_000 }).then(
          () => notes.push(`glossary loaded in the page ${ms(performance.now() - firstRowAt)} after the first row`),
          (error: unknown) => notes.push(`glossary did not load: ${errorText(error)}`),
        );
        // main's start fetched and parsed the whole glossary and built the checker before rendering:
        // timed here once the app's own load is done, so the two do not share the server.
        const openRow = rows.find((row) => row.figure.startsWith('open → first list row'));
        try {
          const glossaryFetch = await page.evaluate(async ({ url, token }) => {
            const fetchStarted = performance.now();
            const response = await fetch(`${url}api/glossary.get`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-anuvad-token': token }, body: '{}' });
            await response.json();
            return performance.now() - fetchStarted;
          }, { url: ready.url, token: ready.token });
          if (openRow) openRow.naive = `${firstOpen}; ≈ ${ms(Number.parseFloat(openRow.measured) + glossaryFetch + checkerBuild)}: main's start, waiting first for glossary.get (${ms(glossaryFetch)} fetched + parsed in the page) and the checker build (${ms(checkerBuild)}, in node)`;
        } catch (error) {
          if (openRow) openRow.naive = `${firstOpen}; main's start: failed: ${errorText(error)}`;
        }
        const stats = await started.ask({ kind: 'stats' }, 'stats');
        const served = stats.timings;
        if (stats.warm) notes.push(`the list's figures read from the saved file as the server started (warmList, not waited for by the page's open): ${ms(stats.warm.wall)} (process CPU meanwhile ${ms(stats.warm.cpu)})`);
        notes.push(`server answers so far: ${['settings.get', 'project.info', 'article.summaries', 'glossary.get'].map((name) => `${name} ${(served[name] ?? []).map((timing) => ms(timing.wall)).join(' / ') || '—'}`).join('; ')}`);
      }

      // Issues column: the server's background recount, polled as the list does.
      const recountStarted = performance.now();
      try {
        for (;;) {
          const figures = (await api('article.summaries')) as { issueProgress: { done: number; total: number } };
          if (figures.issueProgress.done >= figures.issueProgress.total) break;
          if (performance.now() - recountStarted > FIGURE_TIMEOUT_MS) throw new Error(`recount at ${figures.issueProgress.done}/${figures.issueProgress.total}`);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        notes.push(`Issues column complete ${ms(performance.now() - recountStarted)} after the panel figures (background recount)`);
      } catch (error) {
        notes.push(`Issues column not complete: ${errorText(error)}`);
      }

      // List filter keystrokes: an outlet name, then a Hindi word; timed until the rows answer.
      await notePeak('open, first row, glossary loaded, recount');
      await figure(rows, 'list filter keystroke (worst / median)', '< 50 ms', async () => {
        if (!opened) throw new Error('the list did not open');
        const summaries = (await api('article.summaries')) as { articles: { title: string; outlet?: string; file: string; date?: string; segments: number }[] };
        const listItems = summaries.articles.map((each) => [each.title, each.date ?? '', each.outlet ?? '', String(each.segments), each.file]);
        const hindiWord = summaries.articles[0].title.split(/\s+/).find((word) => word.length >= 3) ?? 'के';
        const listQuery = 'bhaskar';
        const box = '.article-list input.search';
        const filter = await timeKeystrokes(page, cdp, box, listQuery, '.article-list');
        await page.locator(box).fill('');
        const filterHindi = await timeKeystrokes(page, cdp, box, hindiWord, '.article-list');
        await page.locator(box).fill('');
        const naiveFilter = await timeNaiveKeystrokes(page, cdp, listItems, listQuery.slice(0, NAIVE_KEYS));
        const wall = [...filter.wall, ...filterHindi.wall];
        notes.push(`list filter, each key: "${listQuery}" ${filter.wall.map(ms).join(', ')} (browser per key: ${filter.parts}); "${hindiWord}" ${filterHindi.wall.map(ms).join(', ')} (${filterHindi.parts})`);
        return {
          measured: `${ms(Math.max(...wall))} / ${ms(median(wall))} ("${listQuery}", "${hindiWord}")`, cpu: `browser ${ms((filter.cpu + filterHindi.cpu) / wall.length)} per key`,
          naive: `${ms(Math.max(...naiveFilter.wall))} / ${ms(median(naiveFilter.wall))} (CPU ${ms(naiveFilter.cpu / naiveFilter.wall.length)} per key): every match as a DOM row (first ${NAIVE_KEYS} keys)`,
          met: Math.max(...wall) < 50,
        };
      });

      // Glossary panel: open (the glossary loaded by now), then search keystrokes.
      let panelOpen = false;
      await notePeak('list filter');
      await figure(rows, 'glossary panel open → first entry', '< 300 ms', async () => {
        if (!opened) throw new Error('the list did not open');
        await page.locator('.app[data-glossary=ready]').waitFor({ timeout: 300_000 });
        const cpuBefore = await browserCpu(cdp);
        const clickStarted = performance.now();
        await panelButton.click();
        await firstEntry.waitFor({ timeout: 300_000 });
        const wall = performance.now() - clickStarted;
        panelOpen = true;
        return {
          measured: ms(wall), cpu: `browser ${ms((await browserCpu(cdp)) - cpuBefore)}`,
          naive: `≈ ${ms(wall + indexBuild)}: the index built at the opening, as before (${ms(indexBuild)} in node)`, met: wall < 300,
        };
      });
      await notePeak('panel open');
      await figure(rows, 'glossary search keystroke (worst / median)', '< 50 ms', async () => {
        if (!panelOpen) throw new Error('the panel did not open');
        const glossaryItems = glossary.entries.map((entry) => [entry.source, entry.target, entry.type]);
        const hindiTerm = glossaryItems[glossaryItems.length - 1][0].slice(0, 3);
        const englishQuery = 'kaba';
        const search = await timeKeystrokes(page, cdp, '[data-testid=glossary-search]', hindiTerm);
        await page.locator('[data-testid=glossary-search]').fill('');
        const searchEnglish = await timeKeystrokes(page, cdp, '[data-testid=glossary-search]', englishQuery);
        const naiveSearch = await timeNaiveKeystrokes(page, cdp, glossaryItems, englishQuery.slice(0, NAIVE_KEYS));
        const wall = [...search.wall, ...searchEnglish.wall];
        notes.push(`glossary search, each key: "${hindiTerm}" ${search.wall.map(ms).join(', ')} (browser per key: ${search.parts}); "${englishQuery}" ${searchEnglish.wall.map(ms).join(', ')} (${searchEnglish.parts})`);
        return {
          measured: `${ms(Math.max(...wall))} / ${ms(median(wall))} ("${hindiTerm}", "${englishQuery}")`, cpu: `browser ${ms((search.cpu + searchEnglish.cpu) / wall.length)} per key`,
          naive: `${ms(Math.max(...naiveSearch.wall))} / ${ms(median(naiveSearch.wall))} (CPU ${ms(naiveSearch.cpu / naiveSearch.wall.length)} per key): scan + every match as a DOM row (first ${NAIVE_KEYS} keys)`,
          met: Math.max(...wall) < 50,
        };
      });
      await page.close();
    } finally {
      await browser.close();
    }

    // saveSegment over HTTP, as the editor's autosave sends it, on random articles and segments.
    const random = seededRandom(5);
    await notePeak('glossary search');
    await figure(rows, 'article.saveSegment p99 (median)', '< 30 ms', async () => {
      await started.ask({ kind: 'reset' }, 'stats');
      const loopStarted = performance.now();
      for (let n = 0; n < SAVES && performance.now() - loopStarted < LOOP_MS; n++) {
        const article = `scale_${String(Math.floor(random() * sizes.articles)).padStart(6, '0')}`;
        const segment = `${article}-s${1 + Math.floor(random() * (sizes.segmentsPerArticle - 1))}`;
        await api('article.saveSegment', { articleId: article, segmentId: segment, target: `Bench edit ${n} of the day's news.` });
      }
      const saves = (await started.ask({ kind: 'stats' }, 'stats')).timings['article.saveSegment'] ?? [];
      if (saves.length === 0) throw new Error('no save answered');
      return { measured: `${ms(p99(wallOf(saves)))} (${ms(median(wallOf(saves)))}; ${saves.length} saves)`, cpu: `server p99 ${ms(p99(cpuOf(saves)))}`, naive: '—', met: p99(wallOf(saves)) < 30 };
    });
    // glossary.upsert: edits of existing entries (a new rendering) and new entries.
    await notePeak('saves');
    await figure(rows, 'glossary.upsert p99 (median)', '< 50 ms', async () => {
      await started.ask({ kind: 'reset' }, 'stats');
      const entries = ((await api('glossary.get')) as Glossary).entries;
      const loopStarted = performance.now();
      for (let n = 0; n < UPSERTS && performance.now() - loopStarted < LOOP_MS; n++) {
        const entry = n % 4 === 3
          ? { ...entries[0], id: `bench-new-${n}`, source: `बेंचमार्क${n}शब्द`, target: `Bench term ${n}`, revision: undefined }
          : { ...entries[Math.floor(random() * entries.length)], note: `Bench note ${n}` };
        const saved = (await api('glossary.upsert', { entry })) as { id: string };
        // The next edit of this entry carries the stored revision, as the panel's would.
        const at = entries.findIndex((each) => each.id === saved.id);
        if (at >= 0) entries[at] = saved as never;
      }
      const upserts = (await started.ask({ kind: 'stats' }, 'stats')).timings['glossary.upsert'] ?? [];
      if (upserts.length === 0) throw new Error('no upsert answered');
      return {
        measured: `${ms(p99(wallOf(upserts)))} (${ms(median(wallOf(upserts)))}; ${upserts.length} upserts)`, cpu: `server p99 ${ms(p99(cpuOf(upserts)))}`,
        naive: naive ? `p99 ${ms(p99(wallOf(naive.upsert)))} (CPU ${ms(p99(cpuOf(naive.upsert)))}): copy + stamp + write of every entry` : '—', met: p99(wallOf(upserts)) < 50,
      };
    });
    await notePeak('upserts');
    await figure(rows, 'server RSS, peak over the run', '< 500 MB', async () => {
      const final = await started.ask({ kind: 'stats' }, 'stats');
      return { measured: mb(final.maxRss), cpu: '—', naive: `${mb(ready.rssAfterOpen)} right after open`, met: final.maxRss < 500 * 1024 * 1024 };
    });
    notes.push(`server peak RSS after each step: ${peaks.join('; ')}`);
    await withTimeout(started.ask({ kind: 'close' }, 'closed'), 60_000, 'server close').catch((error: unknown) => notes.push(`server close: ${errorText(error)}`));
  } catch (error) {
    // Setup failed (generation, renderer build, server start): the figures not reached say so.
    notes.push(`run stopped early: ${errorText(error)}`);
    progress(`run stopped early: ${errorText(error)}`);
  } finally {
    if (server && server.child.exitCode === null) server.child.kill();
    if (staticDir) rmSync(staticDir, { recursive: true, force: true });
    rmSync(tempDir, { recursive: true, force: true });
  }

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
