/**
 * The QA report end to end in Chromium (fallback server, lowdb, a temporary default project), by
 * keyboard: the translator writes a forbidden name and an English with markup and a misspelling,
 * opens the report from the editor (Print is focused), sees the issue, the misspelling and the
 * markup as text in the report frame (under the app's strict CSP: no console error), prints (the
 * frame's print), and the report printed to PDF by Chromium holds the text; Escape goes back to
 * the editor; from the list, the report covers the articles a filter shows, or the project.
 * Artifacts: test-artifacts/qa-report.png, qa-report.pdf.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { artifactPath, chromiumAvailable, openWorkbenchForSuite, type Workbench } from './workbench-harness.ts';
import { pdfPageTexts } from './pdf-text.ts';

const ARTICLE_ID = '001_5fa5028a7c2c55c0';
const WRONG_TITLE = "Russia's defense minister meets North Korea's dictator Kim Jong-un";
const HOSTILE = 'He said "<img src=x onerror=alert(1)>" <script>window.pwned=1</script> and left quikly.';

describe.skipIf(!chromiumAvailable())('QA report (Chromium)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];
  openWorkbenchForSuite(pageErrors, (opened) => (workbench = opened));

  const activeTestId = () => workbench.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);
  const reportFrame = async (): Promise<Frame> => {
    const handle = await workbench.page.locator('[data-testid=qa-report-frame]').elementHandle();
    const frame = await handle!.contentFrame();
    await frame!.waitForSelector('[data-section=summary]');
    return frame!;
  };
  const reportedArticles = (frame: Frame) => frame.$$eval('article.qa-article', (articles) => articles.map((each) => each.getAttribute('data-article')));

  it('opens from the editor by keyboard, shows the issues and the text as text, prints, and prints to a PDF with the text', async () => {
    const { page, store } = workbench;
    const article = (await store.getArticle(ARTICLE_ID))!;
    await page.locator(`[data-article-id="${ARTICLE_ID}"] .article-title`).focus();
    await page.keyboard.press('Enter');
    const title = page.locator(`[data-testid=segment][data-segment-id="${article.segments[0].id}"] [data-testid=target]`);
    const body = page.locator(`[data-testid=segment][data-segment-id="${article.segments[1].id}"] [data-testid=target]`);
    await title.waitFor();
    await title.focus();
    await title.fill(WRONG_TITLE);
    await body.focus();
    await body.fill(HOSTILE);

    await page.locator('[data-testid=open-qa-report]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=qa-report-view]').waitFor();
    expect(page.url()).toContain(`#/qa-report/${ARTICLE_ID}`);
    const frame = await reportFrame();
    await expect.poll(activeTestId).toBe('qa-report-print');
    expect(await reportedArticles(frame)).toEqual([ARTICLE_ID]);

    // What the editor had on screen was written before the report was made.
    const issues = await frame.$$eval('[data-section=issues] tbody tr', (rows) => rows.map((row) => row.textContent ?? ''));
    expect(issues.some((row) => row.startsWith('1') && row.includes('Kim Jong-un') && row.includes('Forbidden term') && row.includes('Error'))).toBe(true);
    expect(await frame.$eval('[data-section=spelling]', (section) => section.textContent)).toContain('quikly');
    // The English's markup is text in the report: no element, no handler ran.
    expect(await frame.$$eval('[data-section=issues] td, [data-section=spelling] td', (cells, hostile) => cells.some((cell) => cell.textContent === hostile), HOSTILE)).toBe(true);
    expect(await frame.$$eval('script, img', (found) => found.length)).toBe(0);
    expect(await frame.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // The report's stylesheet applied under the app's CSP (its hash): the tables have borders.
    expect(await frame.$eval('th', (cell) => getComputedStyle(cell).borderTopStyle)).toBe('solid');
    await page.screenshot({ path: artifactPath('qa-report.png') });

    // Print prints the frame (the dialog itself cannot be driven headless: its call is recorded).
    await frame.evaluate(() => {
      window.print = () => ((window as unknown as { printed?: boolean }).printed = true);
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);

    // What the print holds, as Chromium prints it to PDF (print stylesheet, A4).
    const html = await frame.content();
    const printPage = await workbench.context.newPage();
    const printErrors: string[] = [];
    printPage.on('console', (message) => message.type() === 'error' && printErrors.push(message.text()));
    await printPage.setContent(html);
    const pdf = await printPage.pdf({ format: 'A4', printBackground: true });
    await printPage.close();
    writeFileSync(artifactPath('qa-report.pdf'), pdf);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = (await pdfPageTexts(pdf)).join('\n');
    expect(text).toContain('QA report');
    expect(text).toContain('Kim Jong-un');
    expect(text).toContain('quikly');
    expect(text).toContain('<script>window.pwned=1</script>');
    expect(printErrors).toEqual([]);

    await page.keyboard.press('Escape');
    await title.waitFor();
    expect(page.url()).toContain(`#/article/${ARTICLE_ID}`);
  });

  it('opens from the list for the articles a filter shows, and for the whole project', async () => {
    const { page, store } = workbench;
    await page.locator('.brand').click();
    await page.locator('[data-testid=article-row]').first().waitFor();
    const all = (await store.listArticles()).length;
    const article = (await store.getArticle(ARTICLE_ID))!;
    await page.locator('input.search').focus();
    await page.keyboard.type(article.title.split(' ').slice(0, 3).join(' '));
    await expect.poll(() => page.locator('[data-testid=article-row]').count()).toBeLessThan(all);
    const shown = await page.locator('[data-testid=article-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-article-id')));
    const button = page.locator('[data-testid=open-qa-report]');
    expect(await button.textContent()).toContain(`(${shown.length} shown)`);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await reportedArticles(await reportFrame())).toEqual(shown);

    await page.locator('[data-testid=qa-report-back]').focus();
    await page.keyboard.press('Enter');
    await page.locator('input.search').fill('');
    await expect.poll(() => page.locator('[data-testid=article-row]').count()).toBeGreaterThan(shown.length);
    await button.focus();
    await page.keyboard.press('Enter');
    const frame = await reportFrame();
    expect(await reportedArticles(frame)).toHaveLength(all);
    expect(await frame.$eval('[data-total=articles]', (cell) => cell.textContent)).toBe(String(all));
    expect(pageErrors).toEqual([]);
  });
});
