/** `anuvad import <files…> [--project DIR] [--json]`: raw pages become articles, through `article.import`. */
import { basename } from 'node:path';
import { decodePage, visibleName } from '../../../articles/index.ts';
import type { ImportedArticle, PageUpload } from '../../../services/contract.ts';
import { LIMITS } from '../../../services/api-schemas.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', json: 'boolean' });
  if (parsed.positionals.length === 0) throw new CliError('no files given; usage: anuvad import <files…> [--project DIR]');
  // Every page is read and decoded before the project is touched (a project named on the command
  // line is created on open): a missing or undecodable file imports nothing and creates nothing.
  const pages: PageUpload[] = [];
  for (const given of parsed.positionals) {
    const bytes = await context.readBytes(given);
    decodePage(bytes, basename(given));
    pages.push({ name: basename(given), base64: Buffer.from(bytes).toString('base64') });
  }
  const summaries = await context.withApi(stringOption(parsed, 'project'), { create: true, write: true }, async (api) => {
    const imported: ImportedArticle[] = [];
    // The contract takes a bounded batch per call; the command's calls still commit as one.
    for (let start = 0; start < pages.length; start += LIMITS.pagesPerImport) {
      imported.push(...(await api['article.import']({ pages: pages.slice(start, start + LIMITS.pagesPerImport) })));
    }
    return imported;
  });
  if (parsed.options.json) context.printJson(summaries.map(({ id, file, title, segments, translated, approved, preTranslated }) => ({ id, file, title, segments, translated, approved, preTranslated })));
  else for (const summary of summaries) context.print(`imported ${summary.id}  ${visibleName(summary.file)}  ${visibleName(summary.title)}  (${summary.segments} segments, ${summary.preTranslated} pre-translated)`);
  return EXIT.ok;
}
