/** Asks why one issue of a segment is ignored; the reason is kept with the segment and shown in exports' notes. */
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, SegmentIssue } from '../../services/contract.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

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
export function IgnoreDialog({ issue, ...rest }: IgnoreDialogProps) {
  const { t } = useTranslation();
  const texts = { title: t('ignore.title'), explain: t('ignore.explain'), ctrlEnter: t('ignore.ctrlEnter'), reason: t('ignore.reason'), confirm: t('ignore.confirm') };
  return <ReasonDialog kind="ignore" texts={texts} issues={[issue]} {...rest} />;
}
