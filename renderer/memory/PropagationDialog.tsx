/**
 * Preview of a glossary change across every article: each affected target with a word diff of the
 * proposed replacement and a checkbox; Apply selected / Apply all write it as one step, which
 * Undo takes back. Open views are told which articles changed (segment-sync.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, PropagationApplied, PropagationPreview } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { formatNumber } from '../format.ts';
import { announceSegmentsChanged } from './segment-sync.ts';
import { Modal } from '../Modal.tsx';

/** Props of PropagationDialog. */
export interface PropagationDialogProps {
  entryId: string;
  /** The entry before the edit (its old approved rendering is replaced too); absent: only forbidden forms. */
  before?: GlossaryEntry;
  onClose(): void;
}

type Phase = { kind: 'loading' } | { kind: 'preview'; preview: PropagationPreview } | { kind: 'applied'; result: PropagationApplied } | { kind: 'undone'; restored: number; skipped: number } | { kind: 'failed'; detail: string };

const changeKey = (change: { articleId: string; segmentId: string }) => `${change.articleId}\u0000${change.segmentId}`;

/** The propagation preview dialog. */
export function PropagationDialog({ entryId, before, onClose }: PropagationDialogProps) {
  const { t } = useTranslation();
  const { api, language, notify, readOnly } = useWorkbench();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let cancelled = false;
    api['glossary.previewPropagation']({ entryId, ...(before ? { before } : {}) }).then(
      (preview) => {
        if (cancelled) return;
        setPhase({ kind: 'preview', preview });
        setSelected(new Set(preview.changes.map(changeKey)));
      },
      (error: unknown) => {
        if (!cancelled) setPhase({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, entryId, before]);

  const preview = phase.kind === 'preview' ? phase.preview : null;
  const articleCount = useMemo(() => new Set(preview?.changes.map((change) => change.articleId)).size, [preview]);

  const apply = async (all: boolean) => {
    if (!preview) return;
    setBusy(true);
    try {
      const chosen = preview.changes.filter((change) => all || selected.has(changeKey(change)));
      const result = await api['glossary.applyPropagation']({
        entryId,
        ...(before ? { before } : {}),
        selected: chosen.map(({ articleId, segmentId, before: text }) => ({ articleId, segmentId, before: text })),
      });
      setPhase({ kind: 'applied', result });
      announceSegmentsChanged([...new Set(result.applied.map((each) => each.articleId))]);
    } catch (error) {
      notify(t('propagation.failed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    setBusy(true);
    try {
      const result = await api['glossary.undoPropagation']({});
      setPhase({ kind: 'undone', restored: result.restored.length, skipped: result.skipped.length });
      announceSegmentsChanged([...new Set(result.restored.map((each) => each.articleId))]);
    } catch (error) {
      notify(t('propagation.failed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const toggle = (key: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Modal className="dialog propagation-dialog" labelledBy="propagation-title" testId="propagation-dialog" onCancel={onClose}>
      <h2 id="propagation-title">{t('propagation.title')}</h2>
      {phase.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {phase.kind === 'failed' && <p className="error-text">{t('propagation.failed', { detail: phase.detail })}</p>}
      {preview && (
        <>
          <p>
            {preview.changes.length === 0
              ? t('propagation.nothing', { replacement: preview.replacement })
              : t('propagation.summary', { count: preview.changes.length, inArticles: t('propagation.inArticles', { count: articleCount, formatted: formatNumber(articleCount, language) }), replacement: preview.replacement })}
          </p>
          {preview.forms.length > 0 && (
            <p className="muted">
              {t('propagation.forms')}{' '}
              {preview.forms.map((form, index) => (
                <span key={form}>
                  {index > 0 && ', '}
                  <del lang="en">{form}</del>
                </span>
              ))}{' '}
              → <ins lang="en">{preview.replacement}</ins>
            </p>
          )}
          {preview.changes.length > 0 && (
            <>
              <label className="checkbox propagation-all">
                <input
                  type="checkbox"
                  checked={selected.size === preview.changes.length}
                  onChange={(event) => setSelected(event.target.checked ? new Set(preview.changes.map(changeKey)) : new Set())}
                />
                <span>{t('propagation.selectAll')}</span>
              </label>
              <ul className="propagation-list">
                {preview.changes.map((change) => {
                  const key = changeKey(change);
                  return (
                    <li key={key} data-testid="propagation-change" data-segment-id={change.segmentId}>
                      <label className="checkbox">
                        <input type="checkbox" checked={selected.has(key)} onChange={() => toggle(key)} aria-label={t('propagation.choose', { title: change.articleTitle })} />
                        <span className="propagation-article" lang="hi">
                          {change.articleTitle}
                        </span>
                        <span className={`status-pill status-${change.status}`}>{t(`status.${change.status}`)}</span>
                      </label>
                      <div className="propagation-source" lang="hi">
                        {change.source}
                      </div>
                      <div className="propagation-diff" lang="en">
                        {change.diff.map((op, index) =>
                          op.op === 'equal' ? (
                            <span key={index}>{op.text} </span>
                          ) : op.op === 'delete' ? (
                            <del key={index}>{op.text} </del>
                          ) : (
                            <ins key={index}>{op.text} </ins>
                          ),
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
      {phase.kind === 'applied' && (
        <p data-testid="propagation-result">
          {t('propagation.applied', { count: phase.result.applied.length })}
          {phase.result.stale.length > 0 && ` ${t('propagation.stale', { count: phase.result.stale.length })}`}
        </p>
      )}
      {phase.kind === 'undone' && (
        <p data-testid="propagation-result">
          {t('propagation.undone', { count: phase.restored })}
          {phase.skipped > 0 && ` ${t('propagation.undoSkipped', { count: phase.skipped })}`}
        </p>
      )}
      <div className="dialog-actions">
        {phase.kind === 'applied' && phase.result.applied.length > 0 && !readOnly && (
          <button type="button" onClick={() => void undo()} disabled={busy} data-testid="propagation-undo">
            {t('propagation.undo')}
          </button>
        )}
        {preview && preview.changes.length > 0 && !readOnly && (
          <>
            <button type="button" onClick={() => void apply(false)} disabled={busy || selected.size === 0} data-testid="propagation-apply-selected">
              {t('propagation.applySelected', { count: selected.size })}
            </button>
            <button type="button" className="primary" onClick={() => void apply(true)} disabled={busy} data-testid="propagation-apply-all">
              {t('propagation.applyAll')}
            </button>
          </>
        )}
        <button type="button" onClick={onClose} data-testid="propagation-close">
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
