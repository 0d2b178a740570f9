/**
 * Storage behind a small interface: a lowdb implementation (lowdb-store.ts) and an in-memory twin
 * for tests (memory-store.ts). A project is a folder: project.json, glossary.json, settings.json,
 * articles/<id>.json, plus named auxiliary documents (translation memory, alignments).
 */
import type { Article } from '../../articles/model.ts';
import type { Glossary } from '../../glossary/model.ts';
import type { Settings } from '../contract.ts';

/** Something met while opening a project that the user must hear about; the rest still opens. */
export interface ProjectWarning {
  code: 'corrupt-file' | 'newer-schema' | 'missing-file' | 'open-elsewhere' | 'stale-lock-recovered';
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

/** Persistent storage of one project. */
export interface ProjectStore {
  readonly dir: string;
  /** True when another live process holds the lock: every write throws a 'read-only' error. */
  readonly readOnly: boolean;
  /** Problems met while opening or reading (corrupt files moved aside, …). */
  warnings(): ProjectWarning[];
  meta(): Promise<ProjectMeta>;
  listArticles(): Promise<Article[]>;
  getArticle(id: string): Promise<Article | undefined>;
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
  /** Releases the lock. */
  close(): Promise<void>;
}
