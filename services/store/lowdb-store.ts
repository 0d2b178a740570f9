/**
 * The project store on disk, written with lowdb's JSONFile adapter. lowdb 7 writes through steno's
 * Writer: the JSON goes to `.<name>.tmp` beside the file, then rename() replaces the file, so a
 * reader or a crash sees the old file or the new one, never half of one (steno does not fsync: this
 * protects against a killed process, not against power loss).
 *
 * Layout: project.json, glossary.json, settings.json, articles/<id>.json, docs/<name>.json and the
 * lock `.anuvad.lock`. Every file carries `schemaVersion`. A file that does not parse or has the
 * wrong shape is renamed to `<name>.corrupt-<timestamp>` before anything can write to that name,
 * and the rest of the project opens. A file from a newer schema is left alone: not loaded, never
 * written. When another live process holds the lock, the project opens read-only.
 */
import { JSONFile } from 'lowdb/node';
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Article } from '../../articles/model.ts';
import type { Glossary } from '../../glossary/model.ts';
import type { Settings } from '../contract.ts';
import type { ProjectMeta, ProjectStore, ProjectWarning, StoreBatch } from './project-store.ts';
import { hasUnfinishedJournal, JOURNAL_FILE, recoverJournal, writeFilesJournaled, type JournalStepHook, type JournaledFile } from './journal.ts';
import { acquireProjectLock, releaseProjectLock, trackHeldLock, type LockInfo } from './project-lock.ts';
import { heldArticleCopies } from './held-articles.ts';
import { assertSafeDocName, assertSafeFileId, isSafeFileId } from './safe-names.ts';
import {
  ARTICLE_SCHEMA_VERSION, DEFAULT_SETTINGS, DOC_SCHEMA_VERSION, GLOSSARY_SCHEMA_VERSION, PROJECT_SCHEMA_VERSION,
  SETTINGS_SCHEMA_VERSION, checkArticle, checkDoc, checkGlossary, checkProjectMeta, checkSettings,
  type DocFile, type SettingsFile, type ShapeCheck,
} from './schema.ts';
import { StoreError } from './store-error.ts';
import { stampArticle, stampGlossary, stampSettings } from './revisions.ts';

/** Options for opening a project folder. */
export interface OpenProjectOptions {
  /** Create the folder and project.json when absent (otherwise a folder without a project is an error). */
  create?: boolean;
  /** Clock, for createdAt and the names of files moved aside. */
  now?: () => Date;
  /** Process id written into the lock (tests pass another to act as a second process). */
  pid?: number;
  /** Test hook into multi-file writes (journal.ts), to fail or stop them at a chosen step. */
  journalHook?: JournalStepHook;
}

type ReadResult<T> = { kind: 'ok'; value: T } | { kind: 'absent' } | { kind: 'unusable' };

