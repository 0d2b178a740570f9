/**
 * The project store on disk, written with lowdb's JSONFile adapter. lowdb 7 writes through steno's
 * Writer: the JSON goes to `.<name>.tmp` beside the file, then rename() replaces the file, so a
 * reader or a crash sees the old file or the new one, never half of one (steno does not fsync: this
 * protects against a killed process, not against power loss).
 *
 * Layout: project.json, glossary.json (with glossary.changes.json once the glossary is large: see
 * glossary-changes.ts), settings.json, articles/<id>.json, docs/<name>.json and the lock `.anuvad.lock`. Every file carries `schemaVersion`. A file that does not parse or has the
 * wrong shape is renamed to `<name>.corrupt-<timestamp>` before anything can write to that name,
 * and the rest of the project opens. A file from a newer schema is left alone: not loaded, never
 * written. When another live process holds the lock, the project opens read-only.
 *
 * Hostile folders (issue 13, project-files.ts): every path is checked before it is touched, so a
 * symbolic link leading outside the project is refused, never followed, renamed or written; files
 * over the size or nesting limits are quarantined. Every file's fingerprint (size, mtime, inode,
 * SHA-256) is checked before each write and on each single read, and the folders are watched while
 * open: a change made by another program is loaded, and a write based on the old version is a
 * conflict instead of overwriting it.
 */
import { TextFile } from 'lowdb/node';
import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Article } from '../../articles/model.ts';
import type { Glossary } from '../../glossary/model.ts';
import type { Settings } from '../contract.ts';
import type { ExternalChange, ProjectMeta, ProjectStore, ProjectWarning, StoreBatch } from './project-store.ts';
import { assertContained, changedSince, ContainmentError, fingerprintOf, readProjectFile, type FileRead, type Fingerprint } from './project-files.ts';
import { hasUnfinishedJournal, JOURNAL_FILE, recoverJournal, writeFilesJournaled, type JournalStepHook, type JournaledFile } from './journal.ts';
import { acquireProjectLock, LOCK_FILE, releaseProjectLock, trackHeldLock, type LockInfo } from './project-lock.ts';
import { copyJson, HeldArticles } from './held-articles.ts';
import { adoptGlossary, entriesFileText, glossaryFileText, glossaryForReader, holdGlossary } from './held-glossary.ts';
import {
  applyChanges, baseOf, changesFile, checkGlossaryChanges, DEFAULT_GLOSSARY_CHANGES_POLICY, GLOSSARY_CHANGES_FILE, heldChangesOf, nextChanges,
  type GlossaryBase, type GlossaryChangesFile, type GlossaryChangesPolicy, type HeldChanges,
} from './glossary-changes.ts';
import { assertSafeDocName, assertSafeFileId, isSafeFileId } from './safe-names.ts';
import {
  ARTICLE_SCHEMA_VERSION, CACHE_SCHEMA_VERSION, DEFAULT_SETTINGS, DOC_SCHEMA_VERSION, GLOSSARY_SCHEMA_VERSION, PROJECT_SCHEMA_VERSION,
  SETTINGS_SCHEMA_VERSION, checkArticle, checkCache, checkDoc, checkGlossary, checkProjectMeta, checkSettings,
  type DocFile, type SettingsFile, type ShapeCheck,
} from './schema.ts';
import { StoreError } from './store-error.ts';
import { revisionOf, stampArticle, stampSettings } from './revisions.ts';

/** Options for opening a project folder. */
export interface OpenProjectOptions {
  /** Create the folder and project.json when absent (otherwise a folder without a project is an error). */
  create?: boolean;
  /** Clock, for createdAt and the names of files moved aside. */
  now?: () => Date;
  /** The name a new project.json records (default: the folder's name); a project built in a temporary folder passes its final name. */
  name?: string;
  /** Process id written into the lock (tests pass another to act as a second process). */
  pid?: number;
  /** Test hook into multi-file writes (journal.ts), to fail or stop them at a chosen step. */
  journalHook?: JournalStepHook;
  /** When the glossary is stored as base + changes file (glossary-changes.ts); tests lower the sizes. */
  glossaryChanges?: Partial<GlossaryChangesPolicy>;
}

/** How a glossary save goes to disk: the files, and the changes file's new content when it is one. */
interface GlossaryWritePlan {
  files: { rel: string; value: unknown | null }[];
  changes?: HeldChanges;
}

type ReadResult<T> = { kind: 'ok'; value: T } | { kind: 'absent' } | { kind: 'unusable' };

const PROJECT_FILE = 'project.json';
const GLOSSARY_FILE = 'glossary.json';
const SETTINGS_FILE = 'settings.json';
/** Files the services derive from the project and can rebuild (see ProjectStore.readCache). */
const CACHE_FOLDER = 'cache';

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function fileStamp(date: Date): string {
  // ':' is not allowed in Windows file names.
  return date.toISOString().replace(/[:.]/g, '-');
}

// lowdb's JSONFile bytes (JSON.stringify(data, null, 2)); the glossary's built entry by entry from cached texts.
function fileText(rel: string, value: unknown): string {
  if (rel === GLOSSARY_FILE) return glossaryFileText(value as Glossary);
  if (rel === GLOSSARY_CHANGES_FILE) return entriesFileText(value as GlossaryChangesFile, 'upserts', (value as GlossaryChangesFile).upserts);
  // A cache is read by the program alone, and written again as the project changes: compact.
  if (rel.startsWith(`${CACHE_FOLDER}/`)) return JSON.stringify(value);
  return JSON.stringify(value, null, 2);
}

