/** `anuvad tm convert IN OUT [--xliff-version 1.2|2.0]`: TSV ⇄ TMX ⇄ XLIFF by extension. */
import { basename } from 'node:path';
import { convertTm, tmFormatOf } from '../../../articles/exchange/tm-convert.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { decodeTextFile } from '../../../services/text-files.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { 'xliff-version': 'string' });
  if (parsed.positionals.length !== 2) throw new CliError('usage: anuvad tm convert IN OUT');
  const [input, output] = parsed.positionals;
  const version = stringOption(parsed, 'xliff-version') ?? '1.2';
  if (version !== '1.2' && version !== '2.0') throw new CliError('--xliff-version must be 1.2 or 2.0');
  for (const name of [input, output]) if (!tmFormatOf(name)) throw new CliError('unsupported format; use .tsv, .tmx, .xlf or .xliff', { file: name });
  const text = decodeTextFile(await context.readBytes(input), input);
  const result = convertTm(text, basename(input), basename(output), { xliffVersion: version, createdAt: context.now().toISOString() });
  for (const problem of result.problems) context.warn(`skipped: ${problem.message}`, { file: input, line: problem.line });
  if (result.pairs === 0) throw new CliError('no pairs found; nothing was written', { file: input });
  await context.writeBytes(output, result.output);
  context.print(`${output}: ${result.pairs} pairs`);
  return EXIT.ok;
}

