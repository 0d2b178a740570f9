/** Asks for the reason when a segment with glossary errors is approved; the reason is kept with the segment. */
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, SegmentIssue } from '../../services/contract.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

/** Props of OverrideDialog. */
export interface OverrideDialogProps {
  issues: readonly SegmentIssue[];
  source: string;
  target: string;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** A modal dialog with the blocking issues and a required reason; Ctrl+Enter approves. */
export function OverrideDialog(props: OverrideDialogProps) {
  const { t } = useTranslation();
  const texts = { title: t('override.title'), explain: t('override.explain'), ctrlEnter: t('override.ctrlEnter'), reason: t('override.reason'), confirm: t('override.approve') };
  return <ReasonDialog kind="override" texts={texts} {...props} />;
}
