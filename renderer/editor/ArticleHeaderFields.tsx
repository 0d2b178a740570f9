/** The article's header fields (kicker, dateline, byline, date, outlet) above the segments: read by the importer, not segments. */
import { useTranslation } from 'react-i18next';
import type { Article } from '../../articles/model.ts';
import { useWorkbench } from '../workbench-context.ts';
import { formatDate } from '../format.ts';

const TEXT_FIELDS = ['kicker', 'dateline', 'byline'] as const;

/** A definition list of the fields the page has; nothing when it has none. */
export function ArticleHeaderFields({ article }: { article: Article }) {
  const { t } = useTranslation();
  const { language } = useWorkbench();
  const rows: { key: string; label: string; value: string; lang?: string; english?: string }[] = [];
  for (const field of TEXT_FIELDS) {
    const value = article[field];
    // Hindi text is marked lang="hi" for screen readers; a Latin kicker ("North Korea") is not.
    if (value) rows.push({ key: field, label: t(`editor.fields.${field}`), value, lang: /[\u0900-\u097F]/.test(value) ? 'hi' : undefined, english: article.fieldTargets?.[field] });
  }
  if (article.date) rows.push({ key: 'date', label: t('editor.fields.date'), value: formatDate(article.date, language) || article.date });
  if (article.outlet) rows.push({ key: 'outlet', label: t('editor.fields.outlet'), value: article.outlet });
  if (rows.length === 0) return null;
  return (
    <dl className="article-fields" aria-label={t('editor.fields.label')} data-testid="article-fields">
      {rows.map((row) => (
        <div key={row.key} className="article-field" data-field={row.key}>
          <dt>{row.label}</dt>
          {/* Article text is data: rendered as text children, never as HTML. */}
          <dd lang={row.lang}>{row.value}{row.english ? <span className="article-field-english" lang="en"> — {row.english}</span> : null}</dd>
        </div>
      ))}
    </dl>
  );
}
