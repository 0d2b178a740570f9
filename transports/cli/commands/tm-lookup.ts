/** `anuvad tm lookup --text "<Hindi>" [--project DIR] [--min 0.5] [--json]`: exact and fuzzy matches. */
import { createTranslationMemory } from '../../../articles/memory/translation-memory.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { projectMemoryEntries } from '../../../services/project-memory.ts';

export const tmLookupCommand: CliCommand = {
  name: 'tm lookup',
  summary: "look a Hindi sentence up in the project's translation memory",
  usage: `Usage: anuvad tm lookup --text "<Hindi>" [--project DIR] [--min 0.5] [--limit 10] [--json]

Searches the project's translated, reviewed and approved segments and its imported memories.
Similarity is word-level on Hindi normalised like the glossary (nukta, chandrabindu, ॉ, nasal +
virama folded; Devanagari digits = ASCII). 100% matches come first. When numbers differ, or a
glossary term is swapped for another (मॉस्को → कीव), and each old number or rendering occurs
once in the English, "adapted" holds the English with the new numbers and renderings.

  --text TEXT    the Hindi sentence
  --project DIR  project folder (default: the default project)
  --min X        lowest similarity shown, 0..1 (default 0.5)
  --limit N      most matches (default 10)
  --json         print [{ source, target, score, origin, adapted? }], best first; origin is
                 article:<id> or tm:<memory name>`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', text: 'string', min: 'string', limit: 'string', json: 'boolean' });
    const text = stringOption(parsed, 'text');
    if (!text?.trim() || parsed.positionals.length > 0) throw new CliError('usage: anuvad tm lookup --text "<Hindi>" [--project DIR] [--min 0.5] [--json]');
    const min = Number(stringOption(parsed, 'min') ?? '0.5');
    if (!Number.isFinite(min) || min < 0 || min > 1) throw new CliError('--min must be a number from 0 to 1');
    const limit = Number(stringOption(parsed, 'limit') ?? '10');
    if (!Number.isInteger(limit) || limit < 1) throw new CliError('--limit must be a positive whole number');
    const { entries, glossary } = await context.withProject(stringOption(parsed, 'project'), {}, async (store) => ({
      entries: await projectMemoryEntries(store),
      glossary: (await store.getGlossary()).entries,
    }));
    const matches = createTranslationMemory(entries, { glossary }).lookup(text, { min, limit });
    const rows = matches.map((m) => ({ source: m.source, target: m.target, score: Math.round(m.score * 10000) / 10000, origin: m.origin, ...(m.adapted !== undefined ? { adapted: m.adapted } : {}) }));
    if (parsed.options.json) context.printJson(rows);
    else if (rows.length === 0) context.print('no matches');
    else for (const r of rows) context.print(`${String(Math.round(r.score * 100)).padStart(3)}%  ${r.adapted ?? r.target}  [${r.origin}]${r.adapted !== undefined ? ' (numbers adapted)' : ''}`);
    return EXIT.ok;
  },
};
