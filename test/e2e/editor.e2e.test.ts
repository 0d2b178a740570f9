/**
 * The editor end to end in Debian's Chromium against the real fallback server and lowdb store on
 * a temporary copy of the default project: forbidden rendering shown while typing, corrected,
 * approved and persisted across a reload; UI language switched and persisted; Ctrl+1 insertion,
 * undo, Alt+Down, Ctrl+F. Screenshots of the list and the editor go to test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, artifactPath, chromiumAvailable, openWorkbenchForSuite, type Workbench } from './workbench-harness.ts';
import { createGlossaryChecker } from '../../glossary/index.ts';
import { renderingOptions, slotOption } from '../../renderer/editor/renderings.ts';
import en from '../../renderer/locales/en.json';
import hi from '../../renderer/locales/hi.json';

const ARTICLE_ID = '001_5fa5028a7c2c55c0';
const WRONG = "Russia's defense minister meets North Korea's dictator Kim Jong-un, promises help in the war against Ukraine";
const RIGHT = "Russia's defense minister meets North Korea's dictator Kim Jong Un, promises help in the war against Ukraine";

describe.skipIf(!chromiumAvailable())('editor end to end (Chromium, fallback server)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];

  openWorkbenchForSuite(pageErrors, (opened) => (workbench = opened));

  const segmentRow = (segmentId: string): Locator => workbench.page.locator(`[data-testid=segment][data-segment-id="${segmentId}"]`);

  it('lists the five seed articles and saves a screenshot of the list', async () => {
    const { page, store } = workbench;
    const rows = page.locator('[data-testid=article-row]');
    await expect.poll(() => rows.count()).toBe((await store.listArticles()).length);
    expect(await rows.count()).toBe(5);
    const article = await store.getArticle(ARTICLE_ID);
    await expect.poll(() => page.locator(`[data-article-id="${ARTICLE_ID}"] .article-title`).textContent()).toBe(article?.title);
    await page.screenshot({ path: artifactPath('article-list.png') });
  });

  it('renders Devanagari with the bundled Noto Sans Devanagari, not a system font', async () => {
    const { page } = workbench;
    // Only @font-face fonts appear in document.fonts, so a loaded face here is the bundled woff2.
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Noto Sans Devanagari').map((face) => ({ weight: face.weight, status: face.status, range: face.unicodeRange }));
    });
    const loaded = faces.filter((face) => face.status === 'loaded');
    expect(loaded.some((face) => face.weight === '400' && /U\+0?900/i.test(face.range))).toBe(true);
    expect(loaded.some((face) => face.weight === '700' && /U\+0?900/i.test(face.range))).toBe(true);
    const family = await page.locator('.article-title').first().evaluate((element) => getComputedStyle(element).fontFamily);
    expect(family).toMatch(/^"?Noto Sans Devanagari/);
  });

  it('shows the forbidden rendering while typing, approves the corrected text and keeps it after a reload', async () => {
    const { page, store } = workbench;
    await page.locator(`[data-article-id="${ARTICLE_ID}"] .article-title`).click();
    const article = await store.getArticle(ARTICLE_ID);
    const title = article!.segments[0];
    expect(title.kind).toBe('title');
    const row = segmentRow(title.id);
    await row.waitFor();

    const textarea = row.locator('[data-testid=target]');
    await textarea.click();
    await page.keyboard.type(WRONG, { delay: 5 });
    const forbidden = row.locator('[data-testid=segment-issue][data-code=forbidden-term]');
    await forbidden.waitFor({ timeout: 5000 });
    expect(await forbidden.textContent()).toContain('Kim Jong-un');
    expect(await row.getAttribute('data-status')).toBe('draft');
    await page.screenshot({ path: artifactPath('editor.png') });

    // Approval with a glossary error asks for a reason; cancelling leaves the segment a draft.
    await page.keyboard.press('Control+Shift+Enter');
    const dialog = page.locator('[data-testid=override-dialog]');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: en.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await row.getAttribute('data-status')).toBe('draft');

    await textarea.fill(RIGHT);
    await forbidden.waitFor({ state: 'detached', timeout: 5000 });
    expect(await row.locator('[data-testid=segment-issue]').count()).toBe(0);
    await row.locator('[data-testid=status]').selectOption('approved');
    await expect.poll(() => row.getAttribute('data-status')).toBe('approved');
    await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });

    const stored = (await store.getArticle(ARTICLE_ID))!.segments[0];
    expect(stored.target).toBe(RIGHT);
    expect(stored.status).toBe('approved');

    await page.reload();
    const reloaded = segmentRow(title.id);
    await reloaded.waitFor();
    expect(await reloaded.locator('[data-testid=target]').inputValue()).toBe(RIGHT);
    expect(await reloaded.getAttribute('data-status')).toBe('approved');
    expect(await reloaded.locator('[data-testid=status]').inputValue()).toBe('approved');
  });

  it('inserts the first glossary rendering with Ctrl+1, undoes it with Ctrl+Z and moves with Alt+Down', async () => {
    const { page, store } = workbench;
    const article = (await store.getArticle(ARTICLE_ID))!;
    const glossary = await store.getGlossary();
    const segment = article.segments[1];
    const options = renderingOptions(
      createGlossaryChecker(glossary).terms(segment.source),
      new Map(glossary.entries.map((entry) => [entry.id, entry])),
    );
    // Ctrl+N is the N-th term's rendering: alternates of the first term do not take slot 2.
    const expected = [slotOption(options, 0)!, slotOption(options, 1)!];
    expect(expected[1]).toBeDefined();
    expect(expected[1].entryId).not.toBe(expected[0].entryId);

    const row = segmentRow(segment.id);
    const textarea = row.locator('[data-testid=target]');
    await textarea.click();
    await page.keyboard.press('Control+1');
    await expect.poll(() => textarea.inputValue()).toBe(expected[0].text);
    await page.keyboard.type(' and');
    await page.keyboard.press('Control+2');
    await expect.poll(() => textarea.inputValue()).toBe(`${expected[0].text} and ${expected[1].text}`);

    await page.keyboard.press('Control+z');
    await expect.poll(() => textarea.inputValue()).toBe(`${expected[0].text} and`);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => textarea.inputValue()).toBe(`${expected[0].text} and ${expected[1].text}`);

    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement?.closest('[data-testid=segment]') as HTMLElement | null)?.dataset.segmentId))
      .toBe(article.segments[2].id);
    await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });
    expect((await store.getArticle(ARTICLE_ID))!.segments[1].target).toBe(`${expected[0].text} and ${expected[1].text}`);
  });

  it('finds text with Ctrl+F', async () => {
    const { page } = workbench;
    await page.keyboard.press('Control+f');
    const input = page.locator('[data-testid=find-input]');
    await input.waitFor();
    await input.fill('Kim Jong Un');
    await input.press('Enter');
    await expect.poll(() => page.locator('.segment.find-current').count()).toBe(1);
    await input.press('Escape');
    await input.waitFor({ state: 'detached' });
  });

  it('switches the UI to Hindi, keeps it after a reload, and switches back', async () => {
    const { page, store } = workbench;
    const header = page.locator('.segment-header');
    await expect.poll(() => header.textContent()).toContain(en.editor.sourceColumn);
    await page.locator('[data-testid=language-switch]').selectOption('hi');
    await expect.poll(() => header.textContent()).toContain(hi.editor.sourceColumn);
    await expect.poll(async () => (await store.getSettings()).uiLanguage).toBe('hi');
    await page.screenshot({ path: artifactPath('editor-hi.png') });

    await page.reload();
    await page.locator('.segment-header').waitFor();
    await expect.poll(() => page.locator('.segment-header').textContent()).toContain(hi.editor.sourceColumn);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');

    await page.locator('[data-testid=language-switch]').selectOption('en');
    await expect.poll(() => page.locator('.segment-header').textContent()).toContain(en.editor.sourceColumn);
    await expect.poll(async () => (await store.getSettings()).uiLanguage).toBe('en');
  });

  it('shows removed boilerplate on demand and restores a line into the article', async () => {
    const { page, store } = workbench;
    const before = (await store.getArticle(ARTICLE_ID))!;
    expect(before.removed.length).toBeGreaterThan(0);
    const line = before.removed[before.removed.length - 1];
    await page.getByRole('button', { name: en.removed.toggle.replace('{{count}}', String(before.removed.length)) }).click();
    const panel = page.locator('[data-testid=removed-lines]');
    await panel.waitFor();
    expect(await panel.locator('tbody tr').count()).toBe(before.removed.length);
    await panel.locator('tbody tr', { hasText: line.text }).getByRole('button', { name: en.removed.restore }).click();
    await expect.poll(async () => (await store.getArticle(ARTICLE_ID))!.removed.length).toBe(before.removed.length - 1);
    const after = (await store.getArticle(ARTICLE_ID))!;
    const restored = after.segments.filter((segment) => segment.line === line.line);
    expect(restored.length).toBeGreaterThan(0);
    await expect.poll(() => panel.locator('tbody tr').count()).toBe(before.removed.length - 1);
    await segmentRow(restored[0].id).waitFor();
    // The editor moved to the restored line; the approved title survived the restore.
    await expect.poll(() => page.evaluate(() => (document.activeElement?.closest('[data-testid=segment]') as HTMLElement | null)?.dataset.segmentId)).toBe(restored[0].id);
    expect(after.segments[0].status).toBe('approved');
    await page.getByRole('button', { name: en.removed.toggle.replace('{{count}}', String(after.removed.length)) }).click();
  });

  it('searches the glossary with loose Hindi and lists where an entry occurs', async () => {
    const { page, store } = workbench;
    const glossary = await store.getGlossary();
    const moscow = glossary.entries.find((entry) => entry.target === 'Moscow')!;
    await page.getByRole('button', { name: en.glossary.panelTitle, exact: true }).click();
    const panel = page.locator('[data-testid=glossary-panel]');
    // The panel normalises candra-o, so मॉस्को finds the entry written मास्को (and the reverse).
    await panel.locator('[data-testid=glossary-search]').fill(moscow.source.includes('ॉ') ? moscow.source.replace('ॉ', 'ा') : moscow.source.replace('ा', 'ॉ'));
    await panel.locator('.entry-item', { hasText: moscow.target }).click();
    await panel.locator('[data-testid=show-occurrences]').click();
    const list = panel.locator('[data-testid=occurrence-list] li');
    await list.first().waitFor();
    const occurrences = await workbench.page.evaluate(
      async (entryId) => {
        const response = await fetch('/api/glossary.occurrences', {
          method: 'POST',
          // The page's own session: its cookie plus the header the server asks of cookie-signed calls.
          headers: { 'Content-Type': 'application/json', 'X-Anuvad-Request': '1' },
          body: JSON.stringify({ entryId }),
        });
        return ((await response.json()) as { result: { articleId: string }[] }).result;
      },
      moscow.id,
    );
    expect(await list.count()).toBe(new Set(occurrences.map((occurrence) => occurrence.articleId)).size);
    await panel.getByRole('button', { name: en.common.close }).click();
  });

  it('imports a page from a file into the list', async () => {
    const { page, store } = workbench;
    await page.locator('[data-testid=back]').click();
    await page.locator('[data-testid=article-row]').first().waitFor();
    const before = (await store.listArticles()).length;
    const raw = readFileSync(path.join(REPO_ROOT, 'articles/samples/002_0f029a2cb635d9d3.txt'));
    await page.locator('[data-testid=import-input]').setInputFiles({ name: 'imported-copy.txt', mimeType: 'text/plain', buffer: raw });
    await expect.poll(async () => (await store.listArticles()).length).toBe(before + 1);
    const imported = (await store.listArticles()).find((article) => article.file === 'imported-copy.txt')!;
    await page.locator(`[data-article-id="${imported.id}"]`).waitFor();
    expect(await page.locator(`[data-article-id="${imported.id}"] .article-title`).textContent()).toBe(imported.title);
  });

  it('offers a confirmed translation as a 100% memory match for a repeated sentence and inserts it with Ctrl+M', async () => {
    const { page, store } = workbench;
    const article = (await store.listArticles()).find((candidate) => candidate.file.startsWith('003_'))!;
    // Seed 003 repeats whole sentences; find the first repeated pair.
    let first = -1;
    let repeat = -1;
    article.segments.forEach((segment, index) => {
      const later = article.segments.findIndex((other, otherIndex) => otherIndex > index && other.source === segment.source);
      if (first < 0 && later > 0) [first, repeat] = [index, later];
    });
    expect(first).toBeGreaterThan(-1);
    const english = 'According to Russian state news agencies, Putin said Russia would not rule out developing military-technical cooperation with North Korea.';

    await page.goto(workbench.server.url);
    await page.locator(`[data-article-id="${article.id}"] .article-title`).click();
    const firstRow = segmentRow(article.segments[first].id);
    await firstRow.waitFor();
    await firstRow.locator('[data-testid=target]').fill(english);
    await firstRow.locator('[data-testid=target]').press('Control+Enter');
    await expect.poll(() => firstRow.getAttribute('data-status')).toBe('translated');
    for (let step = first + 1; step < repeat; step++) await page.keyboard.press('Alt+ArrowDown');
    const repeatRow = segmentRow(article.segments[repeat].id);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement?.closest('[data-testid=segment]') as HTMLElement | null)?.dataset.segmentId))
      .toBe(article.segments[repeat].id);
    const best = page.locator('[data-testid=memory-match]').first();
    await expect.poll(() => best.locator('.match-target').textContent()).toBe(english);
    expect(await best.locator('.match-score').textContent()).toBe(new Intl.NumberFormat('en-IN', { style: 'percent' }).format(1));
    await page.screenshot({ path: artifactPath('editor-memory.png') });
    await page.keyboard.press('Control+m');
    await expect.poll(() => repeatRow.locator('[data-testid=target]').inputValue()).toBe(english);
    await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });
    expect((await store.getArticle(article.id))!.segments[repeat].target).toBe(english);
  });

  it('shows HTML and script in a page and in glossary notes as text, never running it', async () => {
    const { page, store } = workbench;
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><a href="javascript:window.__pwned=1">लिंक</a>';
    await page.goto(workbench.server.url);
    const raw = [`उत्तर कोरिया की खबर ${payload}`, '', `किम जोंग उन ने कहा ${payload} कि सहयोग जारी रहेगा।`, '', `पुतिन ने प्योंगयांग का दौरा किया।`, ''].join('\n');
    await page.locator('[data-testid=import-input]').setInputFiles({ name: 'hostile<b>.txt', mimeType: 'text/plain', buffer: Buffer.from(raw, 'utf8') });
    await expect.poll(async () => (await store.listArticles()).some((article) => article.file.includes('hostile'))).toBe(true);
    const hostile = (await store.listArticles()).find((article) => article.file.includes('hostile'))!;
    const kim = (await store.getGlossary()).entries.find((entry) => entry.target === 'Kim Jong Un')!;
    await store.saveGlossary({ ...(await store.getGlossary()), entries: (await store.getGlossary()).entries.map((entry) => (entry.id === kim.id ? { ...entry, note: payload } : entry)) });
    await page.reload();
    await page.locator(`[data-article-id="${hostile.id}"] .article-title`).click();
    await page.locator('[data-testid=segment]').first().waitFor();
    await page.getByRole('button', { name: new RegExp(en.removed.toggle.split(' (')[0]) }).click();
    const kimTerm = page.locator('mark.term', { hasText: 'किम जोंग उन' }).first();
    if (await kimTerm.count()) {
      await kimTerm.hover();
      await page.locator('[data-testid=term-popover]').waitFor();
    }
    await page.waitForTimeout(300);
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      images: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('body script').length,
      links: document.querySelectorAll('a[href^="javascript:"]').length,
      text: document.body.textContent ?? '',
    }));
    expect(found.pwned).toBeUndefined();
    expect(found.images).toBe(0);
    expect(found.scripts).toBe(0);
    expect(found.links).toBe(0);
    expect(found.text).toContain('<img src=x onerror=');
    await page.locator('[data-testid=back]').click();
    await page.locator('[data-testid=article-row]').first().waitFor();
  });

  it('shows progress in the list after the edits and raised no page errors', async () => {
    const { page } = workbench;
    const row = page.locator(`[data-article-id="${ARTICLE_ID}"]`);
    await row.waitFor();
    await expect.poll(() => row.locator('[role=progressbar]').first().getAttribute('aria-valuenow')).not.toBe('0');
    // Once translated, the list shows the translator's English title under the Hindi.
    await expect.poll(() => row.locator('[data-testid=title-english]').textContent()).toBe(RIGHT);
    await page.screenshot({ path: artifactPath('article-list-after.png') });
    expect(pageErrors).toEqual([]);
  });
});
