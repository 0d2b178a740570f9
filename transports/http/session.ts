/**
 * Sessions of the browser fallback. The launch URL carries a one-time code; opening it trades the
 * code for an HttpOnly, SameSite=Strict cookie and redirects to a URL without it, so no credential
 * stays in the address bar or the browser's history (the spent code there opens nothing). The
 * cookie is an HMAC under a key kept in the project folder (`.anuvad-session.json`, mode 0600):
 * a restarted server accepts it, so open tabs keep working, and every tab of the browser shares it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, lstat, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file in the project folder holding the session key (and the last port, so a restart can take it again). */
export const SESSION_KEY_FILE = '.anuvad-session.json';
/** How long a session cookie is valid: a month, then a fresh code from `npm start` is needed. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The persisted key, where it lives, and what went wrong keeping it. */
export interface SessionKey {
  key: Buffer;
  /** Absolute path of the key file; undefined when the key lives only in memory. */
  file?: string;
  /** The port the server used last time, if recorded. */
  lastPort?: number;
  /** Why sessions will not survive a restart, when they will not. */
  warning?: string;
}

interface KeyFileContent {
  key: string;
  port?: number;
}

function isKeyFileContent(value: unknown): value is KeyFileContent {
  const content = value as KeyFileContent | null;
  return typeof content === 'object' && content !== null && typeof content.key === 'string' && /^[A-Za-z0-9_-]{43}$/.test(content.key)
    && (content.port === undefined || (Number.isInteger(content.port) && content.port > 0 && content.port < 65536));
}

/** Reads the key file when it is a regular file only its owner can read; undefined otherwise. */
async function readKeyFile(file: string): Promise<KeyFileContent | undefined> {
  const info = await lstat(file).catch(() => undefined);
  // A symlink or anything but a plain file is never followed: it is replaced by a fresh key.
  if (!info?.isFile()) return undefined;
  // A key that others could read is no secret any more (POSIX only: Windows has no such bits).
  if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isKeyFileContent(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the key file atomically with mode 0600 (temp file beside it, then rename over it). */
async function writeKeyFile(file: string, content: KeyFileContent): Promise<void> {
  const temp = `${path.join(path.dirname(file), `.anuvad-session.${process.pid}.${randomBytes(4).toString('hex')}`)}.partial`;
  try {
    await writeFile(temp, `${JSON.stringify(content)}\n`, { mode: 0o600, flag: 'wx' });
    await chmod(temp, 0o600); // exactly 0600 whatever the umask took away
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * The session key of the project in `dir`: read from its key file, or created there. Without a
 * folder (an in-memory project) or when the folder cannot be written, the key lives in memory and
 * `warning` says that a restart will need a fresh URL. `writable: false` (a project opened
 * read-only) only reads an existing key: nothing is written into a folder we do not own.
 */
export async function loadSessionKey(dir: string | undefined, options: { writable: boolean }): Promise<SessionKey> {
  const fresh = randomBytes(32);
  if (!dir) return { key: fresh, warning: 'the project has no folder: sessions end when the server stops' };
  const file = path.join(dir, SESSION_KEY_FILE);
  const existing = await readKeyFile(file);
  if (existing) return { key: Buffer.from(existing.key, 'base64url'), file, lastPort: existing.port };
  if (!options.writable) return { key: fresh, warning: 'the project is read-only: sessions end when the server stops' };
  try {
    await writeKeyFile(file, { key: fresh.toString('base64url') });
    return { key: fresh, file };
  } catch (error) {
    return { key: fresh, warning: `could not keep the session key in ${file} (${(error as Error).message}): sessions end when the server stops` };
  }
}

/** Records the port beside the key, so the next start can listen on it and open tabs reconnect. */
export async function rememberPort(sessionKey: SessionKey, port: number): Promise<void> {
  if (!sessionKey.file || sessionKey.lastPort === port) return;
  await writeKeyFile(sessionKey.file, { key: sessionKey.key.toString('base64url'), port }).catch(() => undefined);
}

/** One-time codes and session cookies under one key. */
export interface SessionGate {
  /** Cookie name: per key, so two projects served on one host (cookies ignore ports) never collide. */
  cookieName: string;
  /** A fresh one-time code for the launch URL. */
  newCode(): string;
  /** True once for a code newCode gave out; the code is spent whatever the answer. */
  redeem(code: string): boolean;
  /** A new session value (the cookie's value; also accepted in the token header by non-browser clients). */
  mintSession(): string;
  /** True for a session value minted under this key that has not expired. */
  verifySession(value: string | undefined): boolean;
  /** The Set-Cookie header value carrying a session. */
  cookieHeader(value: string): string;
}

/** Most codes waiting at once; older ones are dropped (each start or each use gives out one). */
const MAX_OPEN_CODES = 16;

/** Creates the gate; `now` (seconds) is injected for tests. */
export function createSessionGate(key: Buffer, now: () => number = () => Math.floor(Date.now() / 1000)): SessionGate {
  const mac = (text: string) => createHmac('sha256', key).update(text).digest('base64url');
  const openCodes = new Set<string>();
  const cookieName = `anuvad_session_${mac('cookie-name').replace(/[^A-Za-z0-9]/g, '').slice(0, 10)}`;
  return {
    cookieName,
    newCode() {
      const code = randomBytes(32).toString('base64url');
      openCodes.add(code);
      if (openCodes.size > MAX_OPEN_CODES) openCodes.delete(openCodes.values().next().value as string);
      return code;
    },
    redeem(code) {
      return openCodes.delete(code);
    },
    mintSession() {
      const issued = String(now());
      return `v1.${issued}.${mac(`session:${issued}`)}`;
    },
    verifySession(value) {
      const match = value === undefined ? null : /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
      if (!match) return false;
      const age = now() - Number(match[1]);
      if (age > SESSION_MAX_AGE_SECONDS || age < -86_400) return false;
      const expected = Buffer.from(mac(`session:${match[1]}`));
      const presented = Buffer.from(match[2]);
      return expected.length === presented.length && timingSafeEqual(expected, presented);
    },
    cookieHeader(value) {
      return `${cookieName}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MAX_AGE_SECONDS}`;
    },
  };
}

/** The value of one cookie in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [cookie, ...value] = part.trim().split('=');
    if (cookie === name) return value.join('=');
  }
  return undefined;
}
