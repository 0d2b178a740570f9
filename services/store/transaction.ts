/**
 * Makes a whole API call (or CLI command) one all-or-nothing change (issue 13). `transactional`
 * wraps a store; inside `run(label, task)` every save goes to an overlay that later reads in the
 * same task see, and when the task succeeds the overlay is written with ONE `commit` (the journal
 * in lowdb, a transaction in the desk). If the task throws, nothing is written. The overlay is
 * bound to the task's async context (AsyncLocalStorage), so reads by other calls running at the
 * same time see only committed data.
 *
 * Revisions inside the overlay are stamped against the committed version, exactly as the commit
 * will stamp them, so what a call returns is what is stored.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Article } from '../../articles/model.ts';
import type { Glossary } from '../../glossary/model.ts';
import type { Settings } from '../contract.ts';
import { eachArticle, type ProjectMeta, type ProjectStore, type ProjectWarning, type StoreBatch } from './project-store.ts';
import { assertSafeDocName, assertSafeFileId } from './safe-names.ts';
import { stampArticle, stampSettings } from './revisions.ts';
import { glossaryForReader, holdGlossary } from './held-glossary.ts';
import { copyJson } from './held-articles.ts';
import { StoreError } from './store-error.ts';

/** A store whose writes can be grouped into one all-or-nothing commit. */
export interface TransactionalStore extends ProjectStore {
  /** Runs `task`; its saves become one commit when it succeeds (nested runs join the outer one). */
  run<T>(label: string, task: () => Promise<T>): Promise<T>;
}

interface Overlay {
  label: string;
  /** null: deleted in this transaction. */
  articles: Map<string, Article | null>;
  glossary?: Glossary;
  settings?: Settings;
  docs: Map<string, unknown>;
  /** The revision each article (and the glossary) had in what the task read before its first save of it. */
  basedOn: { articles: Map<string, number>; glossary?: number };
}

function isEmpty(overlay: Overlay): boolean {
  return overlay.articles.size === 0 && overlay.docs.size === 0 && overlay.glossary === undefined && overlay.settings === undefined;
}

