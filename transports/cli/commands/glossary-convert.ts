/** `anuvad glossary convert IN OUT`: converts a glossary between formats, chosen by extension. */
import { parseArgs } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { parseGlossaryFile, writeGlossaryFile } from '../glossary-files.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, {});
  if (parsed.positionals.length !== 2) throw new CliError('usage: anuvad glossary convert IN OUT');
  const [input, output] = parsed.positionals;
  const glossary = (await context.isFolder(input)) ? await context.loadGlossary(input) : await parseGlossaryFile(context, input);
  await writeGlossaryFile(context, output, glossary);
  context.print(`wrote ${glossary.entries.length} entries to ${output}`);
  return EXIT.ok;
}

