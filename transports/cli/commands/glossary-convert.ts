/** `anuvad glossary convert IN OUT`: converts a glossary between formats, chosen by extension. */
import { parseArgs } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { GLOSSARY_EXTENSIONS, parseGlossaryFile, writeGlossaryFile } from '../glossary-files.ts';

export const glossaryConvertCommand: CliCommand = {
  name: 'glossary convert',
  summary: 'convert a glossary file to another format (by extension)',
  usage: `Usage: anuvad glossary convert IN OUT

Converts between every supported glossary format, chosen by extension: ${GLOSSARY_EXTENSIONS}.
IN may also be a project folder (its glossary is exported). Row-level problems of IN are printed
with file and line; an error in IN writes nothing (exit 2). OUT is replaced atomically.`,
  async run(args, context) {
    const parsed = parseArgs(args, {});
    if (parsed.positionals.length !== 2) throw new CliError('usage: anuvad glossary convert IN OUT');
    const [input, output] = parsed.positionals;
    const glossary = (await context.isFolder(input)) ? await context.loadGlossary(input) : await parseGlossaryFile(context, input);
    await writeGlossaryFile(context, output, glossary);
    context.print(`wrote ${glossary.entries.length} entries to ${output}`);
    return EXIT.ok;
  },
};
