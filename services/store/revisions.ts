/**
 * The revision model (issue 13). Every article, every segment inside it, every glossary entry, the
 * glossary as a whole and the settings document carry `revision: number`, a counter that the STORE
 * stamps on every write that changes the thing (0 or absent = never written with revisions). A
 * write that can lose someone else's work names the revision it was based on (`baseRevision` in the
 * contract: article.saveSegment, glossary.upsert, glossary.delete, settings.set); when that is not
 * the current revision, the write is refused with the contract error code `conflict` (HTTP 409)
 * carrying both versions (`ApiError.conflict`). Omitting `baseRevision` means "unconditional"; the
 * renderer always sends it (renderer/transport/revision-tracker.ts), batch CLI commands do not.
 *
 * Stamping lives here, one home for the lowdb store, its in-memory twin and the desk (desk/):
 * a stamp compares the new value with the held one, so a caller can never forget a bump and can
 * never set a revision by hand (whatever revision a caller passes in is overwritten).
 */
import type { Article, FieldTranslation, Segment, TranslatableField } from '../../articles/model.ts';
import type { Glossary, GlossaryEntry } from '../../glossary/model.ts';
import type { ConflictInfo, Settings } from '../contract.ts';
import { StoreError } from './store-error.ts';

/** The revision of a value; absent (data written before revisions) counts as 0. */
export function revisionOf(value: { revision?: number } | undefined | null): number {
  return typeof value?.revision === 'number' && Number.isInteger(value.revision) && value.revision >= 0 ? value.revision : 0;
}

// Equal apart from the revision itself: a rewrite that changes nothing is not a new revision.
function sameContent<T extends { revision?: number }>(a: T, b: T): boolean {
  const { revision: _a, ...restA } = a;
  const { revision: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

function stampSegments(previous: readonly Segment[] | undefined, next: readonly Segment[]): { segments: Segment[]; changed: boolean } {
  const before = new Map((previous ?? []).map((segment) => [segment.id, segment]));
  let changed = previous === undefined || previous.length !== next.length;
  const segments = next.map((segment) => {
    const old = before.get(segment.id);
    if (old && sameContent(old, segment)) return old.revision === undefined && segment.revision === undefined ? segment : { ...segment, revision: revisionOf(old) };
    changed = true;
    return { ...segment, revision: revisionOf(old) + 1 };
  });
  return { segments, changed };
}

type FieldTranslations = Partial<Record<TranslatableField, FieldTranslation>>;

// A header field's English has its own revision, like a segment: saving it never conflicts with segment edits.
function stampFieldTranslations(previous: FieldTranslations | undefined, next: FieldTranslations | undefined): FieldTranslations | undefined {
  if (!next) return next;
  const stamped: FieldTranslations = {};
  for (const [field, translation] of Object.entries(next) as [TranslatableField, FieldTranslation][]) {
    const old = previous?.[field];
    stamped[field] = old && sameContent(old, translation) ? { ...translation, revision: revisionOf(old) } : { ...translation, revision: revisionOf(old) + 1 };
  }
  return stamped;
}

/**
 * The article as it is stored: each segment and each header-field translation whose content
 * differs from the held one gets the next revision, and the article's revision moves on when
 * anything changed.
 */
export function stampArticle(previous: Article | undefined, given: Article): Article {
  const fieldTranslations = stampFieldTranslations(previous?.fieldTranslations, given.fieldTranslations);
  const next = fieldTranslations ? { ...given, fieldTranslations } : given;
  const { segments, changed: segmentsChanged } = stampSegments(previous?.segments, next.segments);
  const { segments: _s, ...rest } = next;
  const { segments: _p, ...restPrevious } = previous ?? ({ segments: [] } as unknown as Article);
  const changed = previous === undefined || segmentsChanged || !sameContent(restPrevious, rest);
  return { ...next, segments, revision: changed ? revisionOf(previous) + 1 : revisionOf(previous) };
}

/** One entry as stored: its next revision when it is new or its content changed. */
export function stampEntry(previous: GlossaryEntry | undefined, next: GlossaryEntry): GlossaryEntry {
  if (previous && sameContent(previous, next)) return { ...next, revision: revisionOf(previous) };
  return { ...next, revision: revisionOf(previous) + 1 };
}

/** The glossary as stored: changed or new entries get their next revision; the glossary's moves on when anything changed. */
export function stampGlossary(previous: Glossary | undefined, next: Glossary): Glossary {
  const before = new Map((previous?.entries ?? []).map((entry) => [entry.id, entry]));
  let changed = previous === undefined || previous.entries.length !== next.entries.length;
  const entries = next.entries.map((entry): GlossaryEntry => {
    const stamped = stampEntry(before.get(entry.id), entry);
    if (stamped.revision !== revisionOf(before.get(entry.id))) changed = true;
    return stamped;
  });
  return { ...next, entries, revision: changed ? revisionOf(previous) + 1 : revisionOf(previous) };
}

/** The settings as stored, with the next revision when they changed. */
export function stampSettings(previous: Settings | undefined, next: Settings): Settings {
  const changed = previous === undefined || !sameContent(previous, next);
  return { ...next, revision: changed ? revisionOf(previous) + 1 : revisionOf(previous) };
}

/**
 * Throws the `conflict` StoreError when `baseRevision` is given and is not the current revision of
 * `current` (undefined = the thing does not exist now, e.g. deleted elsewhere: revision 0).
 * `mine` is what the caller tried to write; the error carries both versions.
 */
export function assertBaseRevision<T>(
  kind: ConflictInfo['kind'],
  id: string,
  baseRevision: number | undefined,
  current: (T & { revision?: number }) | undefined,
  mine: unknown,
  articleId?: string,
): void {
  if (baseRevision === undefined) return;
  const currentRevision = current === undefined ? 0 : revisionOf(current);
  if (baseRevision === currentRevision) return;
  const what = kind === 'segment' ? `Segment ${id}${articleId ? ` of article ${articleId}` : ''}`
    : kind === 'field' ? `The ${id} of article ${articleId ?? ''}`.trimEnd()
    : kind === 'glossary-entry' ? `Glossary entry ${id}` : kind === 'settings' ? 'The settings' : `Article ${id}`;
  const how = current === undefined ? 'was deleted elsewhere' : `changed elsewhere (revision ${currentRevision}, this edit was based on ${baseRevision})`;
  throw new StoreError('conflict', `${what} ${how}; choose which version to keep`, undefined, undefined, {
    kind, id, ...(articleId ? { articleId } : {}), baseRevision, currentRevision, mine, theirs: current ?? null,
  });
}
