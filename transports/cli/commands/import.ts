/** `anuvad import <files…> [--project DIR] [--json]`: raw pages become articles of the project. */
import { basename } from 'node:path';
import { carryOverTranslations, decodePage, importPage } from '../../../articles/index.ts';
import { exactLookupOfStore, preTranslateImport } from '../../../services/pre-translation.ts';
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
Segments whose Hindi has a 100 % match in the project memory (identical after Unicode NFC and
white-space collapse), or repeat a translated segment of the batch, are filled as pre-translated.
All pages are read first: if any page cannot be imported, nothing is imported (exit 2).

  --project DIR  project folder
  --json         print the imported articles as [{ id, file, title, segments, translated, approved, preTranslated }]`,
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
      const carried: Article[] = [];
      for (const article of articles) carried.push(carryOverTranslations(article, await store.getArticle(article.id)));
      const { articles: filled, report } = preTranslateImport(carried, await exactLookupOfStore(store), importedAt);
      for (const article of filled) await store.saveArticle(article);
      return report;
    });
    if (parsed.options.json) {
      context.printJson(summaries.map(({ id, file, title, segments, translated, approved, preTranslated }) => ({ id, file, title, segments, translated, approved, preTranslated })));
    } else {
      for (const summary of summaries) context.print(`imported ${summary.id}  ${summary.title}  (${summary.segments} segments, ${summary.preTranslated} pre-translated)`);
    }
    return EXIT.ok;
  },
};
