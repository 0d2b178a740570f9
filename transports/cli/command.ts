/** The shape of one CLI command module (transports/cli/commands/<name>.ts). */
import type { CliContext } from './context.ts';

/** A command: its name (one or two words, e.g. 'list', 'glossary import'), help text and entry point. */
export interface CliCommand {
  name: string;
  /** One line for the command overview. */
  summary: string;
  /** Full help, printed by `anuvad <name> --help`. */
  usage: string;
  /** Runs with the arguments after the name; resolves to the exit code. */
  run(args: string[], context: CliContext): Promise<number>;
}
