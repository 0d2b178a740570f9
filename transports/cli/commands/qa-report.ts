/**
 * `anuvad qa-report [ARTICLE…] [-o FILE] [--lang en|hi] [--json]`: the QA report of the project or
 * of the named articles (`report.qaHtml`, `report.qa`). The HTML goes to the file the user names,
 * else to stdout: the command writes nowhere the user did not say.
 */
import { parseArgs, stringOption } from '../args.ts';
import { articleNamed } from '../article-names.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  // `-o FILE` is the usual short form of the output option.
  const parsed = parseArgs(args.map((arg) => (arg === '-o' ? '--output' : arg)), { project: 'string', output: 'string', lang: 'string', json: 'boolean' });
  const language = stringOption(parsed, 'lang');
  if (language !== undefined && language !== 'en' && language !== 'hi') throw new CliError(`--lang must be en or hi, not ${JSON.stringify(language)}`);
  const output = stringOption(parsed, 'output');
  if (output !== undefined && parsed.options.json) throw new CliError('--json prints the report; it takes no -o');
  const result = await context.withApi(stringOption(parsed, 'project'), {}, async (api) => {
    const articleIds: string[] = [];
    for (const name of parsed.positionals) articleIds.push((await articleNamed(api, name)).id);
    const request = { ...(articleIds.length > 0 ? { articleIds } : {}), ...(language ? { language } : {}) };
    return parsed.options.json ? { json: await api['report.qa'](request) } : { file: await api['report.qaHtml'](request) };
  });
  if ('json' in result) {
    context.printJson(result.json);
    return EXIT.ok;
  }
  if (output === undefined) {
    context.io.stdout.write(result.file.content);
    return EXIT.ok;
  }
  await context.writeBytes(output, result.file.content);
  context.print(`${output}: QA report of ${parsed.positionals.length > 0 ? `${parsed.positionals.length} article(s)` : 'the project'}`);
  return EXIT.ok;
}
