/**
 * The browser fallback server with the real handlers (issue 7), beyond test/transports/http/server.test.ts
 * (which checks the transport with stand-in handlers): the listening socket is bound to 127.0.0.1
 * only (read from the kernel's socket table, so it holds on machines without a network card too),
 * IPv6 loopback is refused, and every API call of the contract is refused without the token, with a
 * wrong one, with the token anywhere but its header, and from a foreign Origin, changing nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES } from '../../services/api-names.ts';
import { startServer, type RunningServer } from '../../transports/http/server.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';

interface RawResponse { status: number; body: string }

function send(server: RunningServer, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request({
      host: '127.0.0.1', port: server.port, method: options.method ?? 'POST', path: options.path,
      headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', ...options.headers },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const PAGE = Buffer.from('रूस और उत्तर कोरिया के बीच समझौता\n\nरूस ने कहा कि वह मदद करेगा।\n').toString('base64');
// Arguments that would change the project if a call got through.
const ARGS: Partial<Record<(typeof API_NAMES)[number], unknown>> = {
  'article.import': { pages: [{ name: 'intruder.txt', base64: PAGE }] },
  'settings.set': { uiLanguage: 'hi' },
  'glossary.delete': { id: 'anything' },
};

let workDir: string;
let store: ProjectStore;
let server: RunningServer;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'anuvad-access-'));
  store = createMemoryProject();
  server = await startServer({ store, staticDir: workDir });
});

afterAll(async () => {
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

/** Local addresses (hex, as in /proc/net/tcp*) of the sockets listening on `port`. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].filter(existsSync).flatMap((file) => readFileSync(file, 'utf8').trim().split('\n').slice(1)
    .map((line) => line.trim().split(/\s+/))
    // Column 1 is local address:port, column 3 the state; 0A is LISTEN.
    .filter((columns) => columns[3] === '0A' && columns[1].endsWith(`:${hexPort}`))
    .map((columns) => columns[1].split(':')[0]));
}

describe('the fallback server listens on loopback only', () => {
  it.skipIf(!existsSync('/proc/net/tcp'))('its only listening socket is 127.0.0.1 (not 0.0.0.0, not ::)', () => {
    // /proc/net/tcp writes 127.0.0.1 in host byte order: 0100007F.
    expect(listeningAddresses(server.port)).toEqual(['0100007F']);
  });

  it('the IPv6 loopback ::1 is refused', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: '::1', port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(['ECONNREFUSED', 'EADDRNOTAVAIL', 'ENETUNREACH', 'EAFNOSUPPORT']).toContain(outcome);
  });
});

describe('every API call is refused without the right token or from a foreign origin', () => {
  const origin = () => `http://127.0.0.1:${server.port}`;
  const wrongToken = () => server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');

  for (const name of API_NAMES) {
    it(name, async () => {
      const body = JSON.stringify(ARGS[name] ?? {});
      const attempts: [string, { path?: string; headers: Record<string, string> }, number][] = [
        ['no token', { headers: { origin: origin() } }, 401],
        ['an empty token', { headers: { origin: origin(), 'x-anuvad-token': '' } }, 401],
        ['a wrong token', { headers: { origin: origin(), 'x-anuvad-token': wrongToken() } }, 403],
        ['the token with a suffix', { headers: { origin: origin(), 'x-anuvad-token': `${server.token}x` } }, 403],
        ['the token in the query string', { path: `/api/${name}?token=${server.token}`, headers: { origin: origin() } }, 401],
        ['the token as a bearer', { headers: { origin: origin(), authorization: `Bearer ${server.token}` } }, 401],
        ['the token in a cookie', { headers: { origin: origin(), cookie: `token=${server.token}` } }, 401],
        ['a foreign Origin with the right token', { headers: { origin: 'http://evil.example', 'x-anuvad-token': server.token } }, 403],
        ['localhost on another port with the right token', { headers: { origin: `http://localhost:${server.port + 1}`, 'x-anuvad-token': server.token } }, 403],
        ['a cross-site fetch with the right token', { headers: { 'sec-fetch-site': 'cross-site', 'x-anuvad-token': server.token } }, 403],
      ];
      for (const [label, attempt, status] of attempts) {
        const response = await send(server, { path: attempt.path ?? `/api/${name}`, headers: attempt.headers, body });
        expect(response.status, label).toBe(status);
        expect(JSON.parse(response.body), label).toMatchObject({ ok: false });
      }
    });
  }

  it('none of those attempts changed the project', async () => {
    expect(await store.listArticles()).toEqual([]);
    expect((await store.getSettings()).uiLanguage).not.toBe('hi');
  });

  it('path tricks do not reach an API call without the token', async () => {
    for (const trick of ['/api/../api/article.list', '/api//article.list', '/API/article.list', '/%61pi/article.list', '/api/article.list/', '/api/article.list%00', '/./api/article.list']) {
      const response = await send(server, { path: trick, headers: { origin: origin() } });
      expect(response.body, trick).not.toContain('"ok":true');
    }
  });

  it('control: the right token from the app origin is accepted', async () => {
    const response = await send(server, { path: '/api/article.list', headers: { origin: origin(), 'x-anuvad-token': server.token }, body: '{}' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, result: [] });
  });
});
