/** `anuvad tm export OUT.tmx [--project DIR]`: the project's confirmed pairs as TMX 1.4b. */
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string' });
  if (parsed.positionals.length !== 1 || !/\.tmx$/i.test(parsed.positionals[0])) throw new CliError('usage: anuvad tm export OUT.tmx [--project DIR]');
  const file = await context.withApi(stringOption(parsed, 'project'), {}, (api) => api['export.tmx']({ pairs: 'confirmed' }));
  await context.writeBytes(parsed.positionals[0], file.content);
  const units = file.units ?? 0;
  if (units === 0) context.warn('warning: no translated, reviewed or approved segments yet; the TMX has no units');
  context.print(`${parsed.positionals[0]}: ${units} pairs`);
  return EXIT.ok;
}

