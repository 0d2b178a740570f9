import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../../transports/http/server.ts';
import { CONTENT_SECURITY_POLICY } from '../../../transports/content-security-policy.ts';
import { ApiFailure } from '../../../services/api-failure.ts';
import { createMemoryProject } from '../../../services/store/memory-store.ts';
import type { ApiHandlers } from '../../../services/api-names.ts';

interface RawResponse { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A request with an exact path and headers (fetch would normalise '..' and refuse to set Host). */
function raw(server: RunningServer, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request({
      host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path,
      headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const SECRET = 'project secret outside the static folder';
let workDir: string;
let server: RunningServer;
const calls: unknown[] = [];

// Stand-in handlers: this file tests the transport; test/services/handlers.test.ts tests the handlers.
const handlers = {
  'project.info': async (args: unknown) => {
    calls.push(args);
    return { dir: '/p', name: 'p', readOnly: false, warnings: [] };
  },
  'article.get': async () => {
    throw new ApiFailure({ code: 'not-found', message: 'No article x' });
  },
} as unknown as ApiHandlers;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'anuvad-server-'));
  const staticDir = path.join(workDir, 'static');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Anuvad</title>');
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(workDir, 'secret.txt'), SECRET);
  await symlink(path.join(workDir, 'secret.txt'), path.join(staticDir, 'assets', 'link.txt'));
  server = await startServer({ store: createMemoryProject(), staticDir, handlers, maxBodyBytes: 1024 });
});

afterAll(async () => {
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

const api = (name: string, headers: Record<string, string>, body = '{}') =>
  raw(server, { method: 'POST', path: `/api/${name}`, headers: { 'content-type': 'application/json', ...headers }, body });

describe('fallback server: network exposure', () => {
  it('listens on 127.0.0.1 only and prints a launch URL with a one-time code, not the session', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.pageUrl).toMatch(new RegExp(`^${server.url}open\\?code=[A-Za-z0-9_-]{43}$`));
    expect(server.pageUrl).not.toContain(server.token);
    expect(server.token).toMatch(/^v1\.\d+\.[A-Za-z0-9_-]{43}$/);
    const other = await startServer({ store: createMemoryProject(), staticDir: workDir, handlers });
    // Another project's key: its sessions open nothing here.
    expect((await api('project.info', { 'x-anuvad-token': other.token })).status).toBe(403);
    await other.close();
  });

  it('refuses connections on a non-loopback address of this machine', async () => {
    const external = Object.values(networkInterfaces()).flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    // Machines without a network interface have nothing to test here beyond the bind address above.
    if (!external) return;
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: external.address, port: server.port });
      socket.once('connect', () => { socket.destroy(); resolve('connected'); });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });
});

describe('fallback server: token and origin', () => {
  it('answers 401 without a token and does not run the handler', async () => {
    const before = calls.length;
    const response = await api('project.info', {});
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false });
    expect(calls.length).toBe(before);
  });

  it('answers 403 with a wrong token, even one of the right length', async () => {
    const wrong = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    expect((await api('project.info', { 'x-anuvad-token': wrong })).status).toBe(403);
  });

  it('answers 200 with the token and passes the JSON body to the handler', async () => {
    const response = await api('project.info', { 'x-anuvad-token': server.token, origin: `http://127.0.0.1:${server.port}` }, '{}');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, result: { dir: '/p', name: 'p', readOnly: false, warnings: [] } });
    expect(calls.at(-1)).toEqual({});
  });

  it('refuses a foreign Origin with 403 even with the right token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null', `https://127.0.0.1:${server.port}`]) {
      const response = await api('project.info', { 'x-anuvad-token': server.token, origin });
      expect(response.status, origin).toBe(403);
    }
  });

  it('refuses cross-site fetch metadata and foreign Host names (DNS rebinding)', async () => {
    expect((await api('project.info', { 'x-anuvad-token': server.token, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('project.info', { 'x-anuvad-token': server.token, host: `attacker.example:${server.port}` })).status).toBe(403);
    expect((await raw(server, { path: '/', headers: { host: 'attacker.example' } })).status).toBe(403);
  });
});

describe('fallback server: API envelope', () => {
  const withToken = () => ({ 'x-anuvad-token': server.token });

  it('carries handler errors as { ok: false, error } with a 4xx status', async () => {
    const response = await api('article.get', withToken(), '{"id":"x"}');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'not-found', message: 'No article x' } });
  });

  it('refuses unknown calls, other methods, other content types, bad JSON and big bodies', async () => {
    expect((await api('project.delete', withToken())).status).toBe(404);
    expect((await api('__proto__', withToken())).status).toBe(404);
    expect((await raw(server, { method: 'GET', path: '/api/project.info', headers: withToken() })).status).toBe(405);
    expect((await raw(server, { method: 'POST', path: '/api/project.info', headers: { ...withToken(), 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    const badJson = await api('project.info', withToken(), '{"x":');
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.code).toBe('bad-input');
    expect((await api('project.info', withToken(), JSON.stringify({ pad: 'x'.repeat(2000) }))).status).toBe(413);
  });
});

describe('fallback server: static files', () => {
  it('serves the renderer with the strict CSP and nosniff', async () => {
    const response = await raw(server, { path: '/' });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Anuvad</title>');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    const script = await raw(server, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside the static folder', async () => {
    const attempts = ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt',
      '/assets/../../secret.txt', '/%2e%2e%5csecret.txt', '/..\\secret.txt', '/assets/link.txt', '/secret.txt%00.html', '/%E0%A4%A'];
    for (const attempt of attempts) {
      const response = await raw(server, { path: attempt });
      expect(response.body, attempt).not.toContain(SECRET);
      expect(response.status, attempt).toBeGreaterThanOrEqual(400);
    }
  });

  it('answers client-side routes with the app shell and unknown assets with 404', async () => {
    expect((await raw(server, { path: '/articles/abc' })).body).toContain('<title>Anuvad</title>');
    expect((await raw(server, { path: '/assets/missing.js' })).status).toBe(404);
  });
});
