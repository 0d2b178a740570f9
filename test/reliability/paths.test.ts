/**
 * Paths cannot escape the project folder (issue 7): article ids made from hostile file names, ids
 * inside project.json and article files, document names such as `tm/../../x`, and a symlinked
 * article file. Each test keeps a bait folder next to the project and checks afterwards that
 * nothing outside the project was read into it or written.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleIdFromFileName, importPage } from '../../articles/index.ts';
import { createHandlers } from '../../services/handlers.ts';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import { isSafeFileId } from '../../services/store/safe-names.ts';
import { main } from '../../transports/cli/index.ts';
import { exportGlossary, parseGlossary } from '../../glossary/formats/index.ts';
import { GLOSSARY_SCHEMA_VERSION } from '../../glossary/model.ts';
import { unzipArchive, utf8, zipArchive } from './importers.ts';

const SEED_PAGE = readFileSync(join(import.meta.dirname, '../../articles/samples/002_0f029a2cb635d9d3.txt'), 'utf8');

const HOSTILE_NAMES = [
  '../../etc/x.txt', '..\\..\\x.txt', '..\\x', '/etc/passwd', 'C:\\Windows\\system.ini', '\\\\server\\share\\x.txt', '..', '.', '',
  'a/../../b.txt', '....//....//x.txt', '%2e%2e%2fx.txt', '．．／x.txt', '.hidden.txt', 'CON.txt', 'nul', 'x\u0000.txt', ' ../x.txt ', `${'a'.repeat(300)}.txt`,
  '<img src=x onerror=alert(1)>.txt',
];

/** Every file under `dir`, as paths relative to it, with their sizes and times. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      const info = statSync(full, { throwIfNoEntry: false });
      if (!info) continue;
      if (info.isDirectory()) walk(full);
      else out.set(relative(dir, full), `${info.size}:${info.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

let root: string;
let projectDir: string;
let baitDir: string;

beforeEach(() => {
  // root/outside holds the bait, root/deep/er/project the project: "../../outside" from the project is real.
  root = mkdtempSync(join(tmpdir(), 'anuvad-paths-'));
  baitDir = join(root, 'outside');
  projectDir = join(root, 'deep', 'er', 'project');
  mkdirSync(baitDir, { recursive: true });
  mkdirSync(projectDir, { recursive: true });
  writeFileSync(join(baitDir, 'secret.json'), JSON.stringify({ secret: true }));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Everything in `root` outside the project folder, to compare before and after. */
function outsideProject(): Map<string, string> {
  return new Map([...snapshot(root)].filter(([file]) => !file.startsWith(join('deep', 'er', 'project'))));
}

describe('article ids from file names', () => {
  it.each(HOSTILE_NAMES)('%j gives a safe id', (name) => {
    const id = articleIdFromFileName(name);
    expect(isSafeFileId(id), id).toBe(true);
    expect(id).not.toMatch(/[/\\]|\.\./);
  });

  it('any name gives a safe id (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (name) => {
      const id = articleIdFromFileName(name);
      expect(isSafeFileId(id), JSON.stringify([name, id])).toBe(true);
    }), { numRuns: 2000 });
  });

  it('importing pages with hostile names writes only inside the project', async () => {
    const before = outsideProject();
    const store = await openLowdbProject(projectDir, { create: true });
    try {
      for (const name of HOSTILE_NAMES.filter((each) => each !== '')) {
        await store.saveArticle(importPage({ fileName: name, text: SEED_PAGE }, { now: () => '2026-11-22T12:00:00.000Z' }));
      }
      expect((await store.listArticles()).length).toBe(new Set(HOSTILE_NAMES.filter((each) => each !== '').map(articleIdFromFileName)).size);
    } finally {
      await store.close();
    }
    expect(outsideProject()).toEqual(before);
    for (const file of snapshot(projectDir).keys()) expect(file, file).toMatch(/^(project\.json|glossary\.json|settings\.json|\.anuvad\.lock|articles\/[^/]+\.json|docs\/.+\.json)$/);
  });
});

