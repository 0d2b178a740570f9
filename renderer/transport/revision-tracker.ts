/**
 * Gives every write the revision it is based on, without the views having to carry revisions
 * (services/store/README.md, "Revisions"). The tracker remembers the revision of each segment,
 * glossary entry and the settings as results pass through, fills `baseRevision` into writes that
 * lack one, and turns a `conflict` answer into a question for a person (ConflictDialog): keep
 * mine (resend on the current revision), take theirs (answer the call with the stored version),
 * or, for glossary entries, a field-by-field merge (fields changed on one side only merge quietly).
 */
import type { Api, ApiArgs, ApiName, Article, ConflictInfo, FieldTranslation, GlossaryEntry, SavedField, Segment, Settings } from '../../services/contract.ts';
import { mergeEntryFields } from '../../glossary/entry-merge.ts';
import { apiFromCall, ApiClientError } from './http.ts';

/** What the person chose for one conflict. */
export type ConflictChoice = { choice: 'mine' } | { choice: 'theirs' } | { choice: 'merged'; value: GlossaryEntry };

/** A stale write to decide, as the dialog shows it. */
export interface ConflictQuestion {
  conflict: ConflictInfo;
  /** For glossary entries: the version both sides started from, when known. */
  base?: GlossaryEntry;
}

/** Asks a person (the ConflictDialog host); absent: conflicts reach the caller as errors. */
export type ConflictResolver = (question: ConflictQuestion) => Promise<ConflictChoice>;

/** Told after "take theirs", so views holding the old text can reload it. */
export type TheirsListener = (conflict: ConflictInfo) => void;

/** Options of withRevisions. */
export interface RevisionTrackerOptions {
  /** The resolver in charge now (looked up per conflict, so a dialog can mount later). */
  resolver(): ConflictResolver | undefined;
  onTheirs?: TheirsListener;
}

const segmentKey = (articleId: string, segmentId: string) => `segment:${articleId}/${segmentId}`;
const entryKey = (id: string) => `entry:${id}`;
const fieldKey = (articleId: string, field: string) => `field:${articleId}/${field}`;
const SETTINGS_KEY = 'settings';

