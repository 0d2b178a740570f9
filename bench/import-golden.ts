// Golden output of the importer: every fixture page (test/fixtures/import-*, pages) and the seeds imported alone, per outlet as one project and per
// folder as one batch, serialised in full (segments, removed lines with reasons, metadata, fields, and
// each line's feature record). A speed change must leave this output byte-identical: it may change how
// a decision is computed, never what is decided.
//
//   npx tsx bench/import-golden.ts --out /tmp/golden.json [--root <checkout whose articles/ to run>]
//   npx tsx bench/import-golden.ts --check /tmp/golden.json [--root …]
//
// The pages are always read from this checkout's test/fixtures and /work/shared/seeds (or SEEDS_DIR),
// so a reference made from another checkout (main) runs the same inputs.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Articles = typeof import('../articles/index.ts');

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string): string | undefined => {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
};
const root = path.resolve(arg('--root') ?? here);
const seedsDir = process.env.SEEDS_DIR ?? '/work/shared/seeds';

interface Page { fileName: string; bytes: Uint8Array; group: string }

function folder(dir: string, groupOf: (fileName: string) => string): Page[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((fileName) => ({
    fileName, bytes: new Uint8Array(readFileSync(path.join(dir, fileName))), group: groupOf(fileName),
  }));
}

// The outlet of a fixture page: its expectation's outlet, else the file name before the first "_".
function outletGroup(dir: string): (fileName: string) => string {
  return (fileName) => {
    const expected = path.join(dir, fileName.replace(/\.txt$/, '.expected.json'));
    if (existsSync(expected)) {
      const outlet = (JSON.parse(readFileSync(expected, 'utf8')) as { outlet?: string }).outlet;
      if (outlet) return outlet;
    }
    return fileName.split('_')[0];
  };
}

const sets: { name: string; pages: Page[] }[] = [
  ...['import-dev', 'import-heldout', 'import-unseen', 'import-unseen-2', 'import-unseen-3', 'import-unseen-4', 'import-unseen-5', 'import-unseen-6', 'import-unseen-7', 'import-unseen-8', 'import-unseen-9', 'import-dev-2', 'import-dev-3', 'pages'].map((name) => {
    const dir = path.join(here, 'test', 'fixtures', name);
    return { name, pages: folder(dir, outletGroup(dir)) };
  }),
  { name: 'seeds', pages: folder(seedsDir, () => 'seeds') },
];

function run(lib: Articles): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const now = (): string => 'x';
  const attempt = <T>(fn: () => T): T | { error: string } => {
    try { return fn(); } catch (error) { return { error: String((error as Error).message) }; }
  };
  for (const set of sets) {
    const texts = set.pages.map((page) => ({ fileName: page.fileName, text: lib.decodePage(page.bytes, page.fileName), group: page.group }));
    const single: Record<string, unknown> = {};
    const features: Record<string, unknown> = {};
    for (const page of texts) {
      single[page.fileName] = attempt(() => lib.importPage(page, { now }));
      // CRLF and CR line ends must give the same decisions (and line numbers) as LF.
      single[`${page.fileName} (CRLF)`] = attempt(() => lib.importPage({ fileName: page.fileName, text: page.text.replace(/\n/g, '\r\n') }, { now }));
      single[`${page.fileName} (unaccounted)`] = attempt(() => lib.unaccountedLines(page.text, lib.importPage(page, { now })));
      features[page.fileName] = lib.splitPageLines(page.text).filter((line) => line.text !== '').map((line, index) => {
        const f = lib.lineFeatures(line.n, line.text, index);
        // The feature fields as main defines them (a speed change may add cached fields, never change these).
        return [f.n, f.words, f.lengthClass, f.stopwordDensity, f.endsSentence, f.devanagariShare, f.latinShare, f.digitShare, f.separators, f.index];
      });
    }
    const groups = [...new Set(texts.map((page) => page.group))].sort();
    const perOutlet: Record<string, unknown> = {};
    const furniture: Record<string, unknown> = {};
    for (const group of groups) {
      const held = texts.filter((page) => page.group === group);
      perOutlet[group] = attempt(() => lib.importPages(held.map(({ fileName, text }) => ({ fileName, text })), { now }));
      furniture[group] = [...lib.templateFurniture(held.map((page) => page.text))].sort();
    }
    const batch = attempt(() => lib.importPages(texts.map(({ fileName, text }) => ({ fileName, text })), { now }));
    const keys = texts.map((page) => lib.templateKeyOf(page.text));
    out[set.name] = { single, features, perOutlet, furniture, batch, keys };
  }
  // The bench's megabyte line, and a page of many short lines: the sizes where quadratic work shows.
  const sentence = 'रूस और उत्तर कोरिया ने 15,000 सैनिकों पर 27.1 प्रतिशत की बात की। ';
  out.big = attempt(() => lib.importPage({ fileName: 'big.txt', text: `शीर्षक यहाँ है\n\n${sentence.repeat(Math.ceil(1_000_000 / sentence.length))}\n` }, { now }));
  const all = sets.flatMap((set) => set.pages).map((page) => lib.decodePage(page.bytes, page.fileName));
  out.concatenated = attempt(() => lib.importPage({ fileName: 'all.txt', text: all.join('\n\n') }, { now }));
  return out;
}

const lib = (await import(pathToFileURL(path.join(root, 'articles', 'index.ts')).href)) as Articles;
const json = JSON.stringify(run(lib), null, 1);
const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
const pageCount = sets.reduce((sum, set) => sum + set.pages.length, 0);
const outPath = arg('--out');
const checkPath = arg('--check');
if (outPath) {
  writeFileSync(outPath, json);
  console.log(`golden: ${pageCount} pages, code from ${root}, ${json.length} chars, sha256 ${digest} → ${outPath}`);
}
if (checkPath) {
  const reference = readFileSync(checkPath, 'utf8');
  if (reference === json) {
    console.log(`golden: identical to ${checkPath} (${pageCount} pages, sha256 ${digest})`);
  } else {
    const a = reference.split('\n');
    const b = json.split('\n');
    let k = 0;
    while (k < a.length && k < b.length && a[k] === b[k]) k++;
    console.error(`golden: DIFFERS from ${checkPath} at line ${k + 1}:\n- ${a.slice(Math.max(0, k - 3), k + 3).join('\n- ')}\n+ ${b.slice(Math.max(0, k - 3), k + 3).join('\n+ ')}`);
    process.exitCode = 1;
  }
}
if (!outPath && !checkPath) console.log(`golden: ${pageCount} pages, sha256 ${digest} (pass --out or --check)`);