/** ", line L column C" of a JSON.parse error that names a position (V8 names the offset only). */
function lineOfJsonError(text: string, error: unknown): string {
  const message = (error as Error).message;
  const position = /at position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? String(text.length) : undefined);
  if (position === undefined) return '';
  const offset = Math.min(Number(position), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return ` (line ${line}, column ${offset - before.lastIndexOf('\n')})`;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

class LowdbProjectStore implements ProjectStore {
  readonly dir: string;
  #readOnlyReason: string | undefined;
  readonly #now: () => Date;
  readonly #warnings: ProjectWarning[] = [];
  readonly #adapters = new Map<string, TextFile>();
  /** Each file as last read or written by this store: a differing file was changed by another program. */
  readonly #fingerprints = new Map<string, Fingerprint>();
  readonly #externalListeners = new Set<(change: ExternalChange) => void>();
  /** Watched folders ('' = the project folder); a folder created later is watched from then on. */
  readonly #watchers = new Map<string, FSWatcher>();
  /**
   * The revision each file got when another program's version of it was loaded: a write based on
   * an older revision was read before that change and would undo it (a conflict, not a save).
   */
  readonly #outsideRevision = new Map<string, number>();
  readonly #pendingRefresh = new Set<string>();
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** The project folder with every link resolved: nothing outside it is read or written. */
  #realRoot = '';
  /** The articles folder cannot be used (a link leading outside, a loop, a plain file). */
  #articlesRefused = false;
  /** Files never to be written: newer schema, unreadable, or corrupt and not movable. */
  readonly #blocked = new Map<string, string>();
  /** Every article read or written, packed; a few decoded (held-articles.ts). */
  readonly #articles = new HeldArticles();
  readonly #docs = new Map<string, unknown>();
  #meta!: ProjectMeta;
  #glossary: Glossary = { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [] };
  /** What glossary.json holds (undefined: no usable base, the next save writes it whole) and the changes since. */
  #glossaryBase: GlossaryBase | undefined;
  #glossaryChanges: HeldChanges | undefined;
  #glossaryPolicy: GlossaryChangesPolicy = DEFAULT_GLOSSARY_CHANGES_POLICY;
  #settings: Settings = { ...DEFAULT_SETTINGS };
  #lock: LockInfo | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  #journalHook: JournalStepHook | undefined;

  constructor(dir: string, now: () => Date, journalHook?: JournalStepHook, glossaryPolicy?: Partial<GlossaryChangesPolicy>) {
    this.dir = dir;
    this.#now = now;
    this.#journalHook = journalHook;
    this.#glossaryPolicy = { ...DEFAULT_GLOSSARY_CHANGES_POLICY, ...glossaryPolicy };
  }

  get readOnly(): boolean {
    return this.#readOnlyReason !== undefined;
  }

  get readOnlyReason(): string | undefined {
    return this.#readOnlyReason;
  }

  onExternalChange(listener: (change: ExternalChange) => void): () => void {
    this.#externalListeners.add(listener);
    return () => this.#externalListeners.delete(listener);
  }

  refreshOutsideChanges(file: string): Promise<void> {
    return this.#serial(() => this.#refreshIfChanged(file));
  }

  warnings(): ProjectWarning[] {
    return this.#warnings.map((warning) => ({ ...warning }));
  }

  /** Opens the folder: lock, leftover temp files, then every file with its checks. */
  async open(options: OpenProjectOptions): Promise<void> {
    const dirExists = await exists(this.dir);
    const hasProjectFile = dirExists && (await exists(join(this.dir, PROJECT_FILE)));
    const hasArticlesDir = dirExists && (await exists(join(this.dir, 'articles')));
    if (!hasProjectFile && !hasArticlesDir && !options.create) {
      throw new StoreError('not-found', `not an Anuvad project: ${this.dir} (no ${PROJECT_FILE})`);
    }
    if (dirExists && !(await stat(this.dir)).isDirectory()) throw new StoreError('bad-input', `${this.dir} is a file, not a project folder`);
    if (!dirExists) await mkdir(this.dir, { recursive: true });
    this.#realRoot = await realpath(this.dir);

    const lock = await acquireProjectLock(this.dir, { pid: options.pid ?? process.pid, now: this.#now }).catch((error: unknown) => {
      // A read-only medium or folder (EROFS, EACCES): the project is still readable.
      const code = errnoCode(error);
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return { held: 'unwritable' as const, code };
      throw error;
    });
    const unsafeFolder = await this.#refusedFolder();
    if (lock.held === 'unwritable') {
      this.#readOnlyReason = `the project folder is read-only (${lock.code}); nothing can be saved`;
      this.#warnings.push({ code: 'read-only-folder', file: '.', detail: `${this.dir} cannot be written (${lock.code}: a read-only disk or folder permissions); opened read-only. To edit, copy the project to a writable folder or give yourself write permission` });
    } else if (lock.held && unsafeFolder) {
      // Nothing under a refused folder may be touched, so no journal recovery or clean-up either.
      this.#lock = lock.info;
      trackHeldLock(this.dir, lock.info);
      this.#readOnlyReason = `the project opened read-only: ${unsafeFolder}`;
    } else if (lock.held) {
      this.#lock = lock.info;
      trackHeldLock(this.dir, lock.info);
      if (lock.recoveredFrom) {
        const was = lock.recoveredFrom === 'unreadable' ? 'an unreadable lock' : `pid ${lock.recoveredFrom.pid}, no longer running`;
        this.#warnings.push({ code: 'stale-lock-recovered', file: '.anuvad.lock', detail: `recovered a stale lock (${was})` });
      }
      // Before any file is read: an interrupted multi-file operation is finished or undone first.
      const recovered = await recoverJournal(this.dir);
      if (recovered) {
        const what = recovered.action === 'rolled-forward'
          ? `was completed (${recovered.files} files now have its changes)`
          : 'was undone (it had not changed any file yet)';
        this.#warnings.push({
          code: 'operation-recovered', file: JOURNAL_FILE,
          detail: `"${recovered.label}"${recovered.startedAt ? ` started ${recovered.startedAt}` : ''} was interrupted and ${what}`,
        });
      }
      await this.#removeLeftoverTempFiles();
    } else {
      const lockPath = join(this.dir, LOCK_FILE);
      const foreign = lock.owner.hostname !== hostname();
      // A lock from another computer cannot be checked from here: say which file it is and how to clear it.
      this.#readOnlyReason = foreign
        ? `project is open elsewhere (pid ${lock.owner.pid} on ${lock.owner.hostname}); if Anuvad no longer runs there, delete ${lockPath}`
        : `project is open elsewhere (pid ${lock.owner.pid})`;
      this.#warnings.push({
        code: 'open-elsewhere', file: LOCK_FILE,
        detail: foreign
          ? `project is open on another computer (${lock.owner.hostname}, pid ${lock.owner.pid}, since ${lock.owner.startedAt}), or was when that computer stopped; opened read-only. If Anuvad no longer runs there, delete the lock file ${lockPath} and open the project again`
          : `project is open elsewhere (pid ${lock.owner.pid} on ${lock.owner.hostname} since ${lock.owner.startedAt}); opened read-only`,
      });
      if (await hasUnfinishedJournal(this.dir)) {
        this.#warnings.push({ code: 'operation-unfinished', file: JOURNAL_FILE, detail: 'an operation of the process holding the lock is in progress or was interrupted; it is finished when that process (or the next one to take the lock) opens the project' });
      }
    }

    const metaNeedsWrite = await this.#openMeta(hasProjectFile, options.create === true, options.name);
    const glossary = await this.#readGlossary();
    if (glossary) this.#glossary = glossary;
    const settings = await this.#readChecked(SETTINGS_FILE, checkSettings);
    if (settings.kind === 'ok') {
      const { schemaVersion: _version, ...rest } = settings.value;
      this.#settings = { ...DEFAULT_SETTINGS, ...rest };
    }
    const dangling: string[] = [];
    for (const id of this.#articlesRefused ? [] : this.#meta.articleIds) {
      const article = await this.#readChecked(`articles/${id}.json`, (value) => checkArticle(value, id));
      if (article.kind === 'ok') this.#articles.setPacked(id, article.value);
      else if (article.kind === 'absent') dangling.push(id);
    }
    if (dangling.length > 0) {
      // One warning for all of them: a sync client that lost 300 files should not give 300 lines.
      const shown = dangling.slice(0, 5).join(', ') + (dangling.length > 5 ? `, … (${dangling.length - 5} more)` : '');
      const fix = this.readOnly ? 'kept in the list because the project is read-only' : `removed from ${PROJECT_FILE}; an article file that comes back is adopted again`;
      this.#warnings.push({
        code: 'missing-file', file: dangling.length === 1 ? `articles/${dangling[0]}.json` : PROJECT_FILE,
        detail: `${dangling.length === 1 ? `article ${dangling[0]} is` : `${dangling.length} articles (${shown}) are`} listed in ${PROJECT_FILE} but ${dangling.length === 1 ? 'its file is' : 'their files are'} missing; ${fix}`,
      });
    }
    if ((metaNeedsWrite || dangling.length > 0) && !this.readOnly) {
      // A rebuilt or pruned project.json lists the articles that opened, plus those kept from a newer version.
      const articleIds = this.#meta.articleIds.filter((id) => this.#articles.has(id) || this.#blocked.has(`articles/${id}.json`));
      const meta = { ...this.#meta, articleIds };
      await this.#write(PROJECT_FILE, meta);
      this.#meta = meta;
    }
    this.#watchFolders();
  }

  /** The first of the project's folders that cannot be used safely, with why; undefined when all can. */
  async #refusedFolder(): Promise<string | undefined> {
    for (const folder of ['articles', 'docs']) {
      try {
        await assertContained(this.dir, this.#realRoot, folder, { folder: true });
      } catch (error) {
        if (!(error instanceof ContainmentError)) throw error;
        if (folder === 'articles') this.#articlesRefused = true;
        this.#blocked.set(folder, error.message);
        this.#warnings.push({ code: 'unsafe-path', file: folder, detail: `${error.message}; the project opened read-only` });
        return error.message;
      }
    }
    return undefined;
  }

  /** Reads project.json (or rebuilds it from the article files); true when it must be written. */
  async #openMeta(hasProjectFile: boolean, create: boolean, name = basename(this.dir)): Promise<boolean> {
    const onDisk = await this.#articleIdsOnDisk();
    const meta = await this.#readChecked(PROJECT_FILE, checkProjectMeta);
    if (meta.kind === 'ok') {
      const listed = new Set(meta.value.articleIds.filter(isSafeFileId));
      // An article file without an entry in project.json (e.g. a crash between the two writes) is adopted, not lost.
      const adopted = onDisk.filter((id) => !listed.has(id));
      this.#meta = { ...meta.value, articleIds: [...listed, ...adopted] };
      return false;
    }
    this.#meta = { schemaVersion: PROJECT_SCHEMA_VERSION, name, createdAt: this.#now().toISOString(), articleIds: onDisk };
    if (this.#blocked.has(PROJECT_FILE)) {
      // project.json from a newer version: every structural change would go through it, so the
      // whole project stays read-only rather than half-written by an older version.
      this.#readOnlyReason ??= `${PROJECT_FILE} was written by a newer version of Anuvad`;
      return false;
    }
    if (meta.kind === 'absent' && hasProjectFile === false && !create) {
      this.#warnings.push({ code: 'missing-file', file: PROJECT_FILE, detail: `${PROJECT_FILE} is missing; rebuilt from the article files` });
    }
    return !this.readOnly;
  }

  async #articleIdsOnDisk(): Promise<string[]> {
    if (this.#articlesRefused) return [];
    let names: string[];
    try {
      names = await readdir(join(this.dir, 'articles'));
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw error;
    }
    return names
      .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter(isSafeFileId)
      .sort();
  }

  // steno leaves `.<name>.tmp` when a process dies between writing the temp file and the rename;
  // the real file is intact, so the temp file is only debris.
  async #removeLeftoverTempFiles(): Promise<void> {
    const folders = ['', 'articles', 'docs', CACHE_FOLDER];
    for (let i = 0; i < folders.length; i++) {
      const folder = folders[i];
      let entries;
      try {
        entries = await readdir(join(this.dir, folder), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        // Staged files of a multi-file write (.<name>.txn-<id>) are debris once the journal is recovered.
        if (entry.isFile() && entry.name.startsWith('.') && (entry.name.endsWith('.json.tmp') || entry.name.includes('.json.txn-'))) {
          await unlink(join(this.dir, folder, entry.name)).catch(() => undefined);
        } else if (entry.isDirectory() && folder.startsWith('docs') && !entry.name.startsWith('.')) {
          folders.push(`${folder}/${entry.name}`);
        }
      }
    }
  }

  /**
   * Reads glossary.json and applies glossary.changes.json when it was written over this very base
   * (its SHA-256). A changes file over another base (glossary.json replaced by another program) is
   * moved aside, never applied and never lost; one of a newer schema makes the glossary read-only.
   */
  async #readGlossary(): Promise<Glossary | undefined> {
    this.#glossaryChanges = undefined;
    const read = await this.#readChecked(GLOSSARY_FILE, checkGlossary);
    const base = read.kind === 'ok' ? adoptGlossary(read.value) : undefined;
    const sha256 = this.#fingerprints.get(GLOSSARY_FILE)?.sha256;
    this.#glossaryBase = base && sha256 ? baseOf(base, sha256) : undefined;
    // A newer or unreadable glossary.json: its changes file is not ours to judge either.
    if (this.#blocked.has(GLOSSARY_FILE)) return undefined;
    const changes = await this.#readChecked(GLOSSARY_CHANGES_FILE, checkGlossaryChanges);
    if (changes.kind === 'unusable') {
      const blocked = this.#blocked.get(GLOSSARY_CHANGES_FILE);
      // Saving without those changes would drop them: the glossary is not written while they are kept.
      if (blocked) this.#blocked.set(GLOSSARY_FILE, blocked);
      return base;
    }
    if (changes.kind === 'absent') return base;
    if (!base || !this.#glossaryBase || changes.value.base.sha256 !== this.#glossaryBase.sha256) {
      await this.#setAsideStaleChanges(changes.value);
      return base;
    }
    const held = heldChangesOf(changes.value);
    adoptGlossary({ schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [...held.upserts.values()] });
    this.#glossaryChanges = held;
    return applyChanges(base, held, changes.value.revision);
  }

  async #setAsideStaleChanges(changes: GlossaryChangesFile): Promise<void> {
    this.#fingerprints.delete(GLOSSARY_CHANGES_FILE);
    const count = changes.upserts.length + changes.deleted.length;
    const why = `${GLOSSARY_CHANGES_FILE} holds ${count} glossary change${count === 1 ? '' : 's'} made on top of another version of ${GLOSSARY_FILE} (it was replaced or removed by another program)`;
    if (this.readOnly) {
      this.#blocked.set(GLOSSARY_FILE, `${why}; not writing the glossary while the project is read-only`);
      this.#warnOnce({ code: 'changed-outside', file: GLOSSARY_CHANGES_FILE, detail: `${why}; not applied and left in place because the project is read-only` });
      return;
    }
    let movedTo: string;
    try {
      movedTo = await this.#moveAside(GLOSSARY_CHANGES_FILE, 'stale');
    } catch (error) {
      this.#blocked.set(GLOSSARY_FILE, `${why} and it could not be moved aside; not writing the glossary`);
      this.#warnOnce({ code: 'changed-outside', file: GLOSSARY_CHANGES_FILE, detail: `${why}; not applied, and it could not be moved aside (${errnoCode(error)}), so the glossary will not be written` });
      return;
    }
    this.#warnOnce({ code: 'changed-outside', file: GLOSSARY_CHANGES_FILE, detail: `${why}; not applied, moved aside to ${movedTo}. Look at it and apply what you need again`, movedTo });
  }

  /** The files a glossary save writes (see glossary-changes.ts); throws when the glossary must not be written. */
  #glossaryPlan(value: Glossary): GlossaryWritePlan {
    const blocked = this.#blocked.get(GLOSSARY_FILE) ?? this.#blocked.get(GLOSSARY_CHANGES_FILE);
    if (blocked) throw new StoreError('conflict', blocked, GLOSSARY_FILE);
    const base = this.#glossaryBase;
    const changes = base && nextChanges(base, this.#glossaryChanges, this.#glossary, value, this.#glossaryPolicy);
    if (base && changes) return { files: [{ rel: GLOSSARY_CHANGES_FILE, value: changesFile(base, changes, value.revision ?? 0) }], changes };
    const files: GlossaryWritePlan['files'] = [{ rel: GLOSSARY_FILE, value }];
    if (this.#glossaryChanges || this.#fingerprints.has(GLOSSARY_CHANGES_FILE)) files.push({ rel: GLOSSARY_CHANGES_FILE, value: null });
    return { files };
  }

  /** After a glossary plan was written: the held base and changes follow the files. */
  #glossaryWritten(value: Glossary, plan: GlossaryWritePlan): void {
    this.#glossary = value;
    if (plan.changes) {
      this.#glossaryChanges = plan.changes;
      return;
    }
    const sha256 = this.#fingerprints.get(GLOSSARY_FILE)?.sha256;
    this.#glossaryBase = sha256 ? baseOf(value, sha256) : undefined;
    this.#glossaryChanges = undefined;
  }

  #adapter(rel: string): TextFile {
    let adapter = this.#adapters.get(rel);
    if (!adapter) {
      adapter = new TextFile(join(this.dir, rel));
      this.#adapters.set(rel, adapter);
    }
    return adapter;
  }

  /** Replaces an earlier warning about the same file and kind (a file changed twice is one warning). */
  #warnOnce(warning: ProjectWarning): void {
    const index = this.#warnings.findIndex((other) => other.code === warning.code && other.file === warning.file);
    if (index >= 0) this.#warnings.splice(index, 1);
    this.#warnings.push(warning);
  }

  async #readChecked<T>(rel: string, check: (value: unknown) => ShapeCheck<T>): Promise<ReadResult<T>> {
    let read: FileRead;
    try {
      await assertContained(this.dir, this.#realRoot, rel);
      read = await readProjectFile(join(this.dir, rel));
    } catch (error) {
      if (error instanceof ContainmentError) {
        this.#blocked.set(rel, error.message);
        this.#warnOnce({ code: 'unsafe-path', file: rel, detail: error.message });
        return { kind: 'unusable' };
      }
      const detail = `cannot read ${rel}: ${errnoCode(error) ?? ''} ${(error as Error).message}`.trim();
      this.#blocked.set(rel, detail);
      this.#warnings.push({ code: 'missing-file', file: rel, detail });
      return { kind: 'unusable' };
    }
    if (read.kind === 'absent') {
      this.#fingerprints.delete(rel);
      return { kind: 'absent' };
    }
    if (read.kind === 'over-limit') {
      this.#fingerprints.delete(rel);
      await this.#setAsideCorrupt(rel, read.problem, 'over-limit');
      return { kind: 'unusable' };
    }
    this.#fingerprints.set(rel, read.fingerprint);
    let raw: unknown;
    try {
      raw = JSON.parse(read.text);
    } catch (error) {
      this.#fingerprints.delete(rel);
      await this.#setAsideCorrupt(rel, `not valid JSON (truncated or damaged): ${(error as Error).message}${lineOfJsonError(read.text, error)}`);
      return { kind: 'unusable' };
    }
    const checked = check(raw);
    if (checked.ok) return { kind: 'ok', value: checked.value };
    if (checked.newer !== undefined) {
      const detail = `${rel}: ${checked.problem}; left untouched and not loaded`;
      this.#blocked.set(rel, `${rel} was written by a newer version of Anuvad (schemaVersion ${checked.newer}); not overwriting it`);
      this.#warnings.push({ code: 'newer-schema', file: rel, detail });
      return { kind: 'unusable' };
    }
    this.#fingerprints.delete(rel);
    await this.#setAsideCorrupt(rel, checked.problem);
    return { kind: 'unusable' };
  }

  /** Renames `rel` to a free `<rel>.<kind>-<time>[-n]` beside it (never over another file) and returns that name. */
  async #moveAside(rel: string, kind: 'corrupt' | 'stale'): Promise<string> {
    const stamp = fileStamp(this.#now());
    let movedTo = `${rel}.${kind}-${stamp}`;
    for (let n = 2; await exists(join(this.dir, movedTo)); n++) movedTo = `${rel}.${kind}-${stamp}-${n}`;
    await rename(join(this.dir, rel), join(this.dir, movedTo));
    return movedTo;
  }

  async #setAsideCorrupt(rel: string, problem: string, code: 'corrupt-file' | 'over-limit' = 'corrupt-file'): Promise<void> {
    if (this.readOnly) {
      // The lock holder decides; we only report, and we cannot write anyway.
      this.#blocked.set(rel, `${rel} is corrupt`);
      this.#warnOnce({ code, file: rel, detail: `${rel} is ${code === 'over-limit' ? 'over a limit' : 'corrupt'} (${problem}); not loaded and left in place because the project is read-only` });
      return;
    }
    let movedTo: string;
    try {
      movedTo = await this.#moveAside(rel, 'corrupt');
    } catch (error) {
      this.#blocked.set(rel, `${rel} is corrupt and could not be moved aside; not overwriting it`);
      this.#warnOnce({ code, file: rel, detail: `${rel} is ${code === 'over-limit' ? 'over a limit' : 'corrupt'} (${problem}) and could not be moved aside (${errnoCode(error)}); it will not be written` });
      return;
    }
    const what = code === 'over-limit' ? `over a limit (${problem}), so it was not loaded` : `corrupt (${problem})`;
    // A cache holds nothing of the user's: it is rebuilt, and the file moved aside only shows what happened.
    const after = rel.startsWith(`${CACHE_FOLDER}/`) ? 'it is rebuilt from the project' : 'The rest of the project works; repair or delete that file';
    this.#warnOnce({ code, file: rel, detail: `${rel} is ${what}; moved aside to ${movedTo}. ${after}`, movedTo });
  }

  #assertWritable(): void {
    if (this.#closed) throw new StoreError('internal', `project ${this.dir} is closed`);
    if (this.#readOnlyReason) throw new StoreError('read-only', this.#readOnlyReason);
  }

  async #ensureFolders(rel: string): Promise<void> {
    const parts = rel.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      try {
        // Not recursive: if the project folder itself is gone we must not recreate half a project.
        await mkdir(join(this.dir, ...parts.slice(0, i)));
      } catch (error) {
        if (errnoCode(error) === 'EEXIST') continue;
        throw error;
      }
    }
    // A new project gets its articles folder with the first article: watch it from then on.
    if (parts[0] === 'articles' && !this.#watchers.has('articles')) this.#watchFolders();
  }

  async #write(rel: string, value: unknown): Promise<void> {
    this.#assertWritable();
    const blocked = this.#blocked.get(rel);
    if (blocked) throw new StoreError('conflict', blocked, rel);
    await this.#assertSafeToReplace(rel, value);
    try {
      await this.#ensureFolders(rel);
      // The same bytes lowdb's JSONFile writes, through its atomic writer (temp file + rename).
      const text = fileText(rel, value);
      await this.#adapter(rel).write(text);
      const written = await fingerprintOf(join(this.dir, rel), text);
      if (written) this.#fingerprints.set(rel, written);
    } catch (error) {
      const tempName = join(this.dir, rel.replace(/[^/]+$/, (name) => `.${name}.tmp`));
      await unlink(tempName).catch(() => undefined);
      if (!(await exists(this.dir))) {
        throw new StoreError('io', `cannot save ${rel}: the project folder ${this.dir} no longer exists (deleted or moved while open)`, rel, { cause: error });
      }
      const code = errnoCode(error);
      const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied or read-only folder' : (error as Error).message;
      throw new StoreError('io', `cannot save ${rel}: ${why}${code ? ` (${code})` : ''}; the previous version is intact`, rel, { cause: error });
    }
  }

  /**
   * Before `rel` is replaced or deleted: it must stay inside the project, and it must be the version
   * this store last read or wrote. A file changed by another program is loaded instead and the write
   * is refused as a conflict (with both versions), so the other program's work is never overwritten.
   */
  async #assertSafeToReplace(rel: string, mine: unknown): Promise<void> {
    try {
      await assertContained(this.dir, this.#realRoot, rel);
    } catch (error) {
      if (error instanceof ContainmentError) throw new StoreError('bad-input', `cannot save ${rel}: ${error.message}`, rel);
      throw error;
    }
    const { changed } = await changedSince(join(this.dir, rel), this.#fingerprints.get(rel));
    if (!changed) return;
    // The whole folder gone is not another program's edit: the write below reports it.
    if (!(await exists(this.dir))) return;
    const before = this.#heldValue(rel);
    const theirs = await this.#adoptExternal(rel);
    const id = rel.startsWith('articles/') ? rel.slice('articles/'.length, -'.json'.length) : rel;
    throw new StoreError('conflict',
      `${rel} was changed by another program after Anuvad read it; nothing was overwritten and the new version is now loaded. Look at it, then save again`,
      rel, undefined, {
        kind: rel.startsWith('articles/') ? 'article' : rel === SETTINGS_FILE ? 'settings' : 'doc', id, baseRevision: revisionOf(before as { revision?: number }),
        currentRevision: revisionOf(theirs as { revision?: number }), mine: mine ?? null, theirs: theirs ?? null,
      });
  }

  /**
   * Refuses a write based on `basedOn`, a revision older than the one another program's version of
   * `rel` was loaded at: the writer read the file before that change, so its write would undo it.
   */
  #assertNotBasedOnOutdated(rel: string, basedOn: number | undefined, mine: unknown): void {
    const outside = this.#outsideRevision.get(rel);
    if (outside === undefined || basedOn === undefined || basedOn >= outside) return;
    const isArticle = rel.startsWith('articles/');
    const id = isArticle ? rel.slice('articles/'.length, -'.json'.length) : rel;
    const theirs = this.#heldValue(rel);
    throw new StoreError('conflict',
      `${rel} was changed by another program after this change was read from it; nothing was overwritten and the new version is loaded. Look at it, then save again`,
      rel, undefined, {
        kind: isArticle ? 'article' : rel === SETTINGS_FILE ? 'settings' : 'doc', id, baseRevision: basedOn,
        currentRevision: revisionOf(theirs as { revision?: number }), mine: mine ?? null, theirs: theirs ?? null,
      });
  }

  #heldValue(rel: string): unknown {
    if (rel.startsWith('articles/')) return this.#articles.get(rel.slice('articles/'.length, -'.json'.length));
    if (rel === GLOSSARY_FILE || rel === GLOSSARY_CHANGES_FILE) return this.#glossary;
    if (rel === SETTINGS_FILE) return this.#settings;
    if (rel === PROJECT_FILE) return this.#meta;
    return this.#docs.get(rel);
  }

  /**
   * Loads the version of `rel` another program left on disk (revisions stamped against the held
   * one, so a tab's write based on the old version becomes a conflict), tells the listeners, and
   * returns the new held value (undefined: the file is gone).
   */
  async #adoptExternal(rel: string): Promise<unknown> {
    this.#warnOnce({ code: 'changed-outside', file: rel, detail: `${rel} was changed by another program while the project was open; its new version was loaded` });
    if (rel.startsWith('articles/')) {
      const id = rel.slice('articles/'.length, -'.json'.length);
      const held = this.#articles.get(id);
      const read = await this.#readChecked(rel, (value) => checkArticle(value, id));
      if (read.kind === 'ok') {
        const article = held ? stampArticle(held, read.value) : read.value;
        this.#articles.set(id, article);
        this.#outsideRevision.set(rel, revisionOf(article));
        if (!this.#meta.articleIds.includes(id)) this.#meta = { ...this.#meta, articleIds: [...this.#meta.articleIds, id] };
        this.#emitExternal({ kind: 'article-saved', article: copyJson(article) });
        return article;
      }
      if (held) {
        this.#articles.delete(id);
        this.#emitExternal({ kind: 'article-deleted', id });
      }
      return undefined;
    }
    if (rel === GLOSSARY_FILE || rel === GLOSSARY_CHANGES_FILE) {
      const read = await this.#readGlossary();
      this.#glossary = holdGlossary(this.#glossary, read ?? { ...this.#glossary, entries: [] });
      // Revisions were stamped against the held glossary, not the files: the next save writes it whole.
      this.#glossaryBase = undefined;
      this.#outsideRevision.set(GLOSSARY_FILE, revisionOf(this.#glossary));
      this.#emitExternal({ kind: 'glossary-saved', glossary: glossaryForReader(this.#glossary) });
      return this.#glossary;
    }
    if (rel === SETTINGS_FILE) {
      const read = await this.#readChecked(rel, checkSettings);
      const { schemaVersion: _version, ...rest } = read.kind === 'ok' ? read.value : { schemaVersion: 0 };
      this.#settings = stampSettings(this.#settings, { ...DEFAULT_SETTINGS, ...rest });
      return this.#settings;
    }
    if (rel === PROJECT_FILE) {
      const read = await this.#readChecked(rel, checkProjectMeta);
      if (read.kind === 'ok') {
        const listed = [...new Set(read.value.articleIds.filter(isSafeFileId))];
        const adopted = (await this.#articleIdsOnDisk()).filter((id) => !listed.includes(id));
        this.#meta = { ...read.value, articleIds: [...listed, ...adopted] };
        for (const id of this.#meta.articleIds) if (!this.#articles.has(id)) await this.#refreshIfChanged(`articles/${id}.json`, true);
      }
      return this.#meta;
    }
    // Documents are read again on their next use.
    this.#docs.delete(rel);
    this.#fingerprints.delete(rel);
    return undefined;
  }

  #emitExternal(change: ExternalChange): void {
    for (const listener of this.#externalListeners) listener(change);
  }

  /**
   * Loads `rel` again when another program changed it (call inside #serial). Only files this store
   * has read are compared, unless `adoptNew` (a new article file seen by the watcher). A file that
   * vanished keeps its held version: a sync client may bring it back, and a save of it is a conflict.
   */
  async #refreshIfChanged(rel: string, adoptNew = false): Promise<void> {
    if (this.#closed || this.#blocked.has(rel) || (this.#articlesRefused && rel.startsWith('articles/'))) return;
    if (rel === GLOSSARY_FILE || rel === GLOSSARY_CHANGES_FILE) return this.#refreshGlossaryIfChanged();
    const known = this.#fingerprints.get(rel);
    if (!known && !adoptNew) return;
    const { changed, now } = await changedSince(join(this.dir, rel), known);
    if (changed && (now !== undefined || !known) && (await exists(join(this.dir, rel)))) await this.#adoptExternal(rel);
  }

  // The glossary is two files: a change of either (the changes file also when it vanishes) loads both again.
  async #refreshGlossaryIfChanged(): Promise<void> {
    if (this.#blocked.has(GLOSSARY_FILE)) return;
    const base = this.#fingerprints.get(GLOSSARY_FILE);
    if (base) {
      const { changed, now } = await changedSince(join(this.dir, GLOSSARY_FILE), base);
      if (changed && now !== undefined && (await exists(join(this.dir, GLOSSARY_FILE)))) return void (await this.#adoptExternal(GLOSSARY_FILE));
    }
    const known = this.#fingerprints.get(GLOSSARY_CHANGES_FILE);
    if (!known && !base) return;
    const { changed } = await changedSince(join(this.dir, GLOSSARY_CHANGES_FILE), known);
    if (changed) await this.#adoptExternal(GLOSSARY_CHANGES_FILE);
  }

  // Watched while open so another program's change reaches the list and the open tabs without a
  // save first; the checks before each write still hold when a watch event is late or missing.
  #watchFolders(): void {
    const folders: [string, (name: string) => string | undefined][] = [
      ['', (name) => ([PROJECT_FILE, GLOSSARY_FILE, GLOSSARY_CHANGES_FILE, SETTINGS_FILE].includes(name) ? name : undefined)],
    ];
    if (!this.#articlesRefused) {
      folders.push(['articles', (name) => (name.endsWith('.json') && isSafeFileId(name.slice(0, -'.json'.length)) ? `articles/${name}` : undefined)]);
    }
    for (const [folder, relOf] of folders) {
      if (this.#watchers.has(folder) || this.#closed) continue;
      try {
        const watcher = watch(join(this.dir, folder), { persistent: false }, (_event, name) => {
          if (folder === '' && name === 'articles' && !this.#watchers.has('articles')) this.#watchFolders();
          const rel = typeof name === 'string' ? relOf(name) : undefined;
          if (rel) this.#scheduleRefresh(rel);
        });
        watcher.on('error', () => {
          watcher.close();
          this.#watchers.delete(folder);
        });
        this.#watchers.set(folder, watcher);
      } catch {
        // No watch available (inotify limit, missing folder): the checks before writes remain.
      }
    }
  }

  #scheduleRefresh(rel: string): void {
    this.#pendingRefresh.add(rel);
    if (this.#refreshTimer) return;
    // A short delay lets a writer finish (several events per save) before the file is read.
    this.#refreshTimer = setTimeout(() => {
      this.#refreshTimer = undefined;
      const rels = [...this.#pendingRefresh];
      this.#pendingRefresh.clear();
      void this.#serial(async () => {
        for (const rel of rels) await this.#refreshIfChanged(rel, rel.startsWith('articles/'));
      }).catch(() => undefined);
    }, 40);
    this.#refreshTimer.unref?.();
  }

  // One write at a time: in-memory state only changes after its file is safely on disk.
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task, task);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async meta(): Promise<ProjectMeta> {
    return structuredClone(this.#meta);
  }

  async listArticles(): Promise<Article[]> {
    return this.#meta.articleIds.flatMap((id) => this.#articles.copy(id) ?? []);
  }

  async *eachArticle(): AsyncIterable<Article> {
    // The list as of now; an article saved meanwhile is read in its newest version.
    for (const id of [...this.#meta.articleIds]) {
      const article = this.#articles.copy(id);
      if (article) yield article;
    }
  }

  async readArticle(id: string): Promise<Article | undefined> {
    return this.#articles.copy(id);
  }

  async getArticle(id: string): Promise<Article | undefined> {
    // One stat per read, so a read-modify-write (a segment save) starts from the file as it is now.
    if (isSafeFileId(id)) await this.#serial(() => this.#refreshIfChanged(`articles/${id}.json`));
    const held = this.#articles.get(id);
    return held && copyJson(held);
  }

  articleStamp(id: string): string | undefined {
    if (!this.#articles.has(id)) return undefined;
    return this.#fingerprints.get(`articles/${id}.json`)?.sha256 ?? '';
  }

  readCache<T>(name: string, check: (value: unknown) => string | undefined): Promise<T | undefined> {
    assertSafeFileId(name, 'cache name');
    const rel = `${CACHE_FOLDER}/${name}.json`;
    return this.#serial(async () => {
      // #readChecked moves a file that does not parse or fails the check aside, with a warning.
      const read = await this.#readChecked(rel, (value) => checkCache(value, check));
      return read.kind === 'ok' ? (read.value.value as T) : undefined;
    });
  }

  writeCache(name: string, value: unknown): Promise<void> {
    assertSafeFileId(name, 'cache name');
    const file: DocFile = { schemaVersion: CACHE_SCHEMA_VERSION, value };
    return this.#serial(() => this.#write(`${CACHE_FOLDER}/${name}.json`, file));
  }

  saveArticle(article: Article): Promise<void> {
    return this.#serial(async () => {
      assertSafeFileId(article.id, 'article id');
      this.#assertWritable();
      this.#assertNotBasedOnOutdated(`articles/${article.id}.json`, article.revision, article);
      const value: Article = stampArticle(this.#articles.get(article.id), copyJson({ ...article, schemaVersion: ARTICLE_SCHEMA_VERSION }));
      // Article first, then project.json: a crash in between leaves an article file that the next
      // open adopts, never a listed article without a file.
      await this.#write(`articles/${article.id}.json`, value);
      this.#articles.set(article.id, value);
      if (!this.#meta.articleIds.includes(article.id)) {
        const next = { ...this.#meta, articleIds: [...this.#meta.articleIds, article.id] };
        await this.#write(PROJECT_FILE, next);
        this.#meta = next;
      }
    });
  }

  deleteArticle(id: string): Promise<void> {
    return this.#serial(async () => {
      assertSafeFileId(id, 'article id');
      this.#assertWritable();
      const rel = `articles/${id}.json`;
      const blocked = this.#blocked.get(rel);
      if (blocked) throw new StoreError('conflict', blocked, rel);
      await this.#assertSafeToReplace(rel, null);
      if (this.#meta.articleIds.includes(id)) {
        const next = { ...this.#meta, articleIds: this.#meta.articleIds.filter((other) => other !== id) };
        await this.#write(PROJECT_FILE, next);
        this.#meta = next;
      }
      await unlink(join(this.dir, rel)).catch((error) => {
        if (errnoCode(error) !== 'ENOENT') throw new StoreError('io', `cannot delete ${rel}: ${(error as Error).message}`, rel);
      });
      this.#fingerprints.delete(rel);
      this.#articles.delete(id);
    });
  }

  async getGlossary(): Promise<Glossary> {
    await this.#serial(() => this.#refreshIfChanged(GLOSSARY_FILE));
    return glossaryForReader(this.#glossary);
  }

  saveGlossary(glossary: Glossary): Promise<void> {
    return this.#serial(async () => {
      this.#assertNotBasedOnOutdated(GLOSSARY_FILE, glossary.revision, glossary);
      const value: Glossary = holdGlossary(this.#glossary, { ...glossary, schemaVersion: GLOSSARY_SCHEMA_VERSION });
      const plan = this.#glossaryPlan(value);
      // The changes file is written over the base as this store holds it: a replaced base is a conflict.
      if (plan.changes) await this.#assertSafeToReplace(GLOSSARY_FILE, glossary);
      if (plan.files.length === 1) await this.#write(plan.files[0].rel, plan.files[0].value);
      else {
        for (const { rel, value: content } of plan.files) await this.#assertSafeToReplace(rel, content);
        await this.#writeJournaled('glossary save', plan.files);
      }
      this.#glossaryWritten(value, plan);
    });
  }

  async getSettings(): Promise<Settings> {
    await this.#serial(() => this.#refreshIfChanged(SETTINGS_FILE));
    return { ...this.#settings };
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.#serial(async () => {
      const stamped = stampSettings(this.#settings, { ...settings });
      const value: SettingsFile = { schemaVersion: SETTINGS_SCHEMA_VERSION, ...stamped };
      await this.#write(SETTINGS_FILE, value);
      this.#settings = stamped;
    });
  }

  async getDoc<T>(name: string): Promise<T | undefined> {
    const rel = `docs/${assertSafeDocName(name).join('/')}.json`;
    return this.#serial(async () => {
      await this.#refreshIfChanged(rel);
      if (!this.#docs.has(rel)) {
        const doc = await this.#readChecked<DocFile>(rel, checkDoc);
        if (doc.kind === 'ok') this.#docs.set(rel, doc.value.value);
        else return undefined;
      }
      return structuredClone(this.#docs.get(rel)) as T;
    });
  }

  async saveDoc<T>(name: string, value: T): Promise<void> {
    const rel = `docs/${assertSafeDocName(name).join('/')}.json`;
    return this.#serial(async () => {
      if (!this.#docs.has(rel) && !this.readOnly && !this.#blocked.has(rel)) {
        // Read once first so a corrupt or newer file under this name is set aside or protected, not overwritten.
        await this.#readChecked<DocFile>(rel, checkDoc);
      }
      const copy = structuredClone(value);
      const file: DocFile<T> = { schemaVersion: DOC_SCHEMA_VERSION, value: copy };
      await this.#write(rel, file);
      this.#docs.set(rel, copy);
    });
  }

  commit(batch: StoreBatch): Promise<void> {
    return this.#serial(async () => {
      this.#assertWritable();
      for (const [id, revision] of Object.entries(batch.basedOn?.articles ?? {})) {
        if (!isSafeFileId(id)) continue;
        await this.#refreshIfChanged(`articles/${id}.json`);
        this.#assertNotBasedOnOutdated(`articles/${id}.json`, revision, batch.articles?.find((article) => article.id === id) ?? null);
      }
      if (batch.basedOn?.glossary !== undefined) {
        await this.#refreshIfChanged(GLOSSARY_FILE);
        this.#assertNotBasedOnOutdated(GLOSSARY_FILE, batch.basedOn.glossary, batch.glossary ?? null);
      }
      const files: { rel: string; value: unknown | null }[] = [];
      const articles = new Map<string, Article>();
      for (const article of batch.articles ?? []) {
        assertSafeFileId(article.id, 'article id');
        // The last version of an article in the batch wins; stamped against the stored one.
        articles.set(article.id, stampArticle(this.#articles.get(article.id), copyJson({ ...article, schemaVersion: ARTICLE_SCHEMA_VERSION })));
      }
      for (const [id, value] of articles) files.push({ rel: `articles/${id}.json`, value });
      const deleted = new Set(batch.deleteArticles ?? []);
      for (const id of deleted) {
        assertSafeFileId(id, 'article id');
        if (!articles.has(id)) files.push({ rel: `articles/${id}.json`, value: null });
      }
      const glossary = batch.glossary && holdGlossary(this.#glossary, { ...batch.glossary, schemaVersion: GLOSSARY_SCHEMA_VERSION });
      const glossaryPlan = glossary && this.#glossaryPlan(glossary);
      if (glossaryPlan) files.push(...glossaryPlan.files);
      const settings = batch.settings && stampSettings(this.#settings, { ...batch.settings });
      if (settings) files.push({ rel: SETTINGS_FILE, value: { schemaVersion: SETTINGS_SCHEMA_VERSION, ...settings } });
      const docs = new Map<string, unknown>();
      for (const { name, value } of batch.docs ?? []) {
        const rel = `docs/${assertSafeDocName(name).join('/')}.json`;
        if (!this.#docs.has(rel) && !this.#blocked.has(rel)) await this.#readChecked<DocFile>(rel, checkDoc);
        docs.set(rel, structuredClone(value));
      }
      for (const [rel, value] of docs) files.push({ rel, value: { schemaVersion: DOC_SCHEMA_VERSION, value } satisfies DocFile });
      const listed = this.#meta.articleIds.filter((id) => !deleted.has(id) || articles.has(id));
      const added = [...articles.keys()].filter((id) => !this.#meta.articleIds.includes(id));
      const meta = listed.length !== this.#meta.articleIds.length || added.length > 0 ? { ...this.#meta, articleIds: [...listed, ...added] } : this.#meta;
      if (meta !== this.#meta) files.push({ rel: PROJECT_FILE, value: meta });
      for (const { rel } of files) {
        const blocked = this.#blocked.get(rel);
        if (blocked) throw new StoreError('conflict', blocked, rel);
      }
      if (files.length === 0) return;
      if (glossaryPlan?.changes) await this.#assertSafeToReplace(GLOSSARY_FILE, batch.glossary);
      // One file is already atomic (temp file + rename); a journal is for two or more.
      if (files.length === 1 && files[0].value !== null) await this.#write(files[0].rel, files[0].value);
      else {
        for (const { rel, value } of files) await this.#assertSafeToReplace(rel, value);
        await this.#writeJournaled(batch.label, files);
      }
      for (const [id, value] of articles) this.#articles.set(id, value);
      for (const id of deleted) if (!articles.has(id)) this.#articles.delete(id);
      if (glossary && glossaryPlan) this.#glossaryWritten(glossary, glossaryPlan);
      if (settings) this.#settings = settings;
      for (const [rel, value] of docs) this.#docs.set(rel, value);
      this.#meta = meta;
    });
  }

  async #writeJournaled(label: string, files: readonly { rel: string; value: unknown | null }[]): Promise<void> {
    try {
      for (const { rel } of files) await this.#ensureFolders(rel);
      // lowdb's JSONFile writes JSON.stringify(data, null, 2); the same bytes whichever path wrote a file.
      const contents: JournaledFile[] = files.map(({ rel, value }) => ({ rel, content: value === null ? null : fileText(rel, value) }));
      await writeFilesJournaled(this.dir, label, contents, this.#now(), this.#journalHook);
      for (const { rel, content } of contents) {
        const written = content === null ? undefined : await fingerprintOf(join(this.dir, rel), content);
        if (written) this.#fingerprints.set(rel, written);
        else this.#fingerprints.delete(rel);
      }
    } catch (error) {
      if (error instanceof StoreError) throw error;
      if (!(await exists(this.dir))) {
        throw new StoreError('io', `cannot save ${label}: the project folder ${this.dir} no longer exists (deleted or moved while open)`, JOURNAL_FILE, { cause: error });
      }
      const code = errnoCode(error);
      const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied or read-only folder' : (error as Error).message;
      const intact = (await hasUnfinishedJournal(this.dir))
        ? 'it will be completed when the project is opened again'
        : `nothing was changed (all ${files.length} files are as before)`;
      throw new StoreError('io', `cannot save ${label}: ${why}${code ? ` (${code})` : ''}; ${intact}`, JOURNAL_FILE, { cause: error });
    }
  }

  close(): Promise<void> {
    return this.#serial(async () => {
      if (this.#closed) return;
      this.#closed = true;
      for (const watcher of this.#watchers.values()) watcher.close();
      if (this.#refreshTimer) clearTimeout(this.#refreshTimer);
      if (this.#lock) await releaseProjectLock(this.dir, this.#lock);
      this.#lock = undefined;
    });
  }
}

/** Opens (or with `create`, creates) the project folder `dir` as a lowdb-backed ProjectStore. */
export async function openLowdbProject(dir: string, opts: OpenProjectOptions = {}): Promise<ProjectStore> {
  const store = new LowdbProjectStore(resolve(dir), opts.now ?? (() => new Date()), opts.journalHook, opts.glossaryChanges);
  try {
    await store.open(opts);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
