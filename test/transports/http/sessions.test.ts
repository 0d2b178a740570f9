/**
 * Sessions of the HTTP fallback (issue 13, item 9) at the HTTP level, on a real lowdb project:
 * the launch code works once and becomes a cookie; the cookie survives a server restart (the key
 * is kept 0600 in the project folder, the port is taken again); a cookie alone (no request
 * header) or from a foreign Origin opens nothing; a key file others can read or a symlink is
 * replaced, never followed; a read-only project gets no file written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lstatSync, readFileSync, statSync, writeFileSync, chmodSync, symlinkSync, existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { startServer, type RunningServer } from '../../../transports/http/server.ts';
import { SESSION_KEY_FILE, createSessionGate, SESSION_MAX_AGE_SECONDS } from '../../../transports/http/session.ts';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { createHandlers } from '../../../services/handlers.ts';
import type { ProjectStore } from '../../../services/store/project-store.ts';

let work: string;
let projectDir: string;
let store: ProjectStore | undefined;
let server: RunningServer | undefined;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'anuvad-sessions-'));
  projectDir = path.join(work, 'project');
});

afterEach(async () => {
  await server?.close();
  await store?.close();
  server = undefined;
  store = undefined;
  await rm(work, { recursive: true, force: true });
});

async function start(port?: number): Promise<RunningServer> {
  store = await openLowdbProject(projectDir, { create: true });
  server = await startServer({ store, staticDir: work, handlers: createHandlers(store), port });
  return server;
}

async function restart(): Promise<RunningServer> {
  await server?.close();
  await store?.close();
  return start();
}

/** Opens the launch URL like a browser would (no redirect following); returns status, cookie pair and location. */
async function open(url: string, cookie?: string) {
  const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  return { status: response.status, cookie: response.headers.get('set-cookie')?.split(';')[0], location: response.headers.get('location') };
}

async function call(running: RunningServer, headers: Record<string, string>) {
  const response = await fetch(`${running.url}api/project.info`, {
    method: 'POST', body: '{}', headers: { 'content-type': 'application/json', ...headers },
  });
  return response.status;
}

const fromPage = (running: RunningServer, cookie: string) => ({ cookie, 'x-anuvad-request': '1', origin: running.url.slice(0, -1) });

describe('launch code and cookie', () => {
  it('the code works once, becomes a cookie that opens the API, and a spent code opens nothing', async () => {
    const running = await start();
    const launch = running.pageUrl;
    const first = await open(launch);
    expect(first.status).toBe(303);
    expect(first.location).toBe('/');
    expect(await call(running, fromPage(running, first.cookie!))).toBe(200);
    // The same code again, from a browser without the cookie (another profile, the history): refused.
    expect((await open(launch)).status).toBe(403);
    // ...while the signed-in browser re-opening it is simply sent to the app.
    expect((await open(launch, first.cookie)).status).toBe(303);
    // A made-up code is refused; the next printed URL is a different, fresh code.
    expect((await open(`${running.url}open?code=${'A'.repeat(43)}`)).status).toBe(403);
    expect(running.pageUrl).not.toBe(launch);
    expect((await open(running.pageUrl)).status).toBe(303);
  });

  it('a cookie alone (no request header), from a foreign origin, or of another key opens nothing', async () => {
    const running = await start();
    const { cookie } = await open(running.pageUrl);
    expect(await call(running, { cookie: cookie! })).toBe(403);
    expect(await call(running, { ...fromPage(running, cookie!), origin: 'http://evil.example' })).toBe(403);
    expect(await call(running, { ...fromPage(running, cookie!), 'sec-fetch-site': 'cross-site' })).toBe(403);
    const [name] = cookie!.split('=');
    const forged = createSessionGate(Buffer.alloc(32, 7)).mintSession();
    expect(await call(running, fromPage(running, `${name}=${forged}`))).toBe(403);
    expect(await call(running, fromPage(running, `${name}=v1.1.${'A'.repeat(43)}`))).toBe(403);
  });

  it('a session expires after its maximum age', () => {
    let now = 1_000_000;
    const gate = createSessionGate(Buffer.alloc(32, 1), () => now);
    const session = gate.mintSession();
    expect(gate.verifySession(session)).toBe(true);
    now += SESSION_MAX_AGE_SECONDS + 1;
    expect(gate.verifySession(session)).toBe(false);
  });
});

describe('surviving a restart', () => {
  it('keeps the key 0600 in the project folder, takes the same port again, and accepts the old cookie', async () => {
    const first = await start();
    const { cookie } = await open(first.pageUrl);
    const keyFile = path.join(projectDir, SESSION_KEY_FILE);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).not.toContain(cookie!.split('=')[1]);
    const port = first.port;
    const second = await restart();
    expect(second.port).toBe(port);
    expect(await call(second, fromPage(second, cookie!))).toBe(200);
    // The old header token of scripts too.
    expect(await call(second, { 'x-anuvad-token': first.token })).toBe(200);
  });

  it('when the remembered port is taken by another program, any free port is used', async () => {
    await start();
    const remembered = server!.port;
    await server!.close();
    await store!.close();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(remembered, '127.0.0.1', resolve));
    try {
      const other = await start();
      expect(other.port).not.toBe(remembered);
      expect((await open(other.pageUrl)).status).toBe(303);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('a key file others can read is replaced (old sessions end), and a symlinked one is never followed', async () => {
    const first = await start();
    const { cookie } = await open(first.pageUrl);
    const keyFile = path.join(projectDir, SESSION_KEY_FILE);
    chmodSync(keyFile, 0o644);
    const second = await restart();
    // The cookie's name comes from the key: the old cookie is not even looked at.
    expect(await call(second, fromPage(second, cookie!))).toBe(401);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    // A key file pointing outside the project: the outside file is untouched, the link replaced by a plain file.
    const outside = path.join(work, 'outside.json');
    writeFileSync(outside, JSON.stringify({ key: 'B'.repeat(43) }), { mode: 0o600 });
    await server!.close();
    await store!.close();
    await rm(keyFile);
    symlinkSync(outside, keyFile);
    const third = await start();
    const forged = createSessionGate(Buffer.from('B'.repeat(43), 'base64url')).mintSession();
    const [name] = (await open(third.pageUrl)).cookie!.split('=');
    expect(await call(third, fromPage(third, `${name}=${forged}`))).toBe(403);
    expect(readFileSync(outside, 'utf8')).toBe(JSON.stringify({ key: 'B'.repeat(43) }));
    expect(lstatSync(keyFile).isSymbolicLink()).toBe(false);
  });

  it('a project opened read-only gets no key file written and says sessions end with the server', async () => {
    const owner = await openLowdbProject(projectDir, { create: true });
    try {
      store = await openLowdbProject(projectDir);
      expect(store.readOnly).toBeTruthy();
      server = await startServer({ store, staticDir: work, handlers: createHandlers(store) });
      expect(existsSync(path.join(projectDir, SESSION_KEY_FILE))).toBe(false);
      expect(server.sessionWarning).toMatch(/read-only/);
      expect(readdirSync(projectDir).filter((name) => name.includes('session'))).toEqual([]);
    } finally {
      await server?.close();
      await store?.close();
      server = undefined;
      store = undefined;
      await owner.close();
    }
  });
});