/** Wraps `base` so `run` groups writes (see the file comment); outside `run` it passes straight through. */
export function transactional(base: ProjectStore): TransactionalStore {
  if ('run' in base && typeof (base as TransactionalStore).run === 'function') return base as TransactionalStore;
  const context = new AsyncLocalStorage<Overlay>();
  const active = () => context.getStore();
  const assertWritable = () => {
    if (base.readOnly) throw new StoreError('read-only', base.readOnlyReason ?? 'The project is open elsewhere; it was opened read-only');
  };

  const store: TransactionalStore = {
    get dir() {
      return base.dir;
    },
    get readOnly() {
      return base.readOnly;
    },
    get readOnlyReason() {
      return base.readOnlyReason;
    },
    ...(base.onExternalChange ? { onExternalChange: base.onExternalChange.bind(base) } : {}),
    ...(base.refreshOutsideChanges ? { refreshOutsideChanges: base.refreshOutsideChanges.bind(base) } : {}),
    warnings: (): ProjectWarning[] => base.warnings(),
    async meta(): Promise<ProjectMeta> {
      const meta = await base.meta();
      const overlay = active();
      if (!overlay) return meta;
      const listed = meta.articleIds.filter((id) => overlay.articles.get(id) !== null);
      const added = [...overlay.articles].filter(([id, article]) => article !== null && !meta.articleIds.includes(id)).map(([id]) => id);
      return { ...meta, articleIds: [...listed, ...added] };
    },
    async listArticles(): Promise<Article[]> {
      const overlay = active();
      if (!overlay) return base.listArticles();
      const committed = new Map((await base.listArticles()).map((article) => [article.id, article]));
      const result: Article[] = [];
      for (const id of (await store.meta()).articleIds) {
        const changed = overlay.articles.get(id);
        const article = changed === undefined ? committed.get(id) : changed && copyJson(changed);
        if (article) result.push(article);
      }
      return result;
    },
    async *eachArticle(): AsyncIterable<Article> {
      // Inside a task the list with the task's own changes; outside, the store's own one-at-a-time read.
      if (active()) yield* await store.listArticles();
      else yield* eachArticle(base);
    },
    async getArticle(id: string): Promise<Article | undefined> {
      const changed = active()?.articles.get(id);
      if (changed === undefined) return base.getArticle(id);
      return changed === null ? undefined : copyJson(changed);
    },
    async saveArticle(article: Article): Promise<void> {
      const overlay = active();
      if (!overlay) return base.saveArticle(article);
      assertSafeFileId(article.id, 'article id');
      assertWritable();
      // Later saves in the task build on this one; the first tells what the task read.
      if (typeof article.revision === 'number' && !overlay.articles.has(article.id)) overlay.basedOn.articles.set(article.id, article.revision);
      overlay.articles.set(article.id, stampArticle(await base.getArticle(article.id), copyJson(article)));
    },
    async deleteArticle(id: string): Promise<void> {
      const overlay = active();
      if (!overlay) return base.deleteArticle(id);
      assertSafeFileId(id, 'article id');
      assertWritable();
      overlay.articles.set(id, null);
    },
    async getGlossary(): Promise<Glossary> {
      const changed = active()?.glossary;
      return changed ? glossaryForReader(changed) : base.getGlossary();
    },
    async saveGlossary(glossary: Glossary): Promise<void> {
      const overlay = active();
      if (!overlay) return base.saveGlossary(glossary);
      assertWritable();
      if (typeof glossary.revision === 'number' && overlay.glossary === undefined) overlay.basedOn.glossary = glossary.revision;
      // Only entries that are not the committed objects are copied and stamped (held-glossary.ts).
      overlay.glossary = holdGlossary(await base.getGlossary(), glossary);
    },
    async getSettings(): Promise<Settings> {
      const changed = active()?.settings;
      return changed ? { ...changed } : base.getSettings();
    },
    async saveSettings(settings: Settings): Promise<void> {
      const overlay = active();
      if (!overlay) return base.saveSettings(settings);
      assertWritable();
      overlay.settings = stampSettings(await base.getSettings(), { ...settings });
    },
    async getDoc<T>(name: string): Promise<T | undefined> {
      const overlay = active();
      const key = assertSafeDocName(name).join('/');
      if (overlay?.docs.has(key)) return structuredClone(overlay.docs.get(key)) as T;
      return base.getDoc<T>(name);
    },
    async saveDoc<T>(name: string, value: T): Promise<void> {
      const overlay = active();
      if (!overlay) return base.saveDoc(name, value);
      const key = assertSafeDocName(name).join('/');
      assertWritable();
      overlay.docs.set(key, structuredClone(value));
    },
    async commit(batch: StoreBatch): Promise<void> {
      const overlay = active();
      if (!overlay) return base.commit(batch);
      for (const id of batch.deleteArticles ?? []) await store.deleteArticle(id);
      for (const article of batch.articles ?? []) await store.saveArticle(article);
      if (batch.glossary) await store.saveGlossary(batch.glossary);
      if (batch.settings) await store.saveSettings(batch.settings);
      for (const { name, value } of batch.docs ?? []) await store.saveDoc(name, value);
    },
    close: () => base.close(),
    async run<T>(label: string, task: () => Promise<T>): Promise<T> {
      if (active()) return task();
      const overlay: Overlay = { label, articles: new Map(), docs: new Map(), basedOn: { articles: new Map() } };
      const result = await context.run(overlay, task);
      if (!isEmpty(overlay)) {
        const articles = [...overlay.articles.values()].filter((article): article is Article => article !== null);
        const deleteArticles = [...overlay.articles].filter(([, article]) => article === null).map(([id]) => id);
        await base.commit({
          label,
          ...(articles.length > 0 ? { articles } : {}),
          ...(deleteArticles.length > 0 ? { deleteArticles } : {}),
          ...(overlay.glossary ? { glossary: overlay.glossary } : {}),
          ...(overlay.settings ? { settings: overlay.settings } : {}),
          ...(overlay.docs.size > 0 ? { docs: [...overlay.docs].map(([name, value]) => ({ name, value })) } : {}),
          basedOn: {
            articles: Object.fromEntries([...overlay.basedOn.articles].filter(([id]) => overlay.articles.get(id) !== undefined)),
            ...(overlay.glossary && overlay.basedOn.glossary !== undefined ? { glossary: overlay.basedOn.glossary } : {}),
          },
        });
      }
      return result;
    },
  };
  return store;
}
