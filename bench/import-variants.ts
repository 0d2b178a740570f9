// Robustness of import by construction (issue 12): every fixture page is transformed the way real unseen
// pages differ from ours (a browser copy without blank lines, a page without its chrome blocks, a headline
// printed once, chrome in another order), WITHOUT inventing text. Each variant keeps a line-number map to
// the original page, so its hand-written expectation carries over line by line. A variant that loses a body
// line, misses the title or leaks a chrome line the original import removed shows a rule that relies on
// context it should not need.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../articles/index.ts';
import { importPage, importPages } from '../articles/index.ts';
import type { DevPage } from './import-quality.ts';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
/** Every fixture set with line-level expectations (blind sets are not on main and never read here). */
export const VARIANT_SETS = ['pages', 'import-dev', 'import-dev-2', 'import-dev-3', 'import-heldout', 'import-unseen', 'import-unseen-2', 'import-unseen-3', 'import-unseen-4', 'import-unseen-5', 'import-unseen-6'];

/** A fixture page with its set, its outlet and the numbers of its body and title lines. */
export interface VariantSource {
  set: string;
  fileName: string;
  outlet: string;
  title: string;
  lines: string[];
  body: Set<number>;
  /** The first non-body line that prints the headline (undefined when no line holds it whole). */
  titleLine?: number;
  metadata: Set<number>;
}

// test/fixtures/pages expectations list metadata as "n:field" and removed lines by number; the body is the rest.
interface PagesExpectation { title: string; outlet?: string; metadata: string[]; removed: Record<string, string> }

const splitLines = (text: string): string[] => text.split(/\r\n|\n|\r/);
const norm = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The pages of one fixture set as variant sources. */
export function variantSources(set: string): VariantSource[] {
  const dir = path.join(fixturesDir, set);
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((fileName) => {
    const text = readFileSync(path.join(dir, fileName), 'utf8');
    const lines = splitLines(text);
    const raw = JSON.parse(readFileSync(path.join(dir, fileName.replace(/\.txt$/, '.expected.json')), 'utf8')) as DevPage['expected'] & Partial<PagesExpectation>;
    let body: Set<number>;
    let metadata: Set<number>;
    if (Array.isArray(raw.body)) {
      body = new Set(raw.body);
      metadata = new Set(raw.metadata.map(Number));
    } else {
      metadata = new Set((raw.metadata as unknown as string[]).map((entry) => Number(entry.split(':')[0])));
      const removed = new Set(Object.keys(raw.removed ?? {}).map(Number));
      body = new Set(lines.map((_, k) => k + 1).filter((n) => lines[n - 1].trim() !== '' && !metadata.has(n) && !removed.has(n)));
    }
    const title = norm(raw.title);
    // The line that prints the headline alone, else the first that holds it (a kicker before it, a crumb trail).
    const numbers = lines.map((_, k) => k + 1).filter((n) => !body.has(n));
    const titleLine = numbers.find((n) => norm(lines[n - 1]) === title) ?? numbers.find((n) => norm(lines[n - 1]).includes(title));
    return { set, fileName, outlet: raw.outlet ?? fileName.split('_')[0], title: raw.title, lines, body, titleLine, metadata };
  });
}

/** A transformed page: its lines as original line numbers (0 for an added blank line). */
export interface Variant { source: VariantSource; label: string; order: number[] }

const nonBlank = (s: VariantSource): number[] => s.lines.map((_, k) => k + 1).filter((n) => s.lines[n - 1].trim() !== '');
const isChrome = (s: VariantSource, n: number): boolean => !s.body.has(n);
/** Original order with the given lines dropped; a run of blank lines left behind collapses to one. */
function without(s: VariantSource, drop: (n: number) => boolean): number[] {
  const order: number[] = [];
  s.lines.forEach((line, k) => {
    const n = k + 1;
    if (line.trim() === '') { if (order.length > 0 && s.lines[order[order.length - 1] - 1]?.trim() !== '') order.push(n); return; }
    if (!drop(n)) order.push(n);
  });
  return order;
}
const headlineLines = (s: VariantSource): number[] => nonBlank(s).filter((n) => isChrome(s, n) && norm(s.lines[n - 1]).includes(norm(s.title)));

