/**
 * The one dialog that asks for a required reason about a segment's issues: approving over errors
 * (OverrideDialog) and ignoring an issue (IgnoreDialog). The reason is kept with the segment and
 * shown in exports' notes. Ctrl+Enter confirms, as it confirms a segment in the editor; Esc cancels.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, SegmentIssue } from '../../services/contract.ts';
import { IssueList } from './IssueList.tsx';
import { Modal } from '../Modal.tsx';

/** What the reason is for: names the dialog's ids and test ids. */
export type ReasonKind = 'override' | 'ignore';

/** The dialog's words, translated by the caller (literal keys, so the locale test sees them). */
export interface ReasonTexts {
  title: string;
  explain: string;
  ctrlEnter: string;
  reason: string;
  confirm: string;
}

/** Props of ReasonDialog. */
export interface ReasonDialogProps {
  kind: ReasonKind;
  texts: ReasonTexts;
  issues: readonly SegmentIssue[];
  source: string;
  target: string;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** A modal dialog with the issues and a required reason. */
export function ReasonDialog({ kind, texts, issues, source, target, entriesById, onConfirm, onCancel }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  return (
    <Modal labelledBy={`${kind}-title`} testId={`${kind}-dialog`} onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) onConfirm(trimmed);
        }}
      >
        <h2 id={`${kind}-title`}>{texts.title}</h2>
        <p>{texts.explain}</p>
        <p className="muted">{texts.ctrlEnter}</p>
        <IssueList issues={issues} source={source} target={target} entriesById={entriesById} />
        <label className="field">
          <span>{texts.reason}</span>
          <textarea
            autoFocus
            value={reason}
            rows={3}
            data-testid={`${kind}-reason`}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
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
            {texts.confirm}
          </button>
        </div>
      </form>
    </Modal>
  );
}
