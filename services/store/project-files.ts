/**
 * How the lowdb store touches the files of a project folder (issue 13):
 *
 * - **Containment**: every path is checked component by component with lstat/realpath before it is
 *   read, written, renamed or deleted. A symbolic link whose target lies outside the project's real
 *   folder is refused (never followed, renamed or written); a link loop or a wrong file type (a
 *   plain file where a folder belongs, a folder where a JSON file belongs) is a clear error.
 * - **Limits**: a file larger than `MAX_STORED_FILE_BYTES` or nested deeper than `MAX_JSON_DEPTH` is
 *   refused before `JSON.parse` (deep nesting overflows the stack of every later structuredClone,
 *   stringify and recursive walk, so it must never enter the store).
 * - **Fingerprints**: size, mtime, inode and a SHA-256 of the content of every file as last read or
 *   written, so a change by another program (git pull, a sync client, an editor) is noticed.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { StoreError } from './store-error.ts';

/** Largest project file read (an article of a 16 MiB page with translations stays far below). */
export const MAX_STORED_FILE_BYTES = 128 * 1024 * 1024;
/** Deepest JSON nesting read; the store's own files nest less than 10 levels. */
export const MAX_JSON_DEPTH = 256;

/** What identifies one version of a file on disk. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

/** Why a path cannot be used: it leads outside, loops, or is the wrong kind of thing. */
export class ContainmentError extends StoreError {
  constructor(message: string, file: string) {
    super('bad-input', message, file);
    this.name = 'ContainmentError';
  }
}

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** SHA-256 of a file's text, as hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** True when `inner` is `root` or inside it. */
function isInside(root: string, inner: string): boolean {
  const rel = relative(root, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/**
 * Checks `rel` (a '/'-separated path inside the project) part by part: every existing folder on the
 * way must be a folder whose real path stays inside `realRoot`, and the last part, when it exists,
 * must be a plain file (or, with `folder`, a folder) inside it. Throws ContainmentError otherwise.
 */
export async function assertContained(root: string, realRoot: string, rel: string, options: { folder?: boolean } = {}): Promise<void> {
  const parts = rel.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const partRel = parts.slice(0, i).join('/');
    const path = join(root, ...parts.slice(0, i));
    const last = i === parts.length;
    let stats;
    try {
      stats = await lstat(path);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return;
      if (errnoCode(error) === 'ENOTDIR') throw new ContainmentError(`${parts.slice(0, i - 1).join('/')} is a file, not a folder; move it away so the project can use that name for a folder`, partRel);
      throw error;
    }
    if (stats.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(path);
      } catch (error) {
        const code = errnoCode(error);
        if (code === 'ELOOP') throw new ContainmentError(`${partRel} is a symbolic link loop (it leads back to itself); replace it with a real ${last && !options.folder ? 'file' : 'folder'}`, partRel);
        if (code === 'ENOENT') throw new ContainmentError(`${partRel} is a symbolic link to something that does not exist; remove it or make it a real ${last && !options.folder ? 'file' : 'folder'}`, partRel);
        throw error;
      }
      if (!isInside(realRoot, target)) {
        throw new ContainmentError(`${partRel} is a symbolic link leading outside the project (to ${target}); refused: nothing there is read or written. Replace the link with a real ${last && !options.folder ? 'file' : 'folder'} inside the project`, partRel);
      }
      stats = await lstat(target);
    }
    const wantFolder = !last || options.folder === true;
    if (wantFolder && !stats.isDirectory()) {
      throw new ContainmentError(`${partRel} is ${stats.isFile() ? 'a file' : 'not a folder'}, where the project needs a folder; move it away`, partRel);
    }
    if (!wantFolder && !stats.isFile()) {
      throw new ContainmentError(`${partRel} is ${stats.isDirectory() ? 'a folder' : 'not a regular file (a device, socket or pipe)'}, where the project needs a JSON file; move it away`, partRel);
    }
  }
}

/** How reading one project file went. */
export type FileRead =
  | { kind: 'absent' }
  | { kind: 'text'; text: string; fingerprint: Fingerprint }
  /** Over a limit: the file is left as it is for the caller to quarantine. */
  | { kind: 'over-limit'; problem: string };

/** The fingerprint of a file as it is now, undefined when absent (content hashed only when `text` is not given). */
export async function fingerprintOf(path: string, text?: string): Promise<Fingerprint | undefined> {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  const content = text ?? (await readFile(path, 'utf8'));
  return { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino, sha256: contentHash(content) };
}

/**
 * True when the file differs from `known` (undefined = it was absent). Size, mtime and inode are
 * compared first; only when one differs is the content hashed, so a touch is not a change.
 */
export async function changedSince(path: string, known: Fingerprint | undefined): Promise<{ changed: boolean; now?: Fingerprint }> {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { changed: known !== undefined };
    throw error;
  }
  if (!known) return { changed: true };
  if (stats.size === known.size && stats.mtimeMs === known.mtimeMs && stats.ino === known.ino) return { changed: false, now: known };
  const now = await fingerprintOf(path);
  return { changed: now?.sha256 !== known.sha256, now };
}

/** Deepest [ / { nesting of a JSON text, counted without parsing (strings skipped); stops once past `limit`. */
export function jsonNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return deepest;
}

/** Reads one project file within the limits (the caller has checked containment). */
export async function readProjectFile(path: string): Promise<FileRead> {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { kind: 'absent' };
    throw error;
  }
  if (stats.size > MAX_STORED_FILE_BYTES) {
    return { kind: 'over-limit', problem: `${stats.size} bytes, larger than the ${MAX_STORED_FILE_BYTES}-byte limit for a project file` };
  }
  const text = await readFile(path, 'utf8');
  const depth = jsonNestingDepth(text, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH) return { kind: 'over-limit', problem: `nested more than ${MAX_JSON_DEPTH} levels deep, deeper than any project file can be` };
  return { kind: 'text', text, fingerprint: { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino, sha256: contentHash(text) } };
}
