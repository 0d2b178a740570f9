/** Starts the workbench on an API (the real transport in main.tsx, a fake in the dev mock). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Api, Glossary, ProjectInfo } from '../services/contract.ts';
import { App } from './App.tsx';
import { createI18n } from './i18n.ts';
import type { UiLanguage } from './format.ts';

/** Loads settings, glossary and project info, then renders the app into `container`. */
export async function startWorkbench(api: Api, container: HTMLElement): Promise<void> {
  const [settings, glossary, project] = await Promise.all([
    api['settings.get']({}).catch(() => ({ uiLanguage: 'en' as UiLanguage })),
    api['glossary.get']({}).catch((): Glossary => ({ schemaVersion: 1, entries: [] })),
    api['project.info']({}).catch((): ProjectInfo | undefined => undefined),
  ]);
  const language: UiLanguage = settings.uiLanguage === 'hi' ? 'hi' : 'en';
  const i18n = await createI18n(language);
  document.documentElement.lang = language;
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App api={api} initialGlossary={glossary} project={project} />
      </I18nextProvider>
    </StrictMode>,
  );
}
