/** The glossary checker the renderer runs locally (no round trip per keystroke), built by the pure glossary/ module. */
import { createGlossaryChecker } from '../glossary/index.ts';
import type { Glossary, SegmentIssue, TermHit } from '../services/contract.ts';

/** What the editor needs from the glossary engine. */
export interface LiveChecker {
  terms(text: string): TermHit[];
  check(source: string, target: string): SegmentIssue[];
}

/** Builds the live checker for a glossary. */
export function createLiveChecker(glossary: Glossary): LiveChecker {
  return createGlossaryChecker(glossary);
}
