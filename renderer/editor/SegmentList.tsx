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
  const { article, history, issues, ignored, current, find, focusRequest, renderings, repetitions } = snapshot;
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
  if (!article || !history) return null;
  const doc = history.doc;
  const currentMatch = find.position >= 0 ? find.matches[find.position] : -1;

  return (
    <VirtualList
      className="segments"
      ariaLabel={t('editor.segments')}
      count={article.segments.length}
      itemKey={(index) => article.segments[index].id}
      estimateHeight={(index) => 56 + Math.floor(article.segments[index].source.length / 90) * 22}
      scrollRequest={snapshot.scrollRequest}
      onRendered={focusPending}
      renderItem={(index) => {
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
