/**
 * The command table: each command's help (../help.ts) and its module in this folder, loaded only
 * when the command runs, so `anuvad --help` reads no services or formats. A new command is a
 * module exporting `run(args, context)`, one help entry and one line in MODULES.
 */
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { COMMAND_HELP } from '../help.ts';

type Run = (args: string[], context: CliContext) => Promise<number>;
type CommandModule = { run: Run };

// The desk commands share one module (desk/ and its PostgreSQL driver load only for them).
const desk = (pick: (module: typeof import('./desk.ts')) => Run) => async (): Promise<CommandModule> => ({ run: pick(await import('./desk.ts')) });

// Literal import() calls, so esbuild (bin/build-cli.js) sees every module and splits it off.
const MODULES: Record<string, () => Promise<CommandModule>> = {
  'import': () => import('./import.ts'),
  'list': () => import('./list.ts'),
  'show': () => import('./show.ts'),
  'terms': () => import('./terms.ts'),
  'qa': () => import('./qa.ts'),
  'analyse': () => import('./analyse.ts'),
  'glossary convert': () => import('./glossary-convert.ts'),
  'glossary import': () => import('./glossary-import.ts'),
  'glossary export': () => import('./glossary-export.ts'),
  'align': () => import('./align.ts'),
  'tm import': () => import('./tm-import.ts'),
  'tm lookup': () => import('./tm-lookup.ts'),
  'tm convert': () => import('./tm-convert.ts'),
  'tm export': () => import('./tm-export.ts'),
  'xliff export': () => import('./xliff-export.ts'),
  'export': () => import('./export.ts'),
  'qa-report': () => import('./qa-report.ts'),
  'glossary apply': () => import('./glossary-apply.ts'),
  'glossary undo': () => import('./glossary-undo.ts'),
  'desk init': desk((module) => module.runDeskInit),
  'desk user': desk((module) => module.runDeskUserAdd),
  'desk publish': desk((module) => module.runDeskPublish),
  'desk clone': desk((module) => module.runDeskClone),
  'desk sync': desk((module) => module.runDeskSync),
  'desk resolve': desk((module) => module.runDeskResolve),
};

/** Every command, in the order `anuvad --help` lists them. */
export const commands: CliCommand[] = COMMAND_HELP.map((help) => {
  const load = MODULES[help.name];
  if (!load) throw new Error(`command ${help.name} has help but no module`);
  return { ...help, run: async (args, context) => (await load()).run(args, context) };
});

// A module without help would never be listed or found: fail at start, as the reverse does above.
for (const name of Object.keys(MODULES)) {
  if (!COMMAND_HELP.some((help) => help.name === name)) throw new Error(`command ${name} has a module but no help`);
}
