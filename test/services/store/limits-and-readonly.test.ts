/**
 * Issue 13, items 5 and 6. A 5,000-level nested article file used to disable the whole project
 * (stack overflow in list, get, exports and every save) and was never quarantined; a read-only
 * folder gave an EROFS stack trace; a lock from another host made the project read-only for ever
 * without saying how to clear it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../services/handlers.ts';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { LOCK_FILE } from '../../../services/store/project-lock.ts';
import { jsonNestingDepth, MAX_JSON_DEPTH } from '../../../services/store/project-files.ts';
import { main } from '../../../transports/cli/index.ts';
import { sampleArticle } from './store-fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'anuvad-limits-')), 'project');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

async function projectWithArticles(...ids: string[]): Promise<void> {
  const store = await openLowdbProject(dir, { create: true });
  for (const id of ids) await store.saveArticle(sampleArticle(id));
  await store.close();
}

describe('limits at the storage layer', () => {
  it('a 5,000-level nested article is quarantined with a warning; list, get, summaries, exports and saves work', async () => {
    await projectWithArticles('a1', 'deep');
    // Built as text: the test itself could not stringify such a value.
    const text = readFileSync(join(dir, 'articles/deep.json'), 'utf8').replace('"removed": [', `"removed": [${'['.repeat(5000)}${']'.repeat(5000)},`);
    writeFileSync(join(dir, 'articles/deep.json'), text);
    const store = await openLowdbProject(dir);
    try {
      const warning = store.warnings().find((each) => each.file === 'articles/deep.json');
      expect(warning).toMatchObject({ code: 'over-limit', movedTo: expect.stringMatching(/^articles\/deep\.json\.corrupt-/) });
      expect(warning?.detail).toContain(`nested more than ${MAX_JSON_DEPTH} levels`);
      expect(existsSync(join(dir, warning!.movedTo!))).toBe(true);
      const api = createHandlers(store);
      expect((await api['article.list']({})).map((each) => each.id)).toEqual(['a1']);
      expect((await api['article.summaries']({})).articles).toHaveLength(1);
      expect((await api['article.get']({ id: 'a1' })).id).toBe('a1');
      await store.saveArticle({ ...sampleArticle('a1'), title: 'saved' });
      expect((await store.getArticle('a1'))?.title).toBe('saved');
    } finally {
      await store.close();
    }
  });

  it('the nesting count skips brackets inside strings and stops past the limit', () => {
    expect(jsonNestingDepth('{"a":"[[[[{{{{","b":[1,[2]]}')).toBe(3);
    expect(jsonNestingDepth('"\\"[["')).toBe(0);
    expect(jsonNestingDepth('['.repeat(10_000), 300)).toBe(301);
  });

  it('dangling ids in project.json are pruned with one summarised warning', async () => {
    await projectWithArticles('a1', 'a2', 'a3', 'a4');
    for (const id of ['a2', 'a3', 'a4']) rmSync(join(dir, `articles/${id}.json`));
    const store = await openLowdbProject(dir);
    try {
      const missing = store.warnings().filter((each) => each.code === 'missing-file');
      expect(missing).toHaveLength(1);
      expect(missing[0]).toMatchObject({ file: 'project.json', detail: expect.stringContaining('3 articles (a2, a3, a4)') });
      expect(JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')).articleIds).toEqual(['a1']);
    } finally {
      await store.close();
    }
  });
});

describe('read-only opening', () => {
  it('a lock from another host: read-only, the warning names the lock file and how to clear it', async () => {
    await projectWithArticles('a1');
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 4242, hostname: 'desk-pc-7', startedAt: '2026-01-01T00:00:00.000Z' }));
    const store = await openLowdbProject(dir);
    try {
      expect(store.readOnly).toBe(true);
      const warning = store.warnings().find((each) => each.code === 'open-elsewhere');
      expect(warning?.detail).toContain('desk-pc-7');
      expect(warning?.detail).toContain(`delete the lock file ${join(dir, LOCK_FILE)}`);
      await expect(store.saveArticle(sampleArticle('a2'))).rejects.toMatchObject({ code: 'read-only', message: expect.stringContaining(`delete ${join(dir, LOCK_FILE)}`) });
    } finally {
      await store.close();
    }
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir, env: { ANUVAD_HOME: join(dir, '..', 'home') } };
    writeFileSync(join(dir, '..', 'p.txt'), 'समाचार\n\nकिम जोंग उन ने कहा।\n');
    expect(await main(['import', join(dir, '..', 'p.txt'), '--project', dir], io)).toBe(2);
    expect(stderr).toContain(`delete ${join(dir, LOCK_FILE)}`);
  });

  const canMount = process.platform === 'linux' && process.getuid?.() === 0;
  it.skipIf(!canMount)('a read-only file system (EROFS): opens read-only with a clear warning, reads work, writes say why', async () => {
    const mountPoint = join(dir, '..', 'ro');
    spawnSync('mkdir', ['-p', mountPoint]);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]).status).toBe(0);
    try {
      const project = join(mountPoint, 'project');
      const first = await openLowdbProject(project, { create: true });
      await first.saveArticle(sampleArticle('a1'));
      await first.close();
      expect(spawnSync('mount', ['-o', 'remount,ro', mountPoint]).status).toBe(0);
      const store = await openLowdbProject(project);
      try {
        expect(store.readOnly).toBe(true);
        expect(store.warnings()).toContainEqual(expect.objectContaining({ code: 'read-only-folder', detail: expect.stringContaining('EROFS') }));
        expect((await store.getArticle('a1'))?.id).toBe('a1');
        await expect(store.saveArticle(sampleArticle('a2'))).rejects.toMatchObject({ code: 'read-only', message: expect.stringContaining('read-only (EROFS)') });
      } finally {
        await store.close();
      }
      expect(readdirSync(join(project, 'articles'))).toEqual(['a1.json']);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});
