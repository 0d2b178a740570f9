/** `anuvad import <files…> [--project DIR] [--json]`: raw pages become articles of the project. */
import { basename } from 'node:path';
import { carryOverTranslations, decodePage, importPage, summarizeArticle, visibleName } from '../../../articles/index.ts';
import { importIdChoices } from '../../../services/import-ids.ts';
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
    const articles: Article[] = [];
    for (const given of parsed.positionals) {
      const fileName = basename(given);
      const text = decodePage(await context.readBytes(given), fileName);
      articles.push(importPage({ fileName, text }, { now: () => importedAt }));
    }
    const summaries = await context.withProject(stringOption(parsed, 'project'), { create: true, write: true }, async (store) => {
      // Same-stem pages get their own ids; only a re-import of the same page updates an article.
      const choices = await importIdChoices(store, articles, (await store.listArticles()).map(({ id, file }) => ({ id, file })));
      for (const choice of choices) await store.saveArticle(carryOverTranslations(choice.article, choice.replaces ? await store.getArticle(choice.replaces) : undefined));
      return Promise.all(choices.map(async ({ article }) => summarizeArticle((await store.getArticle(article.id)) ?? article)));
    });
    if (parsed.options.json) context.printJson(summaries.map(({ id, file, title, segments, translated, approved }) => ({ id, file, title, segments, translated, approved })));
    else for (const summary of summaries) context.print(`imported ${summary.id}  ${visibleName(summary.file)}  ${visibleName(summary.title)}  (${summary.segments} segments)`);
    return EXIT.ok;
  },
};
