/**
 * Issue 12 item 3 end to end in Debian's Chromium against the real fallback server and lowdb
 * store, keyboard only once the editor is open: the byline's English box above the segments is
 * reached with Shift+Tab from the first segment, labelled, typed into and saved on leaving it
 * (stored with the Hindi it is for), undone with Ctrl+Z inside the box, still there after a
 * reload, and printed in the English export in place of the Hindi byline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifactPath, chromiumAvailable, openWorkbenchForSuite, type Workbench } from './workbench-harness.ts';

// A seed page whose byline is in Hindi ("शिवेन्द्र कुमार राय").
const SAMPLE_003 = '003_1e3141995383dc93';
const BYLINE = 'Shivendra Kumar Rai';

describe.skipIf(!chromiumAvailable())('header field English (Chromium)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];
  openWorkbenchForSuite(pageErrors, (opened) => (workbench = opened));

  const openEditor = async () => {
    const { page } = workbench;
    await page.locator(`[data-article-id="${SAMPLE_003}"] .article-title`).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=segment]').first().waitFor();
  };
  const focused = () => workbench.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? '');

  it('types the byline English with the keyboard, saves it, undoes in the box, keeps it after a reload and exports it', async () => {
    const { page, store } = workbench;
    const hindi = (await store.getArticle(SAMPLE_003))!.byline!;
    expect(hindi).toMatch(/[\u0900-\u097F]/u);
    await openEditor();
    const fields = page.locator('[data-testid=article-fields]');
    await expect.poll(() => fields.locator('[data-field=byline] .article-field-source').textContent()).toBe(hindi);
    // The first segment's box has the focus; the field boxes come before it in the tab order.
    await expect.poll(focused).toBe('target');
    for (let step = 0; step < 20 && (await focused()) !== 'field-english-byline'; step += 1) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('field-english-byline');
    const box = page.getByLabel('English of the Byline');
    expect(await box.getAttribute('data-testid')).toBe('field-english-byline');

    await page.keyboard.type(BYLINE);
    await page.keyboard.type(' Jr');
    // Ctrl+Z inside the box is the box's own undo; the segments' history is not touched.
    await page.keyboard.press('Control+z');
    await expect.poll(() => box.inputValue()).not.toBe(`${BYLINE} Jr`);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(BYLINE);
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await store.getArticle(SAMPLE_003))!.fieldTranslations?.byline).toMatchObject({ source: hindi, target: BYLINE });
    const segments = (await store.getArticle(SAMPLE_003))!.segments;
    expect(segments[0].status).toBe('untranslated');

    await page.reload();
    await page.locator('[data-testid=segment]').first().waitFor();
    await expect.poll(() => page.getByLabel('English of the Byline').inputValue()).toBe(BYLINE);
    // For a person to look at: the fields above the segments.
    await page.locator('[data-testid=article-fields]').screenshot({ path: artifactPath('header-fields.png') });

    await page.locator('[data-testid=export-menu]').focus();
    await page.keyboard.press('Enter');
    const item = page.locator('[data-testid=export-txt]');
    await item.waitFor();
    const download = page.waitForEvent('download');
    await item.focus();
    await page.keyboard.press('Enter');
    const text = readFileSync(await (await download).path(), 'utf8');
    const blocks = text.split('\n\n');
    // Headline block (an untranslated placeholder here), then the byline as the translator wrote it.
    expect(blocks[1]).toBe(BYLINE);
    expect(blocks.some((block) => block.includes(hindi) && !block.startsWith('[Untranslated:'))).toBe(false);
    expect(pageErrors.filter((error) => !/eval/u.test(error))).toEqual([]);
  });
});
