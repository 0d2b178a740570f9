/** `anuvad glossary export FILE [--project DIR]`: writes the project's glossary. */
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { writeGlossaryFile } from '../glossary-files.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string' });
  if (parsed.positionals.length !== 1) throw new CliError('usage: anuvad glossary export FILE [--project DIR]');
  const glossary = await context.withApi(stringOption(parsed, 'project'), {}, (api) => api['glossary.get']({}));
  await writeGlossaryFile(context, parsed.positionals[0], glossary);
  context.print(`wrote ${glossary.entries.length} entries to ${parsed.positionals[0]}`);
  return EXIT.ok;
}

