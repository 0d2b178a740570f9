/**
 * The API handlers behind every transport (IPC, HTTP, CLI): validate the payload, call the pure
 * domain, save. Each handler is a few lines; anything longer belongs in articles/ or glossary/.
 */
import type { ApiArgs, ApiName, ApiResult, Article, Glossary, GlossaryImportResult, Segment, SegmentIssue } from './contract.ts';
import type { ProjectStore } from './store/project-store.ts';
import { ApiFailure } from './api-failure.ts';
import { createFieldHandlers, FIELD_WRITING_CALLS } from './field-handlers.ts';
import { assertWritable, requireArticle } from './project-guards.ts';
import { parseArgs } from './api-schemas.ts';
import type { ApiHandlers } from './api-names.ts';
import { assertBaseRevision, stampEntry } from './store/revisions.ts';
import { transactional } from './store/transaction.ts';
import { carryOverTranslations, decodePage, importPages, restoreRemoved } from '../articles/index.ts';
import type { PageInput } from '../articles/index.ts';
import { preTranslateImport } from './pre-translation.ts';
import { importIdChoices } from './import-ids.ts';
import { createSpellService, type DictionaryLoader } from './spell/spell-service.ts';
import { termKey, validateEntry } from '../glossary/index.ts';
import { applyGlossaryImport, planGlossaryImport, type GlossaryImportPlan } from '../glossary/formats/plan.ts';
import { issueKey, partitionIgnored, savedState, withIgnore } from '../articles/segment-workflow.ts';
import { joinWithNext, SegmentJoinError, splitJoined } from '../articles/segment-join.ts';
import { checkSegmentOfArticle } from '../articles/segment-checks.ts';
// Shared with `anuvad import` so both transports keep translations across a re-import the same way.
import { createReviewHandlers, REVIEW_WRITING_CALLS } from './review-handlers.ts';
import { createMemoryHandlers, createMemoryServices, MEMORY_WRITING_CALLS } from './memory-handlers.ts';
import { createReplaceHandlers, REPLACE_WRITING_CALLS } from './replace-handlers.ts';
import { createAnalysisHandlers } from './analysis-handlers.ts';
import { observeStore } from './store-events.ts';
import { createGlossaryState } from './glossary-state.ts';
import { createProjectSummaries } from './project-summaries.ts';
import { noDeskLink, type DeskLinkFactory } from './desk-link.ts';
import { createQaReportService } from './qa-report.ts';
import { renderQaReportHtml } from './qa-report-html.ts';

export type { ApiHandlers };

/** Things handlers take from outside instead of reading globals. */
export interface HandlerDeps {
  /** ISO timestamp for updatedAt/importedAt; default the wall clock. */
  now?: () => string;
  /** Reads the spelling dictionaries; default the files beside the app (services/spell/dictionary-files.ts). */
  dictionaries?: DictionaryLoader;
  /** The shared desk, when the transport offers one (desk/desk-link.ts); default: none. */
  desk?: DeskLinkFactory;
  /**
   * Read the article list's figures at once (the window shows the list first), so they are ready
   * by the time the page asks; the window's transports set it, the command line does not. A
   * function is called with the read's promise as well (the scale bench times it).
   */
  warmList?: boolean | ((read: Promise<void>) => void);
}

type Implementations = { [N in ApiName]: (args: ApiArgs<N>) => Promise<ApiResult<N>> };

