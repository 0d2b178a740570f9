/**
 * `npm start` without an Electron binary: one line says so, the server starts on loopback with a
 * token URL, the API answers with the default project, and SIGTERM stops it and releases the lock.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '../../..');
const electronInstalled = existsSync(path.join(root, 'node_modules/electron/path.txt'));
let work: string | undefined;

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(electronInstalled)('npm start without the Electron binary', () => {
  it('prints one line, serves the default project behind a one-time launch URL, and releases the lock on SIGTERM', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'anuvad-start-'));
    const child = spawn(process.execPath, [path.join(root, 'bin/start.js'), '--port', '0'], {
      cwd: root,
      env: { ...process.env, ANUVAD_HOME: work, ANUVAD_SKIP_RENDERER_BUILD: '1', ANUVAD_BROWSER: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let waited = 0; !stdout.includes('Ctrl+C') && waited < 60_000 && child.exitCode === null; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const lines = stdout.trim().split('\n');
      expect(stderr).toBe('');
      expect(lines[0]).toBe('Electron binary not installed; serving the workbench for your browser');
      const pageUrl = /Anuvad Workbench: ((http:\/\/127\.0\.0\.1:\d+\/)open\?code=[\w-]{43})$/.exec(lines[1]);
      expect(pageUrl).not.toBeNull();
      const [, launch, base] = pageUrl!;
      const refused = await fetch(`${base}api/article.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(refused.status).toBe(401);
      // The code buys an HttpOnly, SameSite=Strict cookie and a redirect to the bare URL; it works once.
      const opened = await fetch(launch, { redirect: 'manual' });
      expect(opened.status).toBe(303);
      expect(opened.headers.get('location')).toBe('/');
      const cookie = opened.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^anuvad_session_\w+=v1\.[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
      expect((await fetch(launch, { redirect: 'manual' })).status).toBe(403);
      const listed = await fetch(`${base}api/article.list`, {
        method: 'POST', body: '{}',
        headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0], 'x-anuvad-request': '1', origin: base.slice(0, -1) },
      });
      const body = await listed.json() as { ok: boolean; result: { file: string }[] };
      expect(body.ok).toBe(true);
      expect(body.result.map((summary) => summary.file).sort()).toEqual(readdirSync(path.join(root, 'articles/samples')).filter((name) => name.endsWith('.txt')).sort());
      const projectDir = path.join(work, 'default-project');
      // The session key stays in the project folder, readable by its owner only.
      expect(statSync(path.join(projectDir, '.anuvad-session.json')).mode & 0o777).toBe(0o600);
      const lockFiles = () => readdirSync(projectDir).filter((name) => name.includes('lock'));
      expect(lockFiles().length).toBeGreaterThan(0);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(lockFiles()).toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
