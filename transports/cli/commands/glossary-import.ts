/** `anuvad glossary import FILE [--project DIR] [--dry-run] [--conflicts skip|take-incoming] [--json]`. */
import { applyGlossaryImport, planGlossaryImport, type GlossaryImportPlan } from '../../../glossary/formats/plan.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { GLOSSARY_EXTENSIONS, readGlossaryFile } from '../glossary-files.ts';

/** The plan as printed by `--json`: what would be added, changed, left alone, and what conflicts. */
export function planJson(plan: GlossaryImportPlan, applied: boolean) {
  return {
    applied,
    added: plan.added.map((entry) => ({ id: entry.id, source: entry.source, target: entry.target })),
    changed: plan.changed.map(({ before, after }) => ({ id: before.id, source: before.source, before: before.target, after: after.target })),
    conflicts: plan.conflicts.map(({ existing, incoming, reason }) => ({ reason, existing: { id: existing.id, source: existing.source, target: existing.target }, incoming: { source: incoming.source, target: incoming.target } })),
    unchanged: plan.unchanged,
  };
}

export const glossaryImportCommand: CliCommand = {
  name: 'glossary import',
  summary: "merge a glossary file into a project's glossary (shows the plan first)",
  usage: `Usage: anuvad glossary import FILE [--project DIR] [--dry-run] [--conflicts skip|take-incoming] [--json]

Reads FILE (${GLOSSARY_EXTENSIONS}), prints the plan (new, changed, conflicting, unchanged
entries) and applies it unless --dry-run. Entries match by id, else by normalised Hindi term.
A file with any error (printed with file and line) changes nothing (exit 2).

  --project DIR   project folder (default: the default project)
  --dry-run       print the plan only
  --conflicts M   skip (default: keep the project's entry) or take-incoming (the file wins)
  --json          print the plan as { applied, added, changed, conflicts, unchanged }

Exit codes: 0 applied (or nothing to do), 1 conflicts were skipped, 2 bad file or project.`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', 'dry-run': 'boolean', conflicts: 'string', json: 'boolean' });
    if (parsed.positionals.length !== 1) throw new CliError('usage: anuvad glossary import FILE [--project DIR] [--dry-run]');
    const conflicts = stringOption(parsed, 'conflicts') ?? 'skip';
    if (conflicts !== 'skip' && conflicts !== 'take-incoming') throw new CliError('--conflicts must be skip or take-incoming');
    const given = parsed.positionals[0];
    const file = await readGlossaryFile(context, given);
    const errors = file.problems.filter((problem) => problem.severity === 'error').length;
    if (errors > 0) throw new CliError(`${errors} error(s) in the file; nothing was changed`, { file: given });
    const dryRun = parsed.options['dry-run'] === true;
    const plan = await context.withProject(stringOption(parsed, 'project'), { write: !dryRun }, async (store) => {
      const current = await store.getGlossary();
      const planned = planGlossaryImport(current, file.entries, { fields: file.fields, problems: file.problems });
      if (!dryRun && (planned.added.length > 0 || planned.changed.length > 0 || (conflicts === 'take-incoming' && planned.conflicts.length > 0))) {
        await store.saveGlossary(applyGlossaryImport(current, planned, { conflicts }));
      }
      return planned;
    });
    if (parsed.options.json) {
      context.printJson(planJson(plan, !dryRun));
    } else {
      const verb = dryRun ? 'would' : 'did';
      context.print(`${given}: ${plan.added.length} new, ${plan.changed.length} changed, ${plan.conflicts.length} conflicting, ${plan.unchanged} unchanged (${dryRun ? 'dry run, nothing changed' : 'applied'})`);
      for (const entry of plan.added) context.print(`  + ${entry.source} → ${entry.target}`);
      for (const { before, after } of plan.changed) context.print(`  ~ ${before.source}: ${before.target}${before.target === after.target ? ' (details)' : ` → ${after.target}`}`);
      for (const conflict of plan.conflicts) {
        const outcome = conflicts === 'take-incoming' && conflict.reason !== 'duplicate-in-file' ? `${verb} take the file's` : `${verb} keep the project's`;
        context.print(`  ! ${conflict.incoming.source} → ${conflict.incoming.target}: ${conflict.reason} (project has ${conflict.existing.source} → ${conflict.existing.target}; ${outcome})`);
      }
    }
    return plan.conflicts.length > 0 && conflicts === 'skip' ? EXIT.issues : EXIT.ok;
  },
};
