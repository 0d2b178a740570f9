// Article import throughput: the full importer (decode + boilerplate + metadata + sentences + ids)
// against a baseline measured in the same run on the same bytes: decode, split into lines and NFC
// each line (the least any importer must do), and the frozen v1 importer.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePage, importPage, unaccountedLines } from '../articles/index.ts';
import { importPage as importPageV1 } from './import-v1/import-page.ts';
import { runImportQuality } from './import-quality.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface BenchPage { fileName: string; bytes: Uint8Array }

function pagesOf(dirs: readonly string[]): BenchPage[] {
  return dirs.map((dir) => path.join(repoRoot, dir)).flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
    .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(path.join(dir, fileName))) })));
}

// The seeds and outlet-style pages (the corpus of earlier figures), and every fixture page import has.
const SEED_DIRS = ['articles/samples', 'test/fixtures/pages'];
const ALL_DIRS = [...SEED_DIRS, 'test/fixtures/import-dev', 'test/fixtures/import-heldout', 'test/fixtures/import-unseen'];

/** The baseline: decode, split into lines, trim and NFC each (what every importer must at least do). */
function baselineImport(page: BenchPage): number {
  let chars = 0;
  for (const line of decodePage(page.bytes, page.fileName).split(/\r\n|\n|\r/)) chars += line.trim().normalize('NFC').length;
  return chars;
}

// MB/s from CPU time (process.cpuUsage), not wall time: on a loaded shared machine wall time measures the neighbours.
function measure(run: () => void, bytes: number, minMs = Number(process.env.IMPORT_BENCH_MS ?? 1500)): { mbPerS: number; msPerPage: number; runs: number } {
  let runs = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < minMs) { run(); runs++; }
  const used = process.cpuUsage(cpuStart);
  const ms = (used.user + used.system) / 1000;
  return { mbPerS: (bytes * runs) / (ms / 1000) / 1e6, msPerPage: ms / runs, runs };
}

function corpusRow(label: string, corpus: readonly BenchPage[]): string {
  const totalBytes = corpus.reduce((sum, page) => sum + page.bytes.length, 0);
  const texts = corpus.map((page) => ({ fileName: page.fileName, text: decodePage(page.bytes, page.fileName) }));
  const now = (): string => 'x';
  // Warm the JIT so the first measured row is not penalised.
  measure(() => { for (const page of corpus) { importPage({ fileName: page.fileName, text: decodePage(page.bytes, page.fileName) }, { now }); baselineImport(page); } }, totalBytes, 1000);
  const full = measure(() => { for (const page of corpus) importPage({ fileName: page.fileName, text: decodePage(page.bytes, page.fileName) }, { now }); }, totalBytes);
  const baseline = measure(() => { for (const page of corpus) baselineImport(page); }, totalBytes);
  const v1 = measure(() => { for (const page of corpus) importPageV1({ fileName: page.fileName, text: decodePage(page.bytes, page.fileName) }, { now }); }, totalBytes);
  const check = measure(() => { for (const page of texts) unaccountedLines(page.text, importPage(page, { now })); }, totalBytes);
  const perPage = (ms: number): string => `${(ms / corpus.length).toFixed(3)} ms/page`;
  return `| ${label}: ${corpus.length} pages, ${(totalBytes / 1024).toFixed(0)} kB UTF-8 | **${full.mbPerS.toFixed(2)}** | ${perPage(full.msPerPage)} | ${baseline.mbPerS.toFixed(1)} (${perPage(baseline.msPerPage)}) | ${v1.mbPerS.toFixed(2)} (${perPage(v1.msPerPage)}) | ${check.mbPerS.toFixed(2)} |`;
}

/** Markdown table of import throughput (MB/s of UTF-8 page bytes, CPU time) against the baseline, same run. */
export async function runImportBench(): Promise<string> {
  const rows = [corpusRow('seeds + outlet-style pages', pagesOf(SEED_DIRS)), corpusRow('every fixture page', pagesOf(ALL_DIRS))];
  const sentence = 'रूस और उत्तर कोरिया ने 15,000 सैनिकों पर 27.1 प्रतिशत की बात की। ';
  const bigText = `शीर्षक यहाँ है\n\n${sentence.repeat(Math.ceil(1_000_000 / sentence.length))}\n`;
  const bigPage = { fileName: 'big.txt', bytes: new TextEncoder().encode(bigText) };
  const bigFull = measure(() => importPage({ fileName: 'big.txt', text: decodePage(bigPage.bytes, 'big.txt') }, { now: () => 'x' }), bigPage.bytes.length, 3000);
  const bigBaseline = measure(() => baselineImport(bigPage), bigPage.bytes.length, 1000);
  rows.push(`| one page with a 1 MB line (${(bigPage.bytes.length / 1e6).toFixed(1)} MB UTF-8) | **${bigFull.mbPerS.toFixed(2)}** | ${bigFull.msPerPage.toFixed(0)} ms/page | ${bigBaseline.mbPerS.toFixed(1)} | – | – |`);
  const load = loadavg().map((value) => value.toFixed(2)).join(' / ');
  return [
    `Measured ${new Date().toISOString().slice(0, 16)} UTC, load average ${load} (1/5/15 min); CPU time of this process (user + system).`,
    '',
    '| input | importPage MB/s (CPU) | CPU time | baseline: decode + line split + NFC, MB/s (same run) | v1 importer MB/s (same run) | import + no-loss check MB/s |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    // IMPORT_BENCH_QUALITY=0: the speed table alone (while iterating on speed).
    ...(process.env.IMPORT_BENCH_QUALITY === '0' ? [] : [
      '',
      // Quality by line against hand-written expectations; the frozen v1 importer runs on the same pages.
      'Import quality: each outlet imported as its own project; no lexicon names these outlets. The dev set is what the passes were built on (fit); the held-out and unseen sets were frozen before the importer first ran on them.',
      '',
      runImportQuality(),
    ]),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await runImportBench());
}
