/** `anuvad export ARTICLE… OUT.(txt|md|docx|xlf)`: the English of articles in the page's layout, or one article as XLIFF. */
import { writeXliff12, writeXliff20 } from '../../../articles/exchange/xliff.ts';
import type { Article } from '../../../articles/model.ts';
import { exportEnglish } from '../../../services/english-export.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';

const USAGE = 'usage: anuvad export ARTICLE [ARTICLE…] OUT.(txt|md|docx|xlf) [--project DIR] [--version 1.2|2.0]';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export the English of articles as text, Markdown or DOCX, or one article as XLIFF',
  usage: `Usage: anuvad export ARTICLE [ARTICLE…] OUT.(txt|md|docx|xlf) [--project DIR] [--version 1.2|2.0]

The format is OUT's extension. .txt, .md and .docx hold the English in the page's layout: kicker,
headline, byline, dateline, subheadings and body paragraphs; several articles go into one file in
the order given (a rule between them; a page break in DOCX). A segment without English is written
as [Untranslated: <Hindi>] and counted. .xlf writes one article as XLIFF with segment states (as
\`anuvad xliff export\`). ARTICLE is an id as shown by \`anuvad list\`, or the page's file name.

  --project DIR  project folder (default: the default project)
  --version V    XLIFF 1.2 (default) or 2.0`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', version: 'string' });
    if (parsed.positionals.length < 2) throw new CliError(USAGE);
    const ids = parsed.positionals.slice(0, -1);
    const output = parsed.positionals.at(-1)!;
    const format = /\.(txt|md|docx|xlf|xliff)$/iu.exec(output)?.[1].toLowerCase();
    if (!format) throw new CliError(`${output}: the extension must be .txt, .md, .docx or .xlf`);
    const version = stringOption(parsed, 'version') ?? '1.2';
    if (version !== '1.2' && version !== '2.0') throw new CliError('--version must be 1.2 or 2.0');
    if ((format === 'xlf' || format === 'xliff') && ids.length !== 1) throw new CliError('XLIFF export takes one article');
    const articles = await context.withProject(stringOption(parsed, 'project'), {}, async (store) => {
      const found: Article[] = [];
      for (const id of ids) {
        const article = (await store.getArticle(id).catch(() => undefined)) ?? (await store.listArticles()).find((each) => each.file === id);
        if (!article) throw new CliError(`no article ${JSON.stringify(id)} in the project (see \`anuvad list\`)`);
        found.push(article);
      }
      return found;
    });
    if (format === 'xlf' || format === 'xliff') {
      await context.writeBytes(output, (version === '2.0' ? writeXliff20 : writeXliff12)(articles[0], { toolVersion: '0.1.0' }));
      context.print(`${output}: XLIFF ${version}, ${articles[0].segments.length} segments`);
      return EXIT.ok;
    }
    const file = await exportEnglish(articles, format as 'txt' | 'md' | 'docx');
    await context.writeBytes(output, file.encoding === 'base64' ? new Uint8Array(Buffer.from(file.content, 'base64')) : file.content);
    context.print(`${output}: ${articles.length} article(s)${file.untranslated ? `, ${file.untranslated} segment(s) without English marked [Untranslated]` : ''}`);
    return EXIT.ok;
  },
};
