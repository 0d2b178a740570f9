/** Reading and writing glossary files of every supported format for the CLI. */
import { basename } from 'node:path';
import { exportGlossary, exportOptionsFromFileName, formatFromFileName, MAX_GLOSSARY_BYTES, parseGlossary } from '../../glossary/formats/index.ts';
import type { ImportProblem, EntryField } from '../../glossary/formats/entries.ts';
import { GLOSSARY_SCHEMA_VERSION, type Glossary, type GlossaryEntry } from '../../glossary/model.ts';
import { CliError } from './cli-error.ts';
import type { CliContext } from './context.ts';
import { GLOSSARY_EXTENSIONS } from './help.ts';

export { GLOSSARY_EXTENSIONS };

/** A glossary file as read: entries, row-level problems, and the fields its format carries. */
export interface GlossaryFileContent {
  entries: GlossaryEntry[];
  problems: ImportProblem[];
  fields?: readonly EntryField[];
}

function formatOf(given: string) {
  try {
    return formatFromFileName(basename(given));
  } catch {
    throw new CliError(`unknown glossary format (use ${GLOSSARY_EXTENSIONS})`, { file: given });
  }
}

/** Reads glossary file `given`, printing its row-level problems to stderr (file:line). */
export async function readGlossaryFile(context: CliContext, given: string): Promise<GlossaryFileContent> {
  formatOf(given);
  const bytes = await context.readBytes(given, MAX_GLOSSARY_BYTES);
  const result: GlossaryFileContent = await parseGlossary(bytes, basename(given), { now: context.now().toISOString() });
  for (const problem of result.problems) {
    context.warn(`${problem.severity}: ${problem.message}`, { file: given, line: problem.line || undefined });
  }
  return result;
}

/** Parses glossary file `given`; errors stop with exit 2 and change nothing. */
export async function parseGlossaryFile(context: CliContext, given: string): Promise<Glossary> {
  const { entries, problems } = await readGlossaryFile(context, given);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new CliError(`${errors.length} error(s) in the file; nothing was changed`, { file: given });
  return { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries };
}

/** Writes `glossary` to `given` in the format its extension names (atomically). */
export async function writeGlossaryFile(context: CliContext, given: string, glossary: Glossary): Promise<void> {
  const format = formatOf(given);
  await context.writeBytes(given, await exportGlossary(glossary, format, exportOptionsFromFileName(basename(given))));
}
