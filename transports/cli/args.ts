/** A small option parser: `--name value`, `--name=value`, boolean flags, repeated values, `--`. */
import { CliError } from './cli-error.ts';

/** How an option takes its value. */
export type OptionKind = 'string' | 'boolean';

/** Parsed command line of one command. */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  help: boolean;
}

/** Parses `args` against the options a command declares; unknown options are bad input. */
export function parseArgs(args: readonly string[], spec: Record<string, OptionKind>): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | boolean | undefined> = {};
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option ${arg}`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = spec[name];
    if (!kind) throw new CliError(`unknown option --${name}`);
    if (kind === 'boolean') {
      if (eq >= 0) throw new CliError(`option --${name} takes no value`);
      options[name] = true;
    } else if (eq >= 0) {
      options[name] = arg.slice(eq + 1);
    } else {
      const value = args[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new CliError(`option --${name} needs a value`);
      options[name] = value;
      i++;
    }
  }
  return { positionals, options, help };
}

/** The string value of an option, or undefined. */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : undefined;
}