/** Creates the handlers for one open project. */
export function createHandlers(given: ProjectStore, deps: HandlerDeps = {}): ApiHandlers {
  const now = deps.now ?? (() => new Date().toISOString());
  // The services' indexes follow each committed write (observeStore sees saves and commits) ...
  const observed = observeStore(given);
  // ... and every writing call is one all-or-nothing commit (services/store/transaction.ts).
  const store = transactional(observed.store);
  const glossaryState = createGlossaryState(observed);
  const checkers = {
    get: () => glossaryState.checker(),
    save: (glossary: Glossary) => store.saveGlossary(glossary),
  };
  // Background work (the issue recount) runs between calls, never inside one's answer time.
  const activity = callActivity();
  const summaries = createProjectSummaries(observed, glossaryState, { defer: activity.defer, busy: activity.busy });
  if (deps.warmList) {
    const read = summaries.warm();
    if (typeof deps.warmList === 'function') deps.warmList(read);
  }
  const memoryServices = createMemoryServices(observed, glossaryState);
  const memory = createMemoryHandlers(store, { now, services: memoryServices });
  const spelling = createSpellService(store, glossaryState, deps.dictionaries);
  const qaReports = createQaReportService({ store, glossary: glossaryState, spelling, now });

  // Writing calls run one at a time; the desk's syncs join the same queue, so a pulled change and a
  // local edit of the same article can never overwrite each other.
  const writes = writeQueue();
  const desk = deps.desk ? deps.desk(store, writes) : noDeskLink;
  const writable = () => assertWritable(store);
  const article = (id: string): Promise<Article> => requireArticle(store, id);

  const implementations: Implementations = {
    'project.info': async () => ({
      dir: store.dir,
      name: (await store.meta()).name,
      readOnly: store.readOnly,
      warnings: store.warnings().map(({ code, file, detail }) => ({ code, file, detail })),
    }),
    'settings.get': () => store.getSettings(),
    'settings.set': async ({ baseRevision, ...changes }) => {
      writable();
      const current = await store.getSettings();
      assertBaseRevision('settings', 'settings', baseRevision, current, changes);
      // IPC keeps keys whose value is undefined; they must not erase a setting.
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      await store.saveSettings({ ...current, ...defined });
      return store.getSettings();
    },

    'article.list': () => summaries.list(),
    'article.summaries': () => summaries.summaries(),
    'article.get': ({ id }) => article(id),
    'article.import': async ({ pages }) => {
      writable();
      // Every page is decoded first: one bad page imports nothing.
      // One batch is one project's pages: a line on two or more pages of one template is furniture (importPages).
      const fresh = importUploads(pages.map((page) => asBadInput(page.name, () => ({ fileName: page.name, text: decodePage(new Uint8Array(Buffer.from(page.base64, 'base64')), page.name) }))), now);
      const carried: Article[] = [];
      // Same-stem pages get their own ids; only a re-import of the same page updates an article.
      for (const choice of await importIdChoices(store, fresh, await summaries.list())) {
        carried.push(carryOverTranslations(choice.article, choice.replaces ? await store.getArticle(choice.replaces) : undefined));
      }
      // Looked up before anything is saved: the memory as it was, plus this batch's own repetitions.
      const { articles: imported, report } = preTranslateImport(carried, await memory.exactLookup(), now());
      for (const each of imported) await store.saveArticle(each);
      return report;
    },
    'article.saveSegment': async (args) => {
      writable();
      const current = await article(args.articleId);
      const index = current.segments.findIndex((segment) => segment.id === args.segmentId);
      if (index < 0) throw new ApiFailure({ code: 'not-found', message: `No segment ${args.segmentId} in article ${args.articleId}` });
      const { articleId: _a, segmentId: _s, baseRevision, ...mine } = args;
      assertBaseRevision('segment', args.segmentId, baseRevision, current.segments[index], mine, args.articleId);
      const previous = current.segments[index];
      const checked = checkSegmentOfArticle(await checkers.get(), current.segments, index, args.target);
      // Issues the translator ignored for this very text do not block approval.
      const issues = partitionIgnored(checked, { target: args.target, ignoredIssues: previous.ignoredIssues }, previous.source).open;
      const segment = editedSegment(previous, args, issues, now());
      await store.saveArticle({ ...current, segments: current.segments.with(index, segment) });
      await memory.afterSegmentSaved(args.articleId, current.segments[index], segment);
      // The stored segment, with the revision the store stamped on it.
      return (await store.getArticle(args.articleId))?.segments.find((each) => each.id === segment.id) ?? segment;
    },
    'article.ignoreIssue': async (args) => {
      writable();
      const current = await article(args.articleId);
      const index = current.segments.findIndex((segment) => segment.id === args.segmentId);
      if (index < 0) throw new ApiFailure({ code: 'not-found', message: `No segment ${args.segmentId} in article ${args.articleId}` });
      const previous = current.segments[index];
      assertBaseRevision('segment', args.segmentId, args.baseRevision, previous, { key: args.key, reason: args.reason }, args.articleId);
      const issues = checkSegmentOfArticle(await checkers.get(), current.segments, index, previous.target);
      if (args.reason !== null && !issues.some((issue) => issueKey(issue, previous.source, previous.target) === args.key)) {
        throw new ApiFailure({ code: 'not-found', message: `Segment ${args.segmentId} has no such issue now (its text or the glossary changed); nothing was ignored` });
      }
      const { ignoredIssues: _old, ...rest } = previous;
      const ignoredIssues = withIgnore(previous, args.key, args.reason);
      const segment: Segment = { ...rest, ...(ignoredIssues ? { ignoredIssues } : {}), updatedAt: now() };
      await store.saveArticle({ ...current, segments: current.segments.with(index, segment) });
      return (await store.getArticle(args.articleId))?.segments.find((each) => each.id === segment.id) ?? segment;
    },
    ...createFieldHandlers(store, { now, checker: checkers.get }),
    'article.restoreRemoved': async ({ articleId, line }) => {
      writable();
      const current = await article(articleId);
      if (!current.removed.some((removed) => removed.line === line)) {
        throw new ApiFailure({ code: 'not-found', message: `Article ${articleId} has no removed line ${line}`, line });
      }
      const restored = restoreRemoved(current, line);
      await store.saveArticle(restored);
      return restored;
    },
    'article.joinSegments': async ({ articleId, segmentId }) => {
      writable();
      const joined = structural(joinWithNext, await article(articleId), segmentId, now());
      await store.saveArticle(joined);
      return (await store.getArticle(articleId)) ?? joined;
    },
    'article.splitSegment': async ({ articleId, segmentId }) => {
      writable();
      const split = structural(splitJoined, await article(articleId), segmentId, now());
      await store.saveArticle(split);
      return (await store.getArticle(articleId)) ?? split;
    },

    'glossary.get': () => glossaryState.glossary(),
    'glossary.upsert': async ({ entry, baseRevision }) => {
      writable();
      const glossary = await glossaryState.glossary();
      const existing = await glossaryState.byId(entry.id);
      assertBaseRevision('glossary-entry', entry.id, baseRevision, existing, entry);
      const saved = { ...entry, createdAt: existing?.createdAt ?? entry.createdAt, updatedAt: now() };
      const problems = validateEntry(saved);
      if (problems.length > 0) throw new ApiFailure({ code: 'bad-input', message: `Entry ${entry.id}: ${problems.join('; ')}` });
      // Indexed by term key: no normalisation of every entry per upsert.
      const clash = await glossaryState.byTermKey(termKey(entry.source));
      if (clash && clash.id !== entry.id) throw new ApiFailure({ code: 'conflict', message: `Entry ${clash.id} already has the Hindi term ${entry.source}` });
      const entries = existing ? glossary.entries.with(glossary.entries.indexOf(existing), saved) : [...glossary.entries, saved];
      const next = { ...glossary, entries };
      glossaryState.expectUpsert(next, saved, existing);
      await checkers.save(next);
      // What the store stamps on this entry (services/store/revisions.ts), without re-reading the whole glossary.
      return stampEntry(existing, saved);
    },
    'glossary.delete': async ({ id, baseRevision }) => {
      writable();
      const glossary = await glossaryState.glossary();
      const existing = await glossaryState.byId(id);
      // Deleting what is already gone is harmless; deleting an entry changed since it was read is not.
      if (existing) assertBaseRevision('glossary-entry', id, baseRevision, existing, null);
      const entries = glossary.entries.filter((entry) => entry.id !== id);
      if (existing && entries.length !== glossary.entries.length) {
        const next = { ...glossary, entries };
        glossaryState.expectDelete(next, existing);
        await checkers.save(next);
      }
      return { deleted: entries.length !== glossary.entries.length };
    },
    'glossary.import': async ({ entries, fields, conflicts = 'skip', dryRun = false }) => {
      if (!dryRun) writable();
      const current = await glossaryState.glossary();
      const plan = planGlossaryImport(current, entries, fields ? { fields } : {});
      const changes = plan.added.length > 0 || plan.changed.length > 0 || (conflicts === 'take-incoming' && plan.conflicts.length > 0);
      if (!dryRun && changes) await checkers.save(applyGlossaryImport(current, plan, { conflicts }));
      return importResult(plan, !dryRun);
    },
    'glossary.terms': async ({ text }) => (await checkers.get()).terms(text),
    'glossary.check': async ({ source, target }) => (await checkers.get()).check(source, target),
    'glossary.checkDocument': async ({ pairs }) => (await checkers.get()).checkDocument(pairs),
    'glossary.occurrences': async ({ entryId }) => {
      const checker = await checkers.get();
      return (await store.listArticles()).flatMap((each) => each.segments.flatMap((segment) => checker.terms(segment.source)
        .filter((hit) => hit.entryId === entryId)
        .map((hit) => ({ articleId: each.id, segmentId: segment.id, start: hit.start, end: hit.end, text: hit.text }))));
    },
    ...createReviewHandlers(store, { now, repetitions: memoryServices.repetitions }),
    ...memory.implementations,
    ...createReplaceHandlers(store, { now }),
    ...createAnalysisHandlers(store, { memoryParts: () => memory.memoryParts() }),
    'spell.check': ({ texts }) => spelling.check(texts),
    'spell.suggest': async ({ word }) => ({ suggestions: await spelling.suggest(word) }),
    'spell.addWord': async ({ word }) => {
      writable();
      return { words: await spelling.addWord(word) };
    },
    'report.qa': (args) => qaReports.report(args),
    'report.qaHtml': async (args) => ({
      fileName: args.articleIds?.length === 1 ? `qa-report-${args.articleIds[0]}.html` : 'qa-report.html',
      mimeType: 'text/html;charset=utf-8',
      content: renderQaReportHtml(await qaReports.report(args)),
    }),
    'desk.status': () => desk.status(),
    'desk.connect': (args) => desk.connect(args),
    'desk.sync': () => desk.sync(),
    'desk.disconnect': () => desk.disconnect(),
    'desk.presence': ({ articleId }) => desk.presence(articleId),
  };

  const handlers = {} as Record<ApiName, (args: unknown) => Promise<unknown>>;
  for (const name of Object.keys(implementations) as ApiName[]) {
    const implementation = implementations[name] as (args: unknown) => Promise<unknown>;
    handlers[name] = WRITING_CALLS.has(name)
      ? (args) => activity.around(async () => {
        const parsed = parseArgs(name, args);
        const result = await writes(() => store.run(name, () => implementation(parsed)));
        desk.localChanged();
        return result;
      })
      : (args) => activity.around(async () => implementation(parseArgs(name, args)));
  }
  return handlers as ApiHandlers;
}

