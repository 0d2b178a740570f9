/**
 * `npm run test:kill [-- KILLS [OPS_KILLS]]`: the long kill tests with their tables, for the
 * README's Reliability section: single saves (default 200 SIGKILLs) and multi-file operations
 * (default 100 stops, SIGKILL or SIGTERM). Exit 1 when any stop lost data, half-applied an
 * operation or left a broken file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKillTest } from './kill-harness.ts';
import { runKillOpsTest } from './kill-ops-harness.ts';

const kills = Number(process.argv[2] ?? 200);
const opsKills = Number(process.argv[3] ?? 100);

function table(title: string, rows: [string, string | number][]): void {
  console.log(`| ${title} | result |\n|---|---|`);
  for (const [label, value] of rows) console.log(`| ${label} | ${value} |`);
  console.log('');
}

let failed = false;
if (kills > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'anuvad-kill-'));
  const started = Date.now();
  try {
    const report = await runKillTest(dir, kills);
    table('kill test: single saves', [
      ['SIGKILLs', report.kills],
      ['kills survived (project opens, every file parses, no warning but the stale lock)', report.survived],
      ['acknowledged saves before the kills', report.acknowledgedSaves],
      ['acknowledged saves lost', report.lostAcknowledged],
      ['unparsable files', report.unparsableFiles.length],
      ['unexpected warnings', report.unexpectedWarnings.length],
      ['time', `${((Date.now() - started) / 1000).toFixed(0)} s`],
    ]);
    if (report.unparsableFiles.length > 0 || report.unexpectedWarnings.length > 0) console.log(report.unparsableFiles, report.unexpectedWarnings);
    failed ||= report.survived !== report.kills || report.lostAcknowledged !== 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (opsKills > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'anuvad-kill-ops-'));
  const started = Date.now();
  try {
    const report = await runKillOpsTest(dir, opsKills);
    table('kill test: multi-file operations', [
      ['stops (SIGKILL / SIGTERM)', `${report.kills} (${report.sigkills} / ${report.sigterms})`],
      ['stops survived (opens, every file parses, nothing half-applied, nothing acknowledged lost)', report.survived],
      ['acknowledged operations', Object.entries(report.acknowledged).map(([kind, n]) => `${kind} ${n}`).join(', ')],
      ['interrupted operations completed on open (rolled forward)', report.rolledForward],
      ['interrupted operations undone on open (rolled back)', report.rolledBack],
      ['half-applied operations', report.halfApplied.length],
      ['acknowledged operations lost', report.lostAcknowledged.length],
      ['unparsable files', report.unparsableFiles.length],
      ['unexpected warnings', report.unexpectedWarnings.length],
      ['time', `${((Date.now() - started) / 1000).toFixed(0)} s`],
    ]);
    for (const line of [...report.halfApplied, ...report.lostAcknowledged, ...report.unparsableFiles, ...report.unexpectedWarnings].slice(0, 20)) console.log(line);
    failed ||= report.survived !== report.kills;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exitCode = failed ? 1 : 0;
