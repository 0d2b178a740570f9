/**
 * The review view's exports (export.tmx, export.xliff) from the default project samples after a
 * reviewer accepted links, checked by the real third-party tools in ../shared/interop (xmllint with
 * the LISA DTD and OASIS XSDs, translate-toolkit, OmegaT 3.6). A missing tool (exit 3) fails in
 * CI and skips with the reason elsewhere.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEROP_DIR, expectPass, runInteropScript } from '../interop-tools.ts';
import { createHandlers } from '../../services/handlers.ts';
import { sampleMemoryProject } from './sample-project.ts';
import { readTmx } from '../../articles/exchange/tmx.ts';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anuvad-review-interop-'));
const SAMPLE_002 = '002_0f029a2cb635d9d3';

let api: ReturnType<typeof createHandlers>;

beforeAll(async () => {
  const store = await sampleMemoryProject('/projects/interop', 'interop', { alignments: true });
  api = createHandlers(store, { now: () => '2026-03-01T10:00:00.000Z' });
  for (const summary of await api['align.list']({})) {
    await api['align.edit']({ articleId: summary.articleId, op: { type: 'acceptAbove', threshold: 0.9 } });
  }
});

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe.skipIf(!fs.existsSync(path.join(INTEROP_DIR, 'validate-tmx.sh')) && !process.env.CI)('review exports accepted by real third-party tools', () => {
  it('export.tmx is valid TMX 1.4b, read Hindi-first by translate-toolkit, and OmegaT inserts its pairs as 100% matches', async ({ skip }) => {
    const exported = await api['export.tmx']({});
    const file = path.join(workDir, exported.fileName);
    fs.writeFileSync(file, exported.content);
    const pairs = readTmx(exported.content, exported.fileName).pairs;
    expect(pairs.length).toBeGreaterThan(10);
    const validation = runInteropScript('validate-tmx.sh', [file]);
    expectPass(validation, skip);
    expect(validation.output).toContain(`translate-toolkit loaded ${pairs.length}/${pairs.length} units`);

    // OmegaT 3.6's text filter joins adjacent lines and does not break at the danda: one
    // single-sentence Hindi source per paragraph.
    const sources = pairs.map((pair) => pair.source).filter((source) => (source.match(/।/g) ?? []).length <= 1).slice(0, 6);
    const hindi = path.join(workDir, 'review-source.txt');
    fs.writeFileSync(hindi, `${sources.join('\n\n')}\n`);
    const roundTrip = runInteropScript('omegat-roundtrip.sh', [file, hindi]);
    expectPass(roundTrip, skip);
    expect(roundTrip.verdict).toContain(`${sources.length}/${sources.length} source lines`);
  });

  it('export.xliff gives valid XLIFF 1.2 and 2.0 with the accepted translations', async ({ skip }) => {
    for (const version of ['1.2', '2.0'] as const) {
      const exported = await api['export.xliff']({ articleId: SAMPLE_002, version });
      const file = path.join(workDir, exported.fileName);
      fs.writeFileSync(file, exported.content);
      expectPass(runInteropScript('validate-xliff.sh', [file]), skip);
    }
  });
});
