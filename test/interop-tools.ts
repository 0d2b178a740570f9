/**
 * Running the real third-party tools in ../shared/interop from tests: the scripts print a
 * `VERDICT:` line and exit 3 when a tool they need is missing. A missing tool fails under CI and
 * skips with the reason on a developer machine.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** The shared read-only folder (seeds, interop scripts, schemas): $ANUVAD_SHARED or ../shared beside the repo. */
export const SHARED_DIR = process.env.ANUVAD_SHARED ?? path.resolve(REPO_ROOT, '../shared');
/** The interop scripts and their samples. */
export const INTEROP_DIR = path.join(SHARED_DIR, 'interop');

/** One script run: exit code (-1 when killed or not started), stdout + stderr, last VERDICT line. */
export interface ScriptRun {
  code: number;
  output: string;
  verdict: string;
}

/** Runs an interop script with extra environment variables and collects its verdict. */
export function runInteropScript(script: string, args: string[], env: Record<string, string> = {}): ScriptRun {
  const run = spawnSync(path.join(INTEROP_DIR, script), args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  return { code: run.status ?? -1, output, verdict: output.split('\n').filter((line) => line.startsWith('VERDICT:')).pop() ?? '(no verdict)' };
}

/** A tool is missing: throws `ciMessage` under CI, otherwise skips the test with the reason. */
export function failInCiElseSkip(reason: string, skip: (reason: string) => void, ciMessage = reason): void {
  if (process.env.CI) throw new Error(ciMessage);
  skip(reason);
}

/** Skips the test when the script found a tool missing (exit 3) outside CI; returns true when it did. */
export function skippedForMissingTool(run: ScriptRun, skip: (reason: string) => void): boolean {
  if (run.code !== 3 || process.env.CI) return false;
  skip(`interop tool missing: ${run.verdict}`);
  return true;
}

/** Asserts a PASS; a missing dependency (exit 3) fails in CI and skips elsewhere. */
export function expectPass(run: ScriptRun, skip: (reason: string) => void): void {
  if (skippedForMissingTool(run, skip)) return;
  expect(run.code, `${run.verdict}\n${run.output}`).toBe(0);
  expect(run.verdict).toMatch(/^VERDICT: PASS/);
}
