/** The segment filter: statuses and open issue kinds to show, each with its count; both groups combine. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueCode, SegmentStatus } from '../../services/contract.ts';
import { SEGMENT_STATUSES } from '../../articles/segment-workflow.ts';
import type { EditorSession, EditorSnapshot } from './session/editor-session.ts';
import { filterCounts, isFiltering, visibleSegments, NO_FILTER } from './session/segment-filter.ts';

const ISSUE_KINDS: readonly IssueCode[] = ['missing-term', 'forbidden-term', 'number-mismatch'];

/** Props of SegmentFilterBar. */
export interface SegmentFilterBarProps {
  session: EditorSession;
  snapshot: EditorSnapshot;
}

const toggled = <T,>(set: ReadonlySet<T>, value: T) => {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

/** Checkboxes per status and issue kind, with counts and how many segments are shown. */
export function SegmentFilterBar({ session, snapshot }: SegmentFilterBarProps) {
  const { t } = useTranslation();
  const { history, issues, filter, current } = snapshot;
  const doc = history?.doc;
  const counts = useMemo(() => (doc ? filterCounts(doc, issues) : { byStatus: {}, byIssue: {} }), [doc, issues]);
  if (!doc) return null;
  const shown = visibleSegments(doc, issues, filter, current)?.length ?? doc.segments.length;
  const statusBox = (status: SegmentStatus) => (
    <label key={status} className="filter-choice">
      <input type="checkbox" checked={filter.statuses.has(status)} data-testid={`filter-status-${status}`}
        onChange={() => session.setFilter({ ...filter, statuses: toggled(filter.statuses, status) })} />
      {t(`status.${status}`)} <span className="filter-count">({counts.byStatus[status] ?? 0})</span>
    </label>
  );
  return (
    <div className="segment-filter" role="group" aria-label={t('filter.label')} data-testid="segment-filter">
      <fieldset>
        <legend>{t('filter.statuses')}</legend>
        {SEGMENT_STATUSES.filter((status) => status !== 'joined' || (counts.byStatus.joined ?? 0) > 0).map(statusBox)}
      </fieldset>
      <fieldset>
        <legend>{t('filter.issues')}</legend>
        {ISSUE_KINDS.map((kind) => (
          <label key={kind} className="filter-choice">
            <input type="checkbox" checked={filter.issueKinds.has(kind)} data-testid={`filter-issue-${kind}`}
              onChange={() => session.setFilter({ ...filter, issueKinds: toggled(filter.issueKinds, kind) })} />
            {t(`filter.kind.${kind}`)} <span className="filter-count">({counts.byIssue[kind] ?? 0})</span>
          </label>
        ))}
      </fieldset>
      <span className="filter-shown" aria-live="polite" data-testid="filter-shown">
        {t('filter.shown', { shown, total: doc.segments.length })}
      </span>
      <button type="button" disabled={!isFiltering(filter)} onClick={() => session.setFilter(NO_FILTER)}>
        {t('filter.clear')}
      </button>
    </div>
  );
}
