/** `anuvad glossary undo [--project DIR] [--json]`: undo the last glossary propagation. */
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { ApiFailure } from '../../../services/api-failure.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', json: 'boolean' });
  if (parsed.positionals.length > 0) throw new CliError('usage: anuvad glossary undo [--project DIR] [--json]');
  const undone = await context.withApi(stringOption(parsed, 'project'), { write: true }, (api) => api['glossary.undoPropagation']({}).catch((error: unknown) => {
    // The handler's word for "nothing to undo"; the CLI keeps its own message for it.
    if (error instanceof ApiFailure && error.error.code === 'conflict') throw new CliError('there is no glossary propagation to undo');
    throw error;
  }));
  if (parsed.options.json) {
    context.printJson(undone);
  } else {
    for (const { articleId, segmentId } of undone.skipped) context.print(`${articleId} ${segmentId}: edited since, kept`);
    context.print(`${undone.restored.length} segment(s) restored, ${undone.skipped.length} skipped; ${undone.undoDepth} step(s) left to undo`);
  }
  return EXIT.ok;
}

