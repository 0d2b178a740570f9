/** Starts the workbench on an API (the real transport in main.tsx, a fake in the dev mock). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Api, ProjectInfo } from '../services/contract.ts';
import { App } from './App.tsx';
import { createI18n } from './i18n.ts';
import type { UiLanguage } from './format.ts';
import { parseRoute } from './route.ts';
import { askSummariesEarly } from './list/early-summaries.ts';

/**
 * Loads settings and project info (and, opening on the list, asks for its figures at the same
 * time), then renders the app into `container`. The glossary is not waited for: the app asks for it after its first paint (renderer/use-project-glossary.ts).
 */
export async function startWorkbench(api: Api, container: HTMLElement): Promise<void> {
  // Settings and project info are asked for first: small answers that the server gives before it
  // reads the list's figures, so the page builds its language and first screen while the server
  // reads them (asked first, the figures held the settings back behind their read).
  const asked = Promise.all([
    api['settings.get']({}).catch(() => ({ uiLanguage: 'en' as UiLanguage })),
    api['project.info']({}).catch((): ProjectInfo | undefined => undefined),
  ]);
  // Opening on the list: its figures are asked for now, not after the first render.
  if (parseRoute(window.location.hash).view === 'list') askSummariesEarly(api);
  const [settings, project] = await asked;
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