// Calls that read, change and save a document. Run one at a time: an autosave flush sends many
// saveSegment calls for one article at once, and interleaved read-modify-write would lose edits.
const WRITING_CALLS: ReadonlySet<ApiName> = new Set<ApiName>([
  'settings.set', 'spell.addWord', 'article.import', 'article.saveSegment', 'article.restoreRemoved', 'article.joinSegments', 'article.splitSegment', 'glossary.upsert', 'glossary.delete', 'glossary.import',
  ...REVIEW_WRITING_CALLS,
  ...MEMORY_WRITING_CALLS,
  ...REPLACE_WRITING_CALLS,
  ...FIELD_WRITING_CALLS,
]);

/**
 * Counts the calls being answered, so background work can wait for a moment when there are none:
 * `defer` runs a task on a later turn of the event loop with no call in flight (checked again when
 * it is due), `busy` tells a running task to stop and defer the rest.
 */
function callActivity() {
  let active = 0;
  let waiting: (() => void)[] = [];
  const defer = (task: () => void) => {
    const attempt = () => {
      if (active === 0) task();
      else waiting.push(attempt);
    };
    setImmediate(attempt);
  };
  return {
    defer,
    busy: () => active > 0,
    async around<T>(call: () => Promise<T>): Promise<T> {
      active += 1;
      try {
        return await call();
      } finally {
        active -= 1;
        if (active === 0 && waiting.length > 0) {
          const due = waiting;
          waiting = [];
          for (const attempt of due) setImmediate(attempt);
        }
      }
    },
  };
}

