/** Starts the workbench on an API (the real transport in main.tsx, a fake in the dev mock). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Api } from '../services/contract.ts';
import { App } from './App.tsx';
import { createI18n } from './i18n.ts';
import type { UiLanguage } from './format.ts';
import { askStartCalls, type StartAnswers } from './start-calls.ts';

/**
 * Waits for settings and project info (asked by `asked`, by default now: see start-calls.ts), then
 * renders the app into `container`. The glossary is not waited for: the app asks for it after its
 * first paint (renderer/use-project-glossary.ts).
 */
export async function startWorkbench(api: Api, container: HTMLElement, asked: StartAnswers = askStartCalls(api)): Promise<void> {
  const [settings, project] = await Promise.all([asked.settings, asked.project]);
  const language: UiLanguage = settings.uiLanguage === 'hi' ? 'hi' : 'en';
  const i18n = await createI18n(language);
  document.documentElement.lang = language;
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App api={api} project={project} />
      </I18nextProvider>
    </StrictMode>,
  );
}
