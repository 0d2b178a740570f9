/** `anuvad glossary undo [--project DIR] [--json]`: undo the last glossary propagation. */
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { undoLastPropagation } from '../../../services/propagation-undo.ts';

export const glossaryUndoCommand: CliCommand = {
  name: 'glossary undo',
  summary: 'undo the last glossary propagation (from `glossary apply` or the app)',
  usage: `Usage: anuvad glossary undo [--project DIR] [--json]

Takes back the last propagation step, whether \`anuvad glossary apply\` or the app's glossary
dialog made it (the project keeps the last 20): each changed segment gets back what it held
before, except a segment whose English was edited since, which is kept and reported as skipped.
With no step to undo it fails (exit 2) and changes nothing.

  --project DIR  project folder (default: the default project)
  --json         print { restored: [{ articleId, segmentId }], skipped: [...], undoDepth }`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', json: 'boolean' });
    if (parsed.positionals.length > 0) throw new CliError('usage: anuvad glossary undo [--project DIR] [--json]');
    const undone = await context.withProject(stringOption(parsed, 'project'), { write: true }, (store) => undoLastPropagation(store));
    if (!undone) throw new CliError('there is no glossary propagation to undo');
    if (parsed.options.json) {
      context.printJson(undone);
    } else {
      for (const { articleId, segmentId } of undone.skipped) context.print(`${articleId} ${segmentId}: edited since, kept`);
      context.print(`${undone.restored.length} segment(s) restored, ${undone.skipped.length} skipped; ${undone.undoDepth} step(s) left to undo`);
    }
    return EXIT.ok;
  },
};
