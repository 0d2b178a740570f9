import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runKillTest } from './kill-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'anuvad-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The full run (200 kills) is `npm run test:kill`; this keeps a small sample in the suite.
it('a writer killed with SIGKILL at random moments never leaves an unparsable file or loses an acknowledged save', async () => {
  const report = await runKillTest(dir, 8);
  expect(report.unparsableFiles).toEqual([]);
  expect(report.unexpectedWarnings).toEqual([]);
  expect(report.lostAcknowledged).toBe(0);
  expect(report.acknowledgedSaves).toBeGreaterThan(0);
  expect(report.survived).toBe(8);
}, 120_000);
