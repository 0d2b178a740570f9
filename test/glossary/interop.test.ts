/**
 * Glossary exports checked by the real clients in ../shared/interop: translate-toolkit (CSV reader,
 * csv2tbx, TBX reader), OmegaT 3.6's own glossary loader and matcher, and, when the LTAC schemas
 * are available (TBX_SCHEMAS), the TBX v3 RELAX NG + TBX-Basic Schematron. A missing tool fails
 * under CI and skips with the reason elsewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTEROP_DIR, SHARED_DIR, failInCiElseSkip, runInteropScript } from '../interop-tools.ts';
import { exportGlossary, type ExportOptions, type GlossaryFormat } from '../../glossary/formats/index.ts';
import type { Glossary } from '../../glossary/model.ts';
import { fixtureGlossary } from './formats.fixture.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const hindiSample = path.join(INTEROP_DIR, 'samples/good/news-hi.txt');
const python = process.env.INTEROP_PYTHON ?? '/usr/bin/python3';
const omegatJar = process.env.OMEGAT_JAR ?? '/usr/share/omegat/OmegaT.jar';
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anuvad-glossary-interop-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** The interop tools that are not installed on this machine. */
const missingTools = [
  fs.existsSync(path.join(INTEROP_DIR, 'omegat-glossary.sh')) ? '' : `interop scripts (${INTEROP_DIR})`,
  succeeds('xmllint', ['--version']) ? '' : 'xmllint (apt-get install libxml2-utils)',
  succeeds(python, ['-c', 'import translate']) ? '' : `translate-toolkit for ${python} (apt-get install translate-toolkit)`,
  succeeds('java', ['-version']) && fs.existsSync(omegatJar) ? '' : `java + ${omegatJar} (apt-get install omegat)`,
].filter(Boolean);

/** Skips (developer machine) or fails (CI) when a tool is missing; returns true when the test may run. */
function toolsReady(skip: (note: string) => void): boolean {
  if (missingTools.length === 0) return true;
  const reason = `interop tools missing: ${missingTools.join('; ')}`;
  failInCiElseSkip(reason, skip, `${reason} (CI must install them: ${path.join(INTEROP_DIR, 'install-deps.sh')})`);
  return false;
}

async function exportTo(name: string, format: GlossaryFormat, options: ExportOptions = {}): Promise<string> {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, await exportGlossary(fixtureGlossary, format, options));
  return file;
}

const allForbidden = [...new Set(fixtureGlossary.entries.flatMap((entry) => entry.forbidden))].join('|');

