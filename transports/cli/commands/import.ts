/** `anuvad import <files…> [--project DIR] [--json]`: raw pages become articles of the project. */
import { basename } from 'node:path';
import { carryOverTranslations, decodePage, importPages, summarizeArticle } from '../../../articles/index.ts';
import type { PageInput } from '../../../articles/index.ts';
import type { Article } from '../../../articles/model.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import raw Hindi pages (UTF-8, UTF-8 BOM, UTF-16) as articles',
  usage: `Usage: anuvad import <files…> [--project DIR] [--json]

Imports raw scraped Hindi pages into the project (created if DIR does not exist yet; the default
project without --project). Re-importing a page keeps the translations of unchanged segments.
All pages are read first: if any page cannot be imported, nothing is imported (exit 2).

  --project DIR  project folder
  --json         print the imported articles as [{ id, file, title, segments, translated, approved }]`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string', json: 'boolean' });
    if (parsed.positionals.length === 0) throw new CliError('no files given; usage: anuvad import <files…> [--project DIR]');
    const importedAt = context.now().toISOString();
    const inputs: PageInput[] = [];
    for (const given of parsed.positionals) {
      const fileName = basename(given);
      inputs.push({ fileName, text: decodePage(await context.readBytes(given), fileName) });
    }
    // The pages of one command are one batch: lines repeated across one template's pages are furniture.
    const articles: Article[] = importPages(inputs, { now: () => importedAt });
    const summaries = await context.withProject(stringOption(parsed, 'project'), { create: true, write: true }, async (store) => {
      for (const article of articles) await store.saveArticle(carryOverTranslations(article, await store.getArticle(article.id)));
      return Promise.all(articles.map(async (article) => summarizeArticle((await store.getArticle(article.id)) ?? article)));
    });
    if (parsed.options.json) context.printJson(summaries.map(({ id, file, title, segments, translated, approved }) => ({ id, file, title, segments, translated, approved })));
    else for (const summary of summaries) context.print(`imported ${summary.id}  ${summary.title}  (${summary.segments} segments)`);
    return EXIT.ok;
  },
};
