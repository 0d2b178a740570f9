/** Hindi source text with glossary terms highlighted; text is rendered as React text nodes only. */
import { memo } from 'react';
import type { TermHit } from '../../services/contract.ts';

/** A run of source text, either plain or a term hit. */
export interface SourcePiece {
  text: string;
  hit?: TermHit;
}

/** Cuts a text into plain runs and term runs; overlapping hits after the first are skipped. */
export function sourcePieces(text: string, hits: readonly TermHit[]): SourcePiece[] {
  const pieces: SourcePiece[] = [];
  let cursor = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (hit.start < cursor || hit.end > text.length || hit.end <= hit.start) continue;
    if (hit.start > cursor) pieces.push({ text: text.slice(cursor, hit.start) });
    pieces.push({ text: text.slice(hit.start, hit.end), hit });
    cursor = hit.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor) });
  return pieces;
}

/** Props of SourceText. */
export interface SourceTextProps {
  text: string;
  hits: readonly TermHit[];
}

/** Renders the Hindi with <mark> around terms (hover details come from the editor via data-entry-id). */
export const SourceText = memo(function SourceText({ text, hits }: SourceTextProps) {
  // One element holding exactly the Hindi, so a selection's offsets are offsets into the text.
  return (
    <span data-source-text="true">
      {sourcePieces(text, hits).map((piece, index) =>
        piece.hit ? (
          <mark key={index} className="term" data-entry-id={piece.hit.entryId}>
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </span>
  );
});
