/** Asks for the reason when a segment with glossary errors is approved; the reason is kept with the segment. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, SegmentIssue } from '../../services/contract.ts';
import { IssueList } from './IssueList.tsx';
import { Modal } from '../Modal.tsx';

/** Props of OverrideDialog. */
export interface OverrideDialogProps {
  issues: readonly SegmentIssue[];
  source: string;
  target: string;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** A modal dialog with the blocking issues and a required reason. */
export function OverrideDialog({ issues, source, target, entriesById, onConfirm, onCancel }: OverrideDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  return (
    <Modal labelledBy="override-title" testId="override-dialog" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) onConfirm(trimmed);
        }}
      >
        <h2 id="override-title">{t('override.title')}</h2>
        <p>{t('override.explain')}</p>
        <p className="muted">{t('override.ctrlEnter')}</p>
        <IssueList issues={issues} source={source} target={target} entriesById={entriesById} />
        <label className="field">
          <span>{t('override.reason')}</span>
          <textarea
            autoFocus
            value={reason}
            rows={3}
            data-testid="override-reason"
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
              // Ctrl+Enter approves, as it confirms a segment in the editor.
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey) {
                event.preventDefault();
                if (trimmed) onConfirm(trimmed);
              }
            }}
          />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!trimmed}>
            {t('override.approve')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
