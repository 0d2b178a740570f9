/** `anuvad tm lookup --text "<Hindi>" [--project DIR] [--min 0.5] [--json]`: exact and fuzzy matches. */
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', text: 'string', min: 'string', limit: 'string', json: 'boolean' });
  const text = stringOption(parsed, 'text');
  if (!text?.trim() || parsed.positionals.length > 0) throw new CliError('usage: anuvad tm lookup --text "<Hindi>" [--project DIR] [--min 0.5] [--json]');
  const min = Number(stringOption(parsed, 'min') ?? '0.5');
  if (!Number.isFinite(min) || min < 0 || min > 1) throw new CliError('--min must be a number from 0 to 1');
  const limit = Number(stringOption(parsed, 'limit') ?? '10');
  if (!Number.isInteger(limit) || limit < 1) throw new CliError('--limit must be a positive whole number');
  const matches = await context.withApi(stringOption(parsed, 'project'), {}, (api) => api['tm.search']({ text, min, limit }));
  const rows = matches.map((m) => ({ source: m.source, target: m.target, score: Math.round(m.score * 10000) / 10000, origin: m.origin, ...(m.adapted !== undefined ? { adapted: m.adapted } : {}) }));
  if (parsed.options.json) context.printJson(rows);
  else if (rows.length === 0) context.print('no matches');
  else for (const r of rows) context.print(`${String(Math.round(r.score * 100)).padStart(3)}%  ${r.adapted ?? r.target}  [${r.origin}]${r.adapted !== undefined ? ' (numbers adapted)' : ''}`);
  return EXIT.ok;
}

