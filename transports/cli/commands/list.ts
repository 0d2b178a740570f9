/** `anuvad list [--project DIR] [--json]`: the project's articles with their progress counts. */
import { summarizeArticle } from '../../../articles/index.ts';
import { parseArgs, stringOption } from '../args.ts';
import { EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'list the articles of a project with segment counts',
  usage: `Usage: anuvad list [--project DIR] [--json]

Lists the project's articles in display order.

  --project DIR  project folder (default: the default project)
  --json         print [{ id, file, title, segments, translated, approved }]: file is the imported
                 page's name, the others are counts of segments (translated counts every segment
                 with status translated, reviewed or approved)`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', json: 'boolean' });
    const summaries = await context.withProject(stringOption(parsed, 'project'), {}, async (store) => (await store.listArticles()).map(summarizeArticle));
    if (parsed.options.json) {
      context.printJson(summaries.map(({ id, file, title, segments, translated, approved }) => ({ id, file, title, segments, translated, approved })));
    } else if (summaries.length === 0) {
      context.print('no articles');
    } else {
      for (const s of summaries) context.print(`${s.id}  ${String(s.translated).padStart(3)}/${String(s.segments).padEnd(3)} translated, ${s.approved} approved  ${s.title}`);
    }
    return EXIT.ok;
  },
};
