/**
 * The browser fallback: the same API handlers as the desktop shell, as JSON over HTTP on
 * 127.0.0.1, plus the built renderer. Every /api request needs a session (session.ts): the cookie
 * that the one-time code of the launch URL was exchanged for, or the same value in the token
 * header for programs; foreign origins and foreign Host names (DNS rebinding) are refused.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiError } from '../../services/contract.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { isApiName } from '../../services/api-names.ts';
import { httpStatusFor, toApiError } from '../../services/api-failure.ts';
import type { ApiHandlers } from '../../services/api-names.ts';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy.ts';
import { sendJson, sendText } from './responses.ts';
import { sendJsonStream } from './json-stream.ts';
import { serveStatic } from './static-files.ts';
import { cookieValue, createSessionGate, loadSessionKey, rememberPort, type SessionGate } from './session.ts';

export { CONTENT_SECURITY_POLICY };

/** The header that carries a session value for clients without cookies (scripts, benches, tests). */
export const TOKEN_HEADER = 'x-anuvad-token';
/**
 * The header the renderer sends with its cookie: a page on another origin cannot add it without a
 * CORS preflight, which this server never grants (CSRF defence beside SameSite=Strict and Origin).
 */
export const REQUEST_HEADER = 'x-anuvad-request';
/** The path of the launch URL: `/open?code=…` trades the one-time code for the session cookie. */
export const OPEN_PATH = '/open';

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Options of startServer. */
export interface ServerOptions {
  store: ProjectStore;
  /** Folder of the built renderer (dist/renderer). */
  staticDir: string;
  /** 0: any free port. Absent: the port of the last run of this project if it is free (open tabs reconnect), else any. */
  port?: number;
  /** Folder for the session key file; default the project folder (store.dir), none for an in-memory project. */
  sessionDir?: string;
  /** Called with a fresh launch URL each time one was used (so another browser can be let in). */
  onLaunchUrlUsed?: (nextPageUrl: string) => void;
  /** Largest accepted request body; bigger ones get 413. Default 64 MB (imports carry base64 pages). */
  maxBodyBytes?: number;
  /** Handlers to serve; default createHandlers(store) from handlers.ts. */
  handlers?: ApiHandlers;
}

/** A running fallback server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:5310/ (no token). */
  url: string;
  /** Launch URL to open in the browser: `/open?code=…` with a one-time code (the newest unused one). */
  readonly pageUrl: string;
  /** A fresh launch URL with a new one-time code (for another browser or test context). */
  newPageUrl(): string;
  /** A session value for clients without cookies: send it in the TOKEN_HEADER. */
  token: string;
  port: number;
  /** Why sessions will not survive a restart (no project folder, read-only folder), when they will not. */
  sessionWarning?: string;
  close(): Promise<void>;
}