const PROJECT_FILE = 'project.json';
const GLOSSARY_FILE = 'glossary.json';
const SETTINGS_FILE = 'settings.json';

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function fileStamp(date: Date): string {
  // ':' is not allowed in Windows file names.
  return date.toISOString().replace(/[:.]/g, '-');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

class LowdbProjectStore implements ProjectStore {
  readonly dir: string;
  #readOnlyReason: string | undefined;
  readonly #now: () => Date;
  readonly #warnings: ProjectWarning[] = [];
  readonly #adapters = new Map<string, JSONFile<unknown>>();
  /** Files never to be written: newer schema, unreadable, or corrupt and not movable. */
  readonly #blocked = new Map<string, string>();
  readonly #articles = new Map<string, Article>();
  readonly #docs = new Map<string, unknown>();
  #meta!: ProjectMeta;
  #glossary: Glossary = { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [] };
  #settings: Settings = { ...DEFAULT_SETTINGS };
  #lock: LockInfo | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  #journalHook: JournalStepHook | undefined;

  constructor(dir: string, now: () => Date, journalHook?: JournalStepHook) {
    this.dir = dir;
    this.#now = now;
    this.#journalHook = journalHook;
  }

  get readOnly(): boolean {
    return this.#readOnlyReason !== undefined;
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
    if (!dirExists) await mkdir(this.dir, { recursive: true });

    const lock = await acquireProjectLock(this.dir, { pid: options.pid ?? process.pid, now: this.#now });
    if (lock.held) {
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
      this.#readOnlyReason = `project is open elsewhere (pid ${lock.owner.pid})`;
      this.#warnings.push({
        code: 'open-elsewhere', file: '.anuvad.lock',
        detail: `project is open elsewhere (pid ${lock.owner.pid} on ${lock.owner.hostname} since ${lock.owner.startedAt}); opened read-only`,
      });
      if (await hasUnfinishedJournal(this.dir)) {
        this.#warnings.push({ code: 'operation-unfinished', file: JOURNAL_FILE, detail: 'an operation of the process holding the lock is in progress or was interrupted; it is finished when that process (or the next one to take the lock) opens the project' });
      }
    }

    const metaNeedsWrite = await this.#openMeta(hasProjectFile, options.create === true);
    const glossary = await this.#readChecked(GLOSSARY_FILE, checkGlossary);
    if (glossary.kind === 'ok') this.#glossary = glossary.value;
    const settings = await this.#readChecked(SETTINGS_FILE, checkSettings);
    if (settings.kind === 'ok') {
      const { schemaVersion: _version, ...rest } = settings.value;
      this.#settings = { ...DEFAULT_SETTINGS, ...rest };
    }
    for (const id of this.#meta.articleIds) {
      const article = await this.#readChecked(`articles/${id}.json`, (value) => checkArticle(value, id));
      if (article.kind === 'ok') this.#articles.set(id, article.value);
      else if (article.kind === 'absent') {
        this.#warnings.push({ code: 'missing-file', file: `articles/${id}.json`, detail: `article ${id} is listed in ${PROJECT_FILE} but its file is missing` });
      }
    }
    if (metaNeedsWrite) {
      // A rebuilt project.json lists the articles that opened, plus those kept from a newer version.
      const articleIds = this.#meta.articleIds.filter((id) => this.#articles.has(id) || this.#blocked.has(`articles/${id}.json`));
      const meta = { ...this.#meta, articleIds };
      await this.#write(PROJECT_FILE, meta);
      this.#meta = meta;
    }
  }

  /** Reads project.json (or rebuilds it from the article files); true when it must be written. */
  async #openMeta(hasProjectFile: boolean, create: boolean): Promise<boolean> {
    const onDisk = await this.#articleIdsOnDisk();
    const meta = await this.#readChecked(PROJECT_FILE, checkProjectMeta);
    if (meta.kind === 'ok') {
      const listed = new Set(meta.value.articleIds.filter(isSafeFileId));
      // An article file without an entry in project.json (e.g. a crash between the two writes) is adopted, not lost.
      const adopted = onDisk.filter((id) => !listed.has(id));
      this.#meta = { ...meta.value, articleIds: [...listed, ...adopted] };
      return false;
    }
    this.#meta = { schemaVersion: PROJECT_SCHEMA_VERSION, name: basename(this.dir), createdAt: this.#now().toISOString(), articleIds: onDisk };
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
    const folders = ['', 'articles', 'docs'];
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

  #adapter(rel: string): JSONFile<unknown> {
    let adapter = this.#adapters.get(rel);
    if (!adapter) {
      adapter = new JSONFile<unknown>(join(this.dir, rel));
      this.#adapters.set(rel, adapter);
    }
    return adapter;
  }

  async #readChecked<T>(rel: string, check: (value: unknown) => ShapeCheck<T>): Promise<ReadResult<T>> {
    let raw: unknown;
    try {
      raw = await this.#adapter(rel).read();
    } catch (error) {
      if (error instanceof SyntaxError) {
        await this.#setAsideCorrupt(rel, `not valid JSON (truncated or damaged): ${error.message}`);
        return { kind: 'unusable' };
      }
      const detail = `cannot read ${rel}: ${errnoCode(error) ?? ''} ${(error as Error).message}`.trim();
      this.#blocked.set(rel, detail);
      this.#warnings.push({ code: 'missing-file', file: rel, detail });
      return { kind: 'unusable' };
    }
    if (raw === null) return { kind: 'absent' };
    const checked = check(raw);
    if (checked.ok) return { kind: 'ok', value: checked.value };
    if (checked.newer !== undefined) {
      const detail = `${rel}: ${checked.problem}; left untouched and not loaded`;
      this.#blocked.set(rel, `${rel} was written by a newer version of Anuvad (schemaVersion ${checked.newer}); not overwriting it`);
      this.#warnings.push({ code: 'newer-schema', file: rel, detail });
      return { kind: 'unusable' };
    }
    await this.#setAsideCorrupt(rel, checked.problem);
    return { kind: 'unusable' };
  }

  async #setAsideCorrupt(rel: string, problem: string): Promise<void> {
    if (this.readOnly) {
      // The lock holder decides; we only report, and we cannot write anyway.
      this.#blocked.set(rel, `${rel} is corrupt`);
      this.#warnings.push({ code: 'corrupt-file', file: rel, detail: `${rel} is corrupt (${problem}); left in place because the project is open elsewhere` });
      return;
    }
    const stamp = fileStamp(this.#now());
    let movedTo = `${rel}.corrupt-${stamp}`;
    for (let n = 2; await exists(join(this.dir, movedTo)); n++) movedTo = `${rel}.corrupt-${stamp}-${n}`;
    try {
      await rename(join(this.dir, rel), join(this.dir, movedTo));
    } catch (error) {
      this.#blocked.set(rel, `${rel} is corrupt and could not be moved aside; not overwriting it`);
      this.#warnings.push({ code: 'corrupt-file', file: rel, detail: `${rel} is corrupt (${problem}) and could not be moved aside (${errnoCode(error)}); it will not be written` });
      return;
    }
    this.#warnings.push({ code: 'corrupt-file', file: rel, detail: `${rel} is corrupt (${problem}); moved aside to ${movedTo}`, movedTo });
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
  }

  async #write(rel: string, value: unknown): Promise<void> {
    this.#assertWritable();
    const blocked = this.#blocked.get(rel);
    if (blocked) throw new StoreError('conflict', blocked, rel);
    try {
      await this.#ensureFolders(rel);
      await this.#adapter(rel).write(value);
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
    return heldArticleCopies(this.#articles, this.#meta.articleIds);
  }

  async getArticle(id: string): Promise<Article | undefined> {
    return heldArticleCopies(this.#articles, [id])[0];
  }

  saveArticle(article: Article): Promise<void> {
    return this.#serial(async () => {
      assertSafeFileId(article.id, 'article id');
      this.#assertWritable();
      const value: Article = stampArticle(this.#articles.get(article.id), structuredClone({ ...article, schemaVersion: ARTICLE_SCHEMA_VERSION }));
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
      if (this.#meta.articleIds.includes(id)) {
        const next = { ...this.#meta, articleIds: this.#meta.articleIds.filter((other) => other !== id) };
        await this.#write(PROJECT_FILE, next);
        this.#meta = next;
      }
      await unlink(join(this.dir, rel)).catch((error) => {
        if (errnoCode(error) !== 'ENOENT') throw new StoreError('io', `cannot delete ${rel}: ${(error as Error).message}`, rel);
      });
      this.#articles.delete(id);
    });
  }

  async getGlossary(): Promise<Glossary> {
    return structuredClone(this.#glossary);
  }

  saveGlossary(glossary: Glossary): Promise<void> {
    return this.#serial(async () => {
      const value: Glossary = stampGlossary(this.#glossary, structuredClone({ ...glossary, schemaVersion: GLOSSARY_SCHEMA_VERSION }));
      await this.#write(GLOSSARY_FILE, value);
      this.#glossary = value;
    });
  }

  async getSettings(): Promise<Settings> {
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
      const files: { rel: string; value: unknown | null }[] = [];
      const articles = new Map<string, Article>();
      for (const article of batch.articles ?? []) {
        assertSafeFileId(article.id, 'article id');
        // The last version of an article in the batch wins; stamped against the stored one.
        articles.set(article.id, stampArticle(this.#articles.get(article.id), structuredClone({ ...article, schemaVersion: ARTICLE_SCHEMA_VERSION })));
      }
      for (const [id, value] of articles) files.push({ rel: `articles/${id}.json`, value });
      const deleted = new Set(batch.deleteArticles ?? []);
      for (const id of deleted) {
        assertSafeFileId(id, 'article id');
        if (!articles.has(id)) files.push({ rel: `articles/${id}.json`, value: null });
      }
      const glossary = batch.glossary && stampGlossary(this.#glossary, structuredClone({ ...batch.glossary, schemaVersion: GLOSSARY_SCHEMA_VERSION }));
      if (glossary) files.push({ rel: GLOSSARY_FILE, value: glossary });
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
      // One file is already atomic (temp file + rename); a journal is for two or more.
      if (files.length === 1 && files[0].value !== null) await this.#write(files[0].rel, files[0].value);
      else await this.#writeJournaled(batch.label, files);
      for (const [id, value] of articles) this.#articles.set(id, value);
      for (const id of deleted) if (!articles.has(id)) this.#articles.delete(id);
      if (glossary) this.#glossary = glossary;
      if (settings) this.#settings = settings;
      for (const [rel, value] of docs) this.#docs.set(rel, value);
      this.#meta = meta;
    });
  }

  async #writeJournaled(label: string, files: readonly { rel: string; value: unknown | null }[]): Promise<void> {
    try {
      for (const { rel } of files) await this.#ensureFolders(rel);
      // lowdb's JSONFile writes JSON.stringify(data, null, 2); the same bytes whichever path wrote a file.
      const contents: JournaledFile[] = files.map(({ rel, value }) => ({ rel, content: value === null ? null : JSON.stringify(value, null, 2) }));
      await writeFilesJournaled(this.dir, label, contents, this.#now(), this.#journalHook);
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
      if (this.#lock) await releaseProjectLock(this.dir, this.#lock);
      this.#lock = undefined;
    });
  }
}

/** Opens (or with `create`, creates) the project folder `dir` as a lowdb-backed ProjectStore. */
export async function openLowdbProject(dir: string, opts: OpenProjectOptions = {}): Promise<ProjectStore> {
  const store = new LowdbProjectStore(resolve(dir), opts.now ?? (() => new Date()), opts.journalHook);
  try {
    await store.open(opts);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
