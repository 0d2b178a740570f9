/**
 * Around the segment list: the glossary popover on hovering a highlighted term, and the buttons a
 * selection offers (a Hindi selection: add to glossary, concordance; an English one: concordance).
 */
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../workbench-context.ts';
import { TermPopover } from './TermPopover.tsx';
import { snappedText } from './word-snap.ts';

/** Props of SelectionActions. */
export interface SelectionActionsProps {
  onConcordance(text: string): void;
  /** Gives the focus back to the current segment (after the glossary form). */
  returnFocus(): void;
  children: ReactNode;
}

/** Longest selection offered as a term or concordance query. */
const MAX_SELECTION = 80;

/** The segment area with its hover and selection helpers. */
export function SelectionActions({ onConcordance, returnFocus, children }: SelectionActionsProps) {
  const { t } = useTranslation();
  const { entriesById, proposeTerm } = useWorkbench();
  const [hover, setHover] = useState<{ entryId: string; anchor: { left: number; top: number; bottom: number } } | null>(null);
  const [proposal, setProposal] = useState<{ text: string; left: number; top: number; english?: boolean } | null>(null);
  const hoverTimer = useRef<number | null>(null);

  const keepHover = () => {
    if (hoverTimer.current !== null) window.clearTimeout(hoverTimer.current);
    hoverTimer.current = null;
  };
  const hideHoverSoon = () => {
    keepHover();
    hoverTimer.current = window.setTimeout(() => setHover(null), 200);
  };
  const onMouseOver = (event: React.MouseEvent) => {
    const mark = (event.target as HTMLElement).closest?.('mark.term') as HTMLElement | null;
    if (!mark) return;
    keepHover();
    const rect = mark.getBoundingClientRect();
    const entryId = mark.dataset.entryId ?? '';
    setHover((shown) => (shown?.entryId === entryId && shown.anchor.left === rect.left && shown.anchor.top === rect.top ? shown : { entryId, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } }));
  };
  const onMouseOut = (event: React.MouseEvent) => {
    if ((event.target as HTMLElement).closest?.('mark.term')) hideHoverSoon();
  };
  const onMouseUp = (event: React.MouseEvent) => {
    // English selected in a translation box: offer a concordance search for it.
    const field = event.target instanceof HTMLTextAreaElement ? event.target : null;
    if (field && field.selectionEnd > field.selectionStart) {
      const english = snappedText(field.value, field.selectionStart, field.selectionEnd);
      if (english && english.length <= MAX_SELECTION) {
        const rect = field.getBoundingClientRect();
        setProposal({ text: english, left: rect.left, top: rect.bottom + 4, english: true });
        return;
      }
    }
    const selection = window.getSelection();
    const anchor = selection?.anchorNode;
    const element = anchor ? (anchor.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor.parentElement) : null;
    const source = element?.closest('[data-source]')?.querySelector('[data-source-text]');
    const text = selection && source && selection.rangeCount > 0 ? snappedSelection(source, selection.getRangeAt(0)) : '';
    if (!selection || !text || text.length > MAX_SELECTION) {
      setProposal(null);
      return;
    }
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    setProposal({ text, left: rect.left, top: rect.bottom + 4 });
  };
  const hoverEntry = hover ? entriesById.get(hover.entryId) : undefined;

  return (
    <>
      <div
        className="segment-area"
        onMouseOver={onMouseOver}
        onMouseOut={onMouseOut}
        onMouseUp={onMouseUp}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setHover(null);
        }}
      >
        {children}
      </div>
      {hover && hoverEntry && <TermPopover entry={hoverEntry} anchor={hover.anchor} onPointerEnter={keepHover} onPointerLeave={hideHoverSoon} />}
      {proposal && !proposal.english && (
        <button
          type="button"
          className="selection-proposal primary"
          style={{ left: proposal.left, top: proposal.top }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            proposeTerm(proposal.text, returnFocus);
            setProposal(null);
          }}
        >
          + {t('glossary.addFromSelection')}
        </button>
      )}
      {proposal && (
        <button
          type="button"
          className="selection-proposal"
          data-testid="concordance-from-selection"
          style={{ left: proposal.left, top: proposal.top + (proposal.english ? 0 : 30) }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            onConcordance(proposal.text);
            setProposal(null);
          }}
        >
          {t('memory.concordanceFromSelection')}
        </button>
      )}
    </>
  );
}

/** The words of a source element that a selection range touches (whole words, see word-snap.ts). */
function snappedSelection(source: Element, range: Range): string {
  const full = source.textContent ?? '';
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.selectNodeContents(source);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  // A range reaching outside the source (a drag past its end) is clipped to it.
  const start = source.contains(range.startContainer) ? offsetOf(range.startContainer, range.startOffset) : 0;
  const end = source.contains(range.endContainer) ? offsetOf(range.endContainer, range.endOffset) : full.length;
  return snappedText(full, start, end);
}
