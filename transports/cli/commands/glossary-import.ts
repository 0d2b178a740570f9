/** `anuvad glossary import FILE [--project DIR] [--dry-run] [--conflicts skip|take-incoming] [--json]`. */
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { readGlossaryFile } from '../glossary-files.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', 'dry-run': 'boolean', conflicts: 'string', json: 'boolean' });
  if (parsed.positionals.length !== 1) throw new CliError('usage: anuvad glossary import FILE [--project DIR] [--dry-run]');
  const conflicts = stringOption(parsed, 'conflicts') ?? 'skip';
  if (conflicts !== 'skip' && conflicts !== 'take-incoming') throw new CliError('--conflicts must be skip or take-incoming');
  const given = parsed.positionals[0];
  const file = await readGlossaryFile(context, given);
  const errors = file.problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) throw new CliError(`${errors} error(s) in the file; nothing was changed`, { file: given });
  const dryRun = parsed.options['dry-run'] === true;
  const plan = await context.withApi(stringOption(parsed, 'project'), { write: !dryRun }, (api) =>
    api['glossary.import']({ entries: file.entries, ...(file.fields ? { fields: [...file.fields] } : {}), conflicts, dryRun }));
  if (parsed.options.json) {
    context.printJson(plan);
  } else {
    const verb = dryRun ? 'would' : 'did';
    context.print(`${given}: ${plan.added.length} new, ${plan.changed.length} changed, ${plan.conflicts.length} conflicting, ${plan.unchanged} unchanged (${dryRun ? 'dry run, nothing changed' : 'applied'})`);
    for (const entry of plan.added) context.print(`  + ${entry.source} → ${entry.target}`);
    for (const { source, before, after } of plan.changed) context.print(`  ~ ${source}: ${before}${before === after ? ' (details)' : ` → ${after}`}`);
    for (const conflict of plan.conflicts) {
      const outcome = conflicts === 'take-incoming' && conflict.reason !== 'duplicate-in-file' ? `${verb} take the file's` : `${verb} keep the project's`;
      context.print(`  ! ${conflict.incoming.source} → ${conflict.incoming.target}: ${conflict.reason} (project has ${conflict.existing.source} → ${conflict.existing.target}; ${outcome})`);
    }
  }
  return plan.conflicts.length > 0 && conflicts === 'skip' ? EXIT.issues : EXIT.ok;
}

