/**
 * tm.lookup through the API handlers on the default project samples plus an imported memory of
 * 10k and 100k synthetic pairs, in the editor's rhythm: a segment is confirmed (a write), then the
 * next segment's matches are asked for. The handlers index imported memories once and rebuild
 * only the project's own pairs after a write; the baseline in the same run rebuilds one memory
 * of every pair after each write (what a single cache invalidated by writes would do).
 * Run: npx tsx bench/tm-api.ts (also npm run bench -- tm-api)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHandlers } from '../services/handlers.ts';
import { createMemoryProject } from '../services/store/memory-store.ts';
import { APP_ROOT, seedDefaultGlossary, seedSampleArticles } from '../services/default-project.ts';
import { projectMemoryEntries } from '../services/project-memory.ts';
import { createTranslationMemory } from '../articles/memory/translation-memory.ts';
import { percentileOfSorted, seededRandom } from './bench-stats.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED_003 = '003_1e3141995383dc93';

function syntheticTsv(count: number): string {
  const sentences = fs.readdirSync(path.join(repoRoot, 'articles/samples')).filter((f) => f.endsWith('.txt'))
    .flatMap((f) => fs.readFileSync(path.join(repoRoot, 'articles/samples', f), 'utf8').split('\n'))
    .flatMap((line) => line.split(/(?<=[।?!])\s+/))
    .map((s) => s.trim())
    .filter((s) => /[\u0900-\u097F]/.test(s) && s.split(/\s+/).length >= 4);
  const vocabulary = sentences.flatMap((s) => s.split(/\s+/));
  const random = seededRandom(7);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = sentences[i % sentences.length].split(/\s+/).map((word) => (random() < 0.3 ? vocabulary[Math.floor(random() * vocabulary.length)] : word));
    lines.push(`${words.join(' ')}\tEnglish pair ${i}`);
  }
  return `${lines.join('\n')}\n`;
}

const ms = (value: number) => value.toFixed(1);

/** Runs the benchmark and returns a markdown table. */
export async function runTmApiBench(): Promise<string> {
  const rows: string[] = [];
  for (const [pairs, cycles, baselineCycles] of [[10_000, 40, 10], [100_000, 20, 4]] as const) {
    const store = createMemoryProject({ dir: '/bench/tm-api', name: 'bench' });
    const context = { store, appRoot: APP_ROOT, now: () => new Date('2026-01-01T00:00:00Z') };
    await seedSampleArticles(context);
    await seedDefaultGlossary(context);
    const api = createHandlers(store);
    await api['tm.import']({ fileName: 'synthetic.tsv', base64: Buffer.from(syntheticTsv(pairs)).toString('base64') });
    const article = (await store.getArticle(SEED_003))!;
    const segments = article.segments;

    const started = performance.now();
    await api['tm.lookup']({ articleId: SEED_003, segmentId: segments[0].id });
    const firstLookup = performance.now() - started;

    const afterWrite: number[] = [];
    const steady: number[] = [];
    for (let i = 0; i < cycles; i++) {
      const segment = segments[i % segments.length];
      const next = segments[(i + 1) % segments.length];
      await api['article.saveSegment']({ articleId: SEED_003, segmentId: segment.id, target: `Confirmed ${i}`, status: 'translated' });
      let t = performance.now();
      await api['tm.lookup']({ articleId: SEED_003, segmentId: next.id });
      afterWrite.push(performance.now() - t);
      t = performance.now();
      await api['tm.lookup']({ articleId: SEED_003, segmentId: next.id });
      steady.push(performance.now() - t);
    }

    const baseline: number[] = [];
    const glossary = await store.getGlossary();
    for (let i = 0; i < baselineCycles; i++) {
      const next = segments[(i + 1) % segments.length];
      const t = performance.now();
      const memory = createTranslationMemory(await projectMemoryEntries(store), { glossary: glossary.entries });
      memory.lookup(next.source, { min: 0.5, limit: 11 });
      baseline.push(performance.now() - t);
    }
    for (const list of [afterWrite, steady, baseline]) list.sort((a, b) => a - b);
    rows.push(`| ${pairs.toLocaleString('en')} | ${ms(firstLookup)} | ${ms(percentileOfSorted(afterWrite, 50))} / ${ms(percentileOfSorted(afterWrite, 99))} | ${ms(percentileOfSorted(steady, 50))} / ${ms(percentileOfSorted(steady, 99))} | ${ms(percentileOfSorted(baseline, 50))} / ${ms(percentileOfSorted(baseline, 99))} | ${(percentileOfSorted(baseline, 50) / percentileOfSorted(afterWrite, 50)).toFixed(0)}× |`);
  }
  return [
    'tm.lookup through the handlers (in-memory store, 5 seed articles + an imported memory), wall-clock ms:',
    '',
    '| imported pairs | first lookup (indexes all) | lookup after a write p50 / p99 | repeated lookup p50 / p99 | baseline: rebuild all after a write p50 / p99 | speed-up (p50) |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await runTmApiBench());
