/**
 * The QA report view: the report file itself (report.qaHtml, the same self-contained HTML the CLI
 * writes) shown in a frame, in the UI language, with Print (the browser's print dialog, which also
 * saves a PDF), Save as HTML and Back. The frame holds escaped text and no script; the app's CSP
 * allows its one inline stylesheet by hash (transports/content-security-policy.ts).
 */
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { downloadFile } from '../review/download.ts';
import { useLoadedValue } from '../use-load.ts';
import './qa-report.css';

/** Props of QaReportView. */
export interface QaReportViewProps {
  /** The articles reported on; undefined: the whole project. */
  articleIds?: string[];
  onClose(): void;
}

/** The report with its commands. */
export function QaReportView({ articleIds, onClose }: QaReportViewProps) {
  const { t } = useTranslation();
  const { api, language, notify } = useWorkbench();
  const frame = useRef<HTMLIFrameElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  const key = articleIds?.join('\n') ?? '';
  const { value: file, error: failed } = useLoadedValue<ExportFile>(useCallback(
    () => api['report.qaHtml']({ ...(articleIds ? { articleIds } : {}), language }),
    // articleIds is compared by its contents (key).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key, language],
  ));

  // Keyboard first: the view opens with Print focused.
  useEffect(() => {
    if (file) printButton.current?.focus();
  }, [file]);

  // Escape goes back, from the page and from inside the report frame (its own window gets the keys once it has the focus).
  const close = useRef(onClose);
  close.current = onClose;
  const onKey = useRef((event: KeyboardEvent) => {
    if (event.key === 'Escape' && !document.querySelector('dialog[open]')) {
      event.preventDefault();
      close.current();
    }
  }).current;
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  const print = () => {
    const view = frame.current?.contentWindow;
    if (!view) return;
    view.focus();
    view.print();
    // print() returns when the dialog closes: the keyboard continues from the button.
    printButton.current?.focus();
  };

  return (
    <section className="qa-report-view" aria-labelledby="qa-report-title" data-testid="qa-report-view">
      <div className="toolbar">
        <button type="button" onClick={onClose} data-testid="qa-report-back">
          ← {t('qaReport.back')}
        </button>
        <h1 id="qa-report-title" className="toolbar-title">
          {articleIds ? t('qaReport.titleArticles', { count: articleIds.length }) : t('qaReport.titleProject')}
        </h1>
        <span className="toolbar-spacer" />
        <button type="button" className="primary" ref={printButton} disabled={!file} onClick={print} data-testid="qa-report-print" title={t('qaReport.printHint')}>
          {t('qaReport.print')}
        </button>
        <button
          type="button"
          disabled={!file}
          data-testid="qa-report-save"
          onClick={() => {
            if (!file) return;
            downloadFile(file);
            notify(t('qaReport.saved', { file: file.fileName }));
          }}
        >
          {t('qaReport.save')}
        </button>
      </div>
      {failed ? (
        <p className="qa-report-status" role="alert">{t('qaReport.failed', { detail: failed })}</p>
      ) : !file ? (
        <p className="qa-report-status" role="status">{t('qaReport.loading')}</p>
      ) : (
        <iframe ref={frame} className="qa-report-frame" title={t('qaReport.frameTitle')} srcDoc={file.content} data-testid="qa-report-frame"
          onLoad={() => frame.current?.contentWindow?.addEventListener('keydown', onKey)} />
      )}
    </section>
  );
}
