/** The project's house style for English spelling (en-GB or en-US), saved in the project settings. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpellingVariant } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { SPELLING_CHANGED_EVENT } from './spell-client.ts';
import './spell.css';

// The server's default when a project has not chosen (services/spell/dictionary-files.ts).
const DEFAULT: SpellingVariant = 'en-GB';

/** A select of the house style; the editor re-checks with the new dictionary on its next check. */
export function HouseStyleSelect({ describedBy }: { describedBy?: string } = {}) {
  const { t } = useTranslation();
  const { api, notify, readOnly } = useWorkbench();
  const [variant, setVariant] = useState<SpellingVariant | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api['settings.get']({}).then((settings) => live && setVariant(settings.houseStyle ?? DEFAULT), () => live && setVariant(DEFAULT));
    return () => {
      live = false;
    };
  }, [api]);
  const change = async (next: SpellingVariant) => {
    setVariant(next);
    try {
      await api['settings.set']({ houseStyle: next });
      window.dispatchEvent(new Event(SPELLING_CHANGED_EVENT));
    } catch {
      notify(t('errors.settingsNotSaved'), 'error');
    }
  };
  return (
    <select className="house-style" aria-label={t('spell.houseStyle')} aria-describedby={describedBy} title={t('spell.houseStyle')} data-testid="house-style" disabled={readOnly || !variant} value={variant ?? DEFAULT} onChange={(event) => void change(event.target.value as SpellingVariant)}>
      <option value="en-GB">{t('spell.houseStyleGB')}</option>
      <option value="en-US">{t('spell.houseStyleUS')}</option>
    </select>
  );
}
