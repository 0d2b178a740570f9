import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../transports/cli/commands/index.ts';
import { runCliInProcess, type CliRun } from './cli-in-process.ts';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { LOCK_FILE } from '../../../services/store/project-lock.ts';

const root = resolve(import.meta.dirname, '../../..');

/** The glossary a project holds, read through the store (a large one is glossary.json plus a changes file). */
async function storedGlossary(project: string): Promise<{ entries: unknown[] }> {
  const store = await openLowdbProject(project);
  try {
    return await store.getGlossary();
  } finally {
    await store.close();
  }
}

/** Every stored glossary file's bytes, to prove a refused command changed none of them. */
function storedGlossaryBytes(project: string): string {
  return ['glossary.json', 'glossary.changes.json'].map((name) => (existsSync(join(project, name)) ? readFileSync(join(project, name), 'utf8') : '')).join('\u0000');
}
const samplesDir = join(root, 'articles', 'samples');
const seeds = readdirSync(samplesDir).filter((name) => name.endsWith('.txt')).sort();
const glossaryFile = join(root, 'glossary', 'default-glossary.json');

let work: string;
let home: string;

/** Runs `node bin/anuvad.js …` as a real child process. */
function anuvad(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'anuvad.js'), ...args], {
      cwd: options.cwd ?? work,
      env: { ...process.env, ANUVAD_HOME: home, npm_lifecycle_event: '' },
      maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Runs the CLI in this process (fast, for help and argument errors). */
const anuvadInProcess = (args: string[]): Promise<CliRun> => runCliInProcess(args, work, home);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'anuvad-cli-'));
  home = join(work, 'home');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

// Titles read off the seed pages by a person: the Hindi headline, without glued residue such as
// `script…` or `News…` and without the English part of a `Hindi | English | Outlet` line.
const expectedTitles: Record<string, string> = {
  '000_a6e2b2736be51a55': 'किम ने यूक्रेन में रूस के युद्ध के लिए ‘पूर्ण समर्थन’ की शपथ ली',
  '001_5fa5028a7c2c55c0': 'रूस के रक्षा मंत्री से मिले उत्तर कोरिया के तानाशाह किम जोंग उन, यूक्रेन युद्ध में सहायता देने का किया वादा',
  '002_0f029a2cb635d9d3': 'उत्तर कोरिया और रूस के नेताओं ने यूक्रेन के खिलाफ एकजुटता व्यक्त की',
  '003_1e3141995383dc93': 'पुतिन और किम जोंग उन के बीच समझौता, हमले के समय एक दूसरे की सहायता करेंगे रूस और उत्तर कोरिया',
  '004_d52dbd3aa86ea457': 'उत्तर कोरिया यात्रा से पहले पुतिन ने यूक्रेन युद्ध के लिए प्योंगयांग के ‘दृढ़ समर्थन’ की सराहना की',
};

// The boilerplate the issue names, as it appears in the seeds.
const BOILERPLATE = /^(Tags:|Similar News|Related Post|Leave a Reply|Hindi News \/|Check out|\d+(\.\d+)? C$|Jaipur$)/;

function boilerplateLines(seed: string): { line: number; text: string }[] {
  return readFileSync(join(samplesDir, seed), 'utf8').split(/\r\n|\n|\r/)
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter(({ text }) => BOILERPLATE.test(text));
}

