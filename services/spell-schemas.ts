/** Argument schemas of the spell-checking calls, spread into apiSchemas in api-schemas.ts. */
import { z } from 'zod';
import type { ApiArgs } from './contract.ts';

/** Limits of the spell calls. */
export const SPELL_LIMITS = {
  /** Texts in one spell.check (a window of segments). */
  texts: 2000,
  /** Characters of one text (a segment's target). */
  textChars: 100_000,
  /** Characters of one word to suggest for or add. */
  wordChars: 100,
} as const;

/** The calls whose schemas this module defines. */
export type SpellCallName = 'spell.check' | 'spell.suggest' | 'spell.addWord';

// One word: letters and marks joined by apostrophes or hyphens, as the checker's tokens are.
const word = z.string().trim().min(1).max(SPELL_LIMITS.wordChars)
  .regex(/^[\p{L}\p{M}]+(?:['’\u2010-][\p{L}\p{M}]+)*$/u, 'must be one word (letters, inner apostrophes or hyphens)');

/** Schemas of the spell calls. */
export const spellSchemas: { [N in SpellCallName]: z.ZodType<ApiArgs<N>> } = {
  'spell.check': z.strictObject({ texts: z.array(z.string().max(SPELL_LIMITS.textChars)).max(SPELL_LIMITS.texts) }),
  'spell.suggest': z.strictObject({ word }),
  'spell.addWord': z.strictObject({ word }),
};
