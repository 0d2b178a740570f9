/** The in-memory twin of the lowdb store, for tests: same interface, same id checks, same read-only rule. */
import { ARTICLE_SCHEMA_VERSION, type Article } from '../../articles/model.ts';
import { GLOSSARY_SCHEMA_VERSION, type Glossary } from '../../glossary/model.ts';
import type { Settings } from '../contract.ts';
import type { ProjectMeta, ProjectStore, ProjectWarning, StoreBatch } from './project-store.ts';
import { copyJson, heldArticleCopies } from './held-articles.ts';
import { assertSafeDocName, assertSafeFileId } from './safe-names.ts';
import { DEFAULT_SETTINGS, PROJECT_SCHEMA_VERSION } from './schema.ts';
import { StoreError } from './store-error.ts';
import { stampArticle, stampSettings } from './revisions.ts';
import { adoptGlossary, glossaryForReader, holdGlossary } from './held-glossary.ts';

/** Options for an in-memory project. */
export interface MemoryProjectOptions {
  dir?: string;
  name?: string;
  /** Acts like a project held by another process: every write throws a 'read-only' StoreError. */
  readOnly?: boolean;
  /** pid reported in the read-only message. */
  lockOwnerPid?: number;
  now?: () => Date;
  articles?: Article[];
  glossary?: Glossary;
  settings?: Settings;
  /** Warnings to report, as if met while opening. */
  warnings?: ProjectWarning[];
}

class MemoryProjectStore implements ProjectStore {
  readonly dir: string;
  readonly readOnly: boolean;
  readonly #readOnlyMessage: string;
  readonly #warnings: ProjectWarning[];
  #meta: ProjectMeta;
  readonly #articles = new Map<string, Article>();
  #glossary: Glossary;
  #settings: Settings;
  readonly #docs = new Map<string, unknown>();
  readonly #caches = new Map<string, string>();
  // A stamp per held article, new on every write of it (the lowdb store's is the file's hash).
  readonly #stamps = new Map<string, string>();
  #nextStamp = 0;
  #closed = false;

  constructor(options: MemoryProjectOptions) {
    const now = options.now ?? (() => new Date());
    this.dir = options.dir ?? ':memory:';
    this.readOnly = options.readOnly === true;
    this.#readOnlyMessage = `project is open elsewhere (pid ${options.lockOwnerPid ?? 0})`;
    this.#warnings = [...(options.warnings ?? [])];
    if (this.readOnly && !this.#warnings.some((w) => w.code === 'open-elsewhere')) {
      this.#warnings.push({ code: 'open-elsewhere', file: '.anuvad.lock', detail: `${this.#readOnlyMessage}; opened read-only` });
    }
    for (const article of options.articles ?? []) {
      assertSafeFileId(article.id, 'article id');
      this.#articles.set(article.id, copyJson(article));
      this.#stamp(article.id);
    }
    this.#meta = { schemaVersion: PROJECT_SCHEMA_VERSION, name: options.name ?? 'memory', createdAt: now().toISOString(), articleIds: [...this.#articles.keys()] };
    this.#glossary = adoptGlossary(structuredClone(options.glossary ?? { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [] }));
    this.#settings = { ...DEFAULT_SETTINGS, ...options.settings };
  }

