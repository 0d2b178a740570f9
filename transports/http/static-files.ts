/**
 * The built renderer served by the HTTP fallback: only files under its folder (symbolic links
 * included), the app shell for client-side routes, fresh index.html and cached hashed assets.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { sendText } from './responses.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** `GET`/`HEAD` of a file of the built renderer; client-side routes get the app shell. */
export async function serveStatic(request: IncomingMessage, response: ServerResponse, requestUrl: URL, staticRoot: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendText(response, 405, 'Method not allowed');
  }
  let relative: string;
  try {
    relative = decodeURIComponent(requestUrl.pathname);
  } catch {
    return sendText(response, 400, 'Bad path');
  }
  if (relative.includes('\0') || relative.includes('\\')) return sendText(response, 400, 'Bad path');
  const file = await resolveStaticFile(staticRoot, relative);
  // Browsers ask for a favicon on their own; an empty answer keeps the console clean.
  if (!file && relative === '/favicon.ico') return void response.writeHead(204).end();
  if (!file) return sendText(response, 404, 'Not found');
  const content = await readFile(file);
  const extension = path.extname(file).toLowerCase();
  response.statusCode = 200;
  response.setHeader('Content-Type', contentTypes[extension] ?? 'application/octet-stream');
  response.setHeader('Content-Length', content.length);
  // Vite puts content hashes in asset names; index.html must always be fresh.
  response.setHeader('Cache-Control', extension === '.html' ? 'no-cache' : 'public, max-age=3600');
  response.end(request.method === 'HEAD' ? undefined : content);
}

/** The file under `root` that `urlPath` names, or undefined; never a path outside root (symlinks included). */
async function resolveStaticFile(root: string, urlPath: string): Promise<string | undefined> {
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${urlPath}`)}`);
  const inside = (target: string) => {
    const relative = path.relative(root, target);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  if (!inside(candidate)) return undefined;
  const found = await fileInside(candidate, inside);
  if (found) return found;
  // Client-side routes (no file extension) get the app shell.
  if (path.extname(urlPath) === '') return fileInside(path.join(root, 'index.html'), inside);
  return undefined;
}

async function fileInside(candidate: string, inside: (target: string) => boolean): Promise<string | undefined> {
  try {
    let real = await realpath(candidate);
    if ((await stat(real)).isDirectory()) real = await realpath(path.join(real, 'index.html'));
    if (!inside(real) || !(await stat(real)).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}