describe('anuvad import / list / show on the seed pages (child processes)', () => {
  let project: string;
  beforeAll(async () => {
    project = join(work, 'seeds-project');
    const imported = await anuvad(['import', ...seeds.map((seed) => join(samplesDir, seed)), '--project', project]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
  });

  it('list --json gives the five articles with their Hindi titles and counts', async () => {
    const listed = await anuvad(['list', '--project', project, '--json']);
    expect(listed.code).toBe(0);
    const articles = JSON.parse(listed.stdout) as { id: string; file: string; title: string; segments: number; translated: number; approved: number }[];
    expect(articles.map((a) => a.file)).toEqual(seeds);
    for (const article of articles) {
      expect(Object.keys(article).sort()).toEqual(['approved', 'file', 'id', 'segments', 'title', 'translated']);
      const expected = expectedTitles[article.id];
      expect(expected, article.id).toBeDefined();
      // Seed 000's Latin kicker ("North Korea :") is not part of the Hindi title.
      expect(article.title).toBe(expected);
      expect(article.title).not.toMatch(/^script|^News|\|/);
      expect(article.segments).toBeGreaterThan(5);
      expect([article.translated, article.approved]).toEqual([0, 0]);
    }
  });

  it('show --json has the documented shape, title as the first segment, and none of the boilerplate lines', async () => {
    for (const seed of seeds) {
      const id = seed.replace(/\.txt$/, '');
      const shown = await anuvad(['show', id, '--project', project, '--json']);
      expect(shown.code, seed).toBe(0);
      const article = JSON.parse(shown.stdout) as { id: string; file: string; title: string; segments: { id: string; source: string; target: string; status: string }[]; removed: { line: number; text: string; reason: string }[] };
      expect(article.id).toBe(id);
      expect(article.file).toBe(seed);
      expect(article.segments[0].source).toBe(article.title);
      for (const segment of article.segments) expect(Object.keys(segment).sort()).toEqual(['id', 'source', 'status', 'target']);
      for (const removed of article.removed) expect(Object.keys(removed).sort()).toEqual(['line', 'reason', 'text']);
      const body = article.segments.map((segment) => segment.source).join('\n');
      const removedLines = new Map(article.removed.map((removed) => [removed.line, removed.text.trim()]));
      for (const { line, text } of boilerplateLines(seed)) {
        expect(body, `${seed}:${line} ${text}`).not.toContain(text);
        expect(removedLines.get(line), `${seed}:${line} should be in removed`).toBe(text);
      }
    }
    // Every seed that the issue names has some boilerplate to check.
    expect(seeds.filter((seed) => boilerplateLines(seed).length > 0)).toHaveLength(4);
  });

  it('show without --json prints the segments; an unknown id is bad input', async () => {
    const shown = await anuvad(['show', '002_0f029a2cb635d9d3', '--project', project]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(expectedTitles['002_0f029a2cb635d9d3']);
    expect(shown.stdout).toContain('[weather-widget] 27.1 C');
    const missing = await anuvad(['show', 'no-such-article', '--project', project]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no article "no-such-article"');
  });

  it('re-importing a page keeps the translations of unchanged segments', async () => {
    const store = await openLowdbProject(project);
    const article = (await store.getArticle('004_d52dbd3aa86ea457'))!;
    article.segments[1] = { ...article.segments[1], target: 'Putin praised Pyongyang.', status: 'translated' };
    await store.saveArticle(article);
    await store.close();
    const again = await anuvad(['import', join(samplesDir, '004_d52dbd3aa86ea457.txt'), '--project', project, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)[0]).toMatchObject({ id: '004_d52dbd3aa86ea457', translated: 1 });
  });
});

describe('the project lock across processes', () => {
  it('import into a project held by another process fails with exit 2 and "open elsewhere", changing nothing', async () => {
    const project = join(work, 'locked');
    const holder = await openLowdbProject(project, { create: true });
    try {
      const before = readdirSync(project).sort();
      const result = await anuvad(['import', join(samplesDir, seeds[0]), '--project', project]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`project is open elsewhere (pid ${process.pid})`);
      expect(result.stdout).toBe('');
      expect(readdirSync(project).sort()).toEqual(before);
      // Reading is still allowed while the project is open elsewhere.
      const listed = await anuvad(['list', '--project', project, '--json']);
      expect(listed.code).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual([]);
    } finally {
      await holder.close();
    }
    const after = await anuvad(['import', join(samplesDir, seeds[0]), '--project', project]);
    expect(after.code).toBe(0);
  });

  it('a stale lock (dead pid) is recovered with a warning and the import goes ahead', async () => {
    const project = join(work, 'stale');
    const created = await openLowdbProject(project, { create: true });
    await created.close();
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    writeFileSync(join(project, LOCK_FILE), JSON.stringify({ pid: dead, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
    const result = await anuvad(['import', join(samplesDir, seeds[1]), '--project', project]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`recovered a stale lock (pid ${dead}`);
    expect(existsSync(join(project, 'articles', `${seeds[1].replace('.txt', '')}.json`))).toBe(true);
    expect(existsSync(join(project, LOCK_FILE))).toBe(false);
  });
});

// In-process runs of main(): the same code as bin/anuvad.js without a child per call (the import,
// lock and default-project tests above and below use real child processes).
describe('anuvad terms and qa', () => {
  it('terms --json gives offsets into the text as read (BOM removed), with entry and approved rendering', async () => {
    const withBom = join(work, 'bom-000.txt');
    const raw = readFileSync(join(samplesDir, '000_a6e2b2736be51a55.txt'));
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), raw]));
    const result = await anuvadInProcess(['terms', '--glossary', glossaryFile, 'bom-000.txt', '--json']);
    expect(result.code).toBe(0);
    const hits = JSON.parse(result.stdout) as { file: string; start: number; end: number; text: string; entry: string; target: string }[];
    const text = raw.toString('utf8');
    expect(hits.length).toBeGreaterThan(10);
    for (const hit of hits) {
      expect(hit.file).toBe('bom-000.txt');
      expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    }
    const kim = hits.find((hit) => hit.text === 'किम जोंग-उन');
    expect(kim).toMatchObject({ target: 'Kim Jong Un' });
    expect(hits.some((hit) => hit.text === 'मॉस्को' && hit.target === 'Moscow')).toBe(true);
  });

  it('qa --pairs reports forbidden terms, numbers and empty targets with line numbers; exit 1 with issues, 0 without', async () => {
    writeFileSync(join(work, 'pairs.tsv'), [
      'रूस ने कीव पर हमला किया।\tRussia attacked Kiev.',
      '',
      'पुतिन ने 15,000 सैनिक भेजे।\tPutin sent troops.',
      'किम जोंग उन मास्को पहुंचे।\t',
      'किम जोंग उन मास्को पहुंचे।\tKim Jong Un arrived in Moscow.',
    ].join('\n'));
    const result = await anuvadInProcess(['qa', '--glossary', glossaryFile, '--pairs', 'pairs.tsv', '--json']);
    expect(result.code).toBe(1);
    const issues = JSON.parse(result.stdout) as { line: number; kind: string; term?: string; detail: string }[];
    expect(issues.map((issue) => [issue.line, issue.kind])).toEqual([[1, 'forbidden-term'], [3, 'number-mismatch'], [4, 'untranslated']]);
    expect(issues[0]).toMatchObject({ term: 'Kyiv' });
    expect(issues[0].detail).toContain('Kiev');
    writeFileSync(join(work, 'clean.tsv'), 'किम जोंग उन मास्को पहुंचे।\tKim Jong Un arrived in Moscow.\n');
    const clean = await anuvadInProcess(['qa', '--glossary', glossaryFile, '--pairs', 'clean.tsv', '--json']);
    expect([clean.code, JSON.parse(clean.stdout)]).toEqual([0, []]);
  });

  it('qa reads XLIFF (unit lines) and TMX (unit positions) too', async () => {
    writeFileSync(join(work, 'check.xlf'), [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
      '  <file original="x" source-language="hi" target-language="en" datatype="plaintext">',
      '    <body>',
      '      <trans-unit id="1"><source>किम जोंग उन मास्को पहुंचे।</source><target>Kim Jong Un arrived in Moscow.</target></trans-unit>',
      '      <trans-unit id="2"><source>रूस ने कीव पर हमला किया।</source><target>Russia attacked Kiev.</target></trans-unit>',
      '    </body>',
      '  </file>',
      '</xliff>',
    ].join('\n'));
    const xliff = await anuvadInProcess(['qa', '--glossary', glossaryFile, 'check.xlf', '--json']);
    expect(xliff.code).toBe(1);
    expect(JSON.parse(xliff.stdout)).toEqual([expect.objectContaining({ line: 6, kind: 'forbidden-term', term: 'Kyiv', segment: '2' })]);
    writeFileSync(join(work, 'check.tmx'), [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="hi" datatype="plaintext"/><body>',
      '<tu><tuv xml:lang="hi"><seg>रूस ने कीव पर हमला किया।</seg></tuv><tuv xml:lang="en"><seg>Russia attacked Kyiv.</seg></tuv></tu>',
      '<tu><tuv xml:lang="hi"><seg>पुतिन ने 15,000 सैनिक भेजे।</seg></tuv><tuv xml:lang="en"><seg>Putin sent troops.</seg></tuv></tu>',
      '</body></tmx>',
    ].join('\n'));
    const tmx = await anuvadInProcess(['qa', '--glossary', glossaryFile, 'check.tmx', '--json']);
    expect(tmx.code).toBe(1);
    expect(JSON.parse(tmx.stdout)).toEqual([expect.objectContaining({ line: 2, kind: 'number-mismatch' })]);
  });

  it('qa stops at a malformed pairs line with file:line and exit 2', async () => {
    writeFileSync(join(work, 'bad.tsv'), 'रूस\tRussia\nno tab on this line\n');
    const result = await anuvadInProcess(['qa', '--glossary', glossaryFile, '--pairs', 'bad.tsv', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.tsv:2:');
    expect(result.stdout).toBe('');
  });
});

describe('anuvad glossary convert / import / export', () => {
  it('convert round-trips through CSV, XLSX and TBX losslessly for what CSV carries', async () => {
    expect((await anuvadInProcess(['glossary', 'convert', glossaryFile, 'g.csv'])).code).toBe(0);
    expect((await anuvadInProcess(['glossary', 'convert', 'g.csv', 'g.xlsx'])).code).toBe(0);
    expect((await anuvadInProcess(['glossary', 'convert', 'g.xlsx', 'g.tbx'])).code).toBe(0);
    expect((await anuvadInProcess(['glossary', 'convert', 'g.tbx', 'back.csv'])).code).toBe(0);
    expect(readFileSync(join(work, 'back.csv'), 'utf8')).toBe(readFileSync(join(work, 'g.csv'), 'utf8'));
    const unknown = await anuvadInProcess(['glossary', 'convert', 'g.csv', 'g.docx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('g.docx');
  });

  it('import prints the plan; --dry-run and a bad file change nothing; export writes the result', async () => {
    const project = join(work, 'glossary-project');
    await (await openLowdbProject(project, { create: true })).close();
    await anuvadInProcess(['glossary', 'convert', glossaryFile, 'terms.csv']);
    const glossaryPath = join(project, 'glossary.json');
    const dry = await anuvadInProcess(['glossary', 'import', 'terms.csv', '--project', project, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const plan = JSON.parse(dry.stdout) as { applied: boolean; added: unknown[] };
    expect(plan.applied).toBe(false);
    expect(plan.added.length).toBeGreaterThan(20);
    expect(existsSync(glossaryPath)).toBe(false);
    const applied = await anuvadInProcess(['glossary', 'import', 'terms.csv', '--project', project]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(new RegExp(`${plan.added.length} new, 0 changed, 0 conflicting`));
    const saved = storedGlossaryBytes(project);
    expect((await storedGlossary(project)).entries).toHaveLength(plan.added.length);
    writeFileSync(join(work, 'broken.csv'), 'source,variants,target,forbidden,type,note\nरूस,,Russian Federation,,place,\n"unclosed,x\n');
    const bad = await anuvadInProcess(['glossary', 'import', 'broken.csv', '--project', project]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/broken\.csv:3:/);
    expect(storedGlossaryBytes(project)).toBe(saved);
    const exported = await anuvadInProcess(['glossary', 'export', 'out.json', '--project', project]);
    expect(exported.code).toBe(0);
    expect((JSON.parse(readFileSync(join(work, 'out.json'), 'utf8')) as { entries: unknown[] }).entries).toHaveLength(plan.added.length);
  });
});

describe('default project and exit codes', () => {
  it('without --project the default project is created once from the samples and the default glossary', async () => {
    const first = await anuvad(['list', '--json']);
    expect(first.code).toBe(0);
    expect((JSON.parse(first.stdout) as { file: string }[]).map((a) => a.file)).toEqual(seeds);
    const projectFile = join(home, 'default-project', 'project.json');
    // Named after its folder, not after the temporary folder it was built in.
    expect((JSON.parse(readFileSync(projectFile, 'utf8')) as { name: string }).name).toBe('default-project');
    const glossary = await storedGlossary(join(home, 'default-project'));
    expect(glossary.entries.length).toBe((JSON.parse(readFileSync(glossaryFile, 'utf8')) as { entries: unknown[] }).entries.length);
    const stamp = statSync(projectFile).mtimeMs;
    const second = await anuvad(['list', '--json']);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(projectFile).mtimeMs).toBe(stamp);
    expect(readdirSync(home)).toEqual(['default-project']);
  });

  it('every command answers --help with its usage and exit 0', async () => {
    for (const command of commands) {
      const result = await anuvadInProcess([...command.name.split(' '), '--help']);
      expect(result.code, command.name).toBe(0);
      expect(result.stdout.startsWith(`Usage: anuvad ${command.name}`), command.name).toBe(true);
    }
    const overview = await anuvadInProcess(['--help']);
    expect(overview.code).toBe(0);
    for (const command of commands) expect(overview.stdout).toContain(command.name);
  });

  it('every command loads its own module and refuses an unknown option (exit 2, not an internal error)', async () => {
    for (const command of commands) {
      const result = await anuvadInProcess([...command.name.split(' '), ...(command.name === 'desk user' ? ['add', 'x'] : []), '--no-such-option']);
      expect(result.code, `${command.name}: ${result.stderr}`).toBe(2);
      expect(result.stderr, command.name).toContain('unknown option --no-such-option');
    }
  });

  it('bad input exits 2 with the file named on stderr', async () => {
    const cases: [string[], string][] = [
      [[], 'Usage: anuvad'],
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['glossary'], 'glossary convert'],
      [['list', '--bogus'], 'unknown option --bogus'],
      [['import', '--project', join(work, 'p2')], 'no files given'],
      [['import', 'missing-page.txt', '--project', join(work, 'p2')], 'missing-page.txt: no such file'],
      [['list', '--project', join(work, 'not-a-project')], 'not an Anuvad project'],
      [['show', '--project', join(work, 'p2')], 'exactly one article id'],
      [['qa', '--glossary', glossaryFile], 'either --pairs'],
    ];
    for (const [args, message] of cases) {
      const result = await anuvadInProcess(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
    expect(existsSync(join(work, 'p2'))).toBe(false);
    expect(existsSync(join(work, 'not-a-project'))).toBe(false);
  });

  it('a corrupt article file is named on stderr, moved aside, and the other articles still list', async () => {
    const project = join(work, 'damaged');
    const store = await openLowdbProject(project, { create: true });
    await store.close();
    expect((await anuvad(['import', join(samplesDir, seeds[2]), join(samplesDir, seeds[3]), '--project', project])).code).toBe(0);
    const damaged = join(project, 'articles', seeds[2].replace('.txt', '.json'));
    writeFileSync(damaged, readFileSync(damaged, 'utf8').slice(0, 200));
    const listed = await anuvadInProcess(['list', '--project', project, '--json']);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toContain(`${damaged}: warning:`);
    expect(listed.stderr).toContain('moved aside');
    expect((JSON.parse(listed.stdout) as { file: string }[]).map((a) => a.file)).toEqual([seeds[3]]);
    expect(readdirSync(join(project, 'articles')).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
  });

  it('a page that is not text is refused with the file and line, and nothing is imported', async () => {
    copyFileSync(join(samplesDir, seeds[0]), join(work, 'good.txt'));
    // The first bytes of a PNG after two text lines.
    writeFileSync(join(work, 'binary.txt'), Buffer.from([0x41, 0x0a, 0x42, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const project = join(work, 'all-or-nothing');
    const result = await anuvad(['import', 'good.txt', 'binary.txt', '--project', project]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/binary\.txt:\d+: .*binary/);
    expect(existsSync(project)).toBe(false);
  });
});