describe('glossary exports accepted by real translation tools', () => {
  it('CSV: translate-toolkit reads every row by its source/target header, csv2tbx converts them, OmegaT loads it', async ({ skip }) => {
    if (!toolsReady(skip)) return;
    const run = runInteropScript('validate-glossary-csv.sh', [await exportTo('glossary.csv', 'csv')]);
    expect(run.code, run.output).toBe(0);
    expect(run.verdict).toBe(`VERDICT: PASS validate-glossary-csv: ${path.join(workDir, 'glossary.csv')}: translate-toolkit read ${fixtureGlossary.entries.length} entries, csv2tbx wrote ${fixtureGlossary.entries.length}, OmegaT read it`);
  });

  it('OmegaT text: OmegaT reads every line, offers no forbidden rendering, and matches terms in Hindi text', async ({ skip }) => {
    if (!toolsReady(skip)) return;
    const file = await exportTo('glossary.txt', 'omegat');
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n').length;
    const csvCheck = runInteropScript('validate-glossary-csv.sh', [file]);
    expect(csvCheck.code, csvCheck.output).toBe(0);
    expect(csvCheck.verdict).toContain(`OmegaT read all ${lines} tab-separated entries`);
    const run = runInteropScript('omegat-glossary.sh', [file, hindiSample], { FORBIDDEN: `Kim Jong-un|${allForbidden}` });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/pane shows: किम जोंग[^\n]* => Kim Jong Un/);
    expect(run.output).toContain('pane shows: मॉस्को => Moscow');
  });

  it('TBX 2008 for OmegaT (*.omegat.tbx): OmegaT reads it and offers no forbidden rendering', async ({ skip }) => {
    if (!toolsReady(skip)) return;
    const file = await exportTo('glossary.omegat.tbx', 'tbx', { forOmegaT: true });
    const run = runInteropScript('omegat-glossary.sh', [file, hindiSample], { FORBIDDEN: `Kim Jong-un|${allForbidden}` });
    expect(run.code, run.output).toBe(0);
    expect(run.verdict).toMatch(/^VERDICT: PASS omegat-glossary: OmegaT read \d+ entries from glossary\.omegat\.tbx; glossary pane would show [1-9]\d* term hits/);
  });

  it('full TBX 2008: OmegaT ignores administrativeStatus and would offer the deprecated terms (why *.omegat.tbx exists)', async ({ skip }) => {
    if (!toolsReady(skip)) return;
    const run = runInteropScript('omegat-glossary.sh', [await exportTo('glossary.tbx', 'tbx')], { FORBIDDEN: 'Kim Jong-un' });
    expect(run.code, run.output).toBe(1);
    expect(run.verdict).toBe('VERDICT: FAIL omegat-glossary: OmegaT would offer forbidden target term(s): Kim Jong-un');
  });

  it('full TBX 2008: translate-toolkit reads every entry Hindi-first with its note; xmllint finds it well-formed', async ({ skip }) => {
    if (!toolsReady(skip)) return;
    const file = await exportTo('glossary.tbx', 'tbx');
    execFileSync('xmllint', ['--noout', '--nonet', file]);
    const script = [
      'import json, sys',
      'from translate.storage import tbx',
      'store = tbx.tbxfile.parsefile(sys.argv[1])',
      'print(json.dumps([[u.source, u.target, u.getnotes()] for u in store.units], ensure_ascii=False))',
    ].join('\n');
    const units = JSON.parse(execFileSync(python, ['-c', script, file], { encoding: 'utf8' })) as [string, string, string][];
    expect(units.map(([source, target]) => [source, target])).toEqual(fixtureGlossary.entries.map((entry) => [entry.source, entry.target]));
    expect(units[0][2]).toContain(fixtureGlossary.entries[0].note);
  });

  // The real term base the product ships: 88 entries with apostrophes and quotes in notes, which
  // once made translate-toolkit's dialect sniffer split the CSV at spaces.
  const shippedPath = path.join(repoRoot, 'glossary/default-glossary.json');
  it.skipIf(!fs.existsSync(shippedPath))('the shipped default glossary: CSV read by translate-toolkit; OmegaT text and TBX offer no forbidden rendering', async ({ skip }) => {
    if (!toolsReady(skip)) return;
    const shipped = JSON.parse(fs.readFileSync(shippedPath, 'utf8')) as Glossary;
    const write = async (name: string, format: GlossaryFormat, options: ExportOptions = {}) => {
      const file = path.join(workDir, name);
      fs.writeFileSync(file, await exportGlossary(shipped, format, options));
      return file;
    };
    const csv = runInteropScript('validate-glossary-csv.sh', [await write('default.csv', 'csv')]);
    expect(csv.code, csv.output).toBe(0);
    expect(csv.verdict).toContain(`translate-toolkit read ${shipped.entries.length} entries, csv2tbx wrote ${shipped.entries.length}`);
    const forbidden = [...new Set(shipped.entries.flatMap((entry) => entry.forbidden))].join('|');
    // validate-glossary-csv.sh cannot count more than 60 OmegaT entries (omegat-glossary.sh prints
    // `head -60`), so the line count is compared with the loader's own total here.
    const text = await write('default.txt', 'omegat');
    const lines = fs.readFileSync(text, 'utf8').trimEnd().split('\n').length;
    const omegatText = runInteropScript('omegat-glossary.sh', [text], { FORBIDDEN: forbidden });
    expect(omegatText.code, omegatText.output).toBe(0);
    expect(omegatText.verdict).toBe(`VERDICT: PASS omegat-glossary: OmegaT read ${lines} entries from default.txt`);
    const omegatTbx = runInteropScript('omegat-glossary.sh', [await write('default.omegat.tbx', 'tbx', { forOmegaT: true })], { FORBIDDEN: forbidden });
    expect(omegatTbx.code, omegatTbx.output).toBe(0);
  });

  const tbxSchemas = process.env.TBX_SCHEMAS ?? path.join(SHARED_DIR, 'schemas/tbx');
  const schemasPresent = ['TBXcoreStructV03.rng', 'TBX-Basic_DCA.sch'].every((name) => fs.existsSync(path.join(tbxSchemas, name)));
  it('TBX v3: RELAX NG core structure + TBX-Basic DCA Schematron (validate-tbx.sh)', async ({ skip }) => {
    if (!schemasPresent) {
      // Not shipped: LTAC publishes them without a licence (shared/schemas/SOURCES.md). The
      // dialect rules are checked structurally in formats-tbx3.test.ts instead.
      skip(`TBX v3 schemas not found in ${tbxSchemas} (set TBX_SCHEMAS); structural check in formats-tbx3.test.ts`);
      return;
    }
    const run = runInteropScript('validate-tbx.sh', [await exportTo('glossary.tbx3', 'tbx3')], { TBX_SCHEMAS: tbxSchemas });
    if (run.code === 3) {
      failInCiElseSkip(`validate-tbx.sh could not run: ${run.verdict}`, skip);
      return;
    }
    expect(run.code, run.output).toBe(0);
    expect(run.verdict).toMatch(/^VERDICT: PASS/);
  });
});
