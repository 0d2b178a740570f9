/** The glossary side panel: search, add (also from a Hindi selection), edit, delete, occurrences across articles. */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, EntryOccurrence, GlossaryEntry } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { formatNumber, localeFor } from '../format.ts';
import { entrySearchIndex } from './entry-search.ts';
import { GlossaryLoading } from '../GlossaryLoading.tsx';
import { useVirtualWindow } from '../virtual-window.ts';
import { emptyFields, entryFromFields, type EntryFormFields } from './entry-form-fields.ts';
import { suggestRendering } from './suggest-rendering.ts';
import { EntryForm } from './EntryForm.tsx';
import { PropagationDialog } from '../memory/PropagationDialog.tsx';
import { changeNeedsPropagation } from '../memory/propagation-trigger.ts';

/** A Hindi selection to turn into a new entry; a new nonce opens a new form. */
export interface TermProposal {
  source: string;
  nonce: number;
  /** Gives the focus back to where the proposal came from (the segment) once the form is done. */
  returnFocus?: () => void;
}

/** Props of GlossaryPanel. */
export interface GlossaryPanelProps {
  proposal?: TermProposal;
  onClose(): void;
}

// Estimated height of one entry row (Hindi, English, type), for the windowed list.
const ENTRY_ROW_HEIGHT = 52;

type Mode = { kind: 'browse' } | { kind: 'edit'; entryId: string } | { kind: 'new'; initial: EntryFormFields; nonce: number; returnFocus?: () => void };