/** Starts the fallback server on 127.0.0.1 with the project's session key. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const keyDir = options.sessionDir ?? (path.isAbsolute(options.store.dir) ? options.store.dir : undefined);
  const sessionKey = await loadSessionKey(keyDir, { writable: !options.store.readOnly });
  const sessions = createSessionGate(sessionKey.key);
  // Loaded lazily so the transport can be exercised with stand-in handlers.
  const handlers = options.handlers ?? (await import('../../services/handlers.ts')).createHandlers(options.store, {
    desk: (await import('../../desk/desk-link.ts')).createDeskLink,
    warmList: true,
  });
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const staticRoot = await realpath(options.staticDir).catch(() => path.resolve(options.staticDir));
  let port = 0;

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    const context: RequestContext = { sessions, port, handlers, maxBodyBytes, staticRoot, onCodeUsed };
    route(request, response, context).catch((thrown) => {
      sendJson(response, 500, { ok: false, error: toApiError(thrown) });
    });
  });
  // Loopback only: other machines on the network must never reach a translator's project.
  const listen = (wanted: number) => new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  if (options.port === undefined && sessionKey.lastPort) await listen(sessionKey.lastPort).catch(() => listen(0));
  else await listen(options.port ?? 0);
  port = (server.address() as AddressInfo).port;
  await rememberPort(sessionKey, port);
  const url = `http://127.0.0.1:${port}/`;
  const launchUrl = () => `${url}${OPEN_PATH.slice(1)}?code=${sessions.newCode()}`;
  let pageUrl = launchUrl();
  function onCodeUsed(): void {
    pageUrl = launchUrl();
    options.onLaunchUrlUsed?.(pageUrl);
  }
  return {
    url,
    get pageUrl() { return pageUrl; },
    newPageUrl: launchUrl,
    token: sessions.mintSession(),
    port,
    sessionWarning: sessionKey.warning,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

interface RequestContext {
  sessions: SessionGate;
  onCodeUsed: () => void;
  port: number;
  handlers: ApiHandlers;
  maxBodyBytes: number;
  staticRoot: string;
}

async function route(request: IncomingMessage, response: ServerResponse, context: RequestContext): Promise<void> {
  const allowedHosts = [`127.0.0.1:${context.port}`, `localhost:${context.port}`];
  // A page on another site whose DNS name was rebound to 127.0.0.1 still sends its own Host name.
  if (!allowedHosts.includes(request.headers.host ?? '')) {
    return refuse(response, 403, 'Unknown Host header');
  }
  const requestUrl = new URL(request.url ?? '/', `http://${allowedHosts[0]}`);
  if (requestUrl.pathname.startsWith('/api/')) return serveApi(request, response, requestUrl, context, allowedHosts);
  if (requestUrl.pathname === OPEN_PATH) return openSession(request, response, requestUrl, context);
  return serveStatic(request, response, requestUrl, context.staticRoot);
}

async function serveApi(
  request: IncomingMessage, response: ServerResponse, requestUrl: URL, context: RequestContext, allowedHosts: string[],
): Promise<void> {
  response.setHeader('Cache-Control', 'no-store');
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return refuse(response, 403, 'Requests from other origins are refused');
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') return refuse(response, 403, 'Cross-site requests are refused');
  const presented = request.headers[TOKEN_HEADER];
  const cookie = cookieValue(request.headers.cookie, context.sessions.cookieName);
  if (typeof presented === 'string' && presented !== '') {
    if (!context.sessions.verifySession(presented)) return refuse(response, 403, 'Wrong token: open the URL printed by npm start');
  } else if (cookie === undefined) {
    return refuse(response, 401, 'Not signed in: open the URL printed by npm start');
  } else if (!context.sessions.verifySession(cookie)) {
    return refuse(response, 403, 'The session has expired or belongs to another project: open the URL printed by npm start');
  } else if (request.headers[REQUEST_HEADER] !== '1') {
    // A cookie alone is what a cross-site form or image sends; the page's own fetch adds the header.
    return refuse(response, 403, `Requests need the ${REQUEST_HEADER} header`);
  }
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return refuse(response, 405, 'Use POST for API calls');
  }
  // JSON only: a cross-site HTML form cannot send this content type without a preflight.
  if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
    return refuse(response, 415, 'Send the arguments as application/json');
  }
  const name = requestUrl.pathname.slice('/api/'.length);
  if (!isApiName(name)) return sendJson(response, 404, failure('not-found', `Unknown API call: ${name}`));

  const body = await readBody(request, context.maxBodyBytes);
  if (body === 'too-large') {
    response.setHeader('Connection', 'close');
    return sendJson(response, 413, failure('bad-input', `Request body is larger than ${context.maxBodyBytes} bytes`));
  }
  let args: unknown;
  try {
    args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendJson(response, 400, failure('bad-input', 'Request body is not valid JSON'));
  }
  try {
    const result = await context.handlers[name](args);
    // In chunks: the large answers (glossary.get, article.summaries) are never one string whole.
    await sendJsonStream(response, 200, { ok: true, result });
  } catch (thrown) {
    const error = toApiError(thrown);
    sendJson(response, httpStatusFor(error.code), { ok: false, error });
  }
}

/** `GET /open?code=…`: trades a one-time code for the session cookie and redirects to the app without it. */
function openSession(request: IncomingMessage, response: ServerResponse, requestUrl: URL, context: RequestContext): void {
  response.setHeader('Cache-Control', 'no-store');
  if (request.method !== 'GET') {
    response.setHeader('Allow', 'GET');
    return sendText(response, 405, 'Method not allowed');
  }
  const code = requestUrl.searchParams.get('code') ?? '';
  if (context.sessions.redeem(code)) {
    response.setHeader('Set-Cookie', context.sessions.cookieHeader(context.sessions.mintSession()));
    context.onCodeUsed();
  } else if (!context.sessions.verifySession(cookieValue(request.headers.cookie, context.sessions.cookieName))) {
    // A spent code (from the history, a second click) opens nothing unless this browser is signed in already.
    return sendText(response, 403, 'This link was already used or is not valid. Open the newest URL printed by npm start.');
  }
  // 303 + a URL without the code: the address bar and any reload never show it again.
  response.statusCode = 303;
  response.setHeader('Location', '/');
  response.end();
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function failure(code: ApiError['code'], message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}

function refuse(response: ServerResponse, status: 401 | 403 | 405 | 415, message: string): void {
  sendJson(response, status, failure('bad-input', message));
}
