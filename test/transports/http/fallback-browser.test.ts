/**
 * The browser fallback end to end in Debian's Chromium: the built renderer, served with the strict
 * CSP, loads with no policy violation, takes the token from the URL fragment (and removes it from
 * the address bar), lists the seed articles through the HTTP transport, and survives a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../../transports/http/server.ts';
import { createHandlers } from '../../../services/handlers.ts';
import { createMemoryProject } from '../../../services/store/memory-store.ts';

const root = path.join(import.meta.dirname, '../../..');
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
const samples = path.join(root, 'articles/samples');

// The page must raise no CSP violation at all (zod runs jitless: renderer/zod-jitless.ts).
const ACCEPTED_VIOLATIONS = new Set<string>();

let work: string;
let server: RunningServer;
let browser: Browser;
let titles: string[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'anuvad-fallback-'));
  const staticDir = path.join(work, 'renderer');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: staticDir, emptyOutDir: true } });
  const store = createMemoryProject();
  const handlers = createHandlers(store);
  const pages = readdirSync(samples).filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, base64: readFileSync(path.join(samples, name)).toString('base64') }));
  titles = (await handlers['article.import']({ pages })).map((summary) => summary.title);
  server = await startServer({ store, staticDir, handlers });
  if (chromiumPath) browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe.skipIf(!chromiumPath)('browser fallback in Chromium', () => {
  it('loads under the CSP without violations, lists the articles, and keeps working after a reload', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(server.pageUrl);
    await page.getByText(titles[0], { exact: false }).first().waitFor({ timeout: 20_000 });
    // The token left the address bar (and with it any later Referer or copy-paste).
    expect(page.url()).toBe(server.url);
    for (const title of titles) await expect(page.getByText(title).first().isVisible()).resolves.toBe(true);
    await page.reload();
    await page.getByText(titles[1]).first().waitFor({ timeout: 20_000 });
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations.filter((violation) => !ACCEPTED_VIOLATIONS.has(violation))).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('shows no article data when opened without the token', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const apiStatuses: number[] = [];
    page.on('response', (response) => { if (response.url().includes('/api/')) apiStatuses.push(response.status()); });
    await page.goto(server.url);
    await page.waitForTimeout(1500);
    expect(await page.textContent('body')).not.toContain(titles[0]);
    expect(apiStatuses.every((status) => status === 401)).toBe(true);
    await context.close();
  });
});
