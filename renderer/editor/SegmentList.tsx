/** The windowed list of segment rows; focus and caret requests of the session land here once the row exists. */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentIssue } from '../../services/contract.ts';
import type { EditorSession, EditorSnapshot } from './session/editor-session.ts';
import type { IgnoredView } from './session/issue-checks.ts';
import type { TextareaRegistry } from './textarea-registry.ts';
import type { RenderingOption } from './renderings.ts';
import { VirtualList } from './VirtualList.tsx';
import { SegmentRow, type SegmentRowActions } from './SegmentRow.tsx';
import { visibleSegments } from './session/segment-filter.ts';

const NO_ISSUES: readonly SegmentIssue[] = [];
const NO_IGNORED: readonly IgnoredView[] = [];
const NO_RENDERINGS: readonly RenderingOption[] = [];

/** Props of SegmentList. */
export interface SegmentListProps {
  session: EditorSession;
  snapshot: EditorSnapshot;
  textareas: TextareaRegistry;
}

/** The segments of the open article. */
export function SegmentList({ session, snapshot, textareas }: SegmentListProps) {
  const { t } = useTranslation();
  const { article, history, issues, ignored, current, find, focusRequest, renderings, repetitions, filter } = snapshot;
  const done = useRef<number | null>(null);

  // A request is taken once: when its row is mounted now, or after the list renders it.
  const focusPending = useCallback(() => {
    const request = session.getSnapshot().focusRequest;
    if (!request || done.current === request.nonce) return;
    if (textareas.focus(request.segmentId, request.caret)) done.current = request.nonce;
  }, [session, textareas]);
  useLayoutEffect(focusPending, [focusPending, focusRequest]);

  const actions = useMemo<SegmentRowActions>(
    () => ({
      changeTarget: session.changeTarget,
      focusRow: session.focusRow,
      blurRow: session.blurRow,
      changeStatus: session.changeStatus,
      insertRendering: session.insertRendering,
      registerTextarea: textareas.register,
      setRepetitionUnlinked: (segmentId, unlinked) => void session.setRepetitionUnlinked(segmentId, unlinked),
      leavePicker: session.leavePicker,
      requestIgnore: session.requestIgnore,
      restoreIssue: session.restoreIssue,
    }),
    [session, textareas],
  );
  const matchSet = useMemo(() => new Set(find.matches), [find.matches]);
  const doc = history?.doc;
  // With a filter the list shows only these segment indices (positions → indices).
  const order = useMemo(() => (doc ? visibleSegments(doc, issues, filter, current) : null), [doc, issues, filter, current]);
  const scrollRequest = useMemo(() => {
    const request = snapshot.scrollRequest;
    if (!request || !order) return request;
    const position = order.indexOf(request.index);
    return position >= 0 ? { index: position, nonce: request.nonce } : null;
  }, [snapshot.scrollRequest, order]);
  if (!article || !doc) return null;
  const indexAt = (position: number) => (order ? order[position] : position);
  const currentMatch = find.position >= 0 ? find.matches[find.position] : -1;

  return (
    <VirtualList
      className="segments"
      ariaLabel={t('editor.segments')}
      key={order ? 'filtered' : 'all'}
      count={order ? order.length : article.segments.length}
      itemKey={(position) => article.segments[indexAt(position)].id}
      estimateHeight={(position) => 56 + Math.floor(article.segments[indexAt(position)].source.length / 90) * 22}
      scrollRequest={scrollRequest}
      onRendered={focusPending}
      renderItem={(position) => {
        const index = indexAt(position);
        const segment = article.segments[index];
        const state = doc.segments[index];
        return (
          <SegmentRow
            index={index}
            segment={segment}
            state={state}
            issues={state.target.trim() ? (issues.get(segment.id) ?? NO_ISSUES) : NO_ISSUES}
            ignored={state.target.trim() ? (ignored.get(segment.id) ?? NO_IGNORED) : NO_IGNORED}
            isCurrent={index === current}
            findMatch={index === currentMatch ? 'current' : matchSet.has(index) ? 'match' : 'none'}
            renderings={index === current ? renderings : NO_RENDERINGS}
            pickerNonce={index === current ? snapshot.pickerNonce : undefined}
            actions={actions}
            repetition={repetitions.get(segment.id)}
          />
        );
      }}
    />
  );
}
