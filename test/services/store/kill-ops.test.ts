import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runKillOpsTest } from './kill-ops-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'anuvad-kill-ops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The long run is `npm run test:kill`; this keeps a small sample of multi-file stops in the suite.
it('multi-file operations stopped with SIGKILL/SIGTERM at random moments are never half-applied and lose no acknowledged operation', async () => {
  const report = await runKillOpsTest(dir, 4);
  expect(report.unparsableFiles).toEqual([]);
  expect(report.unexpectedWarnings).toEqual([]);
  expect(report.halfApplied).toEqual([]);
  expect(report.lostAcknowledged).toEqual([]);
  expect(report.survived).toBe(4);
}, 240_000);
