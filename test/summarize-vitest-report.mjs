// Prints the plain closing line "N passed, N failed" from a vitest JSON report; exits 1 when anything failed.
// A test file that fails to load (a crash during collection) has no failed test of its own: it counts as one failed.
import { readFileSync } from 'node:fs';

/** The counts for a parsed vitest JSON report. */
export function summarize(report) {
  const broken = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')).length;
  const failed = report.numFailedTests + broken;
  return { passed: report.numPassedTests, failed, ok: failed === 0 && report.numTotalTests > 0 };
}

if (process.argv[2]) {
  const { passed, failed, ok } = summarize(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}