/** Maximal runs of chrome lines (blank lines inside a run belong to it); the title line is never part of one. */
export function chromeBlocks(s: VariantSource): number[][] {
  const blocks: number[][] = [];
  let run: number[] = [];
  for (const n of nonBlank(s)) {
    if (isChrome(s, n) && n !== s.titleLine) run.push(n);
    else { if (run.length > 0) blocks.push(run); run = []; }
  }
  if (run.length > 0) blocks.push(run);
  return blocks;
}

/** Reverses the order of the lines of a span of the page (blank lines move with them). */
function reversedSpan(order: number[], from: number, to: number): number[] {
  return [...order.slice(0, from), ...order.slice(from, to).reverse(), ...order.slice(to)];
}

/** The transformations, each a function from a source page to zero or more variants. */
export const TRANSFORMS: { name: string; make: (s: VariantSource) => Variant[]; single?: boolean }[] = [
  { name: '1 body only (title + body lines)', make: (s) => (s.titleLine === undefined ? [] : [{ source: s, label: 'body only', order: without(s, (n) => isChrome(s, n) && n !== s.titleLine) }]) },
  { name: '2a no blank lines', make: (s) => [{ source: s, label: 'no blanks', order: nonBlank(s) }] },
  { name: '2b blank after every line', make: (s) => [{ source: s, label: 'blank after each', order: nonBlank(s).flatMap((n) => [n, 0]) }] },
  {
    name: '3 one chrome block dropped',
    make: (s) => chromeBlocks(s).map((block, k) => {
      const dropped = new Set(block);
      return { source: s, label: `chrome block ${k + 1} (lines ${block[0]}–${block[block.length - 1]}) dropped`, order: without(s, (n) => dropped.has(n)) };
    }),
  },
  {
    name: '4a headline printed once',
    make: (s) => {
      const heads = headlineLines(s);
      if (heads.length < 2 || s.titleLine === undefined) return [];
      return [{ source: s, label: 'headline once', order: without(s, (n) => heads.includes(n) && n !== s.titleLine) }];
    },
  },
  {
    name: '4b byline/date lines removed',
    make: (s) => {
      const heads = new Set(headlineLines(s));
      const meta = [...s.metadata].filter((n) => !s.body.has(n) && !heads.has(n));
      if (meta.length === 0 || s.titleLine === undefined) return [];
      return [{ source: s, label: 'no byline/date lines', order: without(s, (n) => meta.includes(n)) }];
    },
  },
  { name: '5 single page (no project)', make: (s) => [{ source: s, label: 'single page', order: s.lines.map((_, k) => k + 1) }], single: true },
  {
    name: '6 header/footer chrome reversed',
    make: (s) => {
      const order = s.lines.map((_, k) => k + 1);
      const bodyNs = [...s.body].sort((a, b) => a - b);
      if (s.titleLine === undefined || bodyNs.length === 0) return [];
      const head = order.indexOf(s.titleLine);
      const afterBody = order.indexOf(bodyNs[bodyNs.length - 1]) + 1;
      // Only the chrome strictly above the headline and strictly below the last body line moves.
      const flipped = reversedSpan(reversedSpan(order, 0, head), afterBody, order.length);
      return [{ source: s, label: 'chrome reversed', order: flipped }];
    },
  },
];

/** The variant as a page to import and the original line number of each of its lines. */
export function variantPage(v: Variant): { fileName: string; text: string; origin: number[] } {
  const origin = v.order;
  return { fileName: v.source.fileName, text: origin.map((n) => (n === 0 ? '' : v.source.lines[n - 1])).join('\n'), origin };
}

/** Lines of the article's body: a body segment starts there, or the line is neither removed nor metadata. */
function bodyLinesOf(article: Article, lineCount: number): Set<number> {
  const claimed = new Set([...article.removed.map((entry) => entry.line), ...article.metadata.map((entry) => entry.line)]);
  const body = new Set(article.segments.filter((s) => s.kind !== 'title').map((s) => s.line));
  for (let n = 1; n <= lineCount; n++) if (!claimed.has(n)) body.add(n);
  return body;
}

