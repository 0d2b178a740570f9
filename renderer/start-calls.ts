/**
 * The calls the workbench needs before its first screen, asked for as soon as the page runs: the
 * entry module (main.tsx) asks them, then loads the app's code (every view) while the server
 * answers, instead of asking only once that code has been parsed and run.
 */
import type { Api, ProjectInfo } from '../services/contract.ts';
import type { UiLanguage } from './format.ts';
import { parseRoute } from './route.ts';
import { askSummariesEarly } from './list/early-summaries.ts';

/** The answers the first screen waits for. */
export interface StartAnswers {
  settings: Promise<{ uiLanguage?: string }>;
  project: Promise<ProjectInfo | undefined>;
}

/**
 * Asks for settings and project info, and, opening on the list, the list's figures. Settings and
 * project info go first: small answers the server gives before it reads the figures, so the page
 * builds its language and first screen while the server reads them (asked first, the figures'
 * read held the settings back: they share the store's queue).
 */
export function askStartCalls(api: Api): StartAnswers {
  const settings = api['settings.get']({}).catch(() => ({ uiLanguage: 'en' as UiLanguage }));
  const project = api['project.info']({}).catch((): ProjectInfo | undefined => undefined);
  // Opening on the list: its figures are asked for now, not after the first render.
  if (parseRoute(window.location.hash).view === 'list') askSummariesEarly(api);
  return { settings, project };
}
