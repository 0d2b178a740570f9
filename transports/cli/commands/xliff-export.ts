/** `anuvad xliff export ARTICLE OUT.xlf [--project DIR] [--version 1.2|2.0]`: one article as XLIFF (`export.xliff`). */
import { parseArgs, stringOption } from '../args.ts';
import { articleNamed } from '../article-names.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', version: 'string' });
  if (parsed.positionals.length !== 2) throw new CliError('usage: anuvad xliff export ARTICLE OUT.xlf [--project DIR] [--version 1.2|2.0]');
  const [name, output] = parsed.positionals;
  const version = stringOption(parsed, 'version') ?? '1.2';
  if (version !== '1.2' && version !== '2.0') throw new CliError('--version must be 1.2 or 2.0');
  const exported = await context.withApi(stringOption(parsed, 'project'), {}, async (api) => {
    const article = await articleNamed(api, name);
    return { segments: article.segments, file: await api['export.xliff']({ articleId: article.id, version }) };
  });
  await context.writeBytes(output, exported.file.content);
  context.print(`${output}: XLIFF ${version}, ${exported.segments} units`);
  return EXIT.ok;
}
