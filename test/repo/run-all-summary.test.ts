// test/run-all.sh's closing line: a file that crashes while loading counts as a failure (issue 10, item 8).
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { summarize } from '../summarize-vitest-report.mjs';

const file = (status: string, assertions: string[]) => ({ status, assertionResults: assertions.map((s) => ({ status: s })) });

describe('run-all summary line', () => {
  it('counts failed tests', () => {
    expect(summarize({ numPassedTests: 3, numFailedTests: 1, numTotalTests: 4, testResults: [file('failed', ['passed', 'failed'])] })).toEqual({ passed: 3, failed: 1, ok: false });
  });
  it('counts a file that failed to load, with no failed test of its own, as one failed', () => {
    expect(summarize({ numPassedTests: 1162, numFailedTests: 0, numTotalTests: 1162, testResults: [file('passed', ['passed']), file('failed', [])] })).toEqual({ passed: 1162, failed: 1, ok: false });
  });
  it('is ok only when something ran and nothing failed', () => {
    expect(summarize({ numPassedTests: 0, numFailedTests: 0, numTotalTests: 0, testResults: [] }).ok).toBe(false);
    expect(summarize({ numPassedTests: 5, numFailedTests: 0, numTotalTests: 5, testResults: [file('passed', ['passed'])] }).ok).toBe(true);
  });
});
