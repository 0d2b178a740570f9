/**
 * Ignoring a glossary issue with a reason, in Chromium against the real server and store: Alt+I on
 * a segment with issues opens the reason dialog, Ctrl+Enter ignores, the focus is back in the
 * segment's box; the issue leaves the segment's list (shown apart with its reason) and the article
 * list's count; the reason is stored with the segment and exported as an XLIFF note; Restore brings
 * the issue back.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromiumAvailable, openWorkbenchForSuite, type Workbench } from './workbench-harness.ts';

const ARTICLE_ID = '001_5fa5028a7c2c55c0';
const WRONG = "Russia's defense minister meets North Korea's dictator Kim Jong-un, promises help in the war against Ukraine";
const REASON = 'The agency headline is quoted as published';

describe.skipIf(!chromiumAvailable())('ignore an issue with a reason (Chromium)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];
  openWorkbenchForSuite(pageErrors, (opened) => (workbench = opened));

  const listCount = async () => {
    const { page } = workbench;
    const cell = page.locator(`[data-article-id="${ARTICLE_ID}"] td.num`).last();
    await expect.poll(async () => (await cell.textContent())?.trim()).toMatch(/^\d+$/);
    return Number((await cell.textContent())!.trim());
  };

  it('ignores with Alt+I and a reason, drops the issue from the counts, keeps and exports the reason, restores it', async () => {
    const { page, store } = workbench;
    const article = (await store.getArticle(ARTICLE_ID))!;
    const title = article.segments[0];
    const row = page.locator(`[data-testid=segment][data-segment-id="${title.id}"]`);
    const box = row.locator('[data-testid=target]');

    await page.locator(`[data-article-id="${ARTICLE_ID}"] .article-title`).click();
    await box.click();
    await box.fill(WRONG);
    await expect.poll(() => row.locator('[data-testid=segment-issue]').count()).toBeGreaterThan(0);
    const open = await row.locator('[data-testid=segment-issue]').count();
    await expect.poll(async () => (await store.getArticle(ARTICLE_ID))!.segments[0].target).toBe(WRONG);
    await page.locator('.brand').click();
    await expect.poll(listCount).toBeGreaterThanOrEqual(open);
    const before = await listCount();

    await page.locator(`[data-article-id="${ARTICLE_ID}"] .article-title`).click();
    await box.click();
    await page.keyboard.press('Alt+i');
    await page.locator('[data-testid=ignore-dialog]').waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('ignore-reason');
    await page.keyboard.type(REASON);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('[data-testid=ignore-dialog]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('[data-testid=segment]')?.getAttribute('data-segment-id'))).toBe(title.id);
    await expect.poll(() => row.locator('[data-testid=segment-issue]').count()).toBe(open - 1);
    await expect.poll(() => row.locator('[data-testid=segment-issue-ignored]').textContent()).toContain(REASON);
    const stored = (await store.getArticle(ARTICLE_ID))!.segments[0];
    expect(stored.ignoredIssues).toEqual([expect.objectContaining({ reason: REASON, target: WRONG })]);

    // The reason is the segment's note in the XLIFF export.
    await page.locator('[data-testid=export-menu]').focus();
    await page.keyboard.press('Enter');
    const item = page.locator('[data-testid=export-xliff12]');
    await item.waitFor();
    const download = page.waitForEvent('download');
    await item.click();
    const xliff = readFileSync(await (await download).path(), 'utf8');
    expect(xliff).toMatch(new RegExp(`<note[^>]*>[^<]*Ignored [a-z-]+[^<]*: ${REASON}`));

    await page.locator('.brand').click();
    await expect.poll(listCount).toBe(before - 1);

    // Restore: the issue is open again, in the segment and the list.
    await page.locator(`[data-article-id="${ARTICLE_ID}"] .article-title`).click();
    await row.locator('[data-testid=issue-restore]').click();
    await expect.poll(() => row.locator('[data-testid=segment-issue]').count()).toBe(open);
    await expect.poll(async () => (await store.getArticle(ARTICLE_ID))!.segments[0].ignoredIssues).toBeUndefined();
    await page.locator('.brand').click();
    await expect.poll(listCount).toBe(before);
    expect(pageErrors).toEqual([]);
  });
});
