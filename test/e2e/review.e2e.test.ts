/**
 * The alignment review end to end in Debian's Chromium against the real fallback server and lowdb
 * store on a temporary copy of the default project (two sample translations already aligned):
 * accept, merge and split from the keyboard, the results persisted across a reload, the accepted
 * English shown as the segment translation in the editor, undo, and the Align translation dialog.
 * Screenshot: test-artifacts/review.png.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { artifactPath, chromiumAvailable, openWorkbenchForSuite, type Workbench } from './workbench-harness.ts';
import type { ReviewedAlignment } from '../../articles/align/review-edits.ts';
import { readFileSync } from 'node:fs';
import { acceptedPairs } from '../../articles/align/review-edits.ts';
import { readTmx } from '../../articles/exchange/tmx.ts';
import en from '../../renderer/locales/en.json';

const SAMPLE_000 = '000_a6e2b2736be51a55';
const SAMPLE_002 = '002_0f029a2cb635d9d3';
const ARTICLE_WITHOUT_ALIGNMENT = '001_5fa5028a7c2c55c0';

describe.skipIf(!chromiumAvailable())('alignment review end to end (Chromium, fallback server)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];

  openWorkbenchForSuite(pageErrors, (opened) => (workbench = opened));

  const stored = async (articleId: string) => (await workbench.store.getDoc<ReviewedAlignment>(`alignments/${articleId}`))!;
  const row = (articleId: string, linkIndex: number): Locator =>
    workbench.page.locator(`[data-testid=review-row][data-article-id="${articleId}"][data-link-index="${linkIndex}"]`);

  it('lists every link of both sample alignments, lowest confidence first', async () => {
    const { page } = workbench;
    await page.locator('[data-testid=nav-review]').click();
    await page.locator('[data-testid=review-list]').waitFor();
    const total = (await stored(SAMPLE_000)).links.length + (await stored(SAMPLE_002)).links.length;
    const rows = page.locator('[data-testid=review-row]');
    await expect.poll(() => rows.count()).toBe(total);
    const scores = await page.locator('[data-testid=review-row] [data-testid=confidence]').allTextContents();
    const numbers = scores.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(await page.evaluate(() => window.location.hash)).toBe('#/review');
    // Ordered by article for the edits below.
    await page.locator('[data-testid=review-sort]').selectOption('article');
    expect(await rows.first().getAttribute('data-article-id')).toBe(SAMPLE_000);
    expect(await rows.first().getAttribute('data-link-index')).toBe('0');
  });

  it('accepts a link with a: the English becomes the segment translation', async () => {
    const { page, store } = workbench;
    const before = await stored(SAMPLE_000);
    const index = before.links.findIndex((link, i) => i >= 2 && link.hi.length === 1 && link.en.length === 1);
    const link = before.links[index];
    await row(SAMPLE_000, index).locator('[data-testid=review-hi]').click();
    await page.keyboard.press('a');
    await expect.poll(() => row(SAMPLE_000, index).getAttribute('data-status')).toBe('accepted');
    await expect.poll(async () => (await stored(SAMPLE_000)).links[index].status).toBe('accepted');
    const segment = (await store.getArticle(SAMPLE_000))!.segments[link.hi[0]];
    expect(segment).toMatchObject({ target: before.en[link.en[0]], status: 'translated', origin: 'aligned' });
    // Accepting moves the selection to the next link.
    expect(await row(SAMPLE_000, index + 1).getAttribute('aria-selected')).toBe('true');
  });

  it('merges the first link with the next with m', async () => {
    const { page } = workbench;
    const before = await stored(SAMPLE_000);
    await row(SAMPLE_000, 0).locator('[data-testid=review-hi]').click();
    await page.keyboard.press('m');
    await expect.poll(async () => (await stored(SAMPLE_000)).links.length).toBe(before.links.length - 1);
    const merged = (await stored(SAMPLE_000)).links[0];
    expect(merged.hi).toEqual([...before.links[0].hi, ...before.links[1].hi]);
    expect(merged.en).toEqual([...before.links[0].en, ...before.links[1].en]);
    await expect.poll(() => row(SAMPLE_000, 0).getAttribute('data-shape')).toBe(`${merged.hi.length}-${merged.en.length}`);
  });

  it('splits the English of the 2-1 link at the cursor with s', async () => {
    const { page } = workbench;
    const before = await stored(SAMPLE_002);
    const index = before.links.findIndex((link) => link.hi.length === 2 && link.en.length === 1);
    const english = before.en[before.links[index].en[0]];
    // The translator joined the report and its attribution ("…, the state media … said on
    // Wednesday."), which the Hindi has as two sentences: split after "phone call,".
    const cut = english.indexOf('phone call,') + 'phone call,'.length;
    expect(cut).toBeGreaterThan('phone call,'.length);
    await row(SAMPLE_002, index).locator('[data-testid=review-hi]').click();
    const box = row(SAMPLE_002, index).locator('[data-testid=review-en-box]');
    await box.click();
    await box.evaluate((element, position) => (element as HTMLTextAreaElement).setSelectionRange(position, position), cut);
    await page.keyboard.press('s');
    await expect.poll(async () => (await stored(SAMPLE_002)).links.length).toBe(before.links.length + 1);
    const after = await stored(SAMPLE_002);
    expect(after.en[after.links[index].en[0]]).toBe(english.slice(0, cut).trim());
    expect(after.en[after.links[index + 1].en[0]]).toBe(english.slice(cut).trim());
    expect(after.links[index].hi).toEqual([before.links[index].hi[0]]);
    expect(after.links[index + 1].hi).toEqual([before.links[index].hi[1]]);
    await expect.poll(() => row(SAMPLE_002, index + 1).getAttribute('data-shape')).toBe('1-1');
    await page.screenshot({ path: artifactPath('review.png') });
  });

  it('keeps accept, merge and split after a reload and shows the accepted English in the editor', async () => {
    const { page, store } = workbench;
    const alignment000 = await stored(SAMPLE_000);
    const alignment002 = await stored(SAMPLE_002);
    await page.reload();
    await page.locator('[data-testid=review-list]').waitFor();
    await page.locator('[data-testid=review-sort]').selectOption('article');
    const accepted = alignment000.links.findIndex((link) => link.status === 'accepted');
    expect(accepted).toBeGreaterThan(0);
    await expect.poll(() => row(SAMPLE_000, accepted).getAttribute('data-status')).toBe('accepted');
    expect(await row(SAMPLE_000, 0).getAttribute('data-shape')).toBe(`${alignment000.links[0].hi.length}-${alignment000.links[0].en.length}`);
    expect(await page.locator(`[data-testid=review-row][data-article-id="${SAMPLE_002}"]`).count()).toBe(alignment002.links.length);

    const link = alignment000.links[accepted];
    const segmentId = alignment000.segmentIds[link.hi[0]];
    // Sorted by article, the article's first row carries its title, which opens the editor.
    await row(SAMPLE_000, 0).locator('[data-testid=open-article]').click();
    const segmentRow = page.locator(`[data-testid=segment][data-segment-id="${segmentId}"]`);
    await segmentRow.waitFor();
    expect(await segmentRow.locator('[data-testid=target]').inputValue()).toBe(alignment000.en[link.en[0]]);
    expect(await segmentRow.getAttribute('data-status')).toBe('translated');
    expect((await store.getArticle(SAMPLE_000))!.segments[link.hi[0]].origin).toBe('aligned');
  });

  it('undoes the split with Ctrl+Z after the reload (the undo states are stored in the project)', async () => {
    const { page } = workbench;
    await page.locator('[data-testid=nav-review]').click();
    await page.locator('[data-testid=review-list]').waitFor();
    await page.locator('[data-testid=review-sort]').selectOption('article');
    const before = await stored(SAMPLE_002);
    await row(SAMPLE_002, 0).locator('[data-testid=review-hi]').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(SAMPLE_002)).links.length).toBe(before.links.length - 1);
  });

  it('marks an English addition with d and moves the sentence back with [', async () => {
    const { page } = workbench;
    const before = await stored(SAMPLE_002);
    const index = before.links.findIndex((link) => link.hi.length === 1 && link.en.length === 2);
    expect(index).toBeGreaterThan(0);
    await row(SAMPLE_002, index).locator('[data-testid=review-hi]').click();
    await page.keyboard.press('d');
    await expect.poll(async () => (await stored(SAMPLE_002)).links.length).toBe(before.links.length + 1);
    expect((await stored(SAMPLE_002)).links[index + 1]).toMatchObject({ hi: [], en: [before.links[index].en[1]] });
    await expect.poll(() => row(SAMPLE_002, index + 1).getAttribute('data-shape')).toBe('0-1');

    await row(SAMPLE_002, index + 1).click();
    await page.keyboard.press('[');
    await expect.poll(async () => (await stored(SAMPLE_002)).links.length).toBe(before.links.length);
    expect((await stored(SAMPLE_002)).links[index]).toMatchObject({ hi: before.links[index].hi, en: before.links[index].en });
  });

  it('accepts every open link at or above the threshold with Shift+A', async () => {
    const { page } = workbench;
    await page.locator('[data-testid=review-threshold]').fill('0.95');
    await page.locator('[data-testid=review-list]').click({ position: { x: 5, y: 5 } });
    const open = async () => (await stored(SAMPLE_002)).links.filter((link) => link.status === 'pending' && link.score >= 0.95).length
      + (await stored(SAMPLE_000)).links.filter((link) => link.status === 'pending' && link.score >= 0.95).length;
    expect(await open()).toBeGreaterThan(0);
    await page.keyboard.press('Shift+A');
    await expect.poll(open).toBe(0);
    const below = (await stored(SAMPLE_000)).links.filter((link) => link.score < 0.95);
    expect(below.every((link) => link.status === 'pending')).toBe(true);
  });

  it('aligns pasted English for another article in the Align translation dialog, with progress', async () => {
    const { page } = workbench;
    await page.locator('[data-testid=open-align-dialog]').click();
    const dialog = page.locator('[data-testid=align-dialog]');
    await dialog.waitFor();
    await dialog.locator(`[data-article-id="${ARTICLE_WITHOUT_ALIGNMENT}"] [data-testid=align-english]`).fill(
      "Russia's defence minister meets North Korea's Kim Jong Un, promises help in the war against Ukraine. Sergei Shoigu arrived in Pyongyang on Wednesday.",
    );
    await dialog.locator('[data-testid=align-run]').click();
    await expect.poll(() => dialog.locator('[data-testid=align-progress] [role=progressbar]').getAttribute('aria-valuenow')).toBe('100');
    await dialog.getByRole('button', { name: en.review.align.close }).click();
    await expect.poll(async () => (await stored(ARTICLE_WITHOUT_ALIGNMENT))?.links.length ?? 0).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`[data-testid=review-row][data-article-id="${ARTICLE_WITHOUT_ALIGNMENT}"]`).count())
      .toBe((await stored(ARTICLE_WITHOUT_ALIGNMENT)).links.length);
  });

  it('downloads the accepted pairs as TMX and the links as CSV', async () => {
    const { page } = workbench;
    const [tmxDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-tmx]').click()]);
    expect(tmxDownload.suggestedFilename()).toBe('aligned-pairs.tmx');
    const tmx = readFileSync((await tmxDownload.path())!, 'utf8');
    const expected = [];
    for (const articleId of [SAMPLE_000, SAMPLE_002, ARTICLE_WITHOUT_ALIGNMENT]) expected.push(...acceptedPairs(await stored(articleId)));
    expect(expected.length).toBeGreaterThan(0);
    expect(readTmx(tmx, 'aligned-pairs.tmx').pairs.map((pair) => [pair.source, pair.target])).toEqual(expected.map((pair) => [pair.source, pair.target]));

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-csv]').click()]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffarticle,hi,en,score,status');
    expect(pageErrors).toEqual([]);
  });
});
