/** The tm, xliff export and glossary apply commands, run in-process on a project made from the seed pages. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess, type CliRun } from './cli-in-process.ts';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { createHandlers } from '../../../services/handlers.ts';
import { readTmx } from '../../../articles/exchange/tmx.ts';
import { readXliff } from '../../../articles/exchange/xliff.ts';

const root = resolve(import.meta.dirname, '../../..');
const samples = join(root, 'articles', 'samples');
const seeds = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort().map((f) => join(samples, f));

let work: string;
let project: string;

const anuvad = (...args: string[]): Promise<CliRun> => runCliInProcess(args, work, join(work, 'home'));

// Our translations of two seed-000 sentences, one with the hyphenated name the glossary forbids.
const KIM_SENTENCE_EN = 'North Korean leader Kim Jong-un on Wednesday expressed "full support" for Russia\'s war in Ukraine.';
const TREATY_EN = 'North Korea and the former Soviet Union signed a treaty of friendship and mutual assistance in 1961.';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'anuvad-cli-tm-'));
  project = join(work, 'project');
  const imported = await anuvad('import', ...seeds, '--project', project);
  expect(imported.code, imported.stderr).toBe(0);
  const glossary = await anuvad('glossary', 'import', join(root, 'glossary', 'default-glossary.json'), '--project', project);
  expect(glossary.code, glossary.stderr).toBe(0);
  const store = await openLowdbProject(project, {});
  try {
    const article = (await store.listArticles()).find((a) => a.file.startsWith('000_'));
    if (!article) throw new Error('seed 000 not imported');
    const segments = article.segments.map((s) => {
      if (s.source.includes('1961 में मैत्री')) return { ...s, target: TREATY_EN, status: 'approved' as const, updatedAt: '2024-06-20T08:00:00Z' };
      if (s.source.includes('किम जोंग-उन ने बुधवार')) return { ...s, target: KIM_SENTENCE_EN, status: 'translated' as const };
      return s;
    });
    expect(segments.filter((s) => s.target)).toHaveLength(2);
    await store.saveArticle({ ...article, segments });
  } finally {
    await store.close();
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function treatySource(): string {
  const tmx = readTmx(readFileSync(join(work, 'project.tmx'), 'utf8'), 'project.tmx');
  const pair = tmx.pairs.find((p) => p.target === TREATY_EN);
  if (!pair) throw new Error('treaty pair missing from the export');
  return pair.source;
}

describe('anuvad tm / xliff / glossary apply', () => {
  it('tm export writes the confirmed pairs as TMX', async () => {
    const run = await anuvad('tm', 'export', 'project.tmx', '--project', project);
    expect(run.code, run.stderr).toBe(0);
    const { pairs } = readTmx(readFileSync(join(work, 'project.tmx'), 'utf8'), 'project.tmx');
    expect(pairs.map((p) => p.target).sort()).toEqual([KIM_SENTENCE_EN, TREATY_EN].sort());
    expect(pairs.every((p) => p.origin?.startsWith('article:000_'))).toBe(true);
  });

  it('tm lookup finds a 100% match and adapts a changed number', async () => {
    const source = treatySource();
    const exact = await anuvad('tm', 'lookup', '--project', project, '--text', source, '--json');
    expect(exact.code, exact.stderr).toBe(0);
    const [best] = JSON.parse(exact.stdout);
    expect(best).toMatchObject({ source, target: TREATY_EN, score: 1 });
    expect(best.origin).toMatch(/^article:000_/);
    expect(best.adapted).toBeUndefined();
    const changed = await anuvad('tm', 'lookup', '--project', project, '--text', source.replace('1961', '1962'), '--json');
    const [fuzzy] = JSON.parse(changed.stdout);
    expect(fuzzy.score).toBeLessThan(1);
    expect(fuzzy.adapted).toBe(TREATY_EN.replace('1961', '1962'));
    const none = await anuvad('tm', 'lookup', '--project', project, '--text', 'पूरी तरह अलग वाक्य', '--min', '0.5', '--json');
    expect(JSON.parse(none.stdout)).toEqual([]);
    expect((await anuvad('tm', 'lookup', '--project', project, '--text', source, '--min', '2')).code).toBe(2);
  });

  it('tm import keeps a TMX as a named read-only memory that lookups use', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="hi-IN" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="hi-IN"><seg>पुतिन बाद में मॉस्को लौट गए।</seg></tuv><tuv xml:lang="en-US"><seg>Putin later returned to Moscow.</seg></tuv></tu>
<tu><tuv xml:lang="hi-IN"><seg>केवल हिंदी</seg></tuv></tu>
</body></tmx>`;
    writeFileSync(join(work, 'agency.tmx'), tmx);
    const run = await anuvad('tm', 'import', 'agency.tmx', '--project', project, '--name', 'agency', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ name: 'agency', pairs: 1, skipped: [{ line: 5, message: '<tu> has no English (en) <tuv>' }] });
    expect(run.stderr).toContain('agency.tmx:5: skipped');
    const lookup = await anuvad('tm', 'lookup', '--project', project, '--text', 'पुतिन बाद में मास्को लौट गए।', '--json');
    expect(JSON.parse(lookup.stdout)[0]).toEqual({ source: 'पुतिन बाद में मॉस्को लौट गए।', target: 'Putin later returned to Moscow.', score: 1, origin: 'tm:agency' });
    writeFileSync(join(work, 'desk.tsv'), 'रूसी राज्य समाचार एजेंसियों के अनुसार\tAccording to Russian state news agencies\n');
    const tsv = await anuvad('tm', 'import', 'desk.tsv', '--project', project, '--json');
    expect(JSON.parse(tsv.stdout)).toEqual({ name: 'desk', pairs: 1, skipped: [] });
    const agencies = await anuvad('tm', 'lookup', '--project', project, '--text', 'रूसी राज्य समाचार एजेंसियों के अनुसार', '--json');
    expect(JSON.parse(agencies.stdout)[0]).toMatchObject({ target: 'According to Russian state news agencies', origin: 'tm:desk', score: 1 });
    writeFileSync(join(work, 'laughs.tmx'), '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY a "aaaa">\n]>\n<tmx/>');
    const refused = await anuvad('tm', 'import', 'laughs.tmx', '--project', project);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('laughs.tmx:3: DOCTYPE declares entities');
  });

  it('xliff export writes one article in 1.2 and 2.0 with states', async () => {
    const list = JSON.parse((await anuvad('list', '--project', project, '--json')).stdout) as { id: string; file: string }[];
    const id = list.find((a) => a.file.startsWith('000_'))?.id ?? '';
    for (const version of ['1.2', '2.0']) {
      const run = await anuvad('xliff', 'export', id, `a-${version}.xlf`, '--project', project, '--version', version);
      expect(run.code, run.stderr).toBe(0);
      const read = readXliff(readFileSync(join(work, `a-${version}.xlf`), 'utf8'), 'a.xlf');
      expect(read.version).toBe(version);
      expect(read.pairs.find((p) => p.target === TREATY_EN)?.status).toBe('approved');
      expect(read.pairs.find((p) => p.target === KIM_SENTENCE_EN)?.status).toBe('translated');
    }
  });

  it('export writes the English through export.english (named by page file), .xlf as xliff export, and names an unknown article', async () => {
    const list = JSON.parse((await anuvad('list', '--project', project, '--json')).stdout) as { id: string; file: string; segments: number }[];
    const first = list.find((a) => a.file.startsWith('000_'))!;
    const second = list.find((a) => a.file.startsWith('001_'))!;
    const md = await anuvad('export', first.file, second.id, 'both.md', '--project', project);
    expect(md.code, md.stderr).toBe(0);
    const text = readFileSync(join(work, 'both.md'), 'utf8');
    expect(text).toContain(TREATY_EN);
    // In the order given: seed 000's English before seed 001's (untranslated) headline.
    expect(text.indexOf(TREATY_EN)).toBeLessThan(text.indexOf('[Untranslated: रूस के रक्षा मंत्री से मिले'));
    // Seed 000 has two translated segments, seed 001 none: every other segment is counted as untranslated.
    expect(md.stdout).toContain(`both.md: 2 article(s), ${first.segments - 2 + second.segments} segment(s) without English`);
    const docx = await anuvad('export', first.id, 'one.docx', '--project', project);
    expect(docx.code, docx.stderr).toBe(0);
    expect(readFileSync(join(work, 'one.docx')).subarray(0, 2).toString()).toBe('PK');
    const xlf = await anuvad('export', first.id, 'one.xlf', '--project', project, '--version', '2.0');
    expect(xlf.code, xlf.stderr).toBe(0);
    expect(readXliff(readFileSync(join(work, 'one.xlf'), 'utf8'), 'one.xlf').pairs.find((p) => p.target === TREATY_EN)?.status).toBe('approved');
    const unknown = await anuvad('export', 'no-such-article', 'x.txt', '--project', project);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no article "no-such-article"');
    expect((await anuvad('export', first.id, second.id, 'two.xlf', '--project', project)).stderr).toContain('XLIFF export takes one article');
  });

  it('tm convert goes TMX → XLIFF 2.0 → TSV', async () => {
    expect((await anuvad('tm', 'convert', 'project.tmx', 'project.xlf', '--xliff-version', '2.0')).code).toBe(0);
    expect((await anuvad('tm', 'convert', 'project.xlf', 'project.tsv')).code).toBe(0);
    const lines = readFileSync(join(work, 'project.tsv'), 'utf8').trim().split('\n');
    expect(lines.map((l) => l.split('\t')[1]).sort()).toEqual([KIM_SENTENCE_EN, TREATY_EN].sort());
    expect((await anuvad('tm', 'convert', 'project.tmx', 'project.csv')).code).toBe(2);
  });

  it('glossary apply previews with --dry-run, then fixes the forbidden rendering', async () => {
    const preview = await anuvad('glossary', 'apply', '--project', project, '--entry', 'kim-jong-un', '--dry-run', '--json');
    expect(preview.code, preview.stderr).toBe(0);
    const planned = JSON.parse(preview.stdout);
    expect(planned.applied).toBe(false);
    expect(planned.changes).toHaveLength(1);
    expect(planned.changes[0]).toMatchObject({ before: KIM_SENTENCE_EN, after: KIM_SENTENCE_EN.replace('Kim Jong-un', 'Kim Jong Un') });
    const applied = await anuvad('glossary', 'apply', '--project', project, '--entry', 'kim-jong-un', '--json');
    expect(JSON.parse(applied.stdout).applied).toBe(true);
    const again = await anuvad('glossary', 'apply', '--project', project, '--entry', 'kim-jong-un', '--dry-run', '--json');
    expect(JSON.parse(again.stdout).changes).toEqual([]);
    const lookup = await anuvad('tm', 'export', 'after.tmx', '--project', project);
    expect(lookup.code).toBe(0);
    expect(readFileSync(join(work, 'after.tmx'), 'utf8')).toContain('Kim Jong Un on Wednesday');
    expect((await anuvad('glossary', 'apply', '--project', project, '--entry', 'no-such-entry')).code).toBe(2);
  });

  it('glossary undo takes back the last apply, the app undoes a CLI apply too, and nothing left to undo exits 2', async () => {
    const kimSegment = async () => {
      const store = await openLowdbProject(project, {});
      try {
        return (await store.listArticles()).flatMap((a) => a.segments).find((s) => s.source.includes('किम जोंग-उन ने बुधवार'));
      } finally {
        await store.close();
      }
    };
    expect((await kimSegment())?.target).toBe(KIM_SENTENCE_EN.replace('Kim Jong-un', 'Kim Jong Un'));
    const undone = await anuvad('glossary', 'undo', '--project', project, '--json');
    expect(undone.code, undone.stderr).toBe(0);
    const result = JSON.parse(undone.stdout);
    expect(result.restored).toHaveLength(1);
    expect(result).toMatchObject({ skipped: [], undoDepth: 0 });
    expect(await kimSegment()).toMatchObject({ target: KIM_SENTENCE_EN, status: 'translated' });
    expect((await kimSegment())?.origin).toBeUndefined();

    const none = await anuvad('glossary', 'undo', '--project', project);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no glossary propagation to undo');

    const again = await anuvad('glossary', 'apply', '--project', project, '--entry', 'kim-jong-un', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ applied: true, undoDepth: 1 });
    const store = await openLowdbProject(project, {});
    try {
      const undoneInApp = await createHandlers(store)['glossary.undoPropagation']({});
      expect(undoneInApp).toMatchObject({ restored: result.restored, skipped: [], undoDepth: 0 });
    } finally {
      await store.close();
    }
    expect((await kimSegment())?.target).toBe(KIM_SENTENCE_EN);
  });
});
