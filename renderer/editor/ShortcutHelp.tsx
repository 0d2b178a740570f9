/** A small dialog listing the editor's keyboard shortcuts. */
import { useTranslation } from 'react-i18next';
import { SHORTCUT_LABELS, type EditorCommand } from './shortcuts.ts';
import { Modal } from '../Modal.tsx';

const ORDER: readonly EditorCommand['type'][] = ['confirm-and-next', 'approve', 'previous-segment', 'next-segment', 'undo', 'redo', 'find', 'replace', 'next-issue', 'previous-issue', 'concordance', 'insert-rendering', 'pick-term', 'insert-best-match', 'close'];

/** Lists every shortcut with its meaning in the UI language. */
export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="shortcut-title" onCancel={onClose}>
      <h2 id="shortcut-title">{t('shortcuts.title')}</h2>
      <table className="shortcut-table">
        <tbody>
          {ORDER.map((type) => (
            <tr key={type}>
              <td>
                <kbd>{SHORTCUT_LABELS[type]}</kbd>
              </td>
              <td>{t(`shortcuts.${type}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
