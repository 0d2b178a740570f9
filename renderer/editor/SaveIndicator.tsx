/** The saved/unsaved indicator of the editor toolbar. */
import { useTranslation } from 'react-i18next';
import type { SaveState } from './segment-saver.ts';

/** Shows whether every edit is on disk. */
export function SaveIndicator({ state, error }: { state: SaveState; error?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`save-indicator save-${state}`} data-testid="save-state" data-state={state} role="status" title={error}>
      <span className="save-dot" aria-hidden="true" />
      {t(`save.${state}`)}
    </span>
  );
}
