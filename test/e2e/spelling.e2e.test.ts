/**
 * English spell checking end to end in Chromium (fallback server, lowdb, a temporary default
 * project): a misspelling typed into a segment is underlined (a <mark> in the layer behind the
 * textarea, text only), glossary names are not; Ctrl+. opens suggestions and Enter takes the
 * first; a name added to the project dictionary loses its underline and is stored in the project
 * folder; switching the house style to en-US underlines "colour". Screenshot: test-artifacts/spelling.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { artifactPath, chromiumAvailable, openBuiltWorkbench, type Workbench } from './workbench-harness.ts';
import type { Article } from '../../services/contract.ts';

const SEED_002 = '002_0f029a2cb635d9d3';

describe.skipIf(!chromiumAvailable())('spell checking in the editor (Chromium, fallback server)', () => {
  let workbench: Workbench;
  let article: Article;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    workbench = await openBuiltWorkbench(pageErrors);
    article = (await workbench.store.getArticle(SEED_002))!;
    await workbench.page.locator(`[data-article-id="${SEED_002}"] .article-title`).click();
    await row(0).waitFor();
  }, 180_000);

  afterAll(async () => {
    await workbench?.close();
    expect(pageErrors).toEqual([]);
  });

  const row = (index: number): Locator => workbench.page.locator(`[data-testid=segment][data-segment-id="${article.segments[index].id}"]`);
  const marks = (index: number) => row(index).locator('[data-testid=misspelled]').allTextContents();

  it('underlines misspellings but not glossary names, and replaces one from Ctrl+. suggestions', async () => {
    const { page } = workbench;
    await row(0).locator('[data-testid=target]').click();
    await page.keyboard.type('Kim Jong Un and Putin discused the <b>colour</b> of Kyiv with Zorbuk');
    await expect.poll(() => marks(0), { timeout: 10_000 }).toEqual(['discused', 'Zorbuk']);
    // Article text is data: the layer holds text, never the typed markup as elements.
    expect(await row(0).locator('[data-testid=spell-layer] b').count()).toBe(0);
    await page.screenshot({ path: artifactPath('spelling.png') });

    // Caret into "discused", Ctrl+., Enter on the first suggestion.
    const value = await row(0).locator('[data-testid=target]').inputValue();
    await row(0).locator('[data-testid=target]').evaluate((element, at) => (element as HTMLTextAreaElement).setSelectionRange(at, at), value.indexOf('discused') + 3);
    await page.keyboard.press('Control+.');
    const first = row(0).locator('[data-testid=spell-suggestion]').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('discussed');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('spell-suggestion');
    await page.keyboard.press('Enter');
    await expect.poll(() => row(0).locator('[data-testid=target]').inputValue()).toContain('Putin discussed the');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('target');
    await expect.poll(() => marks(0), { timeout: 10_000 }).toEqual(['Zorbuk']);
  });

  it('adds a word to the project dictionary, stored in the project folder', async () => {
    const { page, store } = workbench;
    const value = await row(0).locator('[data-testid=target]').inputValue();
    await row(0).locator('[data-testid=target]').evaluate((element, at) => (element as HTMLTextAreaElement).setSelectionRange(at, at), value.indexOf('Zorbuk') + 2);
    await page.keyboard.press('Control+.');
    await row(0).locator('[data-testid=spell-add]').click();
    await expect.poll(() => marks(0), { timeout: 10_000 }).toEqual([]);
    const file = JSON.parse(readFileSync(path.join(store.dir, 'docs', 'spelling-dictionary.json'), 'utf8'));
    expect(JSON.stringify(file)).toContain('Zorbuk');
  });

  it('follows the house style: en-US underlines the British "colour"', async () => {
    const { page, store } = workbench;
    // The setting as settings.set stores it; the editor re-checks what it shows on the change event.
    await store.saveSettings({ ...(await store.getSettings()), houseStyle: 'en-US' });
    await page.evaluate(() => window.dispatchEvent(new Event('anuvad:spelling-changed')));
    await expect.poll(() => marks(0), { timeout: 10_000 }).toEqual(['colour']);
  });
});
