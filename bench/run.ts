// Runs the benchmarks (all, or those named on the command line) and prints their markdown tables.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const benches: { name: string; file: string; fn: string }[] = [
  { name: 'glossary', file: 'glossary.ts', fn: 'runGlossaryBench' },
  { name: 'qa', file: 'qa.ts', fn: 'runQaBench' },
  { name: 'align', file: 'align.ts', fn: 'runAlignBench' },
  { name: 'tm', file: 'tm.ts', fn: 'runTmBench' },
  { name: 'tm-api', file: 'tm-api.ts', fn: 'runTmApiBench' },
  { name: 'editor', file: 'editor.ts', fn: 'runEditorBench' },
  { name: 'import', file: 'import.ts', fn: 'runImportBench' },
  { name: 'api', file: 'api-transport.ts', fn: 'runApiBench' },
  { name: 'desk', file: 'desk.ts', fn: 'runDeskBench' },
  { name: 'scale', file: 'scale.ts', fn: 'runScaleBench' },
  { name: 'glossary-write', file: 'glossary-write.ts', fn: 'runGlossaryWriteBench' },
  { name: 'spell', file: 'spell.ts', fn: 'runSpellBench' },
  { name: 'memory', file: 'server-memory.ts', fn: 'runServerMemoryBench' },
];

const wanted = process.argv.slice(2);
let failed = false;
for (const bench of benches) {
  if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
  const file = path.join(here, bench.file);
  if (!existsSync(file)) {
    console.log(`## ${bench.name}\n\n(not present)\n`);
    continue;
  }
  const mod = (await import(file)) as Record<string, () => Promise<string>>;
  try {
    const table = await mod[bench.fn]();
    console.log(`## ${bench.name}\n\n${table}\n`);
  } catch (error) {
    failed = true;
    console.error(`## ${bench.name} failed: ${(error as Error).stack}`);
  }
}
process.exit(failed ? 1 : 0);
