/**
 * The keyboard flow and layout of the editor in Chromium: focus comes back to the segment after
 * the Shortcuts, approval-reason and Add-to-glossary dialogs; Ctrl+Enter submits the reason; the
 * term picker (Ctrl+K) reaches every rendering; a new-term selection snaps to whole words; at the
 * size of a 200 % zoom two or more segments are visible and a very long title does not widen the
 * list; the hidden file input is no tab stop. Screenshots: zoom-editor.png, zoom-list.png.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, artifactPath, chromiumAvailable, openWorkbenchForSuite, type Workbench } from './workbench-harness.ts';
import en from '../../renderer/locales/en.json';

const ARTICLE_ID = '001_5fa5028a7c2c55c0';
const WRONG = "Russia's defense minister meets North Korea's dictator Kim Jong-un, promises help in the war against Ukraine";

describe.skipIf(!chromiumAvailable())('editor keyboard flow and layout (Chromium)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];
  openWorkbenchForSuite(pageErrors, (opened) => (workbench = opened));

  const segmentRow = (segmentId: string): Locator => workbench.page.locator(`[data-testid=segment][data-segment-id="${segmentId}"]`);
  const focusedSegment = () =>
    workbench.page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return active?.dataset.testid === 'target' ? (active.closest('[data-testid=segment]') as HTMLElement | null)?.dataset.segmentId : `${active?.tagName}`;
    });
  const openArticle = async (articleId = ARTICLE_ID) => {
    const { page } = workbench;
    await page.goto(`${workbench.server.url}#/`);
    await page.locator(`[data-article-id="${articleId}"] .article-title`).click();
    const article = (await workbench.store.getArticle(articleId))!;
    await segmentRow(article.segments[0].id).waitFor();
    return article;
  };

  it('gives the focus back to the segment after the Shortcuts dialog', async () => {
    const { page } = workbench;
    const article = await openArticle();
    await segmentRow(article.segments[1].id).locator('[data-testid=target]').click();
    await page.getByRole('button', { name: en.shortcuts.button }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(focusedSegment).toBe(article.segments[1].id);
  });

  it('submits the approval reason with Ctrl+Enter and gives the focus back to the segment', async () => {
    const { page, store } = workbench;
    const article = await openArticle();
    const title = article.segments[0];
    const box = segmentRow(title.id).locator('[data-testid=target]');
    await box.click();
    await box.fill(WRONG);
    await page.keyboard.press('Control+Shift+Enter');
    const reason = page.locator('[data-testid=override-reason]');
    await reason.waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('override-reason');
    await page.keyboard.type('Quoting the agency headline');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('[data-testid=override-dialog]').count()).toBe(0);
    await expect.poll(() => segmentRow(title.id).getAttribute('data-status')).toBe('approved');
    await expect.poll(focusedSegment).toBe(title.id);
    await expect.poll(async () => (await store.getArticle(ARTICLE_ID))!.segments[0].overrideReason).toBe('Quoting the agency headline');
  });

  it('reaches every rendering with the term picker (Ctrl+K, arrows, Enter) and returns to the box', async () => {
    const { page } = workbench;
    const article = await openArticle();
    const segment = article.segments[1];
    const box = segmentRow(segment.id).locator('[data-testid=target]');
    await box.click();
    const buttons = segmentRow(segment.id).locator('[data-testid=renderings] button');
    await expect.poll(() => buttons.count()).toBeGreaterThan(1);
    const last = (await buttons.last().textContent())!.replace(/^\d\s*/, '').trim();
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid=renderings]') !== null)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => box.inputValue()).toBe(last);
    await expect.poll(focusedSegment).toBe(segment.id);
    // Only the first term of each group carries a digit: alternates take no Ctrl+digit slot.
    const digits = await segmentRow(segment.id).locator('[data-testid=renderings] button kbd').allTextContents();
    expect(digits).toEqual(digits.map((_, index) => String(index + 1)));
    expect(digits.length).toBe(new Set(await buttons.evaluateAll((all) => all.map((button) => (button as HTMLElement).dataset.term))).size);
  });

  it('snaps a new-term selection to whole words and gives the focus back after Add to glossary', async () => {
    const { page } = workbench;
    const article = await openArticle();
    const segment = article.segments[2];
    await segmentRow(segment.id).locator('[data-testid=target]').click();
    const words = segment.source.split(' ');
    expect(words.length).toBeGreaterThan(3);
    // From inside the second word to inside the third: a translator means both words.
    const from = words[0].length + 1 + 1;
    const to = words[0].length + 1 + words[1].length + 1 + 2;
    await segmentRow(segment.id)
      .locator('[data-source-text]')
      .evaluate((element, [start, end]) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const at = (offset: number): [Node, number] => {
          let seen = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent!.length;
            if (seen + length >= offset) return [node, offset - seen];
            seen += length;
          }
          throw new Error('offset outside the text');
        };
        const range = document.createRange();
        range.setStart(...at(start));
        walker.currentNode = element;
        range.setEnd(...at(end));
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      }, [from, to]);
    await page.getByRole('button', { name: `+ ${en.glossary.addFromSelection}` }).click();
    await expect.poll(() => page.locator('[data-testid=entry-source]').inputValue()).toBe(`${words[1]} ${words[2]}`);
    await page.locator('[data-testid=entry-form]').getByRole('button', { name: en.common.cancel }).click();
    await expect.poll(focusedSegment).toBe(segment.id);
    await page.locator('[data-testid=glossary-panel]').getByRole('button', { name: en.common.close }).click();
  });

  it('at the size of a 200 % zoom shows two or more segments and keeps a very long title inside the list', async () => {
    const { page, store } = workbench;
    await page.setViewportSize({ width: 700, height: 450 });
    await page.goto(`${workbench.server.url}#/`);
    await page.locator('[data-testid=article-row]').first().waitFor();
    const raw = readFileSync(path.join(REPO_ROOT, 'articles/samples/002_0f029a2cb635d9d3.txt'), 'utf8');
    const lines = raw.split('\n');
    // The page's own headline, run on to 45 times its length (the importer picks the headline by its
    // signals, so a long title has to be a headline-like line, not a run of one letter).
    const headline = (await store.listArticles()).find((article) => article.file === '002_0f029a2cb635d9d3.txt')!.title;
    const at = lines.findIndex((line) => line.trim() === headline);
    expect(at).toBeGreaterThanOrEqual(0);
    lines[at] = `${headline} `.repeat(45).trim();
    await page.locator('[data-testid=import-input]').setInputFiles({ name: 'long-title.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n'), 'utf8') });
    await expect.poll(async () => (await store.listArticles()).some((article) => article.file === 'long-title.txt')).toBe(true);
    const long = (await store.listArticles()).find((article) => article.file === 'long-title.txt')!;
    expect(long.title.length).toBeGreaterThan(3000);
    await page.locator(`[data-article-id="${long.id}"]`).waitFor();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, table: document.querySelector('table.articles')!.getBoundingClientRect().width, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.table).toBeLessThanOrEqual(widths.view);
    // Every column header is on screen.
    const headers = await page.locator('table.articles th').evaluateAll((all) => all.map((th) => th.getBoundingClientRect().right));
    expect(Math.max(...headers)).toBeLessThanOrEqual(widths.view);
    await page.screenshot({ path: artifactPath('zoom-list.png') });

    const article = (await store.getArticle(ARTICLE_ID))!;
    await page.locator(`[data-article-id="${ARTICLE_ID}"] .article-title`).click();
    await segmentRow(article.segments[0].id).waitFor();
    const visible = await page.evaluate(() => {
      const list = document.querySelector('.virtual-list')!.getBoundingClientRect();
      const top = Math.max(list.top, 0);
      const bottom = Math.min(list.bottom, window.innerHeight);
      // A segment counts when at least two lines of it (48 px) are on screen, or all of it.
      return [...document.querySelectorAll('[data-testid=segment]')].filter((row) => {
        const box = row.getBoundingClientRect();
        const shown = Math.min(box.bottom, bottom) - Math.max(box.top, top);
        return shown >= Math.min(48, box.height - 1);
      }).length;
    });
    await page.screenshot({ path: artifactPath('zoom-editor.png') });
    expect(visible).toBeGreaterThanOrEqual(2);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('keeps the hidden file input out of the tab order and raised no page errors', async () => {
    const { page } = workbench;
    await page.goto(`${workbench.server.url}#/`);
    await page.locator('[data-testid=article-row]').first().waitFor();
    expect(await page.locator('[data-testid=import-input]').getAttribute('tabindex')).toBe('-1');
    expect(pageErrors).toEqual([]);
  });
});
