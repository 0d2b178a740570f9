/** `anuvad tm import FILE.tmx [--project DIR] [--name NAME]`: keep a TMX (or XLIFF/TSV) as a named, read-only memory. */
import { basename } from 'node:path';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', name: 'string', json: 'boolean' });
  if (parsed.positionals.length !== 1) throw new CliError('usage: anuvad tm import FILE.tmx [--project DIR] [--name NAME]');
  const given = parsed.positionals[0];
  const bytes = await context.readBytes(given);
  const result = await context.withApi(stringOption(parsed, 'project'), { write: true }, (api) =>
    api['tm.import']({ fileName: basename(given), base64: Buffer.from(bytes).toString('base64'), ...(stringOption(parsed, 'name') ? { name: stringOption(parsed, 'name') } : {}) }));
  const { name, pairs } = result.memory;
  const problems = result.skipped;
  for (const problem of problems) context.warn(`skipped: ${problem.message}`, { file: given, line: problem.line });
  if (parsed.options.json) context.printJson({ name, pairs, skipped: problems });
  else context.print(`${given}: ${pairs} pairs imported as memory "${name}"${problems.length ? `, ${problems.length} units skipped` : ''}`);
  return EXIT.ok;
}

