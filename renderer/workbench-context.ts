/** What every view shares: the API, the glossary with its live checker, and the UI language. */
import { createContext, useContext } from 'react';
import type { Api, Glossary, GlossaryEntry } from '../services/contract.ts';
import type { LiveChecker } from './live-checker.ts';
import type { UiLanguage } from './format.ts';

/** Shared state and actions of the workbench. */
export interface Workbench {
  api: Api;
  language: UiLanguage;
  /** The project is open in another process: edits are refused, so the UI does not offer them. */
  readOnly: boolean;
  /** The project glossary; empty until `glossaryReady` (it is loaded after the first paint). */
  glossary: Glossary;
  glossaryReady: boolean;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  /** The live checker; finds nothing until `checkerReady` (built when the editor or review is shown). */
  checker: LiveChecker;
  checkerReady: boolean;
  /** Replaces the glossary after an edit (the checker is rebuilt from it). */
  setGlossary(glossary: Glossary): void;
  /** Opens the glossary panel with a new entry for this Hindi text; `returnFocus` runs when that form is saved or cancelled. */
  proposeTerm(sourceText: string, returnFocus?: () => void): void;
  /** Opens an article, optionally at a segment. */
  openArticle(articleId: string, segmentId?: string): void;
  /** Opens the analysis of these articles (none: the whole project). */
  openAnalysis(articleIds?: string[]): void;
  /** Loads the open article again (after a change made on the server: a join, a review undo), at a segment. */
  reloadEditor(articleId: string, segmentId?: string): void;
  /** Shows a transient message in the status bar. */
  notify(message: string, tone?: 'info' | 'error'): void;
}

export const WorkbenchContext = createContext<Workbench | null>(null);

/** The workbench from context; throws outside the provider, which is a programming error. */
export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench outside WorkbenchContext');
  return workbench;
}
