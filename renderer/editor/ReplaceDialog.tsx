/**
 * Find and replace in the English (Ctrl+H): this article or every article; match case, whole word,
 * regular expression. A bad query is explained as it is typed (the domain compiles it; RE2, so a
 * pattern cannot hang the window). Preview lists every change with a checkbox; Replace (Ctrl+Enter)
 * applies the kept ones on the server, all-or-nothing, as ONE undo step (Ctrl+Z in the editor).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api, ReplaceApplied, ReplacePreview, ReplaceRequest } from '../../services/contract.ts';
import { compileSearch, isSearchError, type SearchOptions } from '../../articles/find-replace/text-search.ts';
import { Modal } from '../Modal.tsx';
import { ReplacePreviewList, changeKey } from './ReplacePreviewList.tsx';

/** Props of ReplaceDialog. */
export interface ReplaceDialogProps {
  api: Api;
  articleId: string;
  /** The text the find starts with (the find bar's query). */
  initialQuery: string;
  /** Writes pending edits first, so the preview sees them. */
  flush(): Promise<void>;
  onApplied(result: ReplaceApplied): void;
  onClose(): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The dialog. */
export function ReplaceDialog({ api, articleId, initialQuery, flush, onApplied, onClose }: ReplaceDialogProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initialQuery);
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<SearchOptions>({ matchCase: false, wholeWord: false, regex: false });
  const [everyArticle, setEveryArticle] = useState(false);
  const [preview, setPreview] = useState<{ request: ReplaceRequest; result: ReplacePreview } | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const compiled = useMemo(() => compileSearch(query, options), [query, options]);
  const queryError = query !== '' && isSearchError(compiled)
    ? t(`replace.error.${compiled.code}`, { detail: compiled.detail ?? '' })
    : null;
  const request: ReplaceRequest = { query, replacement, options, ...(everyArticle ? {} : { articleIds: [articleId] }) };
  // A preview is for the request it was made with; any change of the form asks for a new one.
  const current = preview && JSON.stringify(preview.request) === JSON.stringify(request) ? preview : null;
  const kept = current ? current.result.changes.filter((change) => !excluded.has(changeKey(change))) : [];

  const runPreview = async () => {
    if (isSearchError(compiled) || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await flush();
      setPreview({ request, result: await api['project.previewReplace'](request) });
      setExcluded(new Set());
    } catch (error) {
      setFailure(message(error));
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    if (!current || kept.length === 0 || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await flush();
      const result = await api['project.replace']({ ...current.request, selected: kept.map(({ articleId: a, segmentId, before }) => ({ articleId: a, segmentId, before })) });
      onApplied(result);
    } catch (error) {
      setFailure(message(error));
      setBusy(false);
    }
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void (current ? apply() : runPreview());
    } else if (event.target instanceof HTMLInputElement && event.target.type === 'text') {
      event.preventDefault();
      void runPreview();
    }
  };
  const option = (name: keyof SearchOptions) => (
    <label className="replace-option">
      <input type="checkbox" checked={options[name]} data-testid={`replace-${name}`} onChange={() => setOptions({ ...options, [name]: !options[name] })} />
      {t(`replace.${name}`)}
    </label>
  );

  return (
    <Modal labelledBy="replace-title" onCancel={onClose} className="dialog replace-dialog" testId="replace-dialog">
      <div onKeyDown={onKeyDown}>
        <h2 id="replace-title">{t('replace.title')}</h2>
        <div className="replace-fields">
          <label>
            {t('replace.find')}
            <input type="text" value={query} autoFocus data-testid="replace-query" aria-invalid={queryError !== null} aria-describedby="replace-query-error" onChange={(event) => setQuery(event.target.value)} />
          </label>
          <label>
            {t('replace.with')}
            <input type="text" value={replacement} data-testid="replace-with" onChange={(event) => setReplacement(event.target.value)} />
          </label>
        </div>
        <p id="replace-query-error" className="error-line" role="alert" data-testid="replace-query-error">{queryError}</p>
        <div className="replace-options">
          {option('matchCase')}
          {option('wholeWord')}
          {option('regex')}
          <label className="replace-option">
            <input type="checkbox" checked={everyArticle} data-testid="replace-every-article" onChange={() => setEveryArticle(!everyArticle)} />
            {t('replace.everyArticle')}
          </label>
        </div>
        {options.regex && <p className="muted">{t('replace.regexHint')}</p>}
        {current && (
          <>
            <p aria-live="polite" data-testid="replace-summary">
              {t('replace.summary', { segments: current.result.changes.length, matches: current.result.matches, articles: new Set(current.result.changes.map((change) => change.articleId)).size, kept: kept.length })}
            </p>
            {!isSearchError(compiled) && (
              <ReplacePreviewList changes={current.result.changes} search={compiled} excluded={excluded} showArticle={everyArticle}
                onToggle={(key) => setExcluded((was) => { const next = new Set(was); if (next.has(key)) next.delete(key); else next.add(key); return next; })} />
            )}
          </>
        )}
        {failure && <p className="error-line" role="alert">{failure}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={() => void runPreview()} disabled={busy || isSearchError(compiled)} data-testid="replace-preview-button">
            {t('replace.preview')}
          </button>
          <button type="button" className="primary" onClick={() => void apply()} disabled={busy || !current || kept.length === 0} data-testid="replace-apply" title="Ctrl+Enter">
            {t('replace.apply', { count: kept.length })}
          </button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </div>
    </Modal>
  );
}
