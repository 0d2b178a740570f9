/** `anuvad xliff export ARTICLE OUT.xlf [--project DIR] [--version 1.2|2.0]`: one article as XLIFF. */
import { writeXliff12, writeXliff20 } from '../../../articles/exchange/xliff.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';

export const xliffExportCommand: CliCommand = {
  name: 'xliff export',
  summary: 'export one article as XLIFF 1.2 or 2.0 with segment states',
  usage: `Usage: anuvad xliff export ARTICLE OUT.xlf [--project DIR] [--version 1.2|2.0]

Writes every segment of the article (id as shown by \`anuvad list\`, or its page file name) as a
unit. States: untranslated → 1.2 needs-translation / 2.0 initial; draft → needs-review-translation
/ initial; translated → translated; reviewed → signed-off / reviewed; approved → final (1.2 also
approved="yes"). XLIFF 2.0 keeps our status in subState="anuvad:<status>".

  --project DIR  project folder (default: the default project)
  --version V    1.2 (default) or 2.0`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', version: 'string' });
    if (parsed.positionals.length !== 2) throw new CliError('usage: anuvad xliff export ARTICLE OUT.xlf [--project DIR] [--version 1.2|2.0]');
    const [id, output] = parsed.positionals;
    const version = stringOption(parsed, 'version') ?? '1.2';
    if (version !== '1.2' && version !== '2.0') throw new CliError('--version must be 1.2 or 2.0');
    const article = await context.withProject(stringOption(parsed, 'project'), {}, async (store) =>
      (await store.getArticle(id).catch(() => undefined)) ?? (await store.listArticles()).find((a) => a.file === id));
    if (!article) throw new CliError(`no article ${JSON.stringify(id)} in the project (see \`anuvad list\`)`);
    await context.writeBytes(output, (version === '2.0' ? writeXliff20 : writeXliff12)(article, { toolVersion: '0.1.0' }));
    context.print(`${output}: XLIFF ${version}, ${article.segments.length} units`);
    return EXIT.ok;
  },
};
