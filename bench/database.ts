import { Client } from "pg";
import { createDataSource } from "../server/db/database";
import { startEmbeddedDatabase } from "../server/db/embedded";

export interface BenchDatabase {
  /** Connection string for the server and for the plain pg side: both read the same rows. */
  url: string;
  /** What served the run, e.g. "PostgreSQL 15.20" or "embedded PGlite (PostgreSQL 17.5)". */
  kind: string;
  close(): Promise<void>;
}

export interface BenchDatabaseOptions {
  /** A PostgreSQL server to create a scratch database on; without it, an embedded PGlite. */
  serverUrl?: string;
  /** Where the embedded database keeps its files. */
  dataDir: string;
}

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** A fresh database named after this process on the given server, dropped again by close(). */
async function scratchDatabase(serverUrl: string): Promise<Omit<BenchDatabase, "kind">> {
  const name = `communect_bench_${process.pid}`;
  await withClient(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async close() {
      await withClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Starts (or creates) the database and applies the project's migrations to it. */
export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const database = options.serverUrl
    ? await scratchDatabase(options.serverUrl)
    : await startEmbeddedDatabase(`${options.dataDir}/pgdata`);
  try {
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: "each" });
    } finally {
      await dataSource.destroy();
    }
    const version = await withClient(database.url, async (client) => {
      const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
      return rows[0].server_version.split(" ")[0];
    });
    const kind = options.serverUrl ? `PostgreSQL ${version}` : `embedded PGlite (PostgreSQL ${version})`;
    return { ...database, kind };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Inserts `count` people straight in SQL (no mail, no password hashing: only reads are measured)
 * and returns the id of one in the middle.
 */
export async function seedPeople(url: string, count: number): Promise<string> {
  return withClient(url, async (client) => {
    await client.query(
      `INSERT INTO person (username, display_name, email, password_hash, short_description)
       SELECT 'bench' || n, 'Bench Person ' || n, 'bench' || n || '@example.org', 'not-a-password-hash',
              'Someone seeded by the benchmark'
       FROM generate_series(1, $1::int) AS n`,
      [count],
    );
    await client.query("ANALYZE person");
    const { rows } = await client.query<{ id: string }>("SELECT id FROM person WHERE username = $1", [
      `bench${Math.ceil(count / 2)}`,
    ]);
    return rows[0].id;
  });
}
