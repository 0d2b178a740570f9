/** `anuvad glossary apply --entry ID [--project DIR] [--from TEXT] [--dry-run] [--json]`: propagate a glossary decision. */
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', entry: 'string', from: 'string', 'dry-run': 'boolean', json: 'boolean' });
  const entryId = stringOption(parsed, 'entry');
  if (!entryId || parsed.positionals.length > 0) throw new CliError('usage: anuvad glossary apply --entry ID [--project DIR] [--dry-run] [--json]');
  const dryRun = parsed.options['dry-run'] === true;
  const from = stringOption(parsed, 'from');
  const { plan, applied, undoDepth } = await context.withApi(stringOption(parsed, 'project'), { write: !dryRun }, async (api) => {
    const entry = (await api['glossary.get']({})).entries.find((e) => e.id === entryId);
    if (!entry) throw new CliError(`no glossary entry ${JSON.stringify(entryId)} in the project`);
    const request = { entryId, ...(from ? { before: { ...entry, target: from } } : {}) };
    const preview = await api['glossary.previewPropagation'](request);
    const changes = preview.changes.map(({ articleId, segmentId, status, before, after, diff }) => ({ articleId, segmentId, status, before, after, diff }));
    if (dryRun || changes.length === 0) return { plan: changes, applied: [], undoDepth: undefined };
    // The app's call: one undo step, which the app's undo and `glossary undo` both take back.
    const step = await api['glossary.applyPropagation'](request);
    return { plan: changes, applied: step.applied, undoDepth: step.undoDepth };
  });
  if (parsed.options.json) {
    context.printJson({ entry: entryId, applied: !dryRun, changes: plan, ...(undoDepth === undefined ? {} : { undoDepth }) });
  } else {
    for (const change of plan) context.print(`${change.articleId} ${change.segmentId}:\n  - ${change.before}\n  + ${change.after}`);
    context.print(`${plan.length} segment(s) ${dryRun ? 'would change (dry run, nothing changed)' : `changed (${applied.length} applied)`}`);
  }
  return EXIT.ok;
}

