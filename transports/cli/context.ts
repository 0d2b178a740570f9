/** What every command gets: the streams, paths resolved against the caller's folder, and project access. */
import { open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Glossary } from '../../glossary/model.ts';
import type { ApiHandlers } from '../../services/api-names.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { CliError } from './cli-error.ts';

// The services load when a command first needs them, so `anuvad --help` stays fast (issue 10).
const services = () => Promise.all([
  import('../../services/default-project.ts'),
  import('../../services/store/lowdb-store.ts'),
  import('../../services/store/transaction.ts'),
]);

/** Where a command reads and writes: injectable so tests can run commands in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** One command's view of the world. */
export interface CliContext {
  io: CliIo;
  /** The command's full name, for messages ('glossary import'). */
  command: string;
  now(): Date;
  /** Resolves a path given on the command line against the caller's folder. */
  path(given: string): string;
  /** Writes a line of text to stdout. */
  print(text: string): void;
  /** Writes a value as pretty JSON to stdout. */
  printJson(value: unknown): void;
  /** Writes `anuvad <command>: [file[:line]: ]message` to stderr. */
  warn(message: string, where?: { file?: string; line?: number }): void;
  /** Reads a whole input file; a missing, unreadable or too large file (default limit MAX_INPUT_BYTES) is bad input naming the file. */
  readBytes(given: string, maxBytes?: number): Promise<Uint8Array>;
  /** Writes an output file atomically (temp + rename): an existing file is replaced whole or kept. */
  writeBytes(given: string, bytes: Uint8Array | string): Promise<void>;
  /** True when the path names a folder. */
  isFolder(given: string): Promise<boolean>;
  /** Opens a project (the default project when `dir` is undefined), runs `task`, closes it. */
  withProject<T>(dir: string | undefined, mode: { create?: boolean; write?: boolean }, task: (store: ProjectStore) => Promise<T>): Promise<T>;
  /**
   * Opens a project like withProject and gives `task` the contract's handlers over it
   * (services/handlers.ts): the CLI calls the same API as the app. A writing command's calls are
   * still one all-or-nothing commit.
   */
  withApi<T>(dir: string | undefined, mode: { create?: boolean; write?: boolean }, task: (api: ApiHandlers) => Promise<T>): Promise<T>;
  /**
   * The handlers over glossary G alone (a glossary file or a project folder; undefined: the
   * default project's), held in memory, for the checks of commands that read text files.
   */
  withGlossaryApi<T>(given: string | undefined, task: (api: ApiHandlers, glossary: Glossary) => Promise<T>): Promise<T>;
  /** Loads glossary G: any supported glossary file, or a project folder; undefined means the default project's. */
  loadGlossary(given: string | undefined): Promise<Glossary>;
}

/** Largest input file any command reads (64 MiB); pages (16 MiB) and glossaries (32 MiB) have lower limits. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Reads a file in chunks, refusing it once it passes `maxBytes`: pipes and devices (/dev/zero) report size 0 and never end. */
async function readAtMost(file: string, maxBytes: number, given: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new CliError(`more than ${maxBytes} bytes, larger than the limit for this input`, { file: given });
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

/** The pid in a project's lock file, for the "open elsewhere" message. */
async function lockOwnerPid(dir: string): Promise<number | undefined> {
  try {
    const { LOCK_FILE } = await import('../../services/store/project-lock.ts');
    const info = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid?: unknown };
    return typeof info.pid === 'number' ? info.pid : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the context for one run of `command`. */
export function createContext(io: CliIo, command: string, now: () => Date = () => new Date()): CliContext {
  const path = (given: string) => resolve(io.cwd, given);
  const context: CliContext = {
    io,
    command,
    now,
    path,
    print: (text) => void io.stdout.write(`${text}\n`),
    printJson: (value) => void io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    warn: (message, where = {}) => {
      const place = where.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
      io.stderr.write(`anuvad ${command}: ${place}${message}\n`);
    },
    async readBytes(given, maxBytes = MAX_INPUT_BYTES) {
      // Checked before reading, so a multi-gigabyte file is refused instead of exhausting memory.
      const size = await stat(path(given)).then((stats) => stats.size, () => 0);
      if (size > maxBytes) throw new CliError(`file is ${size} bytes, larger than the ${maxBytes}-byte limit for this input`, { file: given });
      try {
        return await readAtMost(path(given), maxBytes, given);
      } catch (error) {
        if (error instanceof CliError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, expected a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
        throw new CliError(why, { file: given });
      }
    },
    async writeBytes(given, bytes) {
      const target = path(given);
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      try {
        await writeFile(temp, bytes);
        await rename(temp, target);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw new CliError(`cannot write: ${(error as Error).message}`, { file: given });
      }
    },
    isFolder: (given) => stat(path(given)).then((stats) => stats.isDirectory(), () => false),
    async withProject(dir, mode, task) {
      const [{ ensureDefaultProject }, { openLowdbProject }, { transactional }] = await services();
      const folder = dir === undefined ? await ensureDefaultProject({ env: io.env, now }) : path(dir);
      // The default project is ours to (re)create; a folder named on the command line must already be a project unless importing.
      const store = await openLowdbProject(folder, { create: mode.create === true || dir === undefined, now }).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'not-found') throw new CliError((error as Error).message);
        throw error;
      });
      try {
        for (const warning of store.warnings()) {
          if (warning.code !== 'open-elsewhere' || !mode.write) context.warn(`warning: ${warning.detail}`, { file: warning.file === '.anuvad.lock' ? undefined : join(folder, warning.file) });
        }
        if (mode.write && store.readOnly) {
          // The store says why: another process's lock (naming a foreign host's lock file), a read-only folder, an unsafe folder.
          const reason = store.readOnlyReason ?? `project is open elsewhere (pid ${(await lockOwnerPid(folder)) ?? '?'})`;
          throw new CliError(`${reason}; nothing was changed`, { file: folder });
        }
        if (!mode.write) return await task(store);
        // A command's writes are one all-or-nothing commit: a kill half-way changes nothing.
        const atomic = transactional(store);
        return await atomic.run(`anuvad ${command}`, () => task(atomic));
      } finally {
        await store.close();
      }
    },
    async withApi(dir, mode, task) {
      const { createHandlers } = await import('../../services/handlers.ts');
      return context.withProject(dir, mode, (store) => task(createHandlers(store, { now: () => now().toISOString() })));
    },
    async withGlossaryApi(given, task) {
      const glossary = await context.loadGlossary(given);
      const [{ createHandlers }, { createMemoryProject }] = await Promise.all([import('../../services/handlers.ts'), import('../../services/store/memory-store.ts')]);
      // The in-memory twin of the store: nothing of the glossary's project is opened for writing.
      const api = createHandlers(createMemoryProject({ glossary, now }), { now: () => now().toISOString() });
      return task(api, glossary);
    },
    async loadGlossary(given) {
      if (given === undefined || (await context.isFolder(given))) {
        return context.withProject(given, {}, (store) => store.getGlossary());
      }
      const { parseGlossaryFile } = await import('./glossary-files.ts');
      return parseGlossaryFile(context, given);
    },
  };
  return context;
}
