/**
 * `anuvad desk init|publish|clone|sync|resolve|user add`: the command line over desk/. Passwords
 * never come from the command line (other users can read it): ANUVAD_DESK_PASSWORD signs in,
 * ANUVAD_DESK_NEW_PASSWORD (or --password-file) is a new user's. The URL written into a local
 * copy has no password.
 */
import { cloneDesk, publishProject } from '../../../desk/clone.ts';
import { connectDesk, DeskError, openDatabase, putDeskUser, type DeskConnection, type DeskRole } from '../../../desk/connection.ts';
import { urlWithoutPassword } from '../../../desk/credentials.ts';
import { migrateDesk } from '../../../desk/migrations.ts';
import { resolveConflict } from '../../../desk/resolve.ts';
import { readSyncState, type DeskConflict, type DeskRefusal } from '../../../desk/sync-state.ts';
import { syncProject, type SyncReport } from '../../../desk/sync.ts';
import { parseArgs, stringOption, type ParsedArgs } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

async function desked<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof DeskError) throw new CliError(error.message, { exitCode: error.code === 'internal' || error.code === 'unreachable' ? EXIT.internal : EXIT.badInput });
    throw error;
  }
}

function required(parsed: ParsedArgs, name: string): string {
  const value = stringOption(parsed, name);
  if (!value) throw new CliError(`--${name} is required`);
  return value;
}

function password(context: CliContext, variable = 'ANUVAD_DESK_PASSWORD'): string {
  const value = context.io.env[variable];
  if (!value) throw new CliError(`set ${variable} to the desk password (it is never taken on the command line, where other users could read it)`);
  return value;
}

function userOf(context: CliContext, parsed: ParsedArgs): string {
  const user = stringOption(parsed, 'user') ?? context.io.env.ANUVAD_DESK_USER;
  if (!user) throw new CliError('--user (or ANUVAD_DESK_USER) is required');
  return user;
}

async function withDesk<T>(url: string, user: string, secret: string, task: (desk: DeskConnection) => Promise<T>): Promise<T> {
  const desk = await desked(() => connectDesk(url, user, secret));
  try {
    return await desked(() => task(desk));
  } finally {
    await desk.close();
  }
}

function shortValue(value: unknown): string {
  if (value === null) return '(deleted)';
  const v = value as { target?: unknown; forbidden?: unknown; segmentIds?: unknown };
  if (typeof v.target === 'string') return JSON.stringify(v.target) + (Array.isArray(v.forbidden) && v.forbidden.length > 0 ? ` (forbidden: ${v.forbidden.join(', ')})` : '');
  if (Array.isArray(v.segmentIds)) return `${v.segmentIds.length} segments`;
  return JSON.stringify(value).slice(0, 120);
}

function printReport(context: CliContext, report: SyncReport, json: boolean): number {
  const remaining = report.conflicts.length + report.refused.length;
  if (json) {
    context.printJson(report);
  } else {
    context.print(`pushed ${report.pushed}, pulled ${report.pulled}, at change ${report.seq}; ${report.conflicts.length} conflicts, ${report.refused.length} refused`);
    for (const conflict of report.conflicts) printConflict(context, conflict);
    for (const refusal of report.refused) printRefusal(context, refusal);
    if (remaining > 0) context.print('resolve with: anuvad desk resolve DIR <id> --keep mine|theirs');
  }
  return remaining > 0 ? EXIT.issues : EXIT.ok;
}

function printConflict(context: CliContext, conflict: DeskConflict): void {
  const where = conflict.articleId ? ` of article ${conflict.articleId}` : '';
  context.print(`conflict: ${conflict.kind} ${conflict.id}${where} (yours based on desk revision ${conflict.baseRevision}, the desk has ${conflict.currentRevision})`);
  context.print(`  mine:   ${shortValue(conflict.mine)}`);
  context.print(`  theirs: ${shortValue(conflict.theirs)}`);
}

function printRefusal(context: CliContext, refusal: DeskRefusal): void {
  context.print(`refused: ${refusal.kind} ${refusal.id}${refusal.articleId ? ` of article ${refusal.articleId}` : ''}: ${refusal.reason}`);
}

