/** `anuvad show <article-id> [--project DIR] [--json]`: one article's segments and removed lines (`article.get`). */
import { articleShowJson } from '../../../articles/index.ts';
import { ApiFailure } from '../../../services/api-failure.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', json: 'boolean' });
  if (parsed.positionals.length !== 1) throw new CliError('give exactly one article id; usage: anuvad show <article-id> [--project DIR] [--json]');
  const id = parsed.positionals[0];
  const article = await context.withApi(stringOption(parsed, 'project'), {}, (api) => api['article.get']({ id }).catch((error: unknown) => {
    if (error instanceof ApiFailure && error.error.code === 'not-found') throw new CliError(`no article ${JSON.stringify(id)} in the project (see \`anuvad list\`)`);
    throw error;
  }));
  if (parsed.options.json) {
    context.printJson(articleShowJson(article));
    return EXIT.ok;
  }
  context.print(article.title);
  for (const [label, value] of [['English title', article.titleEnglish], ['date', article.date], ['byline', article.byline], ['outlet', article.outlet], ['file', article.file]] as const) {
    if (value) context.print(`${label}: ${value}`);
  }
  context.print('');
  article.segments.forEach((segment, index) => {
    const repeat = segment.repeatOf ? ' (repeats an earlier paragraph)' : '';
    context.print(`${String(index + 1).padStart(3)} [${segment.status}] ${segment.source}${repeat}`);
    if (segment.target) context.print(`    → ${segment.target}`);
  });
  if (article.removed.length > 0) {
    context.print('');
    context.print(`removed (${article.removed.length} lines, restorable):`);
    for (const removed of article.removed) context.print(`  line ${removed.line} [${removed.reason}] ${removed.text}`);
  }
  return EXIT.ok;
}

