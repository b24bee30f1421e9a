import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { Agent } from "../support/client";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createPerson } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";
import { HELP_COMMUNITY_ID } from "../../server/modules/help/help-community";

/**
 * `npm run seed` as a person runs it (a child process on a database of its own), checked
 * in SQL against the gazetteer and through the API.
 */
let database: TestDatabase;
let server: TestServer | undefined;
const ROOT = path.resolve(__dirname, "..", "..");

function runSeed(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["-r", "@swc-node/register", "server/seed/main.ts", ...args],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: database.url,
          DATA_DIR: mkdtempSync(path.join(tmpdir(), "communect-seed-")),
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function query<T>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await server?.stop();
  await database.drop();
});

describe("npm run seed", () => {
  it("makes the elements asked for, near their town, administered by their creator, found through the API", async () => {
    const result = await runSeed("--elements", "40", "--persons", "6");
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("Seeded 40 elements and 6 people, 20 news items"),
    });

    // Every install has the help community from its migrations: the seeded elements are the others.
    const kinds = await query<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM element WHERE id <> '${HELP_COMMUNITY_ID}' GROUP BY kind ORDER BY kind`,
    );
    expect(kinds).toEqual([
      { kind: "event", n: 20 },
      { kind: "organization", n: 12 },
      { kind: "project", n: 8 },
    ]);
    // Every point is valid and within the 8 km allowed around the commune it names.
    const misplaced = await query(
      `SELECT element.id FROM element LEFT JOIN place ON place.insee_code = element.insee_code AND NOT place.approximate
       WHERE element.id <> '${HELP_COMMUNITY_ID}' AND (element.latitude IS NULL OR place.id IS NULL OR element.city <> place.name
         OR earth_distance(geo_point(element.latitude, element.longitude), geo_point(place.latitude, place.longitude)) > 8100)`,
    );
    expect(misplaced).toEqual([]);
    const [links] = await query<{ admins: number; persons: number }>(
      `SELECT (SELECT count(DISTINCT element_id)::int FROM link JOIN element ON element.id = link.element_id
                WHERE link.is_admin AND link.person_id = element.creator_id) AS admins,
              (SELECT count(*)::int FROM person) AS persons`,
    );
    expect(links).toEqual({ admins: 40, persons: 6 });
    // Recurring events know when they end, as the API would have computed it.
    const [series] = await query<{ missing: number }>(
      `SELECT count(*)::int AS missing FROM element WHERE kind = 'event' AND occurs_until IS NULL`,
    );
    expect(series.missing).toBe(0);

    // Found through the API, private elements aside.
    server ??= await startTestServer({ env: { DATABASE_URL: database.url } });
    const [visible] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM element WHERE NOT private`);
    const { search } = await new Agent(server.url).ok(`{ search(first: 1) { totalCount } }`);
    expect(search.totalCount).toBe(visible.n);

    // Half the elements posted on their walls: public items are in the Live of their town, with
    // their comments and reactions; private elements' items are not.
    const [wall] = await query<{ postal_code: string; items: number }>(
      `SELECT element.postal_code, count(*)::int AS items
       FROM news JOIN element ON element.id = news.wall_element_id WHERE news.audience = 'public'
       GROUP BY element.postal_code ORDER BY count(*) DESC, element.postal_code LIMIT 1`,
    );
    const { live } = await new Agent(server.url).ok(
      `query($postalCode: String!) { live(area: { postalCode: $postalCode }, first: 50) {
         totalCount nodes { audience commentCount reactionCounts { count } } } }`,
      { postalCode: wall.postal_code },
    );
    expect(live.totalCount).toBe(wall.items);
    expect(live.nodes.every((item: { audience: string }) => item.audience === "PUBLIC")).toBe(true);
    const [made] = await query<{ news: number; private: number; comments: number; reactions: number }>(
      `SELECT (SELECT count(*)::int FROM news) AS news,
         (SELECT count(*)::int FROM news JOIN element ON element.id = news.wall_element_id
           WHERE element.private AND news.audience <> 'private') AS private,
         (SELECT count(*)::int FROM news_comment) AS comments, (SELECT count(*)::int FROM news_reaction) AS reactions`,
    );
    expect(made).toMatchObject({ news: 20, private: 0 });
    expect(made.comments + made.reactions).toBeGreaterThan(0);
  });

  it("refuses a database with real people unless --force", async () => {
    server ??= await startTestServer({ env: { DATABASE_URL: database.url } });
    await createPerson(server);
    const count = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM element`))[0].n;
    const before = await count();
    const refused = await runSeed("--elements", "5");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/real data \(1 people and 0 elements not seeded\)/);
    expect(await count()).toBe(before);

    expect((await runSeed("--elements", "5", "--force")).code).toBe(0);
    expect(await count()).toBe(before + 5);
  });

  it("refuses a bad count", async () => {
    const result = await runSeed("--elements", "0");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--elements must be a whole number/);
  });
});
