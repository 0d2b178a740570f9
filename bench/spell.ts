// Spell checking: dictionary load time per house style, and check time per segment of the engine
// (tokeniser with apostrophes/hyphens, glossary words as a set, memoised dictionary lookups)
// against a naive baseline (split on non-letters, nspell.correct on every word each time, glossary
// words searched in an array), on the sample English translations, in the same run, with CPU time.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import { readDictionary, type SpellingVariant } from '../services/spell/dictionary-files.ts';
import { createSpellEngine, KnownWords } from '../services/spell/spell-engine.ts';
import { glossaryWords } from '../services/spell/spell-service.ts';
import { percentileOfSorted } from './bench-stats.ts';
import type { GlossaryEntry } from '../glossary/model.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function segments(): string[] {
  const dir = path.join(repoRoot, 'articles', 'samples', 'translations');
  return readdirSync(dir).filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split(/\n+|(?<=[.?!])\s+(?=[A-Z“"])/u))
    .map((line) => line.trim()).filter((line) => line.length > 0);
}

function timed<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function perSegment(texts: readonly string[], check: (text: string) => number, rounds: number): { p50: number; p99: number; cpuPerSegment: number; flagged: number } {
  const times: number[] = [];
  let flagged = 0;
  const cpu = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const start = performance.now();
      const found = check(text);
      times.push(performance.now() - start);
      if (round === 0) flagged += found;
    }
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  return { p50: percentileOfSorted(times, 50), p99: percentileOfSorted(times, 99), cpuPerSegment: (used.user + used.system) / 1000 / times.length, flagged };
}

/** Markdown tables: load time per variant, and per-segment check time against the naive baseline. */
export async function runSpellBench(): Promise<string> {
  const entries = (JSON.parse(readFileSync(path.join(repoRoot, 'glossary', 'default-glossary.json'), 'utf8')) as { entries: GlossaryEntry[] }).entries;
  const glossary = glossaryWords(entries);
  const known = new KnownWords(glossary);
  const texts = segments();
  const rows = ['| house style | load (parse) wall / CPU | engine p50 / p99 per segment | engine CPU per segment | naive p50 / p99 | naive CPU per segment | flagged (engine / naive) |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const variant of ['en-GB', 'en-US'] as SpellingVariant[]) {
    const files = await readDictionary(variant);
    const loaded = timed(() => createSpellEngine(files));
    const engine = loaded.value;
    const naiveDictionary = nspell({ aff: files.aff, dic: files.dic });
    const naive = (text: string) => text.split(/[^A-Za-z']+/u).filter((word) => word && !glossary.includes(word) && !naiveDictionary.correct(word)).length;
    const ours = (text: string) => engine.check(text, known).length;
    // One warm-up round each (JIT, and the engine's memo is part of how it runs in the app).
    perSegment(texts, ours, 1);
    perSegment(texts, naive, 1);
    const a = perSegment(texts, ours, 20);
    const b = perSegment(texts, naive, 20);
    const ms = (value: number) => value.toFixed(3);
    rows.push(`| ${variant} | ${loaded.wallMs.toFixed(0)} / ${loaded.cpuMs.toFixed(0)} ms | ${ms(a.p50)} / ${ms(a.p99)} ms | ${ms(a.cpuPerSegment)} ms | ${ms(b.p50)} / ${ms(b.p99)} ms | ${ms(b.cpuPerSegment)} ms | ${a.flagged} / ${b.flagged} |`);
  }
  return `${texts.length} English segments (articles/samples/translations), ${glossary.length} glossary words, 20 rounds after one warm-up.\n\n${rows.join('\n')}`;
}
