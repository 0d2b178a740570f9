/**
 * End-to-end harness: a temporary copy of the default project (built by ensureDefaultProject in a
 * temp ANUVAD_HOME), the real lowdb store and fallback server, and Debian's Chromium driven by
 * playwright-core with its profile, TMPDIR and XDG folders inside the run's temp folder.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureDefaultProject } from '../../services/default-project.ts';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import { startServer, type RunningServer } from '../../transports/http/server.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist/renderer');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A running workbench and a browser pointed at it. */
export interface Workbench {
  server: RunningServer;
  store: ProjectStore;
  context: BrowserContext;
  page: Page;
  tempDir: string;
  close(): Promise<void>;
}

/**
 * Builds the renderer with vite (once per test file) into a fresh temp folder, not dist/renderer,
 * so parallel test files and a developer's own build never overwrite each other. Returns the folder.
 */
export async function buildRenderer(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'anuvad-renderer-'));
  const { build } = await import('vite');
  await build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Starts server and browser on a fresh copy of the default project. */
export async function startWorkbench(options: {
  staticDir?: string;
  viewport?: { width: number; height: number };
  /** Writes to the project before the server opens it (the server reads the list's figures as it opens). */
  seed?: (store: ProjectStore) => Promise<void>;
} = {}): Promise<Workbench> {
  const tempDir = await mkdtemp(path.join(tmpdir(), 'anuvad-e2e-'));
  const projectDir = await ensureDefaultProject({ env: { ANUVAD_HOME: path.join(tempDir, 'home') } });
  const store = await openLowdbProject(projectDir);
  await options.seed?.(store);
  const server = await startServer({ store, staticDir: options.staticDir ?? RENDERER_DIST });
  const browserEnv: Record<string, string> = {};
  for (const name of ['TMPDIR', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_RUNTIME_DIR', 'HOME']) {
    const dir = path.join(tempDir, 'env', name.toLowerCase());
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    browserEnv[name] = dir;
  }
  const context = await chromium.launchPersistentContext(path.join(tempDir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    env: { ...(process.env as Record<string, string>), ...browserEnv },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    server,
    store,
    context,
    page,
    tempDir,
    async close() {
      await context.close().catch(() => {});
      await server.close();
      await store.close();
      await rm(tempDir, { recursive: true, force: true });
      if (options.staticDir && options.staticDir !== RENDERER_DIST) await rm(options.staticDir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds the renderer, starts the workbench on it, records every uncaught page error and console
 * error into `pageErrors`, opens the page and waits for the article list.
 */
export async function openBuiltWorkbench(pageErrors: string[]): Promise<Workbench> {
  const workbench = await startWorkbench({ staticDir: await buildRenderer() });
  workbench.page.on('pageerror', (error) => pageErrors.push(String(error)));
  // CSP violations and failed loads surface only as console errors.
  workbench.page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await workbench.page.goto(workbench.server.pageUrl);
  await workbench.page.locator('[data-testid=article-row]').first().waitFor();
  return workbench;
}

/**
 * For a describe block: opens the built workbench before its tests (handing it to `opened`, page
 * errors recorded into `pageErrors`) and closes it after them.
 */
export function openWorkbenchForSuite(pageErrors: string[], opened: (workbench: Workbench) => void): void {
  let workbench: Workbench | undefined;
  beforeAll(async () => {
    workbench = await openBuiltWorkbench(pageErrors);
    opened(workbench);
  }, 180_000);
  afterAll(async () => {
    await workbench?.close();
  });
}

/** True when the browser binary exists (the e2e suite needs it). */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Makes sure the artifacts folder exists and returns a path inside it. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}
