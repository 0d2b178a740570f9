/**
 * Issue 14 items 1–4 end to end in Debian's Chromium against the real fallback server and lowdb
 * store, keyboard first: a translator's approved segment survives the review's accept-all (listed
 * as a conflict, the aligned English offered as a match), a review action undone from the editor,
 * a 2-2 link split into two 1-1 with `s` at the sentence boundary, a 2-1 link leaving its second
 * segment joined, joining in the editor with Alt+J, and the English exported as text, Markdown and
 * DOCX (read back by its XML), copied to the clipboard, and exported for many articles from the list.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { chromiumAvailable, openWorkbenchForSuite, type Workbench } from './workbench-harness.ts';
import type { ReviewedAlignment } from '../../articles/align/review-edits.ts';
import { linkText } from '../../articles/align/review-edits.ts';
import en from '../../renderer/locales/en.json';

const SAMPLE_002 = '002_0f029a2cb635d9d3';
const MINE = 'My own approved translation of this sentence.';

describe.skipIf(!chromiumAvailable())('review protects work, joins, splits and English exports (Chromium)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];
  openWorkbenchForSuite(pageErrors, (opened) => (workbench = opened));

  const stored = async () => (await workbench.store.getDoc<ReviewedAlignment>(`alignments/${SAMPLE_002}`))!;
  const segment = (segmentId: string): Locator => workbench.page.locator(`[data-testid=segment][data-segment-id="${segmentId}"]`);
  const openEditor = async () => {
    await workbench.page.locator('.brand').click();
    await workbench.page.locator(`[data-article-id="${SAMPLE_002}"] .article-title`).click();
    await workbench.page.locator('[data-testid=segment]').first().waitFor();
  };

  it('accept-all keeps a segment the translator approved, says so, lists the conflict and offers the aligned English', async () => {
    const { page, store } = workbench;
    const alignment = await stored();
    const linkIndex = alignment.links.findIndex((link) => link.hi.length === 1 && link.en.length === 1 && link.hi[0] > 0);
    const segmentId = alignment.segmentIds[alignment.links[linkIndex].hi[0]];
    await openEditor();
    const row = segment(segmentId);
    await row.locator('[data-testid=target]').click();
    await page.keyboard.type(MINE);
    await page.keyboard.press('Control+Shift+Enter');
    // The glossary may ask for a reason to approve over an issue: give one.
    const dialog = page.locator('[data-testid=override-dialog]');
    const approvedNow = async () => (await store.getArticle(SAMPLE_002))!.segments.find((each) => each.id === segmentId)?.status === 'approved';
    await expect.poll(async () => (await dialog.count()) > 0 || (await approvedNow())).toBe(true);
    if ((await dialog.count()) > 0) {
      await page.keyboard.type('Checked with the desk');
      await dialog.locator('button[type=submit]').click();
    }
    await expect.poll(async () => (await store.getArticle(SAMPLE_002))!.segments.find((each) => each.id === segmentId)?.status).toBe('approved');

    await page.locator('[data-testid=nav-review]').click();
    await page.locator('[data-testid=review-list]').waitFor();
    await page.locator('[data-testid=review-threshold]').fill('0');
    await page.locator('[data-testid=review-help]').click();
    await page.keyboard.press('Shift+A');
    await expect.poll(async () => (await stored()).links.every((link) => link.status === 'accepted')).toBe(true);
    await expect.poll(() => page.locator('.toast').textContent()).toContain('kept the translator');
    const kept = (await store.getArticle(SAMPLE_002))!.segments.find((each) => each.id === segmentId)!;
    expect(kept).toMatchObject({ target: MINE, status: 'approved' });
    const conflict = page.locator(`[data-testid=review-conflict] [data-segment-id="${segmentId}"]`);
    await conflict.waitFor();
    expect(await conflict.locator('[data-testid=conflict-mine]').textContent()).toBe(MINE);
    expect(await conflict.locator('[data-testid=conflict-aligned]').textContent()).toBe(linkText(alignment, alignment.links[linkIndex]).en);

    // In the editor the aligned English is a match with origin "alignment" beside the kept text.
    await openEditor();
    await segment(segmentId).locator('[data-testid=target]').click();
    const match = page.locator('[data-testid=alignment-match]');
    await match.waitFor();
    expect(await match.textContent()).toContain(linkText(alignment, alignment.links[linkIndex]).en);
  });

  it('a 2-1 link leaves the second segment visibly joined, and the review action is undone from the editor', async () => {
    const { page, store } = workbench;
    const alignment = await stored();
    const twoOne = alignment.links.find((link) => link.hi.length === 2 && link.en.length === 1)!;
    const secondId = alignment.segmentIds[twoOne.hi[1]];
    await expect.poll(() => segment(secondId).getAttribute('data-status')).toBe('joined');
    expect(await segment(secondId).locator('[data-testid=status]').inputValue()).toBe('joined');
    const undo = page.locator('[data-testid=undo-review]');
    await undo.click();
    await expect.poll(async () => (await stored()).links.some((link) => link.status === 'pending')).toBe(true);
    await expect.poll(async () => (await store.getArticle(SAMPLE_002))!.segments.find((each) => each.id === secondId)?.status).toBe('untranslated');
  });

  it('s at the boundary of a 2-2 link makes two 1-1 links in one keystroke', async () => {
    const { page } = workbench;
    const before = await stored();
    const oneOne = (i: number) => before.links[i]?.hi.length === 1 && before.links[i]?.en.length === 1 && before.links[i]?.status === 'pending';
    const index = before.links.findIndex((_, i) => oneOne(i) && oneOne(i + 1));
    await page.locator('[data-testid=nav-review]').click();
    await page.locator('[data-testid=review-sort]').selectOption('article');
    const row = (linkIndex: number) => page.locator(`[data-testid=review-row][data-article-id="${SAMPLE_002}"][data-link-index="${linkIndex}"]`);
    await row(index).locator('[data-testid=review-hi]').click();
    await page.keyboard.press('m');
    await expect.poll(() => row(index).getAttribute('data-shape')).toBe('2-2');
    const box = row(index).locator('[data-testid=review-en-box]');
    const first = before.en[before.links[index].en[0]];
    // The caret one character into the second sentence: snapped back to the boundary.
    await box.evaluate((element, at) => (element as HTMLTextAreaElement).setSelectionRange(at, at), first.length + 2);
    await page.keyboard.press('s');
    await expect.poll(() => row(index).getAttribute('data-shape')).toBe('1-1');
    const after = await stored();
    expect(after.links[index]).toMatchObject({ hi: before.links[index].hi, en: before.links[index].en });
    expect(after.links[index + 1]).toMatchObject({ hi: before.links[index + 1].hi, en: before.links[index + 1].en });
  });

  it('joins a segment with the next with Alt+J in the editor and splits it off with Alt+Shift+J', async () => {
    const { page, store } = workbench;
    await openEditor();
    const article = (await store.getArticle(SAMPLE_002))!;
    const index = article.segments.findIndex((each, i) => i > 0 && each.status === 'untranslated' && article.segments[i + 1]?.paragraph === each.paragraph && article.segments[i + 1]?.status === 'untranslated');
    const [a, b] = [article.segments[index], article.segments[index + 1]];
    await segment(a.id).locator('[data-testid=target]').click();
    await page.keyboard.type('Both sentences.');
    await page.keyboard.press('Alt+J');
    await expect.poll(() => segment(b.id).getAttribute('data-status')).toBe('joined');
    expect((await store.getArticle(SAMPLE_002))!.segments[index]).toMatchObject({ target: 'Both sentences.' });
    await segment(b.id).locator('[data-testid=target]').focus();
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => segment(b.id).getAttribute('data-status')).toBe('untranslated');
  });

  it('exports the English as text, Markdown and DOCX from the editor, read back, and copies it to the clipboard', async () => {
    const { page, store, context } = workbench;
    const article = (await store.getArticle(SAMPLE_002))!;
    const downloaded = async (action: string): Promise<Buffer> => {
      await page.locator('[data-testid=export-menu]').focus();
      await page.keyboard.press('Enter');
      const item = page.locator(`[data-testid=export-${action}]`);
      await item.waitFor();
      const download = page.waitForEvent('download');
      await item.click();
      return readFileSync(await (await download).path());
    };
    const text = (await downloaded('txt')).toString('utf8');
    expect(text).toContain(MINE);
    expect(text).toContain('[Untranslated:');
    const markdown = (await downloaded('md')).toString('utf8');
    expect(markdown).toMatch(/^# /mu);
    expect(markdown).toContain(MINE);
    const zip = await JSZip.loadAsync(await downloaded('docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain(MINE);
    const xliff = (await downloaded('xliff20')).toString('utf8');
    expect(xliff).toContain('<xliff version="2.0"');
    expect(xliff).toContain(article.segments[1].source.slice(0, 10));

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.locator('[data-testid=export-menu]').click();
    await page.locator('[data-testid=export-clipboard]').click();
    await expect.poll(() => page.locator('.toast').textContent()).toBe(en.export.copied);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(MINE);
    expect(clipboard).toBe(text);
    // Focus went back to the menu button after the menu closed.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-menu');
  });

  it('exports many articles from the list into one file', async () => {
    const { page, store } = workbench;
    await page.locator('.brand').click();
    await page.locator('[data-testid=article-row]').first().waitFor();
    await page.locator('[data-testid=export-menu]').click();
    const download = page.waitForEvent('download');
    await page.locator('[data-testid=export-txt]').click();
    const text = readFileSync(await (await download).path(), 'utf8');
    const articles = await store.listArticles();
    expect(text.split('* * *')).toHaveLength(articles.length);
    expect(text).toContain(MINE);
    expect(pageErrors.filter((error) => !/eval/u.test(error))).toEqual([]);
  });
});
