/** `anuvad glossary apply --entry ID [--project DIR] [--from TEXT] [--dry-run] [--json]`: propagate a glossary decision. */
import { planGlossaryPropagation } from '../../../articles/memory/propagate-glossary.ts';
import { applyPropagationStep } from '../../../services/propagation-undo.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';

export const glossaryApplyCommand: CliCommand = {
  name: 'glossary apply',
  summary: "bring every article's English in line with a glossary entry (preview with --dry-run)",
  usage: `Usage: anuvad glossary apply --entry ID [--project DIR] [--from TEXT] [--dry-run] [--json]

In every target segment whose Hindi contains the entry's term, replaces the entry's forbidden
renderings (and, with --from, the previous approved rendering TEXT) by the approved rendering,
keeping sentence-initial capitals, ALL CAPS and possessives ('s / ’s). A forbidden form inside
the approved rendering ("Kim Jong" in "Kim Jong Un") is left alone. Changed segments keep their
status and get origin "propagation". The changes are one undo step, as in the app:
\`anuvad glossary undo\` takes them back.

  --entry ID     glossary entry id
  --project DIR  project folder (default: the default project)
  --from TEXT    the entry's previous approved rendering, also replaced
  --dry-run      show the changes only
  --json         print { entry, applied, changes: [{ articleId, segmentId, status, before, after,
                 diff: [{ op: equal|delete|insert, text }] }], undoDepth } (undoDepth when applied)`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', entry: 'string', from: 'string', 'dry-run': 'boolean', json: 'boolean' });
    const entryId = stringOption(parsed, 'entry');
    if (!entryId || parsed.positionals.length > 0) throw new CliError('usage: anuvad glossary apply --entry ID [--project DIR] [--dry-run] [--json]');
    const dryRun = parsed.options['dry-run'] === true;
    const from = stringOption(parsed, 'from');
    const now = context.now().toISOString();
    const { plan, applied, undoDepth } = await context.withProject(stringOption(parsed, 'project'), { write: !dryRun }, async (store) => {
      const entry = (await store.getGlossary()).entries.find((e) => e.id === entryId);
      if (!entry) throw new CliError(`no glossary entry ${JSON.stringify(entryId)} in the project`);
      const articles = await store.listArticles();
      const changes = planGlossaryPropagation(articles, from ? { ...entry, target: from } : undefined, entry);
      if (dryRun || changes.length === 0) return { plan: changes, applied: [], undoDepth: undefined };
      // The same step glossary.applyPropagation pushes, so the app's undo and `glossary undo` see it.
      const step = await applyPropagationStep(store, articles, entryId, changes, now);
      return { plan: changes, ...step };
    });
    if (parsed.options.json) {
      context.printJson({ entry: entryId, applied: !dryRun, changes: plan, ...(undoDepth === undefined ? {} : { undoDepth }) });
    } else {
      for (const change of plan) context.print(`${change.articleId} ${change.segmentId}:\n  - ${change.before}\n  + ${change.after}`);
      context.print(`${plan.length} segment(s) ${dryRun ? 'would change (dry run, nothing changed)' : `changed (${applied.length} applied)`}`);
    }
    return EXIT.ok;
  },
};
