/** i18next set-up: every user-visible string comes from locales/en.json or locales/hi.json. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import hi from './locales/hi.json';
import type { UiLanguage } from './format.ts';

/** The UI languages with their own names, for the switcher. */
export const UI_LANGUAGES: readonly { code: UiLanguage; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'hi', name: 'हिन्दी' },
];

/** Creates an initialised i18next instance for the given language. */
export async function createI18n(language: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, hi: { translation: hi } },
    // React escapes text itself; escaping here too would show &amp; to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
