/** `anuvad tm import FILE.tmx [--project DIR] [--name NAME]`: keep a TMX (or XLIFF/TSV) as a named, read-only memory. */
import { basename } from 'node:path';
import { readTmPairs } from '../../../articles/exchange/tm-convert.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { memoryNameOf as memoryName, saveImportedMemory, type StoredMemory } from '../../../services/project-memory.ts';
import { decodeTextFile } from '../../../services/text-files.ts';

export const tmImportCommand: CliCommand = {
  name: 'tm import',
  summary: 'import a TMX file as a named, read-only translation memory of the project',
  usage: `Usage: anuvad tm import FILE.tmx [--project DIR] [--name NAME] [--json]

Reads the Hindi→English pairs of FILE.tmx (TMX 1.4b; hi / hi-IN and en / en-US … accepted; also
.xlf/.xliff units with a translation and .tsv Hindi<TAB>English lines) and stores them in the
project as the read-only memory NAME (default: the file name without its extension).
Importing under an existing name replaces that memory. Units without Hindi or English are
reported with their line and skipped. DOCTYPEs that declare entities are refused.

  --project DIR  project folder (default: the default project)
  --name NAME    memory name (letters, digits, '_', '.', '-')
  --json         print { name, pairs, skipped: [{ line, message }] }

Exit codes: 0 imported, 2 bad file (nothing changed).`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', name: 'string', json: 'boolean' });
    if (parsed.positionals.length !== 1) throw new CliError('usage: anuvad tm import FILE.tmx [--project DIR] [--name NAME]');
    const given = parsed.positionals[0];
    const name = memoryName(stringOption(parsed, 'name') ?? basename(given));
    const text = decodeTextFile(await context.readBytes(given), given);
    const { pairs, problems } = readTmPairs(text, given);
    for (const problem of problems) context.warn(`skipped: ${problem.message}`, { file: given, line: problem.line });
    if (pairs.length === 0) throw new CliError('no Hindi→English pairs found; nothing was imported', { file: given });
    const importedAt = context.now().toISOString();
    await context.withProject(stringOption(parsed, 'project'), { write: true }, async (store) => {
      const memory: StoredMemory = { schemaVersion: 1, name, readOnly: true, file: basename(given), importedAt, pairs };
      await saveImportedMemory(store, memory);
    });
    if (parsed.options.json) context.printJson({ name, pairs: pairs.length, skipped: problems });
    else context.print(`${given}: ${pairs.length} pairs imported as memory "${name}"${problems.length ? `, ${problems.length} units skipped` : ''}`);
    return EXIT.ok;
  },
};
