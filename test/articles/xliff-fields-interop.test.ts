/**
 * Issue 12 item 3: XLIFF 1.2 and 2.0 of an article whose kicker, dateline and byline have English
 * (with markup characters) stay valid for the real validators in ../shared/interop, and the
 * translator's units stay the segments (the fields travel as file notes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTEROP_DIR, expectPass, runInteropScript } from '../interop-tools.ts';
import { importPage } from '../../articles/index.ts';
import { withFieldTranslation } from '../../articles/field-translations.ts';
import { writeXliff12, writeXliff20 } from '../../articles/exchange/xliff.ts';
import { KIEV_PAGE } from '../services/header-field-page.ts';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anuvad-fields-interop-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));
const scriptsPresent = fs.existsSync(path.join(INTEROP_DIR, 'validate-xliff.sh'));

function translatedArticle() {
  let article = importPage({ fileName: 'kiev.txt', text: KIEV_PAGE }, { now: () => '2026-03-01T10:00:00.000Z' });
  article = withFieldTranslation(article, 'kicker', 'Ukraine <war>', 't');
  article = withFieldTranslation(article, 'dateline', 'Kyiv & "region"', 't');
  article = withFieldTranslation(article, 'byline', "Ravi Sharma's desk", 't');
  return article;
}

describe.skipIf(!scriptsPresent && !process.env.CI)('XLIFF with header-field English accepted by the real validators', () => {
  it('1.2 (transitional and strict) and 2.0 are valid; the units are the segments', ({ skip }) => {
    const article = translatedArticle();
    const units = article.segments.length;
    for (const [version, write] of [['1.2', writeXliff12], ['2.0', writeXliff20]] as const) {
      const file = path.join(workDir, `fields-${version}.xlf`);
      const xml = write(article);
      expect(xml).toContain('Dateline: कीव (English: Kyiv &amp; "region")');
      expect(xml).toContain('Kicker: Ukraine War (English: Ukraine &lt;war&gt;)');
      fs.writeFileSync(file, xml);
      const run = runInteropScript('validate-xliff.sh', [file]);
      expectPass(run, skip);
      if (version === '1.2') {
        expect(run.output).toContain(`loaded ${units}/${units} units`);
        expectPass(runInteropScript('validate-xliff.sh', [file], { XLIFF12_SCHEMA: 'strict' }), skip);
      } else {
        expect(run.output).toContain(`${units} units, ${units} segments`);
      }
    }
  });
});
