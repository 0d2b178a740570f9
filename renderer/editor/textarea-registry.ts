/** The segment boxes on screen, by segment id: where the session's focus and caret requests land. */

/** The registry of mounted segment boxes. */
export interface TextareaRegistry {
  register(segmentId: string, element: HTMLTextAreaElement | null): void;
  selectionOf(segmentId: string): { start: number; end: number } | undefined;
  /** Focuses the box (placing the caret) when it is mounted; false when it is not (yet). */
  focus(segmentId: string, caret?: number): boolean;
}

/** Creates an empty registry. */
export function createTextareaRegistry(): TextareaRegistry {
  const boxes = new Map<string, HTMLTextAreaElement>();
  return {
    register(segmentId, element) {
      if (element) boxes.set(segmentId, element);
      else boxes.delete(segmentId);
    },
    selectionOf(segmentId) {
      const element = boxes.get(segmentId);
      return element ? { start: element.selectionStart, end: element.selectionEnd } : undefined;
    },
    focus(segmentId, caret) {
      const element = boxes.get(segmentId);
      if (!element) return false;
      if (document.activeElement !== element) element.focus();
      if (caret !== undefined) element.setSelectionRange(caret, caret);
      return true;
    },
  };
}
