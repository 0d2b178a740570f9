/** `anuvad desk …` end to end on a real PostgreSQL: init, users, publish, clone, sync, conflicts, resolve. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import { main } from '../../transports/cli/index.ts';
import { startPgCluster, type PgCluster } from './pg-cluster.ts';

const root = resolve(import.meta.dirname, '../..');
let cluster: PgCluster;
let work: string;
const SECRET = 'lead password 1';

async function anuvad(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: work,
    env: { ANUVAD_HOME: join(work, 'home'), ...env },
  });
  return { code, stdout, stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

beforeAll(async () => {
  cluster = await startPgCluster();
  work = mkdtempSync(join(tmpdir(), 'anuvad-desk-cli-'));
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('anuvad desk', () => {
  // The client URL carries a (here unused) password: it must never be written into a copy.
  const clientUrl = () => `postgresql://anuvad_desk_client:pgsecret99@127.0.0.1:${cluster.port}/desk`;

  it('init creates the schema, and a second init finds it current', async () => {
    const first = await anuvad(['desk', 'init', '--database', cluster.adminUrl, '--json']);
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toMatchObject({ from: 0, to: 1, applied: [1], clientRole: 'anuvad_desk_client' });
    expect(JSON.parse((await anuvad(['desk', 'init', '--database', cluster.adminUrl, '--json'])).stdout)).toMatchObject({ applied: [] });
  });

  it('adds users as the owner and as a lead; a translator cannot', async () => {
    expect((await anuvad(['desk', 'user', 'add', 'lead', '--role', 'lead', '--database', cluster.adminUrl], { ANUVAD_DESK_NEW_PASSWORD: SECRET })).code).toBe(0);
    const tina = await anuvad(['desk', 'user', 'add', 'tina', '--role', 'translator', '--database', clientUrl(), '--as', 'lead', '--json'], { ANUVAD_DESK_NEW_PASSWORD: 'tina password', ANUVAD_DESK_PASSWORD: SECRET });
    expect(tina.code).toBe(0);
    const refused = await anuvad(['desk', 'user', 'add', 'eve', '--role', 'lead', '--database', clientUrl(), '--as', 'tina'], { ANUVAD_DESK_NEW_PASSWORD: 'eve password', ANUVAD_DESK_PASSWORD: 'tina password' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/only a desk lead adds users/);
    const wrong = await anuvad(['desk', 'clone', '--database', clientUrl(), join(work, 'x'), '--user', 'tina'], { ANUVAD_DESK_PASSWORD: 'not it' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/wrong password/);
  });

  it('publishes, clones, syncs; a conflict prints both versions and exits 1 until resolved', async () => {
    const project = join(work, 'project');
    const samples = readdirSync(join(root, 'articles', 'samples')).filter((f) => f.endsWith('.txt')).slice(0, 2).map((f) => join(root, 'articles', 'samples', f));
    expect((await anuvad(['import', ...samples, '--project', project])).code).toBe(0);
    const published = await anuvad(['desk', 'publish', project, '--database', clientUrl(), '--user', 'lead', '--json'], { ANUVAD_DESK_PASSWORD: SECRET });
    expect(published.stderr).toBe('');
    expect(published.code).toBe(0);
    const copy = join(work, 'tina-copy');
    const cloned = await anuvad(['desk', 'clone', '--database', clientUrl(), copy, '--user', 'tina', '--json'], { ANUVAD_DESK_PASSWORD: 'tina password' });
    expect(cloned.code).toBe(0);
    const { articles } = JSON.parse(cloned.stdout) as { articles: number };
    expect(articles).toBeGreaterThanOrEqual(2);
    for (const file of filesUnder(copy)) expect(readFileSync(file, 'utf8')).not.toMatch(/pgsecret99|tina password/);

    const edit = async (dir: string, target: string) => {
      const store = await openLowdbProject(dir);
      const [article] = await store.listArticles();
      article.segments[1] = { ...article.segments[1], target, status: 'translated' };
      await store.saveArticle(article);
      await store.close();
      return article.segments[1].id;
    };
    const segmentId = await edit(copy, 'Tina’s English');
    await edit(project, 'The lead’s English');
    expect((await anuvad(['desk', 'sync', copy, '--json'], { ANUVAD_DESK_PASSWORD: 'tina password' })).code).toBe(0);
    const conflicted = await anuvad(['desk', 'sync', project, '--json'], { ANUVAD_DESK_PASSWORD: SECRET });
    expect(conflicted.code).toBe(1);
    const report = JSON.parse(conflicted.stdout) as { conflicts: { id: string; mine: { target: string }; theirs: { target: string } }[] };
    expect(report.conflicts).toEqual([expect.objectContaining({ id: segmentId, mine: expect.objectContaining({ target: 'The lead’s English' }), theirs: expect.objectContaining({ target: 'Tina’s English' }) })]);
    const text = await anuvad(['desk', 'sync', project], { ANUVAD_DESK_PASSWORD: SECRET });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`conflict: segment ${segmentId}`);
    expect(text.stdout).toContain('mine:   "The lead’s English"');
    expect(text.stdout).toContain('theirs: "Tina’s English"');
    expect((await anuvad(['desk', 'resolve', project, segmentId, '--keep', 'mine'])).code).toBe(0);
    expect((await anuvad(['desk', 'sync', project], { ANUVAD_DESK_PASSWORD: SECRET })).code).toBe(0);
    expect((await anuvad(['desk', 'sync', copy], { ANUVAD_DESK_PASSWORD: 'tina password' })).code).toBe(0);
    const store = await openLowdbProject(copy);
    expect((await store.listArticles())[0].segments[1].target).toBe('The lead’s English');
    await store.close();
  });

  it('says clearly when the password is missing or the folder is not a copy', async () => {
    const missing = await anuvad(['desk', 'sync', join(work, 'project')]);
    expect(missing.stderr).toMatch(/ANUVAD_DESK_PASSWORD/);
    const plain = join(work, 'plain');
    await anuvad(['import', join(root, 'articles', 'samples', readdirSync(join(root, 'articles', 'samples')).find((f) => f.endsWith('.txt'))!), '--project', plain]);
    const notCopy = await anuvad(['desk', 'sync', plain], { ANUVAD_DESK_PASSWORD: 'x' });
    expect(notCopy.code).toBe(2);
    expect(notCopy.stderr).toMatch(/not a copy of a desk/);
  });
});
