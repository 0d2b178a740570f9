/**
 * The command line: `anuvad <command> …` (bin/anuvad.js). Each command is a module in
 * commands/, registered in commands/index.ts. Exit codes: 0 ok, 1 issues found, 2 bad input,
 * 3 internal error.
 */
import { ApiFailure } from '../../services/api-failure.ts';
import { isStoreError } from '../../services/store/store-error.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { CliCommand } from './command.ts';
import { commands } from './commands/index.ts';
import type { CliIo } from './context.ts';

export type { CliIo } from './context.ts';
export type { CliCommand } from './command.ts';

/** The overview printed by `anuvad --help`. */
export function overview(table: readonly CliCommand[] = commands): string {
  const width = Math.max(...table.map((command) => command.name.length));
  return [
    'Usage: anuvad <command> [options]   (npm run --silent cli -- <command> …)',
    '',
    'Commands:',
    ...table.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Without --project, commands use the default project in the user data folder',
    '($ANUVAD_HOME, else $XDG_DATA_HOME/anuvad-workbench), created from the sample pages on first use.',
    'Exit codes: 0 ok, 1 issues found (qa), 2 bad input, 3 internal error.',
    'Run `anuvad <command> --help` for a command\'s options.',
  ].join('\n');
}

// Longest match first, so 'glossary import' wins over a possible 'glossary'.
function findCommand(argv: readonly string[], table: readonly CliCommand[]): { command: CliCommand; rest: string[] } | undefined {
  const byLength = [...table].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of byLength) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

/** Runs one command line; resolves to the process exit code. Never throws. */
export async function main(argv: string[], io: CliIo, table: readonly CliCommand[] = commands): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    const stream = argv.length === 0 ? io.stderr : io.stdout;
    stream.write(`${overview(table)}\n`);
    return argv.length === 0 ? EXIT.badInput : EXIT.ok;
  }
  const found = findCommand(argv, table);
  if (!found) {
    const group = table.filter((command) => command.name.startsWith(`${argv[0]} `));
    if (group.length > 0 && (argv.length === 1 || argv[1] === '--help' || argv[1] === '-h')) {
      // A command group such as `anuvad glossary`: list its subcommands.
      const stream = argv.length === 1 ? io.stderr : io.stdout;
      stream.write(`${overview(group).split('\n').slice(0, 3 + group.length).join('\n')}\n`);
      return argv.length === 1 ? EXIT.badInput : EXIT.ok;
    }
    const hint = group.length > 0 ? `; try one of: ${group.map((command) => `anuvad ${command.name}`).join(', ')}` : '; run `anuvad --help`';
    io.stderr.write(`anuvad: unknown command ${JSON.stringify(argv.slice(0, group.length > 0 ? 2 : 1).join(' '))}${hint}\n`);
    return EXIT.badInput;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage.trimEnd()}\n`);
    return EXIT.ok;
  }
  // Loaded here, after the help checks: the context brings the file system and services with it.
  const { createContext } = await import('./context.ts');
  const context = createContext(io, command.name);
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof CliError) {
      context.warn(error.message, { file: error.file, line: error.line });
      return error.exitCode;
    }
    if (error instanceof ApiFailure) {
      // What the handlers refused (bad input, not found, read-only, conflict) is the caller's to fix.
      const { message, file, line, code } = error.error;
      context.warn(message, { file: file && !message.startsWith(file) ? file : undefined, line });
      return code === 'internal' ? EXIT.internal : EXIT.badInput;
    }
    const located = error as { file?: unknown; line?: unknown; message?: unknown; code?: unknown };
    // Domain refusals carry a file (importers) or the API's 'bad-input' code (the aligner's size limit).
    if (isStoreError(error) || (error instanceof Error && (typeof located.file === 'string' || located.code === 'bad-input'))) {
      const message = String(located.message);
      const prefix = typeof located.file === 'string' && !message.startsWith(located.file) ? located.file : undefined;
      context.warn(message, { file: prefix, line: typeof located.line === 'number' ? located.line : undefined });
      return isStoreError(error, 'internal') ? EXIT.internal : EXIT.badInput;
    }
    io.stderr.write(`anuvad ${command.name}: internal error: ${error instanceof Error ? (io.env.ANUVAD_DEBUG ? error.stack : error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}
