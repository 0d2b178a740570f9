/** `anuvad glossary export FILE [--project DIR]`: writes the project's glossary. */
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { GLOSSARY_EXTENSIONS, writeGlossaryFile } from '../glossary-files.ts';

export const glossaryExportCommand: CliCommand = {
  name: 'glossary export',
  summary: "write a project's glossary to a file (format by extension)",
  usage: `Usage: anuvad glossary export FILE [--project DIR]

Writes the project's glossary to FILE in the format its extension names: ${GLOSSARY_EXTENSIONS}.

  --project DIR  project folder (default: the default project)`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string' });
    if (parsed.positionals.length !== 1) throw new CliError('usage: anuvad glossary export FILE [--project DIR]');
    const glossary = await context.withProject(stringOption(parsed, 'project'), {}, (store) => store.getGlossary());
    await writeGlossaryFile(context, parsed.positionals[0], glossary);
    context.print(`wrote ${glossary.entries.length} entries to ${parsed.positionals[0]}`);
    return EXIT.ok;
  },
};
