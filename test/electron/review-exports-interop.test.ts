/**
 * The review view's exports (export.tmx, export.xliff) from the default project samples after a
 * reviewer accepted links, checked by the real third-party tools in ../shared/interop (xmllint with
 * the LISA DTD and OASIS XSDs, translate-toolkit, OmegaT 3.6). A missing tool (exit 3) fails in
 * CI and skips with the reason elsewhere.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers.ts';
import { createMemoryProject } from '../../electron/store/memory-store.ts';
import { APP_ROOT, seedDefaultGlossary, seedSampleArticles } from '../../electron/default-project.ts';
import { seedSampleAlignments } from '../../electron/seed-sample-alignments.ts';
import { readTmx } from '../../articles/exchange/tmx.ts';

const interop = path.join(process.env.ANUVAD_SHARED ?? path.resolve(APP_ROOT, '../shared'), 'interop');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anuvad-review-interop-'));
const SAMPLE_002 = '002_0f029a2cb635d9d3';

interface ScriptRun {
  code: number;
  output: string;
  verdict: string;
}

function runScript(script: string, args: string[]): ScriptRun {
  try {
    const output = execFileSync(path.join(interop, script), args, { encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, output, verdict: lastVerdict(output) };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    const output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
    return { code: failed.status ?? -1, output, verdict: lastVerdict(output) };
  }
}

function lastVerdict(output: string): string {
  return output.split('\n').filter((line) => line.startsWith('VERDICT:')).pop() ?? '(no verdict)';
}

function expectPass(run: ScriptRun, skip: (reason: string) => void): void {
  if (run.code === 3 && !process.env.CI) {
    skip(`interop tool missing: ${run.verdict}`);
    return;
  }
  expect(run.code, `${run.verdict}\n${run.output}`).toBe(0);
  expect(run.verdict).toMatch(/^VERDICT: PASS/);
}

let api: ReturnType<typeof createHandlers>;

beforeAll(async () => {
  const store = createMemoryProject({ dir: '/projects/interop', name: 'interop' });
  const context = { store, appRoot: APP_ROOT, now: () => new Date('2026-01-01T00:00:00Z') };
  await seedSampleArticles(context);
  await seedDefaultGlossary(context);
  await seedSampleAlignments(context);
  api = createHandlers(store, { now: () => '2026-03-01T10:00:00.000Z' });
  for (const summary of await api['align.list']({})) {
    await api['align.edit']({ articleId: summary.articleId, op: { type: 'acceptAbove', threshold: 0.9 } });
  }
});

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe.skipIf(!fs.existsSync(path.join(interop, 'validate-tmx.sh')) && !process.env.CI)('review exports accepted by real third-party tools', () => {
  it('export.tmx is valid TMX 1.4b, read Hindi-first by translate-toolkit, and OmegaT inserts its pairs as 100% matches', async ({ skip }) => {
    const exported = await api['export.tmx']({});
    const file = path.join(workDir, exported.fileName);
    fs.writeFileSync(file, exported.content);
    const pairs = readTmx(exported.content, exported.fileName).pairs;
    expect(pairs.length).toBeGreaterThan(10);
    const validation = runScript('validate-tmx.sh', [file]);
    expectPass(validation, skip);
    expect(validation.output).toContain(`translate-toolkit loaded ${pairs.length}/${pairs.length} units`);

    // OmegaT 3.6's text filter joins adjacent lines and does not break at the danda: one
    // single-sentence Hindi source per paragraph.
    const sources = pairs.map((pair) => pair.source).filter((source) => (source.match(/।/g) ?? []).length <= 1).slice(0, 6);
    const hindi = path.join(workDir, 'review-source.txt');
    fs.writeFileSync(hindi, `${sources.join('\n\n')}\n`);
    const roundTrip = runScript('omegat-roundtrip.sh', [file, hindi]);
    expectPass(roundTrip, skip);
    expect(roundTrip.verdict).toContain(`${sources.length}/${sources.length} source lines`);
  });

  it('export.xliff gives valid XLIFF 1.2 and 2.0 with the accepted translations', async ({ skip }) => {
    for (const version of ['1.2', '2.0'] as const) {
      const exported = await api['export.xliff']({ articleId: SAMPLE_002, version });
      const file = path.join(workDir, exported.fileName);
      fs.writeFileSync(file, exported.content);
      expectPass(runScript('validate-xliff.sh', [file]), skip);
    }
  });
});
