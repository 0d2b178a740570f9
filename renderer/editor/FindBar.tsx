/** Ctrl+F: find text in the Hindi or the English of the open article. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of FindBar. */
export interface FindBarProps {
  query: string;
  matchCount: number;
  /** 0-based position among the matches, or -1. */
  position: number;
  focusNonce: number;
  onQueryChange(query: string): void;
  onNext(): void;
  onPrevious(): void;
  onClose(): void;
}

/** The find bar. */
export function FindBar({ query, matchCount, position, focusNonce, onQueryChange, onNext, onPrevious, onClose }: FindBarProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusNonce]);
  return (
    <div className="find-bar" role="search">
      <input
        ref={input}
        type="search"
        value={query}
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        data-testid="find-input"
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (event.shiftKey) onPrevious();
            else onNext();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {query ? (matchCount === 0 ? t('find.none') : t('find.position', { position: position + 1, count: matchCount })) : ''}
      </span>
      <button type="button" onClick={onPrevious} disabled={matchCount === 0} aria-label={t('find.previous')}>
        ↑
      </button>
      <button type="button" onClick={onNext} disabled={matchCount === 0} aria-label={t('find.next')}>
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label={t('common.close')}>
        ✕
      </button>
    </div>
  );
}
