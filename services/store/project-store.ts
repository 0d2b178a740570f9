/**
 * Storage behind a small interface: a lowdb implementation (lowdb-store.ts) and an in-memory twin
 * for tests (memory-store.ts). A project is a folder: project.json, glossary.json, settings.json,
 * articles/<id>.json, plus named auxiliary documents (translation memory, alignments) and caches
 * the services can rebuild from the rest (cache/<name>.json: the list's summaries).
 */
import type { Article } from '../../articles/model.ts';
import type { Glossary } from '../../glossary/model.ts';
import type { Settings } from '../contract.ts';

/** Something met while opening a project that the user must hear about; the rest still opens. */
export interface ProjectWarning {
  code: 'corrupt-file' | 'newer-schema' | 'missing-file' | 'open-elsewhere' | 'stale-lock-recovered'
    /** An operation over several files was interrupted (crash, kill) and was completed or undone on open. */
    | 'operation-recovered'
    /** Another process's interrupted operation is waiting in the journal (this one opened read-only). */
    | 'operation-unfinished'
    /** A path that leads outside the project (symbolic link), loops, or is the wrong kind of file: refused. */
    | 'unsafe-path'
    /** A file over the size or JSON nesting limit: quarantined (moved aside), the rest works. */
    | 'over-limit'
    /** Another program changed a file while the project was open; the new version was loaded. */
    | 'changed-outside'
    /** The folder cannot be written (read-only disk, permissions): opened read-only. */
    | 'read-only-folder';
  /** Path relative to the project folder. */
  file: string;
  detail: string;
  /** Where a corrupt file was moved aside. */
  movedTo?: string;
}

/** project.json */
export interface ProjectMeta {
  schemaVersion: number;
  name: string;
  createdAt: string;
  /** Article ids in display order. */
  articleIds: string[];
}

/**
 * One change over several files, written all-or-nothing (`ProjectStore.commit`): after a crash at
 * any moment the project holds every change of the batch or none (lowdb: services/store/journal.ts).
 */
export interface StoreBatch {
  /** What the operation is ('glossary.applyPropagation', 'anuvad import', …): named in the journal and in recovery warnings. */
  label: string;
  articles?: Article[];
  deleteArticles?: string[];
  glossary?: Glossary;
  settings?: Settings;
  docs?: { name: string; value: unknown }[];
  /**
   * The revisions the writer read before making this change (article id → article revision,
   * 'glossary' → glossary revision). A store that loaded another program's version of one of them
   * after that refuses the whole batch as a conflict instead of overwriting the outside change.
   */
  basedOn?: { articles?: Record<string, number>; glossary?: number };
}

/** A file another program changed while the project was open, as loaded by the store. */
export type ExternalChange =
  | { kind: 'article-saved'; article: Article }
  | { kind: 'article-deleted'; id: string }
  | { kind: 'glossary-saved'; glossary: Glossary };

/** Persistent storage of one project. */
export interface ProjectStore {
  readonly dir: string;
  /** True when another live process holds the lock: every write throws a 'read-only' error. */
  readonly readOnly: boolean;
  /** Why the project is read-only, when it is (open elsewhere, read-only folder, unsafe folder). */
  readonly readOnlyReason?: string;
  /** Changes other programs made on disk, once loaded (stores that watch their files). */
  onExternalChange?(listener: (change: ExternalChange) => void): () => void;
  /**
   * Loads `file` ('glossary.json', 'settings.json', 'articles/<id>.json') again if another program
   * changed it (one stat when it did not), telling the onExternalChange listeners: for callers that
   * hold their own copy (the services' glossary) and must not base a write on an outdated one.
   */
  refreshOutsideChanges?(file: string): Promise<void>;
  /** Problems met while opening or reading (corrupt files moved aside, …). */
  warnings(): ProjectWarning[];
  meta(): Promise<ProjectMeta>;
  listArticles(): Promise<Article[]>;
  /**
   * Every article in display order, one at a time (each the caller's own copy), for indexes built
   * over the whole project: a store that holds its articles packed decodes one as it goes, so the
   * reader never holds a desk archive decoded at once. Absent: `eachArticle()` below reads the list.
   */
  eachArticle?(): AsyncIterable<Article>;
  getArticle(id: string): Promise<Article | undefined>;
  /**
   * One held article as the caller's own copy, for indexes that pass over many articles a slice at
   * a time (the issue recount): without getArticle's check of the file first (another program's
   * change reaches the indexes as an event anyway) and without keeping it decoded among the recent
   * ones, which a pass over 10,000 articles would only churn. Absent: getArticle.
   */
  readArticle?(id: string): Promise<Article | undefined>;
  /**
   * What identifies the stored content of a held article (lowdb: the SHA-256 of its file as last
   * read or written), for indexes the services keep beside the project: an entry recorded with
   * another stamp is stale. Undefined when no such article is held; '' when its content has no stamp.
   */
  articleStamp?(id: string): string | undefined;
  /**
   * Reads `cache/<name>.json`, a file the services derive from the project and can always rebuild
   * (the list's summaries). Undefined when absent or unusable: a file that does not parse, or whose
   * value `check` refuses (it returns the problem), is moved aside with a warning, never
   * overwritten. Nothing is held by the store: the caller keeps what it needs.
   */
  readCache?<T>(name: string, check: (value: unknown) => string | undefined): Promise<T | undefined>;
  /** Writes `cache/<name>.json` (atomic, compact JSON); refused like every write when read-only. */
  writeCache?(name: string, value: unknown): Promise<void>;
  /** Rewrites only articles/<id>.json (atomic) and project.json when the id is new. */
  saveArticle(article: Article): Promise<void>;
  deleteArticle(id: string): Promise<void>;
  getGlossary(): Promise<Glossary>;
  saveGlossary(glossary: Glossary): Promise<void>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Named auxiliary JSON document (e.g. 'tm', 'alignments/<articleId>'); undefined when absent. */
  getDoc<T>(name: string): Promise<T | undefined>;
  saveDoc<T>(name: string, value: T): Promise<void>;
  /** Writes every change in `batch` or none of them; revisions are stamped as by the single saves. */
  commit(batch: StoreBatch): Promise<void>;
  /** Releases the lock. */
  close(): Promise<void>;
}

/** The store's articles one at a time (`ProjectStore.eachArticle`), or its list when it has no such read. */
export async function* eachArticle(store: ProjectStore): AsyncIterable<Article> {
  if (store.eachArticle) yield* store.eachArticle();
  else yield* await store.listArticles();
}

/** One article for a pass over many (`ProjectStore.readArticle`), or getArticle when the store has no such read. */
export function readArticle(store: ProjectStore, id: string): Promise<Article | undefined> {
  return store.readArticle ? store.readArticle(id) : store.getArticle(id);
}
