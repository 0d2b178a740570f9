/** `anuvad show <article-id> [--project DIR] [--json]`: one article's segments and removed lines. */
import { articleShowJson } from '../../../articles/index.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';

export const showCommand: CliCommand = {
  name: 'show',
  summary: 'print one article: metadata, segments, removed boilerplate',
  usage: `Usage: anuvad show <article-id> [--project DIR] [--json]

Prints an article (ids as shown by \`anuvad list\`).

  --project DIR  project folder (default: the default project)
  --json         stable JSON: { id, file, title, titleEnglish?, date?, byline?, outlet?,
                 segments: [{ id, source, target, status }], removed: [{ line, text, reason }] }
                 where title is also segments[0]`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', json: 'boolean' });
    if (parsed.positionals.length !== 1) throw new CliError('give exactly one article id; usage: anuvad show <article-id> [--project DIR] [--json]');
    const id = parsed.positionals[0];
    const article = await context.withProject(stringOption(parsed, 'project'), {}, (store) => store.getArticle(id));
    if (!article) throw new CliError(`no article ${JSON.stringify(id)} in the project (see \`anuvad list\`)`);
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
  },
};
