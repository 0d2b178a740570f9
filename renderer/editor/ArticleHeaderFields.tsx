/**
 * The article's header fields above the segments: kicker, dateline and byline with an English box
 * each (saved as you type, like segments: session/field-session.ts), the date and the outlet read-only.
 */
import { useTranslation } from 'react-i18next';
import type { Article, TranslatableField } from '../../articles/model.ts';
import { useWorkbench } from '../workbench-context.ts';
import { formatDate } from '../format.ts';
import type { FieldsSnapshot, FieldView } from './session/field-session.ts';
import { IssueList } from './IssueList.tsx';

/** Props of ArticleHeaderFields. */
export interface ArticleHeaderFieldsProps {
  article: Article;
  /** The fields' English as the session holds it; without it the stored English is shown read-only. */
  fields?: FieldsSnapshot;
  readOnly?: boolean;
  onChange?(field: TranslatableField, text: string): void;
  onBlur?(): void;
}

// Hindi text is marked lang="hi" for screen readers; a Latin kicker ("North Korea") is not.
const langOf = (text: string) => (/[\u0900-\u097F]/u.test(text) ? 'hi' : undefined);

/** A definition list of the fields the page has; nothing when it has none. */
export function ArticleHeaderFields({ article, fields, readOnly = false, onChange, onBlur }: ArticleHeaderFieldsProps) {
  const { t } = useTranslation();
  const { language } = useWorkbench();
  const views: readonly FieldView[] = fields?.fields ?? (['kicker', 'dateline', 'byline'] as const).flatMap((field) => {
    const source = article[field];
    return source ? [{ field, source, draft: article.fieldTranslations?.[field]?.target ?? '', issues: [] }] : [];
  });
  const editable = Boolean(fields && onChange) && !readOnly;
  const date = article.date ? formatDate(article.date, language) || article.date : undefined;
  if (views.length === 0 && !date && !article.outlet) return null;
  return (
    <section className="article-fields" aria-label={t('editor.fields.label')} data-testid="article-fields">
      <dl>
        {views.map((view) => (
          <TextField key={view.field} view={view} editable={editable} onChange={onChange} onBlur={onBlur} />
        ))}
        {date && (
          <div className="article-field" data-field="date">
            <dt>{t('editor.fields.date')}</dt>
            <dd>{date}</dd>
          </div>
        )}
        {article.outlet && (
          <div className="article-field" data-field="outlet">
            <dt>{t('editor.fields.outlet')}</dt>
            <dd>{article.outlet}</dd>
          </div>
        )}
      </dl>
      {fields?.save.state === 'error' && (
        <p className="error-line" role="alert">{t('editor.fields.saveFailed', { detail: fields.save.error ?? '' })}</p>
      )}
    </section>
  );
}

function TextField({ view, editable, onChange, onBlur }: { view: FieldView; editable: boolean; onChange?(field: TranslatableField, text: string): void; onBlur?(): void }) {
  const { t } = useTranslation();
  const { entriesById } = useWorkbench();
  const label = t(`editor.fields.${view.field}`);
  const inputId = `field-english-${view.field}`;
  return (
    <div className="article-field" data-field={view.field}>
      <dt>{label}</dt>
      {/* Article text is data: rendered as text children, never as HTML. */}
      <dd>
        <span className="article-field-source" lang={langOf(view.source)}>{view.source}</span>
        <label className="article-field-english" htmlFor={inputId}>
          <span className="visually-hidden">{t('editor.fields.english', { field: label })}</span>
          <input
            id={inputId}
            type="text"
            lang="en"
            spellCheck
            data-testid={inputId}
            value={view.draft}
            readOnly={!editable}
            placeholder={editable ? t('editor.fields.placeholder') : undefined}
            onChange={(event) => onChange?.(view.field, event.target.value)}
            onBlur={() => onBlur?.()}
          />
        </label>
        {view.writtenFor !== undefined && (
          <span className="article-field-stale" data-testid={`field-stale-${view.field}`}>
            {t('editor.fields.writtenFor')} <span lang={langOf(view.writtenFor)}>{view.writtenFor}</span>
          </span>
        )}
        {view.issues.length > 0 && (
          <div data-testid={`field-issues-${view.field}`}>
            <IssueList issues={view.issues} source={view.source} target={view.draft} entriesById={entriesById} />
          </div>
        )}
      </dd>
    </div>
  );
}
