/**
 * A segment's English box with its misspellings underlined: a layer behind the (transparent)
 * textarea repeats the text as React text nodes — article text is data, never HTML — with the
 * misspelled words wrapped in <mark>. Ctrl+. or the context menu on a misspelled word opens its
 * suggestions and "Add to project dictionary"; Esc closes them and returns to the box.
 */
import { useContext, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpellRange } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { rangeAt, textPieces } from './spell-client.ts';
import { SpellClientContext, useSpelling } from './use-spelling.ts';
import './spell.css';

/** Props of SpellField. */
export interface SpellFieldProps {
  text: string;
  /** Replaces [start, end) of the text (one undoable edit in the editor). */
  onReplace(start: number, end: number, replacement: string): void;
  /** The textarea. */
  children: ReactNode;
}

interface OpenSuggestions {
  range: SpellRange;
  suggestions: string[] | undefined;
  textarea: HTMLTextAreaElement;
}

/** Wraps the textarea of one segment. */
export function SpellField({ text, onReplace, children }: SpellFieldProps) {
  const { t } = useTranslation();
  const { api, readOnly, notify } = useWorkbench();
  const client = useContext(SpellClientContext);
  const ranges = useSpelling(text);
  const [open, setOpen] = useState<OpenSuggestions | null>(null);

  const openAt = (textarea: HTMLTextAreaElement): boolean => {
    const range = rangeAt(ranges, textarea.selectionStart) ?? ranges.find((each) => each.start >= textarea.selectionStart) ?? ranges[0];
    if (!range) return false;
    setOpen({ range, suggestions: undefined, textarea });
    api['spell.suggest']({ word: range.word }).then(
      ({ suggestions }) => setOpen((current) => (current?.range === range ? { ...current, suggestions } : current)),
      () => setOpen((current) => (current?.range === range ? { ...current, suggestions: [] } : current)),
    );
    return true;
  };
  const close = () => {
    const textarea = open?.textarea;
    setOpen(null);
    textarea?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === '.' || event.code === 'Period')) {
      if (openAt(target)) event.preventDefault();
      return;
    }
    if (open && event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLTextAreaElement && ranges.length > 0 && rangeAt(ranges, event.target.selectionStart) && openAt(event.target)) event.preventDefault();
  };
  const replace = (replacement: string) => {
    if (!open) return;
    onReplace(open.range.start, open.range.end, replacement);
    const caret = open.range.start + replacement.length;
    const textarea = open.textarea;
    setOpen(null);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(caret, caret);
    });
  };
  const addWord = async () => {
    if (!open || !client) return;
    const word = open.range.word;
    try {
      await client.addWord(word);
      notify(t('spell.added', { word }));
    } catch (error) {
      notify(t('spell.addFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    }
    close();
  };

  return (
    <div className="spell-field" onKeyDown={onKeyDown} onContextMenu={onContextMenu}>
      <div className="spell-layer" aria-hidden="true" data-testid="spell-layer">
        {textPieces(text, ranges).map((piece, i) => (piece.misspelled ? <mark key={i} className="misspelled" data-testid="misspelled">{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
        {/* A trailing line break needs something after it to take up its line, as in the textarea. */}
        {'\u200b'}
      </div>
      {children}
      {ranges.length > 0 && <span className="visually-hidden" data-testid="misspelled-count">{`${t('spell.count', { count: ranges.length })}. ${t('spell.shortcut')}`}</span>}
      {open && (
        <div className="spell-suggestions" role="group" aria-label={t('spell.suggestionsFor', { word: open.range.word })} data-testid="spell-suggestions">
          <p className="spell-word">{t('spell.suggestionsFor', { word: open.range.word })}</p>
          {open.suggestions === undefined && <p className="muted">{t('spell.loading')}</p>}
          {open.suggestions?.length === 0 && <p className="muted">{t('spell.noSuggestions')}</p>}
          {open.suggestions?.map((suggestion, i) => (
            <button key={suggestion} type="button" disabled={readOnly} autoFocus={i === 0} data-testid="spell-suggestion" onClick={() => replace(suggestion)}>
              {suggestion}
            </button>
          ))}
          <button type="button" disabled={readOnly || !client} autoFocus={open.suggestions?.length === 0} data-testid="spell-add" onClick={() => void addWord()}>
            {t('spell.addToDictionary')}
          </button>
          <button type="button" data-testid="spell-close" onClick={close}>
            {t('common.close')}
          </button>
        </div>
      )}
    </div>
  );
}
