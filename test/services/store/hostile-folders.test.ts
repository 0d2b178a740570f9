/**
 * Issue 13, item 4 (containment): a symlinked `articles/` folder used to make the store rename
 * files outside the project to `*.corrupt-…` on open and write article JSON over them on import;
 * `articles` as a symlink loop or a plain file gave a raw stack trace. Each test keeps a bait folder
 * beside the project and checks that nothing in it changed.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { main } from '../../../transports/cli/index.ts';
import { sampleArticle } from './store-fixtures.ts';

let root: string;
let dir: string;
let bait: string;

/** Every file under `folder` with its size, mtime and content. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else out[relative(folder, full)] = `${info.size}:${info.mtimeMs}:${readFileSync(full, 'utf8')}`;
    }
  };
  walk(folder);
  return out;
}

async function projectWithArticles(...ids: string[]): Promise<void> {
  const store = await openLowdbProject(dir, { create: true });
  for (const id of ids) await store.saveArticle(sampleArticle(id));
  await store.close();
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'anuvad-hostile-'));
  dir = join(root, 'project');
  bait = join(root, 'outside');
  mkdirSync(bait);
  // What the outside folder holds: a file with an article's name and one that is not valid JSON.
  writeFileSync(join(bait, 'a1.json'), 'precious, not JSON');
  writeFileSync(join(bait, 'notes.json'), '{"mine": true}');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a symbolic link leading outside the project', () => {
  it('articles/ linked outside: opens read-only with a clear warning; nothing outside is renamed, read as an article or written', async () => {
    await projectWithArticles('a1');
    rmSync(join(dir, 'articles'), { recursive: true });
    symlinkSync(bait, join(dir, 'articles'));
    const before = snapshot(bait);
    const store = await openLowdbProject(dir);
    try {
      expect(store.readOnly).toBe(true);
      const warning = store.warnings().find((each) => each.file === 'articles');
      expect(warning).toMatchObject({ code: 'unsafe-path' });
      expect(warning?.detail).toContain(`symbolic link leading outside the project (to ${bait})`);
      expect(await store.listArticles()).toEqual([]);
      await expect(store.saveArticle(sampleArticle('a2'))).rejects.toMatchObject({ code: 'read-only', message: expect.stringContaining('articles is a symbolic link leading outside') });
    } finally {
      await store.close();
    }
    expect(snapshot(bait)).toEqual(before);
    expect(readdirSync(bait).sort()).toEqual(['a1.json', 'notes.json']);
  });

  it('the CLI import into that project exits 2 naming the link, and writes nothing outside', async () => {
    await projectWithArticles('a1');
    rmSync(join(dir, 'articles'), { recursive: true });
    symlinkSync(bait, join(dir, 'articles'));
    const page = join(root, 'story.txt');
    writeFileSync(page, 'समाचार\n\nकिम जोंग उन ने कहा।\n');
    const before = snapshot(bait);
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, cwd: root, env: { ANUVAD_HOME: join(root, 'home') } };
    const code = await main(['import', page, '--project', dir], io);
    expect(code).toBe(2);
    expect(stderr).toContain('articles is a symbolic link leading outside the project');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(bait)).toEqual(before);
  });

  it('docs/ linked outside: refused the same way', async () => {
    await projectWithArticles('a1');
    symlinkSync(bait, join(dir, 'docs'));
    const before = snapshot(bait);
    const store = await openLowdbProject(dir);
    try {
      expect(store.readOnly).toBe(true);
      expect(store.warnings()).toContainEqual(expect.objectContaining({ code: 'unsafe-path', file: 'docs' }));
      await expect(store.saveDoc('notes', { x: 1 })).rejects.toMatchObject({ code: 'read-only' });
    } finally {
      await store.close();
    }
    expect(snapshot(bait)).toEqual(before);
  });

  it('glossary.json linked to a file outside: not read, not replaced; the link stays', async () => {
    await projectWithArticles('a1');
    rmSync(join(dir, 'glossary.json'), { force: true });
    symlinkSync(join(bait, 'notes.json'), join(dir, 'glossary.json'));
    const before = snapshot(bait);
    const store = await openLowdbProject(dir);
    try {
      expect(store.readOnly).toBe(false);
      expect(store.warnings()).toContainEqual(expect.objectContaining({ code: 'unsafe-path', file: 'glossary.json' }));
      await expect(store.saveGlossary({ schemaVersion: 1, entries: [] })).rejects.toMatchObject({ file: 'glossary.json' });
      expect((await store.getArticle('a1'))?.id).toBe('a1');
    } finally {
      await store.close();
    }
    expect(snapshot(bait)).toEqual(before);
    expect(lstatSync(join(dir, 'glossary.json')).isSymbolicLink()).toBe(true);
  });

  it('a link that stays inside the project is followed as before', async () => {
    await projectWithArticles('a1');
    mkdirSync(join(dir, 'real-articles'));
    for (const name of readdirSync(join(dir, 'articles'))) writeFileSync(join(dir, 'real-articles', name), readFileSync(join(dir, 'articles', name)));
    rmSync(join(dir, 'articles'), { recursive: true });
    symlinkSync(join(dir, 'real-articles'), join(dir, 'articles'));
    const store = await openLowdbProject(dir);
    try {
      expect(store.readOnly).toBe(false);
      expect((await store.listArticles()).map((article) => article.id)).toEqual(['a1']);
      await store.saveArticle(sampleArticle('a2'));
    } finally {
      await store.close();
    }
    expect(readdirSync(join(dir, 'real-articles')).sort()).toEqual(['a1.json', 'a2.json']);
  });
});

describe('loops and wrong file types are clear errors, not stack traces', () => {
  it('articles/ as a symbolic link loop', async () => {
    await projectWithArticles('a1');
    rmSync(join(dir, 'articles'), { recursive: true });
    symlinkSync(join(dir, 'articles'), join(dir, 'articles'));
    const store = await openLowdbProject(dir);
    try {
      expect(store.readOnly).toBe(true);
      expect(store.warnings()).toContainEqual(expect.objectContaining({ code: 'unsafe-path', file: 'articles', detail: expect.stringContaining('symbolic link loop') }));
    } finally {
      await store.close();
    }
  });

  it('articles as a plain file', async () => {
    await projectWithArticles('a1');
    rmSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, 'articles'), 'not a folder');
    const store = await openLowdbProject(dir);
    try {
      expect(store.readOnly).toBe(true);
      expect(store.warnings()).toContainEqual(expect.objectContaining({ code: 'unsafe-path', file: 'articles', detail: expect.stringContaining('is a file, where the project needs a folder') }));
    } finally {
      await store.close();
    }
    expect(readFileSync(join(dir, 'articles'), 'utf8')).toBe('not a folder');
  });

  it('an article file that is a folder: reported, the other articles open and save', async () => {
    await projectWithArticles('a1', 'a2');
    rmSync(join(dir, 'articles', 'a2.json'));
    mkdirSync(join(dir, 'articles', 'a2.json'));
    const store = await openLowdbProject(dir);
    try {
      expect(store.readOnly).toBe(false);
      expect(store.warnings()).toContainEqual(expect.objectContaining({ code: 'unsafe-path', file: 'articles/a2.json', detail: expect.stringContaining('is a folder') }));
      await store.saveArticle({ ...sampleArticle('a1'), title: 'changed' });
      expect((await store.getArticle('a1'))?.title).toBe('changed');
    } finally {
      await store.close();
    }
  });

  it('a project path that is a file is refused with a clear message', async () => {
    writeFileSync(join(root, 'plain'), 'x');
    await expect(openLowdbProject(join(root, 'plain'), { create: true })).rejects.toMatchObject({ code: 'bad-input', message: expect.stringContaining('is a file, not a project folder') });
  });
});
