/** `anuvad list [--project DIR] [--json]`: the project's articles with their progress counts (`article.list`). */
import { parseArgs, stringOption } from '../args.ts';
import { EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', json: 'boolean' });
  const summaries = await context.withApi(stringOption(parsed, 'project'), {}, (api) => api['article.list']({}));
  if (parsed.options.json) {
    context.printJson(summaries.map(({ id, file, title, segments, translated, approved }) => ({ id, file, title, segments, translated, approved })));
  } else if (summaries.length === 0) {
    context.print('no articles');
  } else {
    for (const s of summaries) context.print(`${s.id}  ${String(s.translated).padStart(3)}/${String(s.segments).padEnd(3)} translated, ${s.approved} approved  ${s.title}`);
  }
  return EXIT.ok;
}
