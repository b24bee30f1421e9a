import { Client } from "pg";
import { newToken } from "../server/modules/accounts/tokens";
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
      `INSERT INTO person (username, display_name, email, password_hash, short_description, email_verified_at)
       SELECT 'bench' || n, 'Bench Person ' || n, 'bench' || n || '@example.org', 'not-a-password-hash',
              'Someone seeded by the benchmark', now()
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

/**
 * The organizations directory's data: `count` organizations, each with an administrator, `members`
 * active members with a role and three followers, drawn from the seeded people.
 */
export async function seedDirectory(url: string, count: number, members: number): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(
      `INSERT INTO element (kind, slug, name, short_description, tags, street, postal_code, city, organization_type, created_at)
       SELECT 'organization', 'bench-org-' || n, 'Bench Organization ' || n, 'An organization seeded by the benchmark',
              ARRAY['bench', 'directory'], n || ' rue du Banc', '75000', 'Paris', 'ngo',
              now() - n * interval '1 minute'
       FROM generate_series(1, $1::int) AS n`,
      [count],
    );
    const people = `(SELECT id, row_number() OVER (ORDER BY username) AS n FROM person)`;
    const organizations = `(SELECT id, row_number() OVER (ORDER BY slug) AS n FROM element WHERE kind = 'organization')`;
    // Member k of organization n is person (n * 7 + k) modulo the people: spread, never twice the same.
    await client.query(
      `INSERT INTO link (type, state, person_id, element_id, is_admin, roles)
       SELECT 'member', 'active', p.id, o.id, k = 0, CASE WHEN k = 0 THEN '{}'::text[] ELSE ARRAY['volunteer'] END
       FROM ${organizations} o CROSS JOIN generate_series(0, $1::int) AS k
       JOIN ${people} p ON p.n = 1 + (o.n * 7 + k) % (SELECT count(*) FROM person)`,
      [members],
    );
    await client.query(
      `INSERT INTO link (type, state, person_id, element_id)
       SELECT 'follow', 'active', p.id, o.id
       FROM ${organizations} o CROSS JOIN generate_series(1, 3) AS k
       JOIN ${people} p ON p.n = 1 + (o.n * 11 + 100 + k) % (SELECT count(*) FROM person)`,
    );
    await client.query("ANALYZE element; ANALYZE link");
  });
}

/** A session for the seeded person bench1, as a login makes it; returns the cookie's token. */
export async function createSession(url: string): Promise<string> {
  const { token, tokenHash } = newToken();
  // The viewer is another person than the one the signed-in rung reads, so that the rung measures
  // what being signed in costs a request about someone else (the common case), not a request about
  // oneself, which the session's own statement answers.
  await withClient(url, (client) =>
    client.query(
      `INSERT INTO session (token_hash, person_id, expires_at)
       SELECT $1, id, now() + interval '1 day' FROM person WHERE username = 'bench1'`,
      [tokenHash],
    ),
  );
  return token;
}

/** The URL of database `name` on the server of `adminUrl`, created when it does not exist yet. */
export async function ensureDatabase(
  adminUrl: string,
  name: string,
  step: (message: string) => void = () => undefined,
): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (!rowCount) {
      step(`creating the database ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Places the seeded organizations around `around` (a grid of about 1 km steps, all within 6 km), so
 * that the nearest elements find them; the stored `geo` point and the map's cells follow by themselves.
 */
export async function locateDirectory(url: string, around: { latitude: number; longitude: number }): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(
      `UPDATE element SET latitude = $1 + ((n % 10) - 4.5) * 0.009, longitude = $2 + ((n / 10) % 8 - 3.5) * 0.013
       FROM (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM element WHERE kind = 'organization') o
       WHERE element.id = o.id`,
      [around.latitude, around.longitude],
    );
    await client.query("ANALYZE element");
  });
}

/**
 * A public Live around `around`: `count` items by the seeded people, every other one on an organization's
 * wall (the others on their author's), each placed within a few km, one in three with two images, each with
 * three reactions and two comments; newest first one minute apart.
 */
export async function seedLive(
  url: string,
  count: number,
  around: { latitude: number; longitude: number },
): Promise<void> {
  await withClient(url, async (client) => {
    const people = `(SELECT id, row_number() OVER (ORDER BY username) AS n FROM person)`;
    const organizations = `(SELECT id, row_number() OVER (ORDER BY slug) AS n FROM element WHERE kind = 'organization')`;
    await client.query(
      `INSERT INTO media (owner_id, content_type, width, height, bytes)
       SELECT NULL, 'image/webp', 1600, 1200, 120000 FROM generate_series(1, $1::int)`,
      [2 * Math.ceil(count / 3)],
    );
    await client.query(
      `WITH images AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM media WHERE owner_id IS NULL)
       INSERT INTO news (author_id, wall_element_id, wall_person_id, audience, text, tags, image_ids, created_at)
       SELECT p.id, CASE WHEN g.i % 2 = 1 THEN o.id END, CASE WHEN g.i % 2 = 0 THEN p.id END, 'public',
              'Bench news ' || g.i || ': the **garden** opens on Saturday, bring seeds and tools. More on https://example.org/' || g.i,
              ARRAY['bench', 'live'],
              CASE WHEN g.i % 3 = 0 THEN ARRAY(SELECT id FROM images WHERE images.n IN (2 * (g.i / 3) - 1, 2 * (g.i / 3)) ORDER BY images.n)
                   ELSE '{}'::uuid[] END,
              now() - g.i * interval '1 minute'
       FROM generate_series(1, $1::int) AS g(i)
       JOIN ${people} p ON p.n = 1 + (g.i * 13) % (SELECT count(*) FROM person)
       JOIN ${organizations} o ON o.n = 1 + g.i % (SELECT count(*) FROM element WHERE kind = 'organization')`,
      [count],
    );
    const items = `(SELECT id, row_number() OVER (ORDER BY created_at DESC) AS n FROM news)`;
    await client.query(
      `INSERT INTO news_place (news_id, position, name, insee_code, postal_codes, latitude, longitude)
       SELECT i.id, 0, 'Paris', '75056', ARRAY['75001'], $1 + ((i.n % 7) - 3) * 0.01, $2 + ((i.n % 5) - 2) * 0.01
       FROM ${items} i`,
      [around.latitude, around.longitude],
    );
    await client.query(
      `INSERT INTO news_reaction (news_id, person_id, kind)
       SELECT i.id, p.id, (ARRAY['like', 'love', 'like'])[k]
       FROM ${items} i CROSS JOIN generate_series(1, 3) AS k
       JOIN ${people} p ON p.n = 1 + (i.n * 17 + k) % (SELECT count(*) FROM person)`,
    );
    await client.query(
      `INSERT INTO news_comment (news_id, author_id, text)
       SELECT i.id, p.id, 'A bench comment ' || k
       FROM ${items} i CROSS JOIN generate_series(1, 2) AS k
       JOIN ${people} p ON p.n = 1 + (i.n * 19 + k) % (SELECT count(*) FROM person)`,
    );
    await client.query("ANALYZE media; ANALYZE news; ANALYZE news_place; ANALYZE news_reaction; ANALYZE news_comment");
  });
}
