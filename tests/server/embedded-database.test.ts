import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client, Pool } from "pg";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "../../server/db/embedded";

/** The embedded PGlite is one session shared by every connection: they must not see each other's state. */
describe("the embedded database with several connections", () => {
  let db: EmbeddedDatabase;
  let pool: Pool;
  beforeAll(async () => {
    db = await startEmbeddedDatabase(path.join(mkdtempSync(path.join(tmpdir(), "communect-embedded-")), "pgdata"));
    pool = new Pool({ connectionString: db.url, max: 8 });
    await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
    // A first PGlite start (initdb in WebAssembly) takes ~6 s on idle cores, 198 s was measured at load 50.
  }, 600_000);
  afterAll(async () => {
    await pool?.end();
    await db?.close();
  });

  it("keeps concurrent parameterised statements apart", async () => {
    // Different statements with the same unnamed prepared statement slot, all at once.
    const results = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        i % 2
          ? pool.query("SELECT $1::int AS value", [i]).then((r) => r.rows[0].value)
          : pool.query("SELECT $1::text || '!' AS value, $2::int AS other", [`v${i}`, i]).then((r) => r.rows[0].value),
      ),
    );
    expect(results).toEqual(Array.from({ length: 400 }, (_, i) => (i % 2 ? i : `v${i}!`)));
  });

  it("runs transactions one at a time, each seeing only its own writes", async () => {
    await pool.query("INSERT INTO counter VALUES (1, 0)");
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const { rows } = await client.query("SELECT n FROM counter WHERE id = $1", [1]);
          await client.query("UPDATE counter SET n = $1 WHERE id = $2", [rows[0].n + 1, 1]);
          await client.query("COMMIT");
        } finally {
          client.release();
        }
      }),
    );
    const { rows } = await pool.query("SELECT n FROM counter WHERE id = 1");
    expect(rows[0].n).toBe(20);
  });

  it("rolls back what a connection left open when it went away", async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query("INSERT INTO counter VALUES (2, 99)");
    await client.end();
    const { rows } = await pool.query("SELECT count(*)::int AS count FROM counter WHERE id = 2");
    expect(rows[0].count).toBe(0);
  });
});
