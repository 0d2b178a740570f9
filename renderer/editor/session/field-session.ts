/**
 * The English of the article's header fields (kicker, dateline, byline) while the editor is open:
 * drafts, autosave through article.saveField (the segment saver's queue, keyed by field name),
 * live glossary issues, and what a "take theirs" on a conflict brings back. Plain TypeScript,
 * tested without React; the editor session owns one and flushes it with the segments.
 * Undo inside a field box is the box's own (Ctrl+Z in a text input); the segment history stays segments'.
 */
import type { Api, Article, SegmentIssue, TranslatableField } from '../../../services/contract.ts';
import { TRANSLATABLE_FIELDS } from '../../../articles/field-translations.ts';
import { createSegmentSaver, type SaveState, type SaverTimers } from '../segment-saver.ts';
import type { LiveChecker } from '../../live-checker.ts';

/** Quiet time before a field is written (the segments' value). */
const SAVE_DELAY_MS = 600;

/** One translatable field as the editor shows it. */
export interface FieldView {
  field: TranslatableField;
  /** The Hindi (or Latin) text the importer read. */
  source: string;
  /** The English as typed (saved or not). */
  draft: string;
  /** The Hindi the stored English was written for, when a re-import read the field differently. */
  writtenFor?: string;
  issues: readonly SegmentIssue[];
}

/** Everything the header fields show. */
export interface FieldsSnapshot {
  fields: readonly FieldView[];
  save: { state: SaveState; error?: string };
}

/** What a field session needs from outside. */
export interface FieldSessionOptions {
  api: Pick<Api, 'article.saveField'>;
  articleId: string;
  timers: SaverTimers;
  readOnly: boolean;
  checker: Pick<LiveChecker, 'check'>;
  /** Called with each new snapshot. */
  onChange(snapshot: FieldsSnapshot): void;
}

/** Creates the field session of one article; `load` it with the article. */
export function createFieldSession(options: FieldSessionOptions) {
  let checker = options.checker;
  let snapshot: FieldsSnapshot = { fields: [], save: { state: 'saved' } };
  const update = (next: Partial<FieldsSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    options.onChange(snapshot);
  };
  const checked = (view: Omit<FieldView, 'issues'>): FieldView => ({
    ...view,
    issues: view.draft.trim() === '' ? [] : checker.check(view.source, view.draft),
  });
  const replaceView = (field: TranslatableField, change: (view: FieldView) => FieldView) => {
    update({ fields: snapshot.fields.map((view) => (view.field === field ? change(view) : view)) });
  };

  const saver = createSegmentSaver({
    // The saver's queue is keyed by `segmentId`; here that key is the field's name, and status is unused.
    write: async ({ segmentId, target }) => {
      const field = segmentId as TranslatableField;
      const saved = await options.api['article.saveField']({ articleId: options.articleId, field, target });
      const stored = saved.translation?.target ?? '';
      // "Take theirs" answered with the stored English: show it, unless the person typed on meanwhile.
      replaceView(field, (view) => (view.draft === target && stored !== target ? checked({ ...view, draft: stored, writtenFor: undefined }) : { ...view, writtenFor: stored === target ? undefined : view.writtenFor }));
    },
    onStateChange: (state, error) => update({ save: { state, error } }),
    timers: options.timers,
    delayMs: SAVE_DELAY_MS,
  });

  return {
    getSnapshot: () => snapshot,
    /** Shows the article's text fields and their stored English. */
    load(article: Article) {
      const fields = TRANSLATABLE_FIELDS.flatMap((field): FieldView[] => {
        const source = article[field];
        if (!source) return [];
        const stored = article.fieldTranslations?.[field];
        return [checked({ field, source, draft: stored?.target ?? '', ...(stored && stored.source !== source ? { writtenFor: stored.source } : {}) })];
      });
      update({ fields });
    },
    /** Typing in a field's English box. */
    change(field: TranslatableField, draft: string) {
      if (options.readOnly) return;
      // One line, as the server requires: a pasted line break becomes a space.
      const text = draft.replace(/[\r\n\u2028\u2029]+/gu, ' ');
      replaceView(field, (view) => checked({ ...view, draft: text }));
      saver.schedule({ segmentId: field, target: text, status: 'draft' });
    },
    /** A new glossary: the fields' issues follow. */
    setChecker(next: Pick<LiveChecker, 'check'>) {
      checker = next;
      update({ fields: snapshot.fields.map((view) => checked(view)) });
    },
    flush: () => saver.flush(),
    hasPending: () => saver.hasPending(),
    dispose: () => saver.dispose(),
  };
}

/** A field session. */
export type FieldSession = ReturnType<typeof createFieldSession>;
