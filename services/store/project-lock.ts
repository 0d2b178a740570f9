/**
 * The project lock: `.anuvad.lock` in the project folder holds the owner's pid, hostname and start
 * time. A second process finds a live owner and opens the project read-only; a lock whose pid is
 * dead on this host (a crash, SIGKILL) is stale and recovered.
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { unlinkSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = '.anuvad.lock';

/** Contents of the lock file. */
export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  /** Linux: the owner's start time in clock ticks since boot (/proc/<pid>/stat), so a reused pid is not mistaken for the owner. */
  processStart?: string;
}

/** What trying to take the lock gave. */
export type LockOutcome =
  | { held: true; info: LockInfo; recoveredFrom?: LockInfo | 'unreadable' }
  | { held: false; owner: LockInfo };

/** True when a process with this pid exists on this machine (EPERM means it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseLock(text: string): LockInfo | 'unreadable' {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string' && typeof value.startedAt === 'string') {
      const info: LockInfo = { pid: value.pid, hostname: value.hostname, startedAt: value.startedAt };
      if (typeof value.processStart === 'string') info.processStart = value.processStart;
      return info;
    }
  } catch {
    // fall through: a half-written or foreign file
  }
  return 'unreadable';
}

/** Linux only: field 22 of /proc/<pid>/stat, the process start time; undefined elsewhere. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses; fields after it follow the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** A lock is live when its owner runs on another host (we cannot check) or its pid is alive here (and is the same process). */
function ownerIsLive(info: LockInfo): boolean {
  if (info.hostname !== hostname()) return true;
  if (!isProcessAlive(info.pid)) return false;
  const start = info.processStart === undefined ? undefined : processStartTime(info.pid);
  return start === undefined || start === info.processStart;
}

// Create the lock with its full content in one step: write a private temp file, then link() it to
// the lock name, which fails with EEXIST when the lock exists. Filesystems without hard links fall
// back to O_EXCL create + write (a reader may then briefly see an empty file; see `acquire`).
async function createExclusive(lockPath: string, content: string): Promise<void> {
  const temp = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, content, { flag: 'wx' });
  try {
    await link(temp, lockPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    const handle = await open(lockPath, 'wx');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function readLock(lockPath: string): Promise<{ text: string; info: LockInfo | 'unreadable'; ageMs: number } | undefined> {
  try {
    const [text, stats] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    return { text, info: parseLock(text), ageMs: Date.now() - stats.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// Move the stale lock aside under a private name and check that what we moved is the stale lock we
// read, not a fresh lock another process created in between; if it is not, put it back.
async function removeStaleLock(lockPath: string, staleText: string): Promise<void> {
  const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tries to take the lock of the project in `dir` for process `pid`. */
export async function acquireProjectLock(dir: string, options: { pid: number; now: () => Date }): Promise<LockOutcome> {
  const lockPath = join(dir, LOCK_FILE);
  const info: LockInfo = { pid: options.pid, hostname: hostname(), startedAt: options.now().toISOString() };
  const processStart = options.pid === process.pid ? processStartTime(process.pid) : undefined;
  if (processStart !== undefined) info.processStart = processStart;
  const content = `${JSON.stringify(info, null, 2)}\n`;
  let recoveredFrom: LockInfo | 'unreadable' | undefined;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await createExclusive(lockPath, content);
      return recoveredFrom ? { held: true, info, recoveredFrom } : { held: true, info };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = await readLock(lockPath);
    if (!existing) continue;
    if (existing.info === 'unreadable' && existing.ageMs < 2000) {
      // Possibly being written right now by the O_EXCL fallback: look again shortly.
      await sleep(100);
      continue;
    }
    if (existing.info !== 'unreadable' && ownerIsLive(existing.info)) return { held: false, owner: existing.info };
    await removeStaleLock(lockPath, existing.text);
    recoveredFrom = existing.info;
  }
  throw new Error(`could not take the project lock ${lockPath}`);
}

const heldLocks = new Map<string, string>();
let exitHookInstalled = false;

// Remove our locks when the process exits normally (crashes leave a stale lock, recovered later).
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [lockPath, content] of heldLocks) {
      try {
        if (readFileSync(lockPath, 'utf8') === content) unlinkSync(lockPath);
      } catch {
        // already gone
      }
    }
  });
}

/** Remembers a held lock so it is released at process exit even without close(). */
export function trackHeldLock(dir: string, info: LockInfo): void {
  heldLocks.set(join(dir, LOCK_FILE), `${JSON.stringify(info, null, 2)}\n`);
  installExitHook();
}

/** Releases the lock if it is still ours. */
export async function releaseProjectLock(dir: string, info: LockInfo): Promise<void> {
  const lockPath = join(dir, LOCK_FILE);
  const content = `${JSON.stringify(info, null, 2)}\n`;
  heldLocks.delete(lockPath);
  const current = await readFile(lockPath, 'utf8').catch(() => undefined);
  if (current === content) await unlink(lockPath).catch(() => undefined);
}
