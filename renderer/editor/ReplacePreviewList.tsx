/** The replace preview: every change (article, segment, before → after, status), each with a checkbox. */
import { useTranslation } from 'react-i18next';
import type { ReplacePreviewChange } from '../../services/contract.ts';
import { findMatches, type CompiledSearch } from '../../articles/find-replace/text-search.ts';

/** Key of one change in the selection. */
export const changeKey = (change: Pick<ReplacePreviewChange, 'articleId' | 'segmentId'>) => `${change.articleId}\n${change.segmentId}`;

/** The before text with its matches marked (React text nodes only: article text is data, never HTML). */
function MarkedBefore({ text, search }: { text: string; search: CompiledSearch }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  findMatches(search, text).forEach((match, index) => {
    parts.push(text.slice(last, match.start), <mark key={index} className="replace-hit">{text.slice(match.start, match.end)}</mark>);
    last = match.end;
  });
  parts.push(text.slice(last));
  return <>{parts}</>;
}

/** Props of ReplacePreviewList. */
export interface ReplacePreviewListProps {
  changes: readonly ReplacePreviewChange[];
  search: CompiledSearch;
  excluded: ReadonlySet<string>;
  onToggle(key: string): void;
  showArticle: boolean;
}

/** The list of changes. */
export function ReplacePreviewList({ changes, search, excluded, onToggle, showArticle }: ReplacePreviewListProps) {
  const { t } = useTranslation();
  return (
    <ul className="replace-preview" data-testid="replace-preview" aria-label={t('replace.previewLabel')}>
      {changes.map((change) => {
        const key = changeKey(change);
        return (
          <li key={key} data-testid="replace-change" data-article={change.articleId} data-segment={change.segmentId}>
            <label className="replace-change-head">
              <input type="checkbox" checked={!excluded.has(key)} onChange={() => onToggle(key)} data-testid="replace-change-keep"
                aria-label={t('replace.keepChange', { segment: change.segmentIndex + 1, article: change.articleTitle })} />
              {showArticle && <span className="replace-article" lang="hi">{change.articleTitle}</span>}
              <span className="replace-segment">{t('replace.segment', { number: change.segmentIndex + 1 })}</span>
              <span className="replace-status">
                {change.status === change.statusAfter ? t(`status.${change.status}`) : t('replace.statusChange', { before: t(`status.${change.status}`), after: t(`status.${change.statusAfter}`) })}
              </span>
            </label>
            <div className="replace-before" data-testid="replace-before"><span className="muted">{t('replace.before')}</span> <MarkedBefore text={change.before} search={search} /></div>
            <div className="replace-after" data-testid="replace-after"><span className="muted">{t('replace.after')}</span> {change.after}</div>
          </li>
        );
      })}
    </ul>
  );
}
