/** The glossary checker the renderer runs locally (no round trip per keystroke), built by the pure glossary/ module. */
import { createGlossaryChecker, type GlossaryChecker } from '../glossary/index.ts';
import type { Glossary } from '../services/contract.ts';

/** What the editor and review need from the glossary engine: the same checker as the server and `anuvad qa`. */
export type LiveChecker = Pick<GlossaryChecker, 'terms' | 'check' | 'checkInContext' | 'checkDocument' | 'contextsOf'>;

/** Builds the live checker for a glossary. */
export function createLiveChecker(glossary: Glossary): LiveChecker {
  return createGlossaryChecker(glossary);
}
