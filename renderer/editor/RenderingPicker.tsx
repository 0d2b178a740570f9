/**
 * The current segment's glossary renderings, one group per term: the approved rendering (with its
 * Ctrl+1…9 slot for the first nine terms) and the alternates. Ctrl+K moves the focus into it;
 * arrows move between choices, Enter inserts, Esc goes back to the translation box.
 */
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderingOption } from './renderings.ts';

/** Props of RenderingPicker. */
export interface RenderingPickerProps {
  renderings: readonly RenderingOption[];
  /** Changes when the picker should take the focus (Ctrl+K). */
  focusNonce?: number;
  onInsert(option: RenderingOption): void;
  /** Esc: back to the translation box. */
  onLeave(): void;
}

/** Slots with a Ctrl+digit shortcut. */
const SLOTS = 9;

/** The renderings as buttons. */
export function RenderingPicker({ renderings, focusNonce, onInsert, onLeave }: RenderingPickerProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (focusNonce) box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [focusNonce]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(box.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      buttons[(at + step + buttons.length) % buttons.length].focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onLeave();
    }
  };

  return (
    <div className="renderings" role="group" aria-label={t('editor.renderings')} ref={box} onKeyDown={onKeyDown} data-testid="renderings">
      {renderings.map((option, index) => {
        const firstOfTerm = index === 0 || renderings[index - 1].term !== option.term;
        const slot = firstOfTerm && option.term < SLOTS ? option.term + 1 : undefined;
        return (
          <button
            key={`${option.entryId}-${option.text}`}
            type="button"
            className={`rendering rendering-${option.kind}${firstOfTerm ? ' term-start' : ''}`}
            tabIndex={-1}
            data-term={option.term}
            title={slot ? t('editor.insertRendering', { shortcut: `Ctrl+${slot}` }) : t('editor.insertRenderingPicker')}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onInsert(option)}
          >
            {slot && <kbd>{slot}</kbd>} {option.text}
          </button>
        );
      })}
    </div>
  );
}
