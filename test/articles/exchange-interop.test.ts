/**
 * Our TMX and XLIFF exports checked by the real third-party tools in ../shared/interop
 * (xmllint + LISA DTD / OASIS XSDs, translate-toolkit, OmegaT 3.6). When a tool is missing the
 * scripts exit 3: that fails under CI and skips (with the reason) on a developer machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTEROP_DIR, expectPass, runInteropScript, skippedForMissingTool } from '../interop-tools.ts';
import { writeTmx } from '../../articles/exchange/tmx.ts';
import { writePairsXliff12, writePairsXliff20, writeXliff12, writeXliff20 } from '../../articles/exchange/xliff.ts';
import type { SegmentStatus } from '../../articles/model.ts';
import { seedArticle, seedFiles, seedSentences, seed000English } from './fixtures/seed-articles.ts';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anuvad-interop-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

const hindi = seedSentences(seedFiles[0]);
const pairs = Object.entries(seed000English).map(([i, english]) => ({ source: hindi[Number(i)], target: english, origin: 'article:000', created: '2024-06-20T07:40:00Z' }));
// One pair exercising escaping: markup characters and a control character that must be dropped.
pairs.push({ source: 'रूस & उत्तर कोरिया: "<नया> समझौता"\u0007', target: 'Russia & North Korea: "<new> agreement"', origin: 'manual', created: '2024-06-20T07:40:00Z' });

function xliffArticle() {
  const article = seedArticle(seedFiles[0]);
  // pre-translated adds 1.2's state-qualifier="exact-match" and 2.0's subState anuvad:pre-translated.
  const statuses: SegmentStatus[] = ['untranslated', 'draft', 'translated', 'reviewed', 'approved', 'pre-translated'];
  article.segments = article.segments.map((s, i) => {
    const status = statuses[i % statuses.length];
    return { ...s, status, target: status === 'untranslated' ? '' : (seed000English[i] ?? `Sentence ${i} & "<quoted>"`), overrideReason: i === 4 ? 'name confirmed by desk' : undefined };
  });
  return article;
}

const scriptsPresent = fs.existsSync(path.join(INTEROP_DIR, 'validate-tmx.sh'));

describe.skipIf(!scriptsPresent && !process.env.CI)('exports accepted by real third-party tools', () => {
  it('TMX export is valid TMX 1.4b and translate-toolkit reads every unit Hindi-first', ({ skip }) => {
    const file = path.join(workDir, 'project.tmx');
    fs.writeFileSync(file, writeTmx(pairs, { creationTool: 'Anuvad Workbench', srcLang: 'hi', tgtLang: 'en', createdAt: '2024-06-20T08:00:00Z' }));
    const run = runInteropScript('validate-tmx.sh', [file]);
    expectPass(run, skip);
    expect(run.output).toContain(`translate-toolkit loaded ${pairs.length}/${pairs.length} units`);
  });

  it('OmegaT 3.6 inserts our TMX as 100% matches', ({ skip }) => {
    const tmx = path.join(workDir, 'omegat.tmx');
    fs.writeFileSync(tmx, writeTmx(pairs, { creationTool: 'Anuvad Workbench', srcLang: 'hi', tgtLang: 'en' }));
    // One Hindi sentence per paragraph (OmegaT 3.6's text filter joins adjacent lines and does not break
    // at the danda), plus one paragraph with no TM entry.
    const source = path.join(workDir, 'news-000.txt');
    fs.writeFileSync(source, [hindi[6], hindi[10], hindi[11], hindi[5].replace(/"$/, ''), hindi[7]].join('\n\n') + '\n');
    const run = runInteropScript('omegat-roundtrip.sh', [tmx, source]);
    expectPass(run, skip);
    expect(run.verdict).toContain('4/4 source lines');
  });

  it('XLIFF 1.2 export is valid against the transitional and strict OASIS schemas and loads in translate-toolkit', ({ skip }) => {
    const file = path.join(workDir, 'article-1.2.xlf');
    const article = xliffArticle();
    fs.writeFileSync(file, writeXliff12(article));
    expect(fs.readFileSync(file, 'utf8')).toContain('state="needs-review-translation" state-qualifier="exact-match"');
    const transitional = runInteropScript('validate-xliff.sh', [file]);
    expectPass(transitional, skip);
    const translated = article.segments.filter((s) => s.target).length;
    expect(transitional.output).toContain(`loaded ${article.segments.length}/${article.segments.length} units (${translated} translated)`);
    expectPass(runInteropScript('validate-xliff.sh', [file], { XLIFF12_SCHEMA: 'strict' }), skip);
  });

  it('XLIFF 2.0 export is valid against the OASIS core schema', ({ skip }) => {
    const file = path.join(workDir, 'article-2.0.xlf');
    const article = xliffArticle();
    fs.writeFileSync(file, writeXliff20(article));
    const run = runInteropScript('validate-xliff.sh', [file]);
    expectPass(run, skip);
    expect(run.output).toContain(`${article.segments.length} units, ${article.segments.length} segments`);
  });

  it('XLIFF of an article with a joined segment (a 2-1 link) is valid in both versions; no unit is translated with an empty target', ({ skip }) => {
    const article = xliffArticle();
    article.segments = article.segments.map((s, i) => (i === 3 ? { ...s, target: '', status: 'joined' as const, origin: 'aligned' as const } : s));
    for (const [version, write] of [['1.2', writeXliff12], ['2.0', writeXliff20]] as const) {
      const file = path.join(workDir, `joined-${version}.xlf`);
      const xml = write(article);
      fs.writeFileSync(file, xml);
      const run = runInteropScript('validate-xliff.sh', [file]);
      expectPass(run, skip);
      const units = article.segments.length - 1;
      if (version === '1.2') expect(run.output).toContain(`loaded ${units}/${units} units (${article.segments.filter((s) => s.target).length} translated)`);
      else expect(run.output).toContain(`${units} units, ${units} segments`);
      expect(xml).not.toMatch(/state="translated"[^>]*>\s*<\/target>|state="translated"[^>]*\/>/);
    }
  });

  it('XLIFF written by tm convert (bare pairs) is valid in both versions', ({ skip }) => {
    for (const [version, write] of [['1.2', writePairsXliff12], ['2.0', writePairsXliff20]] as const) {
      const file = path.join(workDir, `pairs-${version}.xlf`);
      fs.writeFileSync(file, write('project.tmx', pairs));
      const run = runInteropScript('validate-xliff.sh', [file]);
      expectPass(run, skip);
      if (version === '1.2') expect(run.output).toContain(`loaded ${pairs.length}/${pairs.length} units (${pairs.length} translated)`);
    }
  });

  it('the validators do reject a broken export (the check can fail)', ({ skip }) => {
    const file = path.join(workDir, 'broken.xlf');
    fs.writeFileSync(file, writeXliff20(xliffArticle()).replace('state="final"', 'state="approved"'));
    const run = runInteropScript('validate-xliff.sh', [file]);
    if (skippedForMissingTool(run, skip)) return;
    expect(run.code).toBe(1);
  });
});
