/**
 * Pre-translation end to end in Chromium (fallback server, lowdb, a temporary default project):
 * the translator confirms a sentence with the keyboard, imports a page that repeats it exactly and
 * once with "!" for the danda; the import message counts one pre-translated segment, the editor
 * shows it filled and marked (status, badge), the near miss stays empty, and Ctrl+Enter confirms it.
 * Screenshot: test-artifacts/pre-translated.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { artifactPath, chromiumAvailable, openBuiltWorkbench, type Workbench } from './workbench-harness.ts';
import type { Article } from '../../services/contract.ts';
import en from '../../renderer/locales/en.json';

const SEED_002 = '002_0f029a2cb635d9d3';
const ENGLISH = 'This sentence was confirmed by the translator.';

describe.skipIf(!chromiumAvailable())('pre-translation on import (Chromium, fallback server)', () => {
  let workbench: Workbench;
  let seedArticle: Article;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    workbench = await openBuiltWorkbench(pageErrors);
    seedArticle = (await workbench.store.getArticle(SEED_002))!;
  }, 180_000);

  afterAll(async () => {
    await workbench?.close();
    expect(pageErrors).toEqual([]);
  });

  const row = (segmentId: string): Locator => workbench.page.locator(`[data-testid=segment][data-segment-id="${segmentId}"]`);
  const focusedId = () => workbench.page.evaluate(() => (document.activeElement?.closest('[data-testid=segment]') as HTMLElement | null)?.dataset.segmentId);

  it('fills the exact repetition of a confirmed sentence as pre-translated and leaves the near miss alone', async () => {
    const { page, store } = workbench;
    const index = seedArticle.segments.findIndex((segment, i) => i > 0 && segment.kind === 'body' && /^[^"“”'‘’]+।$/u.test(segment.source) && segment.status === 'untranslated'
      && seedArticle.segments.filter((other) => other.source === segment.source).length === 1);
    expect(index).toBeGreaterThan(0);
    const source = seedArticle.segments[index].source;

    // Confirm it in the editor, keyboard only: Alt+↓ to the segment, type, Ctrl+Enter.
    await page.locator(`[data-article-id="${SEED_002}"] .article-title`).click();
    await row(seedArticle.segments[0].id).locator('[data-testid=target]').click();
    for (let guard = 0; guard < seedArticle.segments.length && (await focusedId()) !== seedArticle.segments[index].id; guard++) await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.type(ENGLISH);
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await store.getArticle(SEED_002))!.segments[index]).toMatchObject({ target: ENGLISH, status: 'translated' });

    await page.locator('[data-testid=back]').click();
    await page.locator('[data-testid=article-row]').first().waitFor();
    const text = `नई ख़बर का शीर्षक\n\n${source} ${source.replace(/।$/u, '!')}\n`;
    await page.locator('[data-testid=import-input]').setInputFiles({ name: 'repeat-page.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    const expected = en.list.preTranslated_one.replace('{{count}}', '1');
    await expect.poll(() => page.locator('.toast[role=status]').textContent()).toContain(expected);

    const imported = (await store.listArticles()).find((article) => article.file === 'repeat-page.txt')!;
    expect(imported.segments.map((segment) => segment.status)).toEqual(['untranslated', 'pre-translated', 'untranslated']);
    await page.locator(`[data-article-id="${imported.id}"] .article-title`).click();
    const filled = row(imported.segments[1].id);
    await filled.waitFor();
    expect(await filled.getAttribute('data-status')).toBe('pre-translated');
    expect(await filled.locator('[data-testid=target]').inputValue()).toBe(ENGLISH);
    expect(await filled.locator('[data-testid=pretranslated-badge]').isVisible()).toBe(true);
    expect(await filled.locator('[data-testid=status] option:checked').textContent()).toBe(en.status['pre-translated']);
    // Visibly distinct from a translated row: its own border colour.
    const colours = await page.evaluate(() => [...document.querySelectorAll('[data-testid=status]')].map((select) => getComputedStyle(select).borderLeftColor));
    expect(new Set(colours).size).toBeGreaterThan(1);
    expect(await row(imported.segments[2].id).locator('[data-testid=target]').inputValue()).toBe('');
    await page.screenshot({ path: artifactPath('pre-translated.png') });

    // The translator checks it and confirms with the keyboard.
    await filled.locator('[data-testid=target]').focus();
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await store.getArticle(imported.id))!.segments[1].status).toBe('translated');
  });
});
