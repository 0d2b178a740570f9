/**
 * "Align translation": English for one or many articles, pasted or read from files (files named
 * after the article's page, e.g. `000_….en.txt`, are matched by name), aligned one article after
 * another with a progress bar.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, AlignRunResult } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { ProgressBar } from '../list/ProgressBar.tsx';
import { formatPercent } from '../format.ts';
import { matchTranslationFiles } from './translation-files.ts';
import { Modal } from '../Modal.tsx';
import { MAX_TRANSLATION_FILE_BYTES, oversizedFiles, tooLargeValues } from '../file-limits.ts';
import { visibleName } from '../../articles/visible-name.ts';

/** Props of AlignDialog. */
export interface AlignDialogProps {
  articles: readonly ArticleSummary[];
  /** Article to offer first (the one under review). */
  initialArticleId?: string;
  onClose(): void;
  /** Called after a run with every article's result. */
  onAligned(results: AlignRunResult[]): void;
}

interface Draft {
  english: string;
  fileName?: string;
}

/** The modal dialog. */
export function AlignDialog({ articles, initialArticleId, onClose, onAligned }: AlignDialogProps) {
  const { t } = useTranslation();
  const { api, language } = useWorkbench();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [tooLargeMessage, setTooLargeMessage] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; current?: string } | null>(null);
  const [results, setResults] = useState<AlignRunResult[] | null>(null);
  const running = progress !== null && results === null;

  const ordered = initialArticleId
    ? [...articles.filter((each) => each.id === initialArticleId), ...articles.filter((each) => each.id !== initialArticleId)]
    : [...articles];
  const items = ordered.filter((each) => drafts[each.id]?.english.trim()).map((each) => ({ articleId: each.id, english: drafts[each.id].english, ...(drafts[each.id].fileName ? { fileName: drafts[each.id].fileName } : {}) }));

  const setDraft = (articleId: string, draft: Draft) => setDrafts((current) => ({ ...current, [articleId]: draft }));

  const readFiles = async (files: FileList | null) => {
    if (!files) return;
    // Checked before reading: nothing is loaded when a file is bigger than the server accepts.
    const tooLarge = oversizedFiles(Array.from(files), MAX_TRANSLATION_FILE_BYTES);
    setTooLargeMessage(tooLarge.length > 0 ? t('files.tooLarge', tooLargeValues(tooLarge, MAX_TRANSLATION_FILE_BYTES, language)) : null);
    if (tooLarge.length > 0) return;
    const named = await Promise.all(Array.from(files).map(async (file) => ({ name: file.name, text: stripBom(await file.text()) })));
    const { matched, unmatched: rest } = matchTranslationFiles(named, articles);
    setDrafts((current) => {
      const next = { ...current };
      for (const each of matched) next[each.articleId] = { english: each.text, fileName: each.name };
      return next;
    });
    setUnmatched(rest);
  };

  const run = async () => {
    const done: AlignRunResult[] = [];
    setProgress({ done: 0, total: items.length });
    // One call per article, in order: the progress bar moves as each article is stored.
    for (const item of items) {
      const title = articles.find((each) => each.id === item.articleId)?.title;
      setProgress({ done: done.length, total: items.length, current: title });
      try {
        done.push({ articleId: item.articleId, ok: true, summary: await api['align.run'](item) });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        done.push({ articleId: item.articleId, ok: false, error: { code: 'internal', message: detail } });
      }
    }
    setProgress({ done: done.length, total: items.length });
    setResults(done);
    onAligned(done);
  };

  const fraction = progress && progress.total > 0 ? progress.done / progress.total : 0;
  return (
    <Modal
      className="dialog align-dialog"
      labelledBy="align-dialog-title"
      testId="align-dialog"
      onCancel={() => {
        if (!running) onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (items.length > 0 && !running) void run();
        }}
      >
        <h2 id="align-dialog-title">{t('review.align.title')}</h2>
        <p>{t('review.align.explain')}</p>
        <label className="field">
          <span>{t('review.align.files')}</span>
          <input type="file" multiple accept=".txt,text/plain" disabled={running} data-testid="align-files" onChange={(event) => void readFiles(event.target.files)} />
        </label>
        {tooLargeMessage && (
          <p className="error-line" role="alert" data-testid="align-files-too-large">
            {tooLargeMessage}
          </p>
        )}
        {unmatched.length > 0 && (
          <p className="error-line" role="alert">
            {t('review.align.unmatched', { files: unmatched.join(', ') })}
          </p>
        )}
        <div className="align-articles">
          {ordered.map((article) => (
            <label key={article.id} className="field align-article" data-article-id={article.id}>
              <span lang="hi">{visibleName(article.title)}</span>
              <span className="muted">{visibleName(drafts[article.id]?.fileName ?? article.file)}</span>
              <textarea
                rows={2}
                lang="en"
                value={drafts[article.id]?.english ?? ''}
                placeholder={t('review.align.paste')}
                disabled={running}
                data-testid="align-english"
                onChange={(event) => setDraft(article.id, { english: event.target.value })}
              />
            </label>
          ))}
        </div>
        {progress && (
          <div className="align-progress" data-testid="align-progress">
            <ProgressBar fraction={fraction} label={formatPercent(fraction, language)} tone="translated" />
            <span className="muted">
              {results
                ? t('review.align.finished', { ok: results.filter((each) => each.ok).length, total: results.length })
                : t('review.align.running', { done: progress.done, total: progress.total, title: progress.current ?? '' })}
            </span>
          </div>
        )}
        {results?.filter((each) => !each.ok).map((each) => (
          <p key={each.articleId} className="error-line" role="alert">
            {t('review.align.failed', { article: each.articleId, detail: each.ok ? '' : each.error.message })}
          </p>
        ))}
        <div className="dialog-actions">
          <button type="button" disabled={running} onClick={onClose}>
            {results ? t('review.align.close') : t('common.cancel')}
          </button>
          {!results && (
            <button type="submit" className="primary" disabled={items.length === 0 || running} data-testid="align-run">
              {t('review.align.run', { count: items.length })}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