/** Per transformation: variants, titles right, body lines kept, chrome leaked, chrome leaks the original import did not have. */
export interface VariantTally { variants: number; titles: number; bodyLines: number; bodyKept: number; chromeLines: number; chromeLeaked: number; newLeaks: number; failures: string[] }

/** Body lines of an import in original line numbers. */
function originalBody(article: Article, origin: number[]): Set<number> {
  const body = bodyLinesOf(article, origin.length);
  return new Set([...body].map((n) => origin[n - 1]).filter((n) => n !== undefined && n !== 0));
}

/** Imports a set's pages as the quality bench does (one project per outlet) and every variant of them. */
export function evaluateVariants(sets = VARIANT_SETS, transforms = TRANSFORMS): Map<string, VariantTally> {
  const result = new Map(transforms.map((t) => [t.name, { variants: 0, titles: 0, bodyLines: 0, bodyKept: 0, chromeLines: 0, chromeLeaked: 0, newLeaks: 0, failures: [] } as VariantTally]));
  for (const set of sets) {
    const sources = variantSources(set);
    const outlets = [...new Set(sources.map((s) => s.outlet))];
    for (const outlet of outlets) {
      const group = sources.filter((s) => s.outlet === outlet);
      const texts = group.map((s) => s.lines.join('\n'));
      const base = importPages(group.map((s, k) => ({ fileName: s.fileName, text: texts[k] })), { now: () => 'x' });
      group.forEach((s, k) => {
        const identity = s.lines.map((_, i) => i + 1);
        const baseBody = originalBody(base[k], identity);
        const others = texts.filter((_, j) => j !== k);
        for (const t of transforms) {
          const tally = result.get(t.name) as VariantTally;
          for (const v of t.make(s)) {
            const page = variantPage(v);
            // The other pages of the outlet stay in the project as witnesses (the furniture pass sees them as before).
            const article = t.single ? importPage({ fileName: page.fileName, text: page.text }, { now: () => 'x' })
              : importPages([{ fileName: page.fileName, text: page.text }], { now: () => 'x' }, others)[0];
            const body = originalBody(article, page.origin);
            const where = `${set}/${s.fileName} [${v.label}]`;
            tally.variants++;
            if (article.title === s.title) tally.titles++;
            else tally.failures.push(`${where}: title "${article.title}" ≠ "${s.title}"`);
            for (const n of new Set(page.origin)) {
              if (n === 0 || s.lines[n - 1].trim() === '') continue;
              if (s.body.has(n)) {
                tally.bodyLines++;
                if (body.has(n)) tally.bodyKept++;
                else tally.failures.push(`${where}: body line ${n} lost (${article.removed.find((r) => page.origin[r.line - 1] === n)?.reason ?? 'metadata'}): ${s.lines[n - 1].trim().slice(0, 60)}`);
              } else {
                tally.chromeLines++;
                if (body.has(n)) {
                  tally.chromeLeaked++;
                  if (!baseBody.has(n)) { tally.newLeaks++; tally.failures.push(`${where}: chrome line ${n} leaks: ${s.lines[n - 1].trim().slice(0, 60)}`); }
                }
              }
            }
          }
        }
      });
    }
  }
  return result;
}

const ratio = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(2));

/** Markdown table: per transformation, variants, titles right, body recall, chrome leak and leaks new to the variant. */
export function variantTable(results = evaluateVariants()): string {
  const rows = ['| variant (every fixture set) | pages | titles right | body recall | chrome leak | new leaks |', '| --- | --- | --- | --- | --- | --- |'];
  for (const [name, t] of results) {
    rows.push(`| ${name} | ${t.variants} | ${t.titles}/${t.variants} | ${ratio(t.bodyKept, t.bodyLines)} (${t.bodyLines - t.bodyKept} lost) | ${ratio(t.chromeLeaked, t.chromeLines)} (${t.chromeLeaked}/${t.chromeLines}) | ${t.newLeaks} |`);
  }
  return rows.join('\n');
}

/** The table of `npm run bench -- import` (and of this script run alone). */
export function runImportVariants(): string {
  return variantTable();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = evaluateVariants();
  console.log(variantTable(results));
  if (process.argv.includes('--verbose')) {
    for (const [name, t] of results) if (t.failures.length > 0) console.log(`\n${name}:\n${t.failures.join('\n')}`);
  }
}
