/**
 * Sessions that survive (issue 13, item 9) in Debian's Chromium with a real profile on disk: the
 * launch URL's one-time code becomes an HttpOnly, SameSite=Strict cookie and leaves the address
 * bar; a second tab opens with the cookie; the server restarts (store closed and reopened, as
 * after Ctrl+C and `npm start`) under an open tab and the tab's next edit is saved; the spent
 * code opens nothing in another browser; and the profile's History database holds no session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildRenderer, chromiumAvailable, CHROMIUM_PATH, startWorkbench, type Workbench } from './workbench-harness.ts';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import { startServer, type RunningServer } from '../../transports/http/server.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';

let workbench: Workbench;
let staticDir: string;
let server: RunningServer;
let store: ProjectStore;
let launchUrl: string;
let otherBrowser: Browser | undefined;

beforeAll(async () => {
  if (!chromiumAvailable()) return;
  staticDir = await buildRenderer();
  workbench = await startWorkbench({ staticDir });
  ({ server, store } = workbench);
}, 180_000);

afterAll(async () => {
  await otherBrowser?.close();
  if (!workbench) return;
  await workbench.context.close().catch(() => {});
  await server.close();
  await store.close();
  await rm(workbench.tempDir, { recursive: true, force: true });
  await rm(staticDir, { recursive: true, force: true });
});

/** Every segment id of the first article in display order, and the article's id. */
async function firstArticle() {
  const [summary] = await store.listArticles();
  const article = (await store.getArticle(summary.id))!;
  return { id: article.id, segments: article.segments.filter((segment) => segment.status !== 'joined').map((segment) => segment.id) };
}

describe.skipIf(!chromiumAvailable())('sessions of the browser fallback in Chromium', () => {
  it('the launch code becomes an HttpOnly SameSite=Strict cookie and leaves the address bar', async () => {
    const { page, context } = workbench;
    launchUrl = server.pageUrl;
    expect(launchUrl).toMatch(/\/open\?code=[\w-]{43}$/);
    await page.goto(launchUrl);
    await page.locator('[data-testid=article-row]').first().waitFor({ timeout: 20_000 });
    expect(page.url()).toBe(server.url);
    expect(await page.evaluate(() => location.href)).not.toContain('code=');
    const cookies = await context.cookies(server.url);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    // Script in the page cannot read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('a second tab opens with the cookie, from the bare URL', async () => {
    const second = await workbench.context.newPage();
    await second.goto(server.url);
    await second.locator('[data-testid=article-row]').first().waitFor({ timeout: 20_000 });
    expect(await second.locator('[data-testid=article-row]').count()).toBe((await store.listArticles()).length);
    await second.close();
  });

  it('after a server restart under the open tab, the next edit is saved', async () => {
    const { page } = workbench;
    const article = await firstArticle();
    await page.locator(`[data-article-id="${article.id}"] .article-title`).click();
    const target = (segmentId: string) => page.locator(`[data-testid=segment][data-segment-id="${segmentId}"] [data-testid=target]`);
    await target(article.segments[0]).fill('Before the restart');
    await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 10_000 });
    expect((await store.getArticle(article.id))!.segments.find((s) => s.id === article.segments[0])!.target).toBe('Before the restart');

    // Ctrl+C and `npm start` again: the store is closed and reopened, the server is a new one.
    const port = server.port;
    const projectDir = store.dir;
    await server.close();
    await store.close();
    store = await openLowdbProject(projectDir);
    server = await startServer({ store, staticDir });
    expect(server.port).toBe(port);

    await target(article.segments[1]).fill('After the restart');
    await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await store.getArticle(article.id))!.segments.find((s) => s.id === article.segments[1])!.target).toBe('After the restart');
    expect(await page.locator('[data-testid=save-state][data-state=error]').count()).toBe(0);
  });

  it('the spent code opens nothing in another browser', async () => {
    otherBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await otherBrowser.newPage();
    const apiStatuses: number[] = [];
    page.on('response', (response) => { if (response.url().includes('/api/')) apiStatuses.push(response.status()); });
    const answer = await page.goto(launchUrl);
    expect(answer?.status()).toBe(403);
    expect(await page.textContent('body')).toContain('already used');
    expect(await page.context().cookies(server.url)).toEqual([]);
    await page.goto(server.url);
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-testid=article-row]').count()).toBe(0);
    expect(apiStatuses.length).toBeGreaterThan(0);
    expect(apiStatuses.every((status) => status === 401)).toBe(true);
  });

  it("the profile's History database holds no session value, only the spent code", async () => {
    const [cookie] = await workbench.context.cookies(server.url);
    await workbench.context.close();
    const profile = path.join(workbench.tempDir, 'profile');
    const historyFiles: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) visit(full);
        else if (/^History/.test(entry.name)) historyFiles.push(full);
      }
    };
    visit(profile);
    expect(historyFiles.length).toBeGreaterThan(0);
    const history = historyFiles.map((file) => readFileSync(file).toString('latin1')).join('\n');
    // The detector works: the visited app URL is in the database.
    expect(history).toContain(`127.0.0.1:${server.port}`);
    expect(history).not.toContain(cookie.value);
    expect(history).not.toContain(cookie.value.split('.').pop()!);
    expect(history).not.toContain('token=');
  });
});