describe('the store refuses ids and document names that leave the folder', () => {
  const BAD_IDS = ['../../outside/secret', '../x', '..', '.', '/etc/passwd', 'a/b', 'a\\b', '.hidden', 'x\u0000y', ''];
  const BAD_DOCS = ['tm/../../x', '../x', 'alignments/..', 'a//b', '/abs', 'tm/./x', 'a/b/c/d/e', 'tm\\..\\x', ''];

  it('saveArticle, deleteArticle, saveDoc and getDoc throw bad-input and write nothing', async () => {
    const store = await openLowdbProject(projectDir, { create: true });
    const before = outsideProject();
    const article = importPage({ fileName: 'ok.txt', text: SEED_PAGE }, { now: () => 'now' });
    try {
      for (const id of BAD_IDS) {
        await expect(store.saveArticle({ ...article, id }), id).rejects.toMatchObject({ code: 'bad-input' });
        await expect(store.deleteArticle(id), id).rejects.toMatchObject({ code: 'bad-input' });
      }
      for (const name of BAD_DOCS) {
        await expect(store.saveDoc(name, { x: 1 }), name).rejects.toMatchObject({ code: 'bad-input' });
        await expect(store.getDoc(name), name).rejects.toMatchObject({ code: 'bad-input' });
      }
      expect(await store.listArticles()).toEqual([]);
    } finally {
      await store.close();
    }
    expect(outsideProject()).toEqual(before);
  });

  it('the API refuses them before the store sees them', async () => {
    const store = await openLowdbProject(projectDir, { create: true });
    const handlers = createHandlers(store);
    try {
      for (const id of ['../../outside/secret', '..', 'a/b', 'a\\b']) {
        await expect(handlers['article.get']({ id }), id).rejects.toMatchObject({ error: { code: 'bad-input' } });
      }
      for (const name of ['../../x.txt', 'a/b.txt', '..\\x.txt', '..', '/etc/passwd']) {
        await expect(handlers['article.import']({ pages: [{ name, base64: Buffer.from(SEED_PAGE).toString('base64') }] }), name).rejects.toMatchObject({ error: { code: 'bad-input' } });
      }
    } finally {
      await store.close();
    }
  });
});

