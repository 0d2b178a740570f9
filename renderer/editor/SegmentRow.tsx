/** One row of the editor: Hindi with highlighted terms, the English box, the status and the issues. */
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment, SegmentIssue, SegmentRepetition, SegmentStatus } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { SourceText } from './SourceText.tsx';
import { IssueList } from './IssueList.tsx';
import { CHOOSABLE_STATUSES } from '../../articles/segment-workflow.ts';
import type { SegmentEditState } from './edit-history.ts';
import type { RenderingOption } from './renderings.ts';
import { RepetitionBadge } from '../memory/RepetitionBadge.tsx';
import { RenderingPicker } from './RenderingPicker.tsx';
import './segment-marks.css';
import { SpellField } from '../spell/SpellField.tsx';

/** Row callbacks; the editor keeps them stable so unchanged rows skip rendering. */
export interface SegmentRowActions {
  changeTarget(segmentId: string, target: string): void;
  focusRow(index: number): void;
  blurRow(segmentId: string): void;
  changeStatus(segmentId: string, status: SegmentStatus): void;
  insertRendering(segmentId: string, option: RenderingOption): void;
  registerTextarea(segmentId: string, element: HTMLTextAreaElement | null): void;
  /** Unlinks a segment from its repetitions (or links it again). */
  setRepetitionUnlinked?(segmentId: string, unlinked: boolean): void;
  /** Esc in the term picker: back to the segment's box. */
  leavePicker?(segmentId: string): void;
  /** Asks for a reason to ignore one issue of the segment. */
  requestIgnore?(segmentId: string, issue: SegmentIssue): void;
  /** Brings an ignored issue back. */
  restoreIssue?(segmentId: string, issue: SegmentIssue): void;
}

/** Props of SegmentRow. */
export interface SegmentRowProps {
  index: number;
  segment: Segment;
  state: SegmentEditState;
  issues: readonly SegmentIssue[];
  /** Issues ignored for the current text, with their reasons. */
  ignored?: readonly { issue: SegmentIssue; reason: string }[];
  isCurrent: boolean;
  findMatch: 'none' | 'match' | 'current';
  /** Glossary renderings (Ctrl+1…9, Ctrl+K picker); only the current row gets them. */
  renderings: readonly RenderingOption[];
  /** Changes when the term picker should take the focus. */
  pickerNonce?: number;
  actions: SegmentRowActions;
  /** Set when the segment's Hindi occurs more than once in the project. */
  repetition?: SegmentRepetition;
}

/** Renders one segment pair. */
export const SegmentRow = memo(function SegmentRow({ index, segment, state, issues, ignored, isCurrent, findMatch, renderings, pickerNonce, actions, repetition }: SegmentRowProps) {
  const { t } = useTranslation();
  const { checker, entriesById, readOnly } = useWorkbench();
  const hits = useMemo(() => checker.terms(segment.source), [checker, segment.source]);
  const register = useCallback((element: HTMLTextAreaElement | null) => actions.registerTextarea(segment.id, element), [actions, segment.id]);
  const rowClass = ['segment', `status-${state.status}`, isCurrent ? 'current' : '', findMatch !== 'none' ? `find-${findMatch}` : '', segment.kind !== 'body' ? `kind-${segment.kind}` : '']
    .filter(Boolean)
    .join(' ');
  const targetId = `target-${segment.id}`;
  return (
    <div className={rowClass} role="listitem" data-testid="segment" data-segment-id={segment.id} data-status={state.status}>
      <div className="segment-number" aria-hidden="true">
        {index + 1}
      </div>
      <div className="segment-source" lang="hi" data-source="true">
        {segment.kind !== 'body' && <span className="kind-badge">{t(`editor.kind.${segment.kind}`)}</span>}
        {segment.repeatOf && <span className="kind-badge repeat-badge">{t('editor.repeated')}</span>}
        <SourceText text={segment.source} hits={hits} />
      </div>
      <div className="segment-target">
        <label htmlFor={targetId} className="visually-hidden">
          {t('editor.targetLabel', { number: index + 1 })}
        </label>
        <SpellField text={state.target} onReplace={(start, end, word) => actions.changeTarget(segment.id, state.target.slice(0, start) + word + state.target.slice(end))}>
        <textarea
          id={targetId}
          ref={register}
          lang="en"
          // The project's own checker underlines (SpellField); the browser's would differ per machine.
          spellCheck={false}
          rows={1}
          readOnly={readOnly}
          value={state.target}
          placeholder={state.status === 'joined' ? t('editor.joinedPlaceholder') : isCurrent ? t('editor.targetPlaceholder') : ''}
          data-testid="target"
          onChange={(event) => actions.changeTarget(segment.id, event.target.value)}
          onFocus={() => actions.focusRow(index)}
          onBlur={() => actions.blurRow(segment.id)}
        />
        </SpellField>
        <IssueList
          issues={issues}
          ignored={ignored}
          source={segment.source}
          target={state.target}
          entriesById={entriesById}
          onIgnore={readOnly || !actions.requestIgnore ? undefined : (issue) => actions.requestIgnore?.(segment.id, issue)}
          onRestore={readOnly || !actions.restoreIssue ? undefined : (issue) => actions.restoreIssue?.(segment.id, issue)}
        />
        {state.overrideReason && state.status === 'approved' && (
          <p className="override-note">{t('editor.overrideKept', { reason: state.overrideReason })}</p>
        )}
        {isCurrent && !readOnly && renderings.length > 0 && (
          <RenderingPicker
            renderings={renderings}
            focusNonce={pickerNonce}
            onInsert={(option) => actions.insertRendering(segment.id, option)}
            onLeave={() => actions.leavePicker?.(segment.id)}
          />
        )}
      </div>
      <div className="segment-status">
        <select
          aria-label={t('editor.statusLabel', { number: index + 1 })}
          className={`status-select status-${state.status}`}
          value={state.status}
          disabled={readOnly}
          data-testid="status"
          onChange={(event) => actions.changeStatus(segment.id, event.target.value as SegmentStatus)}
        >
          {statusOptions(state.status).map((status) => (
            <option key={status} value={status} disabled={!CHOOSABLE_STATUSES.includes(status) || (status !== 'untranslated' && state.target.trim() === '')}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
        {state.status === 'pre-translated' && (
          <span className="pretranslated-badge" data-testid="pretranslated-badge" title={t('editor.preTranslatedTitle')}>
            {t('editor.preTranslatedBadge')}
          </span>
        )}
        {repetition && (
          <RepetitionBadge repetition={repetition} readOnly={readOnly} onToggle={(unlinked) => actions.setRepetitionUnlinked?.(segment.id, unlinked)} />
        )}
        {issues.length > 0 && (
          <span className="issue-badge" title={t('editor.issueCount', { count: issues.length })}>
            {issues.length}
          </span>
        )}
      </div>
    </div>
  );
});

// Joined and pre-translated are shown while a segment has them, but only the workflow sets them.
function statusOptions(current: SegmentStatus): readonly SegmentStatus[] {
  return CHOOSABLE_STATUSES.includes(current) ? CHOOSABLE_STATUSES : [current, ...CHOOSABLE_STATUSES];
}
