/** A desk for tests: a fresh cluster, the schema, and users of every role (cheap scrypt cost, test-only). */
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { connectDesk, openDatabase, putDeskUser, type DeskConnection, type DeskRole } from '../../desk/connection.ts';
import { DEFAULT_CLIENT_ROLE, migrateDesk } from '../../desk/migrations.ts';
import { startPgCluster, type PgCluster } from './pg-cluster.ts';

/** A cheap scrypt cost so that hundreds of simulated clients sign in quickly (real users get the default). */
export const TEST_COST = { n: 1 << 10, r: 8, p: 1 };
export const PASSWORD = 'correct horse battery';

/** A running desk. */
export interface TestDesk {
  cluster: PgCluster;
  /** URL clients connect with (the client role, which may only call the desk's functions). */
  url: string;
  /** Adds a user with PASSWORD. */
  addUser(name: string, role: DeskRole): Promise<void>;
  connect(name: string): Promise<DeskConnection>;
  /** A raw pg client as the client role, not signed in. */
  raw(): Promise<pg.Client>;
  stop(): Promise<void>;
}

/** Starts a cluster and creates the desk on it with users lead, tina (translator), rahul (reviewer), tara (terminologist). */
export async function startTestDesk(options: { maxConnections?: number } = {}): Promise<TestDesk> {
  const cluster = await startPgCluster(options);
  const admin = await openDatabase(cluster.adminUrl);
  const opened: DeskConnection[] = [];
  try {
    await migrateDesk(admin);
    for (const [name, role] of [['lead', 'lead'], ['tina', 'translator'], ['rahul', 'reviewer'], ['tara', 'terminologist']] as const) {
      await putDeskUser(admin, name, role, PASSWORD, TEST_COST);
    }
  } finally {
    await admin.end();
  }
  const url = cluster.urlFor(DEFAULT_CLIENT_ROLE);
  return {
    cluster,
    url,
    async addUser(name, role) {
      const client = await openDatabase(cluster.adminUrl);
      try {
        await putDeskUser(client, name, role, PASSWORD, TEST_COST);
      } finally {
        await client.end();
      }
    },
    async connect(name) {
      const connection = await connectDesk(url, name, PASSWORD);
      opened.push(connection);
      return connection;
    },
    async raw() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    },
    async stop() {
      for (const connection of opened) await connection.close();
      await cluster.stop();
    },
  };
}

/**
 * Registers a desk for the whole test file: started (and `setup` run) before the first test, stopped
 * after the last. The returned desk delegates to the running one, so tests read `desk.url` as usual.
 */
export function useTestDesk(options: { maxConnections?: number } = {}, setup?: (desk: TestDesk) => Promise<void>): TestDesk {
  let started: TestDesk | undefined;
  const current = (): TestDesk => {
    if (!started) throw new Error('The test desk is not started yet: use it inside a test or a hook.');
    return started;
  };
  beforeAll(async () => {
    started = await startTestDesk(options);
    await setup?.(started);
  }, 120_000);
  afterAll(async () => {
    await started?.stop();
  });
  return {
    get cluster() { return current().cluster; },
    get url() { return current().url; },
    addUser: (name, role) => current().addUser(name, role),
    connect: (name) => current().connect(name),
    raw: () => current().raw(),
    stop: () => current().stop(),
  };
}