describe('ids written inside project files are not followed', () => {
  it('project.json listing ../../outside/secret and /etc/passwd: ignored, nothing outside read or written', async () => {
    const store = await openLowdbProject(projectDir, { create: true });
    await store.saveArticle(importPage({ fileName: 'good.txt', text: SEED_PAGE }, { now: () => 'now' }));
    await store.close();
    const meta = JSON.parse(readFileSync(join(projectDir, 'project.json'), 'utf8')) as { articleIds: string[] };
    meta.articleIds.push('../../../outside/secret', '/etc/passwd', '..', 'articles/../../x');
    writeFileSync(join(projectDir, 'project.json'), JSON.stringify(meta));
    // Bait: a valid-looking article outside, where ../../../outside/secret.json would point from articles/.
    writeFileSync(join(baitDir, 'secret.json'), JSON.stringify({ ...importPage({ fileName: 'bait.txt', text: SEED_PAGE }, { now: () => 'now' }), id: '../../../outside/secret' }));
    const before = outsideProject();

    const reopened = await openLowdbProject(projectDir);
    try {
      expect((await reopened.listArticles()).map((article) => article.id)).toEqual(['good']);
      await reopened.saveArticle(importPage({ fileName: 'another.txt', text: SEED_PAGE }, { now: () => 'now' }));
      const saved = JSON.parse(readFileSync(join(projectDir, 'project.json'), 'utf8')) as { articleIds: string[] };
      expect(saved.articleIds.every(isSafeFileId), JSON.stringify(saved.articleIds)).toBe(true);
    } finally {
      await reopened.close();
    }
    expect(outsideProject()).toEqual(before);
  });

  it('an article file whose inner id is a path is refused, not saved under that path', async () => {
    const store = await openLowdbProject(projectDir, { create: true });
    await store.saveArticle(importPage({ fileName: 'good.txt', text: SEED_PAGE }, { now: () => 'now' }));
    await store.close();
    const file = join(projectDir, 'articles', 'good.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), id: '../../../outside/evil' }));
    const before = outsideProject();
    const reopened = await openLowdbProject(projectDir);
    try {
      expect(await reopened.listArticles()).toEqual([]);
      expect(reopened.warnings().some((warning) => warning.file === 'articles/good.json')).toBe(true);
    } finally {
      await reopened.close();
    }
    expect(outsideProject()).toEqual(before);
    expect(existsSync(join(baitDir, 'evil.json'))).toBe(false);
  });

  it('a symlinked article file pointing outside is refused: not read, not renamed, not written (issue 13)', async () => {
    const store = await openLowdbProject(projectDir, { create: true });
    const article = importPage({ fileName: 'linked.txt', text: SEED_PAGE }, { now: () => 'now' });
    await store.saveArticle(article);
    await store.close();
    const outsideCopy = join(baitDir, 'linked.json');
    writeFileSync(outsideCopy, readFileSync(join(projectDir, 'articles', 'linked.json')));
    rmSync(join(projectDir, 'articles', 'linked.json'));
    symlinkSync(outsideCopy, join(projectDir, 'articles', 'linked.json'));
    const before = outsideProject();
    const reopened = await openLowdbProject(projectDir);
    try {
      expect(await reopened.getArticle('linked')).toBeUndefined();
      const warning = reopened.warnings().find((each) => each.file === 'articles/linked.json');
      expect(warning).toMatchObject({ code: 'unsafe-path' });
      expect(warning?.detail).toContain('symbolic link leading outside the project');
      await expect(reopened.saveArticle({ ...article, title: 'changed' })).rejects.toMatchObject({ file: 'articles/linked.json' });
    } finally {
      await reopened.close();
    }
    expect(outsideProject()).toEqual(before);
    expect(lstatSync(join(projectDir, 'articles', 'linked.json')).isSymbolicLink()).toBe(true);
  });
});

describe('the CLI import keeps hostile file names inside the project', () => {
  it('anuvad import of a page named with ../ and markup writes only inside the project', async () => {
    const pages = join(root, 'pages', 'sub');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(pages, '..%2f..%2fx.txt'), SEED_PAGE);
    writeFileSync(join(pages, '<img src=x onerror=alert(1)>.txt'), SEED_PAGE);
    const before = outsideProject();
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, cwd: pages, env: { ANUVAD_HOME: join(root, 'home') } };
    const code = await main(['import', '../sub/..%2f..%2fx.txt', '<img src=x onerror=alert(1)>.txt', '--project', relative(pages, projectDir)], io);
    expect(code, stderr).toBe(0);
    const after = outsideProject();
    expect(after).toEqual(before);
    const ids = readdirSync(join(projectDir, 'articles'));
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(isSafeFileId(id.replace(/\.json$/, '')), id).toBe(true);
  });
});

describe('names inside archives are never used as paths', () => {
  it('an XLSX with parts named ../../outside/evil.txt and an absolute path imports in memory and writes nothing', async () => {
    const workbook = await exportGlossary({ schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [] }, 'xlsx');
    const absolute = join(root, 'absolute-evil.txt');
    const parts = [...unzipArchive(workbook), ['../../../outside/evil.txt', utf8('evil')], [absolute, utf8('evil')], ['..\\..\\evil.txt', utf8('evil')]] as [string, Uint8Array][];
    const before = outsideProject();
    const previous = process.cwd();
    // Relative names would resolve against the working folder: make that the project, deep inside root.
    process.chdir(projectDir);
    try {
      const parsed = await parseGlossary(zipArchive(parts), 'evil.xlsx', { now: 'now' });
      expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    } finally {
      process.chdir(previous);
    }
    expect(outsideProject()).toEqual(before);
    expect(existsSync(absolute)).toBe(false);
    expect(readdirSync(projectDir)).toEqual([]);
  });
});
