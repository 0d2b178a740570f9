/**
 * Translation-memory lookup benchmark: p50/p99 fuzzy lookup at 10k and 100k pairs, indexed
 * (prefix-filtered inverted index) against a brute-force scan of every entry in the same run.
 * Memory: synthetic pairs made from the seed pages' sentences and the FLORES-200 dev Hindi
 * (../shared/align-dev/hin_Deva.dev) with words swapped, dropped and inserted and numbers changed.
 * Run: npx tsx bench/tm.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createTranslationMemory, type TmEntry, type TmMatch } from '../articles/memory/translation-memory.ts';
import { percentileOfSorted, seededRandom } from './bench-stats.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ANUVAD_SHARED ?? path.resolve(repoRoot, '../shared');

function baseSentences(): string[] {
  const seeds = fs.readdirSync(path.join(repoRoot, 'articles/samples')).filter((f) => f.endsWith('.txt'))
    .flatMap((f) => fs.readFileSync(path.join(repoRoot, 'articles/samples', f), 'utf8').split('\n'))
    .filter((l) => /[\u0900-\u097F]/.test(l))
    .flatMap((l) => l.split(/(?<=[।?!])\s+/));
  const floresPath = path.join(shared, 'align-dev/hin_Deva.dev');
  const flores = fs.existsSync(floresPath) ? fs.readFileSync(floresPath, 'utf8').split('\n') : [];
  return [...seeds, ...flores].map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 4);
}

function mutate(sentence: string, vocabulary: string[], random: () => number, rate: number): string {
  const words = sentence.split(/\s+/);
  const out: string[] = [];
  for (const word of words) {
    const r = random();
    if (/\d/.test(word) && r < 0.5) out.push(String(Math.floor(random() * 5000)));
    else if (r < rate * 0.5) out.push(vocabulary[Math.floor(random() * vocabulary.length)]);
    else if (r < rate * 0.7) continue;
    else if (r < rate) out.push(word, vocabulary[Math.floor(random() * vocabulary.length)]);
    else out.push(word);
  }
  return out.join(' ');
}

interface Timing {
  p50: number;
  p99: number;
  /** The same percentiles in CPU time of this process, which other load on the machine inflates less. */
  cpuP50: number;
  cpuP99: number;
  results: TmMatch[][];
}

function timeLookups(lookup: (q: string) => TmMatch[], queries: string[]): Timing {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const results: TmMatch[][] = [];
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    results.push(lookup(q));
    times.push(performance.now() - t0);
    const cpu = process.cpuUsage(c0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return { p50: percentileOfSorted(times, 50), p99: percentileOfSorted(times, 99), cpuP50: percentileOfSorted(cpuTimes, 50), cpuP99: percentileOfSorted(cpuTimes, 99), results };
}

const sameMatches = (a: TmMatch[], b: TmMatch[]): boolean =>
  a.length === b.length && a.every((m, i) => m.source === b[i].source && m.target === b[i].target && Math.abs(m.score - b[i].score) < 1e-9);

/** Runs the benchmark and returns the table as Markdown. */
export async function runTmBench(): Promise<string> {
  const loadAtStart = os.loadavg()[0].toFixed(1);
  const bases = baseSentences();
  const vocabulary = [...new Set(bases.flatMap((s) => s.split(/\s+/)))];
  const random = seededRandom(20240620);
  const sizes = [10_000, 100_000];
  const all: TmEntry[] = [];
  for (let i = 0; i < sizes[sizes.length - 1]; i++) {
    const base = bases[i % bases.length];
    // The first copy of every base sentence is kept intact so exact matches exist.
    const source = i < bases.length ? base : mutate(base, vocabulary, random, 0.15 + random() * 0.5);
    all.push({ source, target: `English translation ${i} of ${source.length} characters, 1961 and ${i % 1000}.`, origin: 'bench' });
  }
  // Queries: a third exact memory sentences, a third light edits, a third heavy edits or unrelated text.
  const queries: string[] = [];
  for (let q = 0; q < 300; q++) {
    const base = bases[Math.floor(random() * bases.length)];
    queries.push(q % 3 === 0 ? base : mutate(base, vocabulary, random, q % 3 === 1 ? 0.2 : 0.7));
  }
  const rows: string[] = [
    '| pairs | build (s) | indexed p50 (ms) | indexed p99 (ms) | indexed CPU p50 / p99 (ms) | scan p50 (ms) | scan p99 (ms) | scan CPU p50 (ms) | speed-up (p50) | same top 10 as scan | matches ≥ 0.5 per query |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const size of sizes) {
    const t0 = performance.now();
    const tm = createTranslationMemory(all.slice(0, size));
    const build = (performance.now() - t0) / 1000;
    // One untimed pass first: steady-state latency (as in the editor) without JIT compilation.
    for (const q of queries) tm.lookup(q);
    const indexed = timeLookups((q) => tm.lookup(q, { min: 0.5 }), queries);
    const scanQueries = queries.slice(0, size >= 100_000 ? 30 : 90);
    const scan = timeLookups((q) => tm.lookupByScan(q, { min: 0.5 }), scanQueries);
    const agree = scanQueries.filter((_, i) => sameMatches(indexed.results[i], scan.results[i])).length;
    const meanMatches = indexed.results.reduce((sum, r) => sum + r.length, 0) / indexed.results.length;
    rows.push(`| ${size.toLocaleString('en-US')} | ${build.toFixed(2)} | ${indexed.p50.toFixed(2)} | ${indexed.p99.toFixed(2)} | ${indexed.cpuP50.toFixed(2)} / ${indexed.cpuP99.toFixed(2)} | ${scan.p50.toFixed(1)} | ${scan.p99.toFixed(1)} | ${scan.cpuP50.toFixed(1)} | ${(scan.p50 / indexed.p50).toFixed(0)}× | ${agree}/${scanQueries.length} | ${meanMatches.toFixed(1)} |`);
  }
  return [
    `Translation memory fuzzy lookup (min 0.5, top 10; ${queries.length} queries: exact, light and heavy edits; ${bases.length} base sentences from seeds + FLORES dev; Node ${process.version}; load average at start ${loadAtStart}, ${os.cpus().length} CPUs)`,
    '',
    ...rows,
    '',
    'Target: indexed p99 < 20 ms at 100,000 pairs. Times are wall-clock per lookup after one untimed pass; CPU columns are the',
    "process's CPU time for the same lookups (all threads, so parallel garbage collection counts too). Build = indexing time.",
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await runTmBench());
}
