/**
 * Creates or migrates the desk schema (`anuvad desk init`). Each migration runs once, in order, in
 * one transaction under an advisory lock, so two inits at once cannot interleave and a failed one
 * leaves the database as it was. Applied versions are kept in desk.migrations.
 */
import type pg from 'pg';
import { CLIENT_FUNCTIONS, SCHEMA_V1_API } from './schema-v1-api.ts';
import { SCHEMA_V1 } from './schema-v1.ts';

/** Role that desktop clients connect as; it may only execute the desk's API functions. */
export const DEFAULT_CLIENT_ROLE = 'anuvad_desk_client';

const MIGRATIONS: { version: number; sql: string }[] = [
  { version: 1, sql: `${SCHEMA_V1}\n${SCHEMA_V1_API}\ncreate table desk.migrations (version int primary key, applied_at timestamptz not null default now());` },
];

/** The newest schema version this code knows. */
export const DESK_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Outcome of `migrateDesk`. */
export interface MigrationReport {
  from: number;
  to: number;
  applied: number[];
  clientRole: string;
}

/** Applies the missing migrations and (re)grants the client role; `client` must connect as the owner to be. */
export async function migrateDesk(client: pg.Client, options: { clientRole?: string } = {}): Promise<MigrationReport> {
  const clientRole = options.clientRole ?? DEFAULT_CLIENT_ROLE;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(clientRole)) throw new Error(`client role ${JSON.stringify(clientRole)} is not a plain lower-case identifier`);
  await client.query('begin');
  try {
    await client.query(`select pg_advisory_xact_lock(hashtext('anuvad-desk-migrate'))`);
    const hasTable = (await client.query(`select to_regclass('desk.migrations') is not null as present`)).rows[0].present as boolean;
    const from = hasTable ? Number((await client.query('select coalesce(max(version), 0) as v from desk.migrations')).rows[0].v) : 0;
    if (from > DESK_SCHEMA_VERSION) throw new Error(`the desk schema is version ${from}, newer than this Anuvad understands (${DESK_SCHEMA_VERSION}); update Anuvad`);
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (migration.version <= from) continue;
      await client.query(migration.sql);
      await client.query('insert into desk.migrations (version) values ($1)', [migration.version]);
      applied.push(migration.version);
    }
    const exists = (await client.query('select 1 from pg_roles where rolname = $1', [clientRole])).rowCount;
    if (!exists) await client.query(`create role ${quoteIdent(clientRole)} login`);
    await client.query(`grant usage on schema desk to ${quoteIdent(clientRole)}`);
    for (const fn of CLIENT_FUNCTIONS) await client.query(`grant execute on function ${fn} to ${quoteIdent(clientRole)}`);
    await client.query('commit');
    return { from, to: DESK_SCHEMA_VERSION, applied, clientRole };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