/** The glossary panel. */
export function GlossaryPanel({ proposal, onClose }: GlossaryPanelProps) {
  const { t } = useTranslation();
  const { api, glossary, glossaryReady, entriesById, setGlossary, language, notify, openArticle } = useWorkbench();
  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<Mode>({ kind: 'browse' });
  const [saving, setSaving] = useState(false);
  const [occurrences, setOccurrences] = useState<{ entryId: string; list: EntryOccurrence[] | null } | null>(null);
  const [titles, setTitles] = useState<ReadonlyMap<string, ArticleSummary>>(new Map());
  const [propagation, setPropagation] = useState<{ entryId: string; before?: GlossaryEntry; nonce: number } | null>(null);

  useEffect(() => {
    if (proposal) setMode({ kind: 'new', initial: emptyFields(proposal.source, suggestRendering(proposal.source)), nonce: proposal.nonce, returnFocus: proposal.returnFocus });
  }, [proposal]);

  // Usually built already in idle time after the glossary loaded (use-entry-search-warmup.ts).
  const index = useMemo(() => entrySearchIndex(glossary.entries, localeFor(language)), [glossary, language]);
  const results = useMemo(() => index.search(query), [index, query]);
  const { ref: listRef, window: view } = useVirtualWindow<HTMLUListElement>(results.length, ENTRY_ROW_HEIGHT);
  const editing = mode.kind === 'edit' ? entriesById.get(mode.entryId) : undefined;

  const others = useMemo(() => (mode.kind === 'browse' ? [] : glossary.entries.filter((entry) => entry.id !== (mode.kind === 'edit' ? mode.entryId : undefined))), [glossary, mode]);
  const save = async (fields: EntryFormFields) => {
    setSaving(true);
    try {
      const takenIds = new Set(glossary.entries.map((entry) => entry.id));
      const saved = await api['glossary.upsert']({ entry: entryFromFields(fields, editing, takenIds, new Date().toISOString()) });
      const exists = glossary.entries.some((entry) => entry.id === saved.id);
      setGlossary({ ...glossary, entries: exists ? glossary.entries.map((entry) => (entry.id === saved.id ? saved : entry)) : [...glossary.entries, saved] });
      notify(t('glossary.saved', { source: saved.source }));
      setMode({ kind: 'edit', entryId: saved.id });
      if (mode.kind === 'new') mode.returnFocus?.();
      // A new approved rendering or forbidden form: offer to bring existing translations in line.
      if (editing && changeNeedsPropagation(editing, saved)) setPropagation({ entryId: saved.id, before: editing, nonce: Date.now() });
    } catch (error) {
      notify(t('glossary.saveFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setSaving(false);
    }
  };

  const remove = async (entry: GlossaryEntry) => {
    if (!window.confirm(t('glossary.confirmDelete', { source: entry.source }))) return;
    setSaving(true);
    try {
      await api['glossary.delete']({ id: entry.id });
      setGlossary({ ...glossary, entries: glossary.entries.filter((candidate) => candidate.id !== entry.id) });
      setMode({ kind: 'browse' });
    } catch (error) {
      notify(t('glossary.saveFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setSaving(false);
    }
  };

  const showOccurrences = async (entryId: string) => {
    setOccurrences({ entryId, list: null });
    try {
      const [list, summaries] = await Promise.all([api['glossary.occurrences']({ entryId }), titles.size ? Promise.resolve(null) : api['article.list']({})]);
      if (summaries) setTitles(new Map(summaries.map((summary) => [summary.id, summary])));
      setOccurrences({ entryId, list });
    } catch (error) {
      setOccurrences(null);
      notify(t('glossary.occurrencesFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    }
  };

  return (
    <aside className="glossary-panel" aria-labelledby="glossary-panel-title" data-testid="glossary-panel">
      <div className="panel-head">
        <h2 id="glossary-panel-title">{t('glossary.panelTitle')}</h2>
        {glossaryReady && <span className="muted">{t('glossary.entryCount', { count: glossary.entries.length, formatted: formatNumber(glossary.entries.length, language) })}</span>}
        <span className="toolbar-spacer" />
        <button type="button" disabled={!glossaryReady} onClick={() => setMode({ kind: 'new', initial: emptyFields(), nonce: Date.now() })}>
          + {t('glossary.add')}
        </button>
        <button type="button" aria-label={t('common.close')} onClick={onClose}>
          ✕
        </button>
      </div>
      {/* Until the glossary has loaded there is nothing to list, and a form could not see the other entries. */}
      {!glossaryReady ? (
        <GlossaryLoading />
      ) : mode.kind === 'browse' ? (
        <>
          <input
            className="search"
            type="search"
            value={query}
            placeholder={t('glossary.searchPlaceholder')}
            aria-label={t('glossary.searchLabel')}
            data-testid="glossary-search"
            onChange={(event) => setQuery(event.target.value)}
          />
          <ul className="entry-list" ref={listRef}>
            {view.before > 0 && <li aria-hidden="true" style={{ height: view.before }} />}
            {results.slice(view.start, view.end).map((entry) => (
              <li key={entry.id} data-virtual-row="">
                <button type="button" className="entry-item" onClick={() => setMode({ kind: 'edit', entryId: entry.id })}>
                  <span lang="hi" className="entry-source">
                    {entry.source}
                  </span>
                  <span className="entry-target">{entry.target}</span>
                  <span className={`entry-type type-${entry.type}`}>{t(`glossary.type.${entry.type}`)}</span>
                  {entry.status === 'proposed' && <span className="badge badge-warn">{t('glossary.status.proposed')}</span>}
                </button>
              </li>
            ))}
            {view.after > 0 && <li aria-hidden="true" style={{ height: view.after }} />}
            {results.length === 0 && <li className="muted">{t('glossary.noResults')}</li>}
          </ul>
        </>
      ) : (
        <div className="panel-body">
          <button type="button" className="link" onClick={() => setMode({ kind: 'browse' })}>
            ← {t('glossary.backToList')}
          </button>
          <EntryForm
            key={mode.kind === 'edit' ? mode.entryId : mode.nonce}
            entry={editing}
            initial={mode.kind === 'new' ? mode.initial : undefined}
            saving={saving}
            others={others}
            onSave={(fields) => void save(fields)}
            onCancel={() => {
              setMode({ kind: 'browse' });
              if (mode.kind === 'new') mode.returnFocus?.();
            }}
            onDelete={editing ? () => void remove(editing) : undefined}
          />
          {editing && (
            <section className="occurrences">
              <button type="button" onClick={() => void showOccurrences(editing.id)} data-testid="show-occurrences">
                {t('glossary.showOccurrences')}
              </button>
              <button type="button" onClick={() => setPropagation({ entryId: editing.id, nonce: Date.now() })} data-testid="open-propagation">
                {t('propagation.open')}
              </button>
              {occurrences?.entryId === editing.id &&
                (occurrences.list === null ? (
                  <p className="muted">{t('common.loading')}</p>
                ) : occurrences.list.length === 0 ? (
                  <p className="muted">{t('glossary.noOccurrences')}</p>
                ) : (
                  <>
                    <p className="muted">{t('glossary.occurrenceCount', { count: occurrences.list.length })}</p>
                    <ul className="occurrence-list" data-testid="occurrence-list">
                      {groupByArticle(occurrences.list).map(({ articleId, first, count }) => (
                        <li key={articleId}>
                          <button type="button" className="link" onClick={() => openArticle(articleId, first.segmentId)}>
                            <span lang="hi">{titles.get(articleId)?.title ?? articleId}</span>
                          </button>
                          <span className="occurrence-text">{t('glossary.occurrenceCount', { count })}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                ))}
            </section>
          )}
        </div>
      )}
      {propagation && <PropagationDialog key={propagation.nonce} entryId={propagation.entryId} before={propagation.before} onClose={() => setPropagation(null)} />}
    </aside>
  );
}

/** Occurrences grouped per article, in first-seen order, with the first one to jump to. */
function groupByArticle(list: readonly EntryOccurrence[]): { articleId: string; first: EntryOccurrence; count: number }[] {
  const groups = new Map<string, { articleId: string; first: EntryOccurrence; count: number }>();
  for (const occurrence of list) {
    const group = groups.get(occurrence.articleId);
    if (group) group.count++;
    else groups.set(occurrence.articleId, { articleId: occurrence.articleId, first: occurrence, count: 1 });
  }
  return [...groups.values()];
}
