// One cold pass of an importer in this fresh process: `tsx bench/import-cold.ts new|v1 <dir>…` imports every
// page of the dirs once and prints {"bytes":…,"cpuMs":…}. bench/import.ts runs it in child processes, so the
// new importer and the v1 baseline each start with nothing compiled (in one process the second would find
// the shared code, decodePage and the sentence splitter, already warm).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePage, importPage } from '../articles/index.ts';
import { importPage as importPageV1 } from './import-v1/import-page.ts';

const [which, ...dirs] = process.argv.slice(2);
const pages = dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
  .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(path.join(dir, fileName))) })));
const run = which === 'v1' ? importPageV1 : importPage;
const start = process.cpuUsage();
for (const page of pages) run({ fileName: page.fileName, text: decodePage(page.bytes, page.fileName) }, { now: () => 'x' });
const used = process.cpuUsage(start);
console.log(JSON.stringify({ bytes: pages.reduce((sum, page) => sum + page.bytes.length, 0), cpuMs: (used.user + used.system) / 1000 }));
