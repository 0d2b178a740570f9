/** The UI language switch; the choice is saved in the project settings. */
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from './i18n.ts';
import { useWorkbench } from './workbench-context.ts';
import type { UiLanguage } from './format.ts';

/** A select that switches English/Hindi UI and persists it via settings.set. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { api, notify } = useWorkbench();
  const change = async (code: UiLanguage) => {
    await i18n.changeLanguage(code);
    document.documentElement.lang = code;
    try {
      await api['settings.set']({ uiLanguage: code });
    } catch {
      notify(t('errors.settingsNotSaved'), 'error');
    }
  };
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        aria-label={t('app.language')}
        data-testid="language-switch"
        value={i18n.language === 'hi' ? 'hi' : 'en'}
        onChange={(event) => void change(event.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
