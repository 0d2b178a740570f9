/** When saving a glossary entry should offer to propagate the change to existing translations. */
import type { GlossaryEntry } from '../../services/contract.ts';

/** True when the approved rendering changed or a forbidden rendering was added. */
export function changeNeedsPropagation(before: GlossaryEntry | undefined, after: GlossaryEntry): boolean {
  if (!before) return false;
  const fold = (text: string) => (after.caseSensitive ? text.trim() : text.trim().toLowerCase());
  if (fold(before.target) !== fold(after.target)) return true;
  const known = new Set(before.forbidden.map(fold));
  return after.forbidden.some((form) => !known.has(fold(form)));
}
