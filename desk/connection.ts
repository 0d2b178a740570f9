/**
 * A signed-in connection to a desk: one pg client, signed in with `desk.login` (the session lives
 * in the connection), the desk user's name and role. Errors from the server become DeskErrors with
 * a plain message.
 */
import pg from 'pg';
import { deriveKey, passwordRecord, type ScryptCost } from './credentials.ts';

/** Roles of the desk, checked by the server (desk/schema-v1.ts). */
export type DeskRole = 'translator' | 'reviewer' | 'terminologist' | 'lead';
export const DESK_ROLES: readonly DeskRole[] = ['translator', 'reviewer', 'terminologist', 'lead'];

/** A desk failure the user must hear about: `code` says which kind. */
export class DeskError extends Error {
  constructor(readonly code: 'unreachable' | 'sign-in' | 'forbidden' | 'schema' | 'bad-input' | 'internal', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeskError';
  }
}

/** Turns a pg or network error into a DeskError with the server's words. */
export function deskErrorOf(error: unknown): DeskError {
  if (error instanceof DeskError) return error;
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  if (e.code === '28000' || e.code === '28P01') return new DeskError('sign-in', message, { cause: error });
  if (e.code === '42501') return new DeskError('forbidden', message, { cause: error });
  if (e.code === '3F000' || e.code === '42883' || e.code === '42P01') return new DeskError('schema', `the database holds no desk (run anuvad desk init): ${message}`, { cause: error });
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'ECONNRESET' || e.code === 'ETIMEDOUT' || e.code === '57P01' || e.code === '57P02' || e.code === '57P03' || /Connection terminated|connect ECONN|not queryable|server closed the connection|terminating connection/.test(message)) {
    return new DeskError('unreachable', `the desk database cannot be reached: ${message}`, { cause: error });
  }
  return new DeskError('internal', message, { cause: error });
}

/** A client signed in as a desk user. */
export interface DeskConnection {
  client: pg.Client;
  user: string;
  role: DeskRole;
  close(): Promise<void>;
}

/** Opens a plain pg client (no sign-in), for init and user management by the database owner. */
export async function openDatabase(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // A dropped connection must not crash the process; the next query reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw deskErrorOf(error);
  }
  return client;
}

/** Connects to the desk at `url` and signs in as `user`. */
export async function connectDesk(url: string, user: string, password: string): Promise<DeskConnection> {
  const client = await openDatabase(url);
  try {
    const params = (await client.query('select * from desk.login_params($1)', [user])).rows[0] as { salt: Buffer; n: number; r: number; p: number };
    const key = await deriveKey(password, params.salt, { n: params.n, r: params.r, p: params.p });
    const role = (await client.query('select desk.login($1, $2) as role', [user, key])).rows[0].role as DeskRole;
    return { client, user, role, close: () => client.end().catch(() => undefined) };
  } catch (error) {
    await client.end().catch(() => undefined);
    throw deskErrorOf(error);
  }
}

/** Adds a desk user or changes one's role and password; `client` is the owner's or a lead's connection. */
export async function putDeskUser(client: pg.Client, name: string, role: DeskRole, password: string, cost?: ScryptCost): Promise<void> {
  if (!DESK_ROLES.includes(role)) throw new DeskError('bad-input', `unknown role ${JSON.stringify(role)}; one of ${DESK_ROLES.join(', ')}`);
  if (!/^[A-Za-z0-9_.@-]{1,64}$/.test(name)) throw new DeskError('bad-input', `user name ${JSON.stringify(name)}: letters, digits, _ . @ - only (at most 64)`);
  let record;
  try {
    record = await passwordRecord(password, cost);
  } catch (error) {
    throw new DeskError('bad-input', (error as Error).message);
  }
  try {
    await client.query('select desk.put_user($1, $2, $3, $4, $5, $6, $7)', [name, role, record.salt, record.cost.n, record.cost.r, record.cost.p, record.verifier]);
  } catch (error) {
    throw deskErrorOf(error);
  }
}
