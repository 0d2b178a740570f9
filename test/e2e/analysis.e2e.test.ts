/**
 * The analysis end to end in Chromium (fallback server, lowdb, a temporary default project), by
 * keyboard: from the editor (the current article) and from the list (the articles shown), the
 * table's rows add up to the article's segments and words, the repetition of a page imported
 * twice counts once, the chart has a labelled bar per row; the list rows show stacked status
 * pictures; the project settings dialog sets the house style and works at the size of a 200 %
 * zoom. Screenshots: test-artifacts/analysis-article.png, analysis-selection.png, analysis-zoom.png,
 * settings-zoom.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, chromiumAvailable, openBuiltWorkbench, REPO_ROOT, type Workbench } from './workbench-harness.ts';
import { countWords } from '../../articles/analysis/match-analysis.ts';
import { repetitionKey } from '../../articles/memory/repetitions.ts';
import en from '../../renderer/locales/en.json' with { type: 'json' };

const SEED_002 = '002_0f029a2cb635d9d3';

describe.skipIf(!chromiumAvailable())('analysis and project settings (Chromium, fallback server)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    workbench = await openBuiltWorkbench(pageErrors);
  }, 180_000);

  afterAll(async () => {
    await workbench?.close();
    expect(pageErrors).toEqual([]);
  });

  const focused = () => workbench.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid || document.activeElement?.id || document.activeElement?.tagName);
  const cell = (row: string, column: number) => workbench.page.locator(`[data-testid=analysis-table] tr[data-row="${row}"] td`).nth(column).textContent();
  const number = async (row: string, column: number) => Number((await cell(row, column))?.replace(/[^\d]/g, ''));
  const BAND_ROWS = ['repetitions', '100', '95-99', '85-94', '75-84', '50-74', 'none'];

  it('shows stacked status pictures in the list', async () => {
    const { page } = workbench;
    const bar = page.locator(`[data-article-id="${SEED_002}"] [data-testid=status-bar] [role=progressbar]`);
    await bar.waitFor();
    const article = (await workbench.store.getArticle(SEED_002))!;
    const parts = await bar.locator('[data-status]').evaluateAll((all) => all.map((part) => (part as HTMLElement).dataset.status));
    const present = new Set(article.segments.map((segment) => segment.status));
    // One part per status the article has (joined segments are not drawn), in workflow order.
    expect(parts).toEqual(['approved', 'reviewed', 'translated', 'pre-translated', 'draft', 'untranslated'].filter((status) => present.has(status as never)));
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/translated: .*\d/);
  });

  it('opens the analysis of the current article from the editor, by keyboard', async () => {
    const { page, store } = workbench;
    await page.locator(`[data-article-id="${SEED_002}"] .article-title`).focus();
    await page.keyboard.press('Enter');
    const analyse = page.locator('.toolbar [data-testid=open-analysis]');
    await analyse.waitFor();
    await analyse.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=analysis-table]').waitFor();
    expect(await page.locator('#analysis-title').textContent()).toContain(en.analysis.titleArticle.split(':')[0]);
    await expect.poll(focused).toBe('analysis-title');
    const article = (await store.getArticle(SEED_002))!;
    const words = article.segments.reduce((sum, segment) => sum + countWords(segment.source), 0);
    expect(await number('total', 0)).toBe(article.segments.length);
    expect(await number('total', 1)).toBe(words);
    let segments = 0;
    let bandWords = 0;
    for (const row of BAND_ROWS) {
      segments += await number(row, 0);
      bandWords += await number(row, 1);
    }
    expect([segments, bandWords]).toEqual([article.segments.length, words]);
    const repeated = article.segments.length - new Set(article.segments.map((segment) => repetitionKey(segment.source))).size;
    expect(await number('repetitions', 0)).toBe(repeated);
    // The chart: one bar and one text label per row, and a description a screen reader reads.
    const chart = page.locator('[data-testid=analysis-chart] svg[role=img]');
    expect(await chart.locator('g[data-band]').count()).toBe(BAND_ROWS.length);
    expect(await chart.locator('g[data-band="none"] text').first().textContent()).toBe(en.analysis.rows.none);
    expect(await chart.locator('desc').textContent()).toContain(`${en.analysis.rows.repetitions}:`);
    await page.screenshot({ path: artifactPath('analysis-article.png'), fullPage: true });
    // Back goes to the article.
    await page.locator('[data-testid=analysis-back]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=segment]').first().waitFor();
  });

  it('analyses the articles the list shows: a page imported twice is counted once, the copy as repetitions', async () => {
    const { page, store } = workbench;
    await page.goto(`${workbench.server.url}#/`);
    await page.locator('[data-testid=article-row]').first().waitFor();
    const raw = readFileSync(path.join(REPO_ROOT, `articles/samples/${SEED_002}.txt`));
    await page.locator('[data-testid=import-input]').setInputFiles([
      { name: 'analysis-copy-a.txt', mimeType: 'text/plain', buffer: raw },
      { name: 'analysis-copy-b.txt', mimeType: 'text/plain', buffer: raw },
    ]);
    await expect.poll(async () => (await store.listArticles()).filter((article) => article.file.startsWith('analysis-copy-')).length).toBe(2);
    const copies = (await store.listArticles()).filter((article) => article.file.startsWith('analysis-copy-'));
    await page.getByRole('searchbox', { name: en.list.filterLabel }).fill('analysis-copy-');
    await expect.poll(() => page.locator('[data-testid=article-row]').count()).toBe(2);
    const analyse = page.locator('[data-testid=open-analysis]');
    expect(await analyse.textContent()).toBe(en.analysis['openShown_other'].replace('{{count}}', '2'));
    await analyse.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=analysis-articles]').waitFor();
    expect(await page.locator('#analysis-title').textContent()).toBe(en.analysis.titleSelection_other.replace('{{formatted}}', '2'));
    expect(await page.locator('[data-testid=analysis-articles] tbody tr').count()).toBe(2);
    const all = copies.flatMap((article) => article.segments);
    const distinct = new Set(all.map((segment) => repetitionKey(segment.source))).size;
    expect(await number('total', 0)).toBe(all.length);
    // Every sentence of the second copy (and any repeat inside the first) is a repetition, counted once.
    expect(await number('repetitions', 0)).toBe(all.length - distinct);
    expect(all.length - distinct).toBeGreaterThanOrEqual(copies[1].segments.length);
    await page.screenshot({ path: artifactPath('analysis-selection.png'), fullPage: true });
  });

  it('at the size of a 200 % zoom the analysis fits and the project settings set the house style by keyboard', async () => {
    const { page, store } = workbench;
    await page.setViewportSize({ width: 700, height: 450 });
    await page.goto(`${workbench.server.url}#/analysis/${SEED_002}`);
    await page.locator('[data-testid=analysis-chart]').waitFor();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth, chart: document.querySelector('[data-testid=analysis-chart] svg')!.getBoundingClientRect().right, table: document.querySelector('[data-testid=analysis-table]')!.getBoundingClientRect().right }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.chart).toBeLessThanOrEqual(widths.view);
    expect(widths.table).toBeLessThanOrEqual(widths.view);
    await page.screenshot({ path: artifactPath('analysis-zoom.png') });

    const open = page.locator('[data-testid=open-settings]');
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-testid=project-settings]');
    await dialog.waitFor();
    const select = dialog.getByRole('combobox', { name: en.spell.houseStyle });
    await expect.poll(() => select.isEnabled()).toBe(true);
    expect(await select.inputValue()).toBe('en-GB');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await store.getSettings()).houseStyle).toBe('en-US');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(700);
    expect((await select.boundingBox())!.width).toBeGreaterThan(50);
    await page.screenshot({ path: artifactPath('settings-zoom.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(focused).toBe('open-settings');
    // The list offers the same dialog, showing what was saved.
    await page.goto(`${workbench.server.url}#/`);
    await page.locator('[data-testid=open-settings]').click();
    // The select is disabled until the settings have loaded (it shows the default meanwhile).
    const saved = page.locator('[data-testid=project-settings]').getByRole('combobox');
    await expect.poll(() => saved.isEnabled()).toBe(true);
    expect(await saved.inputValue()).toBe('en-US');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1400, height: 900 });
  });
});
