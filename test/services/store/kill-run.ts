/**
 * `npm run test:kill [-- KILLS]`: the long kill test (default 200 kills) with its table, for the
 * README's Reliability section. Exit 1 when any kill lost data or left a broken file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKillTest } from './kill-harness.ts';

const kills = Number(process.argv[2] ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'anuvad-kill-'));
const started = Date.now();
try {
  const report = await runKillTest(dir, kills);
  const rows: [string, string | number][] = [
    ['SIGKILLs', report.kills],
    ['kills survived (project opens, every file parses, no warning but the stale lock)', report.survived],
    ['acknowledged saves before the kills', report.acknowledgedSaves],
    ['acknowledged saves lost', report.lostAcknowledged],
    ['unparsable files', report.unparsableFiles.length],
    ['unexpected warnings', report.unexpectedWarnings.length],
    ['time', `${((Date.now() - started) / 1000).toFixed(0)} s`],
  ];
  console.log('| kill test | result |\n|---|---|');
  for (const [label, value] of rows) console.log(`| ${label} | ${value} |`);
  if (report.unparsableFiles.length > 0 || report.unexpectedWarnings.length > 0) console.log(report.unparsableFiles, report.unexpectedWarnings);
  process.exitCode = report.survived === report.kills && report.lostAcknowledged === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
