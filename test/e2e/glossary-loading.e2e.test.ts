/**
 * The glossary comes after the first paint (issue 10): in Chromium against the real server, with
 * the page's `glossary.get` held back, the article list shows and the editor opens while the
 * glossary is still on its way; the panel and the editor say so; an approval asked for meanwhile
 * is decided by the approval rule once the glossary is there; and the glossary features (live
 * issues, panel search) work after it has loaded. Screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { artifactPath, buildRenderer, chromiumAvailable, startWorkbench, type Workbench } from './workbench-harness.ts';
import en from '../../renderer/locales/en.json';

const ARTICLE_ID = '001_5fa5028a7c2c55c0';
const WRONG = "Russia's defense minister meets North Korea's dictator Kim Jong-un, promises help in the war against Ukraine";

describe.skipIf(!chromiumAvailable())('glossary loaded after the first paint (Chromium, fallback server)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let glossaryAsked = 0;

  beforeAll(async () => {
    workbench = await startWorkbench({ staticDir: await buildRenderer() });
    const { page } = workbench;
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    // The page's glossary request waits until the test lets it through.
    await page.route('**/api/glossary.get', async (route: Route) => {
      glossaryAsked++;
      await held;
      await route.continue();
    });
  }, 180_000);

  afterAll(async () => {
    release();
    await workbench?.close();
  });

  it('shows the article list while the glossary is still loading', async () => {
    const { page, server, store } = workbench;
    await page.goto(server.pageUrl);
    await page.locator('[data-testid=article-row]').first().waitFor();
    expect(await page.locator('[data-testid=article-row]').count()).toBe((await store.listArticles()).length);
    // The request is out and held: the list did not wait for it.
    await expect.poll(() => glossaryAsked).toBe(1);
    expect(await page.locator('.app').getAttribute('data-glossary')).toBe('loading');
    await page.screenshot({ path: artifactPath('list-glossary-loading.png') });
  });

  it('says "loading" in the panel and offers no entry form until the glossary is there', async () => {
    const { page } = workbench;
    await page.getByRole('button', { name: en.glossary.panelTitle, exact: true }).click();
    const panel = page.locator('[data-testid=glossary-panel]');
    await panel.locator('[data-testid=glossary-loading]').waitFor();
    expect(await panel.locator('[data-testid=glossary-loading]').textContent()).toBe(en.glossary.loading);
    expect(await panel.getByRole('button', { name: `+ ${en.glossary.add}` }).isDisabled()).toBe(true);
    expect(await panel.locator('.entry-item').count()).toBe(0);
    await page.screenshot({ path: artifactPath('panel-glossary-loading.png') });
    await page.getByRole('button', { name: en.glossary.panelTitle, exact: true }).click();
    await panel.waitFor({ state: 'detached' });
  });

  it('opens the editor meanwhile; an approval asked for waits for the glossary, then the rule applies', async () => {
    const { page, store } = workbench;
    await page.locator(`[data-article-id="${ARTICLE_ID}"] .article-title`).click();
    const title = (await store.getArticle(ARTICLE_ID))!.segments[0];
    const row = page.locator(`[data-testid=segment][data-segment-id="${title.id}"]`);
    await row.waitFor();
    await page.locator('.editor [data-testid=glossary-loading]').waitFor();

    const textarea = row.locator('[data-testid=target]');
    await textarea.click();
    await page.keyboard.type(WRONG, { delay: 2 });
    await expect.poll(() => row.getAttribute('data-status')).toBe('draft');
    // Without the glossary the forbidden form is not known yet, and the approval is not decided.
    expect(await row.locator('[data-testid=segment-issue][data-code=forbidden-term]').count()).toBe(0);
    await page.keyboard.press('Control+Shift+Enter');
    await page.waitForTimeout(300);
    expect(await page.locator('[data-testid=override-dialog]').count()).toBe(0);
    expect(await row.getAttribute('data-status')).toBe('draft');
    await page.screenshot({ path: artifactPath('editor-glossary-loading.png') });

    release();
    await page.locator('.app[data-glossary=ready]').waitFor();
    await page.locator('.editor [data-testid=glossary-loading]').waitFor({ state: 'detached' });
    const forbidden = row.locator('[data-testid=segment-issue][data-code=forbidden-term]');
    await forbidden.waitFor({ timeout: 10_000 });
    expect(await forbidden.textContent()).toContain('Kim Jong-un');
    // The waiting approval met a glossary error: it asks for a reason instead of approving.
    const dialog = page.locator('[data-testid=override-dialog]');
    await dialog.waitFor();
    await page.screenshot({ path: artifactPath('editor-glossary-ready.png') });
    await dialog.getByRole('button', { name: en.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await row.getAttribute('data-status')).toBe('draft');
  });

  it('searches the loaded glossary in the panel', async () => {
    const { page, store } = workbench;
    const moscow = (await store.getGlossary()).entries.find((entry) => entry.target === 'Moscow')!;
    await page.getByRole('button', { name: en.glossary.panelTitle, exact: true }).click();
    const panel = page.locator('[data-testid=glossary-panel]');
    await panel.locator('[data-testid=glossary-search]').fill('moscow');
    await panel.locator('.entry-item', { hasText: moscow.source }).first().waitFor();
    expect(await panel.getByRole('button', { name: `+ ${en.glossary.add}` }).isDisabled()).toBe(false);
    expect(glossaryAsked).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
