/**
 * A throwaway PostgreSQL server for the desk tests and bench: initdb in a temporary folder, a
 * loopback port chosen free, trust authentication (the cluster lives only as long as the test),
 * stopped and removed afterwards. The server refuses to run as root, so as root it runs as the
 * `postgres` user through runuser. Binaries: $PG_BIN, else the newest /usr/lib/postgresql/<v>/bin
 * (Debian's `postgresql` package; test/run-all.sh installs it when missing).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

/** A running test cluster. */
export interface PgCluster {
  /** Superuser URL of the `desk` database (what `anuvad desk init` is given). */
  adminUrl: string;
  /** URL connecting as `role` to the same database. */
  urlFor(role: string): string;
  port: number;
  /** SIGKILL of the postmaster and every backend (a crash), leaving the data folder as it was. */
  kill9(): Promise<void>;
  /** Starts the server again on the same folder and port (crash recovery runs). */
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** The folder holding initdb/postgres, or undefined when PostgreSQL is not installed. */
export function findPgBin(): string | undefined {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], 'bin') : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const asRoot = process.getuid?.() === 0;
// As root the server runs as `postgres`; otherwise as the caller.
function asServerUser(command: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitReady(url: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > until) throw new Error(`PostgreSQL did not start: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts a fresh cluster with a `desk` database. Throws a clear error when PostgreSQL is not installed. */
export async function startPgCluster(options: { maxConnections?: number } = {}): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (set PG_BIN or install the Debian package `postgresql`; test/run-all.sh installs it)');
  // /tmp, not $TMPDIR: the run's TMPDIR is private to root and the server user must reach the folder.
  const base = mkdtempSync('/tmp/anuvad-pg-');
  chmodSync(base, 0o755);
  const data = join(base, 'data');
  const sockets = join(base, 'sockets');
  execFileSync('mkdir', ['-p', data, sockets]);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    for (const dir of [data, sockets]) chownSync(dir, uid, gid);
  }
  const [initCmd, initArgs] = asServerUser(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
  execFileSync(initCmd, initArgs, { stdio: 'pipe' });
  const port = await freePort();
  const adminBase = `postgresql://postgres@127.0.0.1:${port}`;
  let postmaster = 0;

  const start = async () => {
    const [cmd, args] = asServerUser(join(bin, 'postgres'), [
      '-D', data, '-p', String(port), '-k', sockets, '-c', 'listen_addresses=127.0.0.1',
      '-c', `max_connections=${options.maxConnections ?? 100}`, '-c', 'fsync=off',
      // synchronous_commit stays on: a commit the client saw must survive a kill -9 of the server.
      '-c', 'full_page_writes=off', '-c', 'shared_buffers=32MB', '-c', 'log_min_messages=fatal',
    ]);
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.unref();
    await waitReady(`${adminBase}/postgres`, 30_000);
    postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  };
  await start();
  const admin = new pg.Client({ connectionString: `${adminBase}/postgres` });
  await admin.connect();
  await admin.query('create database desk');
  await admin.end();

  const kill9 = async () => {
    const victims = [postmaster, ...childrenOf(postmaster)];
    for (const pid of victims) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    const until = Date.now() + 10_000;
    while (victims.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  };

  return {
    adminUrl: `${adminBase}/desk`,
    urlFor: (role) => `postgresql://${encodeURIComponent(role)}@127.0.0.1:${port}/desk`,
    port,
    kill9,
    start,
    async stop() {
      if (postmaster && alive(postmaster)) {
        try {
          const [cmd, args] = asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
          execFileSync(cmd, args, { stdio: 'pipe' });
        } catch {
          await kill9();
        }
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}
