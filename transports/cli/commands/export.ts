/**
 * `anuvad export ARTICLE… OUT.(txt|md|docx|xlf)`: the English of articles in the page's layout
 * (`export.english`); one article to .xlf is `anuvad xliff export`.
 */
import { parseArgs, stringOption } from '../args.ts';
import { articleNamed } from '../article-names.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';
import { run as runXliffExport } from './xliff-export.ts';

const USAGE = 'usage: anuvad export ARTICLE [ARTICLE…] OUT.(txt|md|docx|xlf) [--project DIR] [--version 1.2|2.0]';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', version: 'string' });
  if (parsed.positionals.length < 2) throw new CliError(USAGE);
  const names = parsed.positionals.slice(0, -1);
  const output = parsed.positionals.at(-1)!;
  const format = /\.(txt|md|docx|xlf|xliff)$/iu.exec(output)?.[1].toLowerCase();
  if (!format) throw new CliError(`${output}: the extension must be .txt, .md, .docx or .xlf`);
  if (format === 'xlf' || format === 'xliff') {
    if (names.length !== 1) throw new CliError('XLIFF export takes one article');
    return runXliffExport(args, context);
  }
  const file = await context.withApi(stringOption(parsed, 'project'), {}, async (api) => {
    const articleIds: string[] = [];
    for (const name of names) articleIds.push((await articleNamed(api, name)).id);
    return api['export.english']({ articleIds, format: format as 'txt' | 'md' | 'docx' });
  });
  await context.writeBytes(output, file.encoding === 'base64' ? new Uint8Array(Buffer.from(file.content, 'base64')) : file.content);
  context.print(`${output}: ${names.length} article(s)${file.untranslated ? `, ${file.untranslated} segment(s) without English marked [Untranslated]` : ''}`);
  return EXIT.ok;
}
