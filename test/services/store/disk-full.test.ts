/**
 * Real ENOSPC and EROFS, on a tiny tmpfs. Needs root on Linux (mount); skipped elsewhere, where
 * lowdb-store.test.ts still covers a failing write by making the temp path unwritable.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { sampleArticle } from './store-fixtures.ts';

const mountPoint = mkdtempSync(join(tmpdir(), 'anuvad-tinyfs-'));
const mounted = process.platform === 'linux' && process.getuid?.() === 0
  && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint]).status === 0;

afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

function hugeArticle(id: string) {
  const article = sampleArticle(id);
  article.segments[1].target = 'x'.repeat(400 * 1024);
  return article;
}

describe.skipIf(!mounted)('store on a full or read-only disk (tmpfs)', () => {
  const dir = join(mountPoint, 'project');
  beforeAll(async () => {
    const store = await openLowdbProject(dir, { create: true });
    await store.saveArticle(sampleArticle('a1'));
    await store.close();
  });

  it('ENOSPC: the save fails with an io error saying the disk is full; the old file and the in-memory state stay; a smaller save then works', async () => {
    const store = await openLowdbProject(dir);
    const before = readFileSync(join(dir, 'articles/a1.json'), 'utf8');
    const error = await store.saveArticle(hugeArticle('a1')).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'io', file: 'articles/a1.json' });
    expect(String((error as Error).message)).toMatch(/disk is full.*ENOSPC/);
    expect(readFileSync(join(dir, 'articles/a1.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'articles'))).toEqual(['a1.json']);
    expect((await store.getArticle('a1'))!.segments[1].target).toBe('');
    await expect(store.saveArticle(hugeArticle('a2'))).rejects.toMatchObject({ code: 'io' });
    expect(existsSync(join(dir, 'articles/a2.json'))).toBe(false);
    expect((await store.meta()).articleIds).toEqual(['a1']);
    const edited = sampleArticle('a1');
    edited.segments[1].target = 'small edit';
    await store.saveArticle(edited);
    expect(JSON.parse(readFileSync(join(dir, 'articles/a1.json'), 'utf8')).segments[1].target).toBe('small edit');
    await store.close();
  });

  it('ENOSPC in the middle of a multi-file operation (issue 13): nothing changed, no debris, the error says so', async () => {
    const store = await openLowdbProject(dir);
    const before = readFileSync(join(dir, 'articles/a1.json'), 'utf8');
    const edited = sampleArticle('a1');
    edited.segments[1].target = 'first file fits';
    // a1 fits; the big a3 does not: before the journal, a1 would have been rewritten alone.
    const error = await store.commit({ label: 'test batch', articles: [edited, hugeArticle('a3')] }).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'io' });
    expect(String((error as Error).message)).toMatch(/disk is full.*nothing was changed/);
    expect(readFileSync(join(dir, 'articles/a1.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'articles'))).toEqual(['a1.json']);
    expect(readdirSync(dir).filter((name) => name.includes('journal'))).toEqual([]);
    expect((await store.getArticle('a1'))!.segments[1].target).toBe('small edit');
    await store.close();
  });

  it('EROFS: a read-only folder gives an io error and changes nothing; after remounting read-write the same save works', async () => {
    const store = await openLowdbProject(dir);
    const before = readFileSync(join(dir, 'articles/a1.json'), 'utf8');
    expect(spawnSync('mount', ['-o', 'remount,ro', mountPoint]).status).toBe(0);
    const edited = sampleArticle('a1');
    edited.segments[2].target = 'written later';
    try {
      await expect(store.saveArticle(edited)).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('EROFS') });
      expect(readFileSync(join(dir, 'articles/a1.json'), 'utf8')).toBe(before);
    } finally {
      spawnSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
    await store.saveArticle(edited);
    expect(JSON.parse(readFileSync(join(dir, 'articles/a1.json'), 'utf8')).segments[2].target).toBe('written later');
    await store.close();
  });
});