  #assertWritable(): void {
    if (this.#closed) throw new StoreError('internal', `project ${this.dir} is closed`);
    if (this.readOnly) throw new StoreError('read-only', this.#readOnlyMessage);
  }

  warnings(): ProjectWarning[] {
    return this.#warnings.map((warning) => ({ ...warning }));
  }

  async meta(): Promise<ProjectMeta> {
    return structuredClone(this.#meta);
  }

  async listArticles(): Promise<Article[]> {
    return heldArticleCopies(this.#articles, this.#meta.articleIds);
  }

  async *eachArticle(): AsyncIterable<Article> {
    for (const id of [...this.#meta.articleIds]) yield* heldArticleCopies(this.#articles, [id]);
  }

  async getArticle(id: string): Promise<Article | undefined> {
    return heldArticleCopies(this.#articles, [id])[0];
  }

  #stamp(id: string): void {
    this.#stamps.set(id, `m${++this.#nextStamp}`);
  }

  articleStamp(id: string): string | undefined {
    return this.#articles.has(id) ? this.#stamps.get(id) : undefined;
  }

  async readCache<T>(name: string, check: (value: unknown) => string | undefined): Promise<T | undefined> {
    assertSafeFileId(name, 'cache name');
    const text = this.#caches.get(name);
    if (text === undefined) return undefined;
    const value: unknown = JSON.parse(text);
    const problem = check(value);
    if (problem === undefined) return value as T;
    // As the lowdb store: an unusable cache is set aside (here: dropped) with a warning, never used.
    this.#caches.delete(name);
    this.#warnings.push({ code: 'corrupt-file', file: `cache/${name}.json`, detail: `cache/${name}.json is corrupt (${problem}); it is rebuilt from the project` });
    return undefined;
  }

  async writeCache(name: string, value: unknown): Promise<void> {
    assertSafeFileId(name, 'cache name');
    this.#assertWritable();
    this.#caches.set(name, JSON.stringify(value));
  }

  async saveArticle(article: Article): Promise<void> {
    assertSafeFileId(article.id, 'article id');
    this.#assertWritable();
    this.#articles.set(article.id, stampArticle(this.#articles.get(article.id), copyJson({ ...article, schemaVersion: ARTICLE_SCHEMA_VERSION })));
    this.#stamp(article.id);
    if (!this.#meta.articleIds.includes(article.id)) this.#meta = { ...this.#meta, articleIds: [...this.#meta.articleIds, article.id] };
  }

  async deleteArticle(id: string): Promise<void> {
    assertSafeFileId(id, 'article id');
    this.#assertWritable();
    this.#articles.delete(id);
    this.#stamps.delete(id);
    this.#meta = { ...this.#meta, articleIds: this.#meta.articleIds.filter((other) => other !== id) };
  }

  async getGlossary(): Promise<Glossary> {
    return glossaryForReader(this.#glossary);
  }

  async saveGlossary(glossary: Glossary): Promise<void> {
    this.#assertWritable();
    this.#glossary = holdGlossary(this.#glossary, { ...glossary, schemaVersion: GLOSSARY_SCHEMA_VERSION });
  }

  async getSettings(): Promise<Settings> {
    return { ...this.#settings };
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.#assertWritable();
    this.#settings = stampSettings(this.#settings, { ...settings });
  }

  async getDoc<T>(name: string): Promise<T | undefined> {
    const key = assertSafeDocName(name).join('/');
    return this.#docs.has(key) ? (structuredClone(this.#docs.get(key)) as T) : undefined;
  }

  async saveDoc<T>(name: string, value: T): Promise<void> {
    const key = assertSafeDocName(name).join('/');
    this.#assertWritable();
    this.#docs.set(key, structuredClone(value));
  }

  async commit(batch: StoreBatch): Promise<void> {
    this.#assertWritable();
    // Checked before anything changes, so a bad id leaves the whole batch unapplied.
    for (const article of batch.articles ?? []) assertSafeFileId(article.id, 'article id');
    for (const id of batch.deleteArticles ?? []) assertSafeFileId(id, 'article id');
    const docNames = (batch.docs ?? []).map(({ name }) => assertSafeDocName(name).join('/'));
    for (const id of batch.deleteArticles ?? []) await this.deleteArticle(id);
    for (const article of batch.articles ?? []) await this.saveArticle(article);
    if (batch.glossary) await this.saveGlossary(batch.glossary);
    if (batch.settings) await this.saveSettings(batch.settings);
    (batch.docs ?? []).forEach(({ value }, i) => this.#docs.set(docNames[i], structuredClone(value)));
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}

/** Creates an in-memory ProjectStore, optionally seeded with articles, a glossary and settings. */
export function createMemoryProject(options: MemoryProjectOptions = {}): ProjectStore {
  return new MemoryProjectStore(options);
}