/** `anuvad desk init`. */
export async function runDeskInit(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { database: 'string', 'client-role': 'string', json: 'boolean' });
  const client = await desked(() => openDatabase(required(parsed, 'database')));
  try {
    const report = await desked(async () => migrateDesk(client, { clientRole: stringOption(parsed, 'client-role') }).catch((error) => {
      throw new DeskError('bad-input', `desk init failed: ${(error as Error).message}`);
    }));
    if (parsed.options.json) context.printJson(report);
    else context.print(report.applied.length > 0 ? `desk schema at version ${report.to} (was ${report.from}); clients connect as ${report.clientRole}` : `desk schema already at version ${report.to}`);
    return EXIT.ok;
  } finally {
    await client.end();
  }
}

/** `anuvad desk user`. */
export async function runDeskUserAdd(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { role: 'string', database: 'string', as: 'string', 'password-file': 'string', json: 'boolean' });
  const [verb, name] = parsed.positionals;
  if (verb !== 'add' || !name || parsed.positionals.length > 2) throw new CliError('usage: anuvad desk user add NAME --role ROLE --database URL');
  const role = required(parsed, 'role') as DeskRole;
  const file = stringOption(parsed, 'password-file');
  const secret = file ? new TextDecoder().decode(await context.readBytes(file, 4096)).replace(/\r?\n$/, '') : password(context, 'ANUVAD_DESK_NEW_PASSWORD');
  const url = required(parsed, 'database');
  const lead = stringOption(parsed, 'as');
  if (lead) await withDesk(url, lead, password(context), (desk) => putDeskUser(desk.client, name, role, secret));
  else {
    const client = await desked(() => openDatabase(url));
    try {
      await desked(() => putDeskUser(client, name, role, secret));
    } finally {
      await client.end();
    }
  }
  if (parsed.options.json) context.printJson({ user: name, role });
  else context.print(`desk user ${name} (${role}) saved`);
  return EXIT.ok;
}

/** `anuvad desk publish`. */
export async function runDeskPublish(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { database: 'string', user: 'string', json: 'boolean' });
  const [dir] = parsed.positionals;
  if (!dir || parsed.positionals.length > 1) throw new CliError('usage: anuvad desk publish DIR --database URL');
  const url = required(parsed, 'database');
  const report = await withDesk(url, userOf(context, parsed), password(context), (desk) =>
    context.withProject(dir, { write: true }, (store) => publishProject(store, desk, urlWithoutPassword(url))));
  return printReport(context, report, parsed.options.json === true);
}

/** `anuvad desk clone`. */
export async function runDeskClone(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { database: 'string', user: 'string', json: 'boolean' });
  const [dir] = parsed.positionals;
  if (!dir || parsed.positionals.length > 1) throw new CliError('usage: anuvad desk clone --database URL DIR');
  const url = required(parsed, 'database');
  const report = await withDesk(url, userOf(context, parsed), password(context), (desk) =>
    context.withProject(dir, { write: true, create: true }, (store) => cloneDesk(store, desk, urlWithoutPassword(url), context.now)));
  if (parsed.options.json) context.printJson(report);
  else context.print(`cloned ${report.articles} articles, ${report.entries} glossary entries, ${report.memoryUnits} memory units (at change ${report.seq}) into ${context.path(dir)}`);
  return EXIT.ok;
}

/** `anuvad desk sync`. */
export async function runDeskSync(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { json: 'boolean' });
  const [dir] = parsed.positionals;
  if (!dir || parsed.positionals.length > 1) throw new CliError('usage: anuvad desk sync DIR');
  const secret = password(context);
  const report = await context.withProject(dir, { write: true }, async (store) => {
    const state = await desked(() => readSyncState(store));
    return withDesk(state.database, state.user, secret, (desk) => syncProject(store, desk, { now: context.now }));
  });
  return printReport(context, report, parsed.options.json === true);
}

/** `anuvad desk resolve`. */
export async function runDeskResolve(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { keep: 'string', json: 'boolean' });
  const [dir, id] = parsed.positionals;
  const keep = stringOption(parsed, 'keep');
  if (!dir || !id || (keep !== 'mine' && keep !== 'theirs')) throw new CliError('usage: anuvad desk resolve DIR ID --keep mine|theirs');
  const conflict = await context.withProject(dir, { write: true }, (store) => desked(() => resolveConflict(store, id, keep)));
  if (parsed.options.json) context.printJson({ resolved: conflict, keep });
  else context.print(`kept ${keep} for ${conflict.kind} ${conflict.id}${keep === 'mine' ? '; run anuvad desk sync to send it' : ''}`);
  return EXIT.ok;
}
