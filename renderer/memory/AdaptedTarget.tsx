/** A match's English as it will be inserted, with the words that adaptation changed (numbers, glossary terms) marked. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffWords } from '../../articles/memory/word-diff.ts';

/** Props of AdaptedTarget. */
export interface AdaptedTargetProps {
  target: string;
  adapted?: string;
}

/** Renders `adapted` (or `target`) with the adapted words in <mark>. */
export function AdaptedTarget({ target, adapted }: AdaptedTargetProps) {
  const { t } = useTranslation();
  const parts = useMemo(() => {
    if (adapted === undefined || adapted === target) return null;
    const oldWords = target.split(/\s+/).filter(Boolean);
    const newWords = adapted.split(/\s+/).filter(Boolean);
    return diffWords(oldWords, oldWords, newWords, newWords).filter((op) => op.op !== 'delete');
  }, [target, adapted]);
  if (!parts) return <>{target}</>;
  return (
    <>
      {parts.map((op, index) => (
        <span key={index}>
          {index > 0 && ' '}
          {op.op === 'insert' ? (
            <mark className="adapted" title={t('memory.adaptedFrom', { target })}>
              {op.text}
            </mark>
          ) : (
            op.text
          )}
        </span>
      ))}
    </>
  );
}
