/**
 * The kill test (issue 7): a child process saves segment edits continuously and is killed with
 * SIGKILL at random moments; after each kill the project must open without warnings other than
 * the recovered stale lock, every file must parse, and no acknowledged save may be lost.
 * Used by kill.test.ts (a few kills) and by `npm run test:kill` (200 kills, prints a table).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { sampleArticle } from './store-fixtures.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Outcome of a kill run. */
export interface KillReport {
  kills: number;
  survived: number;
  /** Saves the writer confirmed before it was killed, over all kills. */
  acknowledgedSaves: number;
  /** Confirmed saves whose edit was not in the project after the kill. */
  lostAcknowledged: number;
  unparsableFiles: string[];
  unexpectedWarnings: string[];
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** Runs the child until killed after `delayMs` of editing; returns the last acknowledged edit per article and the number of acks. */
function runAndKill(dir: string, start: number, delayMs: number): Promise<{ last: Map<string, number>; count: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/services/store/kill-writer.ts'), dir, String(start)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const acked = new Map<string, number>();
    let count = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        const match = /^ack (\S+) (\d+)$/.exec(line);
        if (match) {
          acked.set(match[1], Number(match[2]));
          count++;
        }
      }
    });
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') done({ last: acked, count });
      else fail(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

/** Kills a writer `kills` times and checks the project after each kill. */
export async function runKillTest(dir: string, kills: number, random: () => number = Math.random): Promise<KillReport> {
  const setup = await openLowdbProject(dir, { create: true });
  for (const id of ['k1', 'k2', 'k3']) await setup.saveArticle(sampleArticle(id, 12));
  await setup.close();
  const report: KillReport = { kills: 0, survived: 0, acknowledgedSaves: 0, lostAcknowledged: 0, unparsableFiles: [], unexpectedWarnings: [] };
  let next = 0;
  for (let round = 0; round < kills; round++) {
    const acked = await runAndKill(dir, next, Math.floor(random() * 60));
    report.kills++;
    let ok = true;
    for (const file of jsonFiles(dir)) {
      try {
        JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        report.unparsableFiles.push(file);
        ok = false;
      }
    }
    const store = await openLowdbProject(dir);
    for (const warning of store.warnings()) {
      if (warning.code !== 'stale-lock-recovered') {
        report.unexpectedWarnings.push(`${warning.code} ${warning.file}`);
        ok = false;
      }
    }
    for (const [id, n] of acked.last) {
      const article = await store.getArticle(id);
      // Edit n went to segment 1 + n % 11 (see kill-writer.ts); it must still be there, or a later
      // (unacknowledged) edit of the same segment: newer data, not a loss.
      const target = article?.segments[1 + (n % 11)]?.target ?? '';
      const written = /^edit (\d+)$/.exec(target);
      if (!written || Number(written[1]) < n) {
        report.lostAcknowledged++;
        ok = false;
      }
    }
    report.acknowledgedSaves += acked.count;
    const highest = Math.max(next - 1, ...acked.last.values());
    next = highest + 1 + 3;
    await store.close();
    if (ok) report.survived++;
  }
  return report;
}
