/** Asks why one issue of a segment is ignored; the reason is kept with the segment and shown in exports' notes. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../Modal.tsx';

/** Props of IgnoreDialog. */
export interface IgnoreDialogProps {
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** A modal dialog with a required reason. */
export function IgnoreDialog({ onConfirm, onCancel }: IgnoreDialogProps) {
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
        <label className="field">
          <span>{t('ignore.reason')}</span>
          <textarea autoFocus value={reason} rows={3} data-testid="ignore-reason" onChange={(event) => setReason(event.target.value)} />
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