/** Runs tasks strictly one after another; a failed task does not stop the ones behind it. */
function writeQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

// A join or split the domain refuses is bad input, with its reason.
function structural(change: (article: Article, segmentId: string, now: string) => Article, article: Article, segmentId: string, now: string): Article {
  try {
    return change(article, segmentId, now);
  } catch (thrown) {
    if (thrown instanceof SegmentJoinError) throw new ApiFailure({ code: 'bad-input', message: thrown.message });
    throw thrown;
  }
}

/** Imports decoded pages as one batch; an importer error becomes 'bad-input' naming its file. */
function importUploads(inputs: readonly PageInput[], now: () => string): Article[] {
  // importPages stops at the first page it refuses; which page that was is in the error's file.
  return asBadInput(inputs.length === 1 ? inputs[0].fileName : 'pages', () => importPages(inputs, { now }));
}

/** Runs a decode or import step; problems become 'bad-input' naming the file (and line when known). */
function asBadInput<T>(name: string, step: () => T): T {
  try {
    return step();
  } catch (thrown) {
    if (thrown instanceof ApiFailure) throw thrown;
    const { line, file, message } = thrown as { line?: unknown; file?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(thrown);
    throw new ApiFailure({
      code: 'bad-input',
      // The importer's errors already start with "file:line:".
      message: typeof file === 'string' ? text : `${name}: ${text}`,
      file: typeof file === 'string' ? file : name,
      ...(typeof line === 'number' ? { line } : {}),
    });
  }
}

/** The segment after a save, by the workflow rules of articles/segment-workflow.ts; a refused approval is a conflict. */
function editedSegment(previous: Segment, args: ApiArgs<'article.saveSegment'>, issues: readonly SegmentIssue[], updatedAt: string): Segment {
  const outcome = savedState(previous, args, issues);
  if (!outcome.ok) {
    throw new ApiFailure({
      code: 'conflict',
      message: `Segment ${args.segmentId} has ${outcome.blocking.length} glossary issue(s); approving it needs an override reason`,
    });
  }
  const { overrideReason: _dropped, ...rest } = previous;
  return {
    ...rest,
    ...outcome.state,
    origin: args.target === previous.target ? previous.origin : 'manual',
    updatedAt,
  };
}

/** A glossary import plan as the contract reports it: ids, terms and renderings, no whole entries. */
function importResult(plan: GlossaryImportPlan, applied: boolean): GlossaryImportResult {
  return {
    applied,
    added: plan.added.map((entry) => ({ id: entry.id, source: entry.source, target: entry.target })),
    changed: plan.changed.map(({ before, after }) => ({ id: before.id, source: before.source, before: before.target, after: after.target })),
    conflicts: plan.conflicts.map(({ existing, incoming, reason }) => ({
      reason,
      existing: { id: existing.id, source: existing.source, target: existing.target },
      incoming: { source: incoming.source, target: incoming.target },
    })),
    unchanged: plan.unchanged,
  };
}