/** Wraps `api` so writes carry baseRevision and conflicts go to the resolver. */
export function withRevisions(api: Api, options: RevisionTrackerOptions): Api {
  const revisions = new Map<string, number>();
  // The glossary entries as last seen: the base of a field-by-field merge.
  const entries = new Map<string, GlossaryEntry>();

  const rememberArticle = (article: Article) => {
    for (const segment of article.segments) rememberSegment(article.id, segment);
    for (const field of ['kicker', 'dateline', 'byline'] as const) rememberField(article.id, field, article.fieldTranslations?.[field] ?? null);
  };
  // A field without English is revision 0: a save then refuses to overwrite English written elsewhere meanwhile.
  const rememberField = (articleId: string, field: string, translation: FieldTranslation | null) => {
    revisions.set(fieldKey(articleId, field), translation?.revision ?? 0);
  };
  const rememberSegment = (articleId: string, segment: Segment) => {
    // Absent = 0: data written before revisions (services/store/revisions.ts revisionOf).
    revisions.set(segmentKey(articleId, segment.id), segment.revision ?? 0);
  };
  const rememberEntry = (entry: GlossaryEntry) => {
    revisions.set(entryKey(entry.id), entry.revision ?? 0);
    entries.set(entry.id, structuredClone(entry));
  };
  const rememberSettings = (settings: Settings) => {
    revisions.set(SETTINGS_KEY, settings.revision ?? 0);
  };

  const observe = (name: ApiName, args: unknown, result: unknown) => {
    switch (name) {
      case 'article.get': case 'article.restoreRemoved': rememberArticle(result as Article); break;
      case 'article.saveField': {
        const saved = result as SavedField;
        rememberField(saved.articleId, saved.field, saved.translation);
        break;
      }
      case 'article.saveSegment': case 'segment.unlink': rememberSegment((args as { articleId: string }).articleId, result as Segment); break;
      case 'glossary.get': for (const entry of (result as { entries: GlossaryEntry[] }).entries) rememberEntry(entry); break;
      case 'glossary.upsert': rememberEntry(result as GlossaryEntry); break;
      case 'glossary.delete': revisions.set(entryKey((args as { id: string }).id), 0); entries.delete((args as { id: string }).id); break;
      case 'settings.get': case 'settings.set': rememberSettings(result as Settings); break;
      case 'align.edit': {
        const { articleId } = args as ApiArgs<'align.edit'>;
        for (const segment of (result as { changedSegments: Segment[] }).changedSegments) rememberSegment(articleId, segment);
        break;
      }
      default: break;
    }
  };

  // The revision a write is based on, when the caller did not say.
  const withBase = (name: ApiName, args: Record<string, unknown>): Record<string, unknown> => {
    if (args.baseRevision !== undefined) return args;
    let base: number | undefined;
    if (name === 'article.saveSegment') base = revisions.get(segmentKey(String(args.articleId), String(args.segmentId)));
    else if (name === 'article.saveField') base = revisions.get(fieldKey(String(args.articleId), String(args.field)));
    else if (name === 'glossary.upsert') {
      const entry = args.entry as GlossaryEntry;
      // An entry never seen is being created: base 0 refuses to overwrite one made elsewhere meanwhile.
      base = revisions.get(entryKey(entry.id)) ?? entry.revision ?? 0;
    } else if (name === 'glossary.delete') base = revisions.get(entryKey(String(args.id)));
    else if (name === 'settings.set') base = revisions.get(SETTINGS_KEY);
    return base === undefined ? args : { ...args, baseRevision: base };
  };

  const resolve = async (name: ApiName, args: Record<string, unknown>, conflict: ConflictInfo): Promise<unknown> => {
    const retry = (changed: Record<string, unknown>) => call(name, { ...changed, baseRevision: conflict.currentRevision });
    const base = conflict.kind === 'glossary-entry' ? entries.get(conflict.id) : undefined;
    if (conflict.kind === 'glossary-entry' && base && conflict.theirs && name === 'glossary.upsert') {
      const merge = mergeEntryFields(base, args.entry as GlossaryEntry, conflict.theirs as GlossaryEntry);
      // Different fields changed on each side: nothing for a person to decide.
      if (merge.clashes.length === 0) return retry({ ...args, entry: merge.merged });
    }
    const resolver = options.resolver();
    if (!resolver) return undefined;
    const answer = await resolver({ conflict, ...(base ? { base } : {}) });
    if (answer.choice === 'mine') return retry(args);
    if (answer.choice === 'merged') return retry({ ...args, entry: answer.value });
    // Take theirs: the call answers with the stored version, and views reload it.
    if (conflict.kind === 'segment' && conflict.theirs) rememberSegment(conflict.articleId ?? '', conflict.theirs as Segment);
    if (conflict.kind === 'glossary-entry') {
      if (conflict.theirs) rememberEntry(conflict.theirs as GlossaryEntry);
      else revisions.set(entryKey(conflict.id), 0);
    }
    if (conflict.kind === 'settings') rememberSettings(conflict.theirs as Settings);
    options.onTheirs?.(conflict);
    if (name === 'glossary.delete') return { deleted: false };
    if (conflict.kind === 'field') {
      // The call answers with the stored English (none when it was removed elsewhere).
      const theirs = (conflict.theirs ?? null) as FieldTranslation | null;
      rememberField(conflict.articleId ?? '', conflict.id, theirs);
      return { articleId: conflict.articleId ?? '', field: conflict.id, translation: theirs, issues: [] } as SavedField;
    }
    return conflict.theirs;
  };

  const call = async (name: ApiName, rawArgs: unknown): Promise<unknown> => {
    const args = withBase(name, (rawArgs ?? {}) as Record<string, unknown>);
    try {
      const result = await (api[name] as (a: unknown) => Promise<unknown>)(args);
      observe(name, args, result);
      return result;
    } catch (thrown) {
      const conflict = thrown instanceof ApiClientError ? thrown.error.conflict : undefined;
      if (!conflict) throw thrown;
      const resolved = await resolve(name, args, conflict);
      if (resolved === undefined) throw thrown;
      return resolved;
    }
  };
  return apiFromCall(call);
}
