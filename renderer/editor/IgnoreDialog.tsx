/** Asks why one issue of a segment is ignored; the reason is kept with the segment and shown in exports' notes. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, SegmentIssue } from '../../services/contract.ts';
import { IssueList } from './IssueList.tsx';
import { Modal } from '../Modal.tsx';

/** Props of IgnoreDialog. */
export interface IgnoreDialogProps {
  /** The issue being ignored, shown in the dialog. */
  issue: SegmentIssue;
  source: string;
  target: string;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** A modal dialog with the issue and a required reason; Ctrl+Enter ignores, Esc cancels. */
export function IgnoreDialog({ issue, source, target, entriesById, onConfirm, onCancel }: IgnoreDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  return (
    <Modal labelledBy="ignore-title" testId="ignore-dialog" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) onConfirm(trimmed);
        }}
      >
        <h2 id="ignore-title">{t('ignore.title')}</h2>
        <p>{t('ignore.explain')}</p>
        <IssueList issues={[issue]} source={source} target={target} entriesById={entriesById} />
        <p className="muted">{t('ignore.ctrlEnter')}</p>
        <label className="field">
          <span>{t('ignore.reason')}</span>
          <textarea
            autoFocus
            value={reason}
            rows={3}
            data-testid="ignore-reason"
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
              // Ctrl+Enter, as it confirms a segment and an approval reason.
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
            {t('ignore.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
