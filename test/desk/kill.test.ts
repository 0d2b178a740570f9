/**
 * kill -9 mid-sync: of the client (a real `anuvad desk sync` process) and of the database (every
 * PostgreSQL process). Afterwards the next sync resumes: no local edit lost, no phantom conflict,
 * and a fresh clone of the desk equals the working copy.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScaleProject } from '../../bench/scale-project.ts';
import { cloneDesk, publishProject } from '../../desk/clone.ts';
import { connectDesk } from '../../desk/connection.ts';
import { syncProject, type SyncReport } from '../../desk/sync.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { PASSWORD, startTestDesk, type TestDesk } from './desk-fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const SIZES = { articles: 150, segmentsPerArticle: 19, glossaryEntries: 100 };
let desk: TestDesk;
let work: string;
beforeAll(async () => {
  desk = await startTestDesk();
  work = mkdtempSync(join(tmpdir(), 'anuvad-desk-kill-'));
  writeScaleProject(join(work, 'origin'), SIZES);
  const origin = await openLowdbProject(join(work, 'origin'));
  await publishProject(origin, await desk.connect('lead'), desk.url);
  await origin.close();
}, 120_000);
afterAll(async () => {
  await desk?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Edits one segment of every article (a different one each round) in the copy at `dir`. */
async function editEverything(dir: string, round: number): Promise<void> {
  const store = await openLowdbProject(dir);
  const articles = await store.listArticles();
  await store.commit({
    label: 'test edits',
    articles: articles.map((article) => ({ ...article, segments: article.segments.map((s, i) => (i === 1 + (round % (article.segments.length - 1)) ? { ...s, target: `round ${round} of ${article.id}`, status: 'draft' as const } : s)) })),
  });
  await store.close();
}

const comparable = async (store: ProjectStore) => (await store.listArticles()).map((a) => ({ id: a.id, s: a.segments.map((s) => [s.id, s.target, s.status]) }));

async function sameAsFreshClone(dir: string): Promise<void> {
  const fresh = createMemoryProject({ dir: '/fresh' });
  await cloneDesk(fresh, await desk.connect('lead'), desk.url);
  const copy = await openLowdbProject(dir);
  expect(await comparable(copy)).toEqual(await comparable(fresh));
  await copy.close();
}

describe('kill -9 mid-sync', () => {
  it('of the client: the next sync resumes with nothing lost', { timeout: 120_000 }, async () => {
    const dir = join(work, 'copy-a');
    const store = await openLowdbProject(dir, { create: true });
    await cloneDesk(store, await desk.connect('lead'), desk.url);
    await store.close();
    // The kill moments are fractions of a whole sync timed in this run (shared machines vary
    // several-fold); a sync that ends before its kill halves the next delay, so some kills land mid-run.
    const runSync = () => {
      const child = spawn(process.execPath, [join(root, 'bin', 'anuvad.js'), 'desk', 'sync', dir, '--json'], {
        env: { ...process.env, ANUVAD_DESK_PASSWORD: PASSWORD }, stdio: 'ignore',
      });
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
      return { child, ended };
    };
    await editEverything(dir, 0);
    const started = Date.now();
    expect((await runSync().ended).code).toBe(0);
    const whole = Date.now() - started;
    let killedMidRun = 0;
    let round = 1;
    let delay = whole * 0.5;
    for (; round <= 8 && killedMidRun < 3; round++) {
      await editEverything(dir, round);
      const { child, ended } = runSync();
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      const { code, signal } = await ended;
      if (signal === 'SIGKILL') killedMidRun++;
      else { expect(code).toBe(0); delay /= 2; }
    }
    const lastRound = round - 1;
    expect(killedMidRun).toBeGreaterThan(0);
    const resumed = await openLowdbProject(dir);
    const before = await comparable(resumed);
    const report: SyncReport = await syncProject(resumed, await desk.connect('lead'));
    expect(report.conflicts).toEqual([]);
    // Nothing local was lost or overwritten by the resumed sync.
    expect(await comparable(resumed)).toEqual(before);
    expect(before.every((article) => article.s.some(([, target]) => target === `round ${lastRound} of ${article.id}`))).toBe(true);
    await resumed.close();
    await sameAsFreshClone(dir);
  });

  it('of PostgreSQL: the sync fails clearly, and after a restart it resumes with nothing lost', { timeout: 120_000 }, async () => {
    const dir = join(work, 'copy-b');
    const store = await openLowdbProject(dir, { create: true });
    await cloneDesk(store, await desk.connect('lead'), desk.url);
    await store.close();
    let interrupted = 0;
    for (const [round, delay] of [5, 40, 120].entries()) {
      await editEverything(dir, 10 + round);
      const copy = await openLowdbProject(dir);
      const connection = await connectDesk(desk.url, 'lead', PASSWORD);
      const running = syncProject(copy, connection).then(() => 'done', (error: Error) => error);
      await new Promise((r) => setTimeout(r, delay));
      await desk.cluster.kill9();
      const outcome = await running;
      if (outcome !== 'done') interrupted++;
      if (outcome !== 'done') expect(`${(outcome as { code?: string }).code}: ${(outcome as Error).message}`).toMatch(/^unreachable: /);
      await connection.close();
      await copy.close();
      await desk.cluster.start();
    }
    expect(interrupted).toBeGreaterThan(0);
    const copy = await openLowdbProject(dir);
    const before = await comparable(copy);
    expect((await syncProject(copy, await connectDesk(desk.url, 'lead', PASSWORD))).conflicts).toEqual([]);
    expect(await comparable(copy)).toEqual(before);
    await copy.close();
    await sameAsFreshClone(dir);
  });
});


