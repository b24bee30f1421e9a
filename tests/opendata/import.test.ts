import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { createOrganization } from "../support/elements";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

/** `npm run import` run as a command against the test database, then read back through the API and the CSV export. */

const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), "communect-import-"));

let server: TestServer;
let alice: PersonFixture;

beforeAll(async () => {
  server = await startTestServer();
  alice = await createPerson(server);
});

afterAll(async () => {
  await server?.stop();
});

async function importFile(args: string[], databaseUrl = process.env.TEST_DATABASE_URL!) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["-r", "@swc-node/register", "server/import/main.ts", ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", NODE_OPTIONS: "" }, cwd: process.cwd() },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function writeCsv(name: string, rows: Record<string, unknown>[]): string {
  const file = path.join(folder, name);
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  writeFileSync(file, stringify(rows, { header: true, columns, record_delimiter: "windows" }));
  return file;
}

async function exportedRows(url: string, query: string): Promise<Record<string, string>[]> {
  const response = await fetch(`${url}/open-data/elements.csv${query}`);
  expect(response.status).toBe(200);
  return parse(await response.text(), { columns: true });
}

describe("npm run import", () => {
  it("imports a valid CSV file, places rows by town, and updates them on a second import", async () => {
    const tag = uniqueName("imp");
    const rows = [
      {
        id: "A1",
        nom: "Jardin partagé des Roses",
        type: "ngo",
        tags: `${tag}|jardin`,
        adresse: "3 rue des Roses",
        code_postal: "93100",
        ville: "Montreuil",
        courriel: "jardin@example.org",
      },
      { id: "A2", nom: "Coopérative du Lavoir", type: "COOPERATIVE", tags: tag, lat: "45.76", lon: "4.84" },
      { id: "A3", nom: "Amicale de Lyon", type: "informal_group", tags: tag, ville: "Lyon" },
    ];
    const file = writeCsv(`${tag}.csv`, rows);
    const first = await importFile([file, "--kind", "organization"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/3 created, 0 updated, 0 unchanged/);

    const exported = await exportedRows(server.url, `?tags=${tag}`);
    const byName = new Map(exported.map((row) => [row.name, row]));
    expect(byName.get("Jardin partagé des Roses")).toMatchObject({
      kind: "organization",
      type: "ngo",
      slug: "jardin-partage-des-roses",
      email: "jardin@example.org",
      postalCode: "93100",
      city: "Montreuil",
      inseeCode: "93048",
      source: tag,
      sourceId: "A1",
    });
    // Without coordinates, the gazetteer's point of the town.
    expect(Number(byName.get("Jardin partagé des Roses")!.latitude)).toBeCloseTo(48.86, 1);
    expect(byName.get("Coopérative du Lavoir")).toMatchObject({ latitude: "45.76", longitude: "4.84", city: "" });
    expect(byName.get("Amicale de Lyon")).toMatchObject({ inseeCode: "69123" });
    expect(Number(byName.get("Amicale de Lyon")!.latitude)).toBeCloseTo(45.76, 1);

    // Nobody administers an imported element: the first member who asks is granted it.
    const { element } = await alice.agent.ok(`query($id: ID!) { element(id: $id) { ... on Organization { id } } }`, {
      id: byName.get("Amicale de Lyon")!.id,
    });
    expect(element.id).toBe(byName.get("Amicale de Lyon")!.id);
    const { count } = (
      await server.database.dataSource.query(
        `SELECT count(*)::int AS count FROM link WHERE element_id = ANY($1::uuid[])`,
        [exported.map((row) => row.id)],
      )
    )[0];
    expect(count).toBe(0);
    const amicale = byName.get("Amicale de Lyon")!.id;
    const { organization: imported } = await alice.agent.ok(
      `query($id: ID!) { organization(id: $id) { administrators { id } } }`,
      { id: amicale },
    );
    expect(imported.administrators).toEqual([]);
    await alice.agent.ok(`mutation($id: ID!) { joinElement(input: { elementId: $id }) { state } }`, { id: amicale });
    const { requestAdministration } = await alice.agent.ok(
      `mutation($id: ID!) { requestAdministration(input: { elementId: $id }) { isAdmin adminRequested } }`,
      { id: amicale },
    );
    expect(requestAdministration).toEqual({ isAdmin: true, adminRequested: false });

    // Again with one change: updated in place, the change in the history; nothing duplicated.
    rows[1].nom = "Coopérative du Grand Lavoir";
    const second = await importFile([writeCsv(`${tag}.csv`, rows), "--kind", "organization"]);
    expect(second.stdout).toMatch(/0 created, 1 updated, 2 unchanged/);
    const again = await exportedRows(server.url, `?tags=${tag}`);
    expect(again.map((row) => row.name).sort()).toEqual(
      ["Amicale de Lyon", "Coopérative du Grand Lavoir", "Jardin partagé des Roses"].sort(),
    );
    const renamed = again.find((row) => row.sourceId === "A2")!;
    expect(renamed.id).toBe(byName.get("Coopérative du Lavoir")!.id);
    const { organization } = await alice.agent.ok(
      `query($id: ID!) { organization(id: $id) { history(first: 5) { nodes { changes { field before after } } } } }`,
      { id: renamed.id },
    );
    expect(organization.history.nodes[0].changes).toEqual([
      { field: "name", before: "Coopérative du Lavoir", after: "Coopérative du Grand Lavoir" },
    ]);
  });

  it("reports every invalid cell by line and column and imports nothing, unless told to skip them", async () => {
    const tag = uniqueName("bad");
    const file = writeCsv(`${tag}.csv`, [
      { id: "1", name: `Valid ${tag}`, type: "ngo", tags: tag },
      { id: "2", name: `Bad ${tag}`, type: "castle", tags: tag, website: "ftp://nope", latitude: "95", longitude: "2" },
      { id: "3", name: "", type: "ngo", tags: tag },
    ]);
    const refused = await importFile([file, "--kind", "organization"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('line 3, column "type": must be one of the following values');
    expect(refused.stderr).toContain('line 3, column "website": must be a web address starting with http://');
    expect(refused.stderr).toContain('line 3, column "latitude": must be a latitude between -90 and 90');
    expect(refused.stderr).toContain('line 4, column "name": must be longer than or equal to 2');
    expect(refused.stderr).toContain('line 4, column "name": must not be blank');
    expect(refused.stderr).toMatch(/Imported nothing: 5 errors/);
    expect(await exportedRows(server.url, `?tags=${tag}`)).toEqual([]);

    const skipped = await importFile([file, "--kind", "organization", "--skip-invalid"]);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/1 created, 0 updated, 0 unchanged, skipped the invalid rows \(5 errors\)/);
    expect((await exportedRows(server.url, `?tags=${tag}`)).map((row) => row.name)).toEqual([`Valid ${tag}`]);
  });

  it("writes nothing when an invalid row comes after rows already written in the same reading", async () => {
    // Rows are written in batches of 2,000 as they are checked: the invalid last row must roll back the first batch.
    const tag = uniqueName("late");
    const rows: Record<string, unknown>[] = Array.from({ length: 2100 }, (_, index) => ({
      id: String(index),
      name: `Late ${tag} ${index}`,
      type: "ngo",
      tags: tag,
    }));
    rows.push({ id: "last", name: `Late ${tag} last`, type: "ngo", tags: tag, email: "not an e-mail" });
    const refused = await importFile([writeCsv(`${tag}.csv`, rows), "--kind", "organization"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('line 2102, column "email"');
    expect(refused.stderr).toMatch(/Imported nothing: 1 errors/);
    expect(await exportedRows(server.url, `?tags=${tag}`)).toEqual([]);
  });

  it("reads events from a GeoJSON file, longitude first", async () => {
    const tag = uniqueName("geo");
    const file = path.join(folder, `${tag}.geojson`);
    writeFileSync(
      file,
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            geometry: { type: "Point", coordinates: [2.4485, 48.8638] },
            properties: {
              id: "ev-1",
              name: "Bal du quartier",
              type: "festival",
              startsAt: "2037-07-14T18:00:00Z",
              tags: [tag, "bal"],
            },
          },
          {
            type: "Feature",
            geometry: null,
            properties: {
              id: "ev-2",
              name: "Marché de Noël",
              type: "market",
              startsAt: "2037-12-12T09:00:00Z",
              tags: [tag],
              city: "Lyon",
            },
          },
        ],
      }),
    );
    const result = await importFile([file, "--kind", "event"]);
    expect(result.stderr).toBe("");
    const exported = await exportedRows(server.url, `?tags=${tag}`);
    const byId = new Map(exported.map((row) => [row.sourceId, row]));
    expect(byId.get("ev-1")).toMatchObject({
      kind: "event",
      type: "festival",
      latitude: "48.8638",
      longitude: "2.4485",
      startsAt: "2037-07-14T18:00:00.000Z",
      timeZone: "Europe/Paris",
      tags: `${tag}|bal`,
    });
    expect(byId.get("ev-2")).toMatchObject({ inseeCode: "69123", type: "market" });
  });

  describe("round trip", () => {
    let empty: TestDatabase;
    let other: TestServer;

    beforeAll(async () => {
      empty = await createTestDatabase();
      other = await startTestServer({ env: { DATABASE_URL: empty.url } });
    });

    afterAll(async () => {
      await other?.stop();
      await empty?.drop();
    });

    it("imports an export into an empty instance, which exports it again identically", async () => {
      const tag = uniqueName("trip");
      await createOrganization(alice, {
        name: `Ressourcerie, "la Boucle" ${tag}`,
        type: "LOCAL_BUSINESS",
        shortDescription: "Réemploi",
        description: "Deux lignes\net une, virgule",
        tags: [tag, "réemploi"],
        website: "https://boucle.example.org",
        phone: "+33 1 23 45 67 89",
        address: { street: "12 rue du Lavoir", postalCode: "93100", city: "Montreuil" },
        socialLinks: [{ network: "MASTODON", url: "https://mastodon.example/@boucle" }],
      });
      await alice.agent.ok(`mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
        input: {
          name: `Atelier réparation ${tag}`,
          type: "WORKSHOP",
          timeZone: "Europe/Paris",
          startsAt: "2037-03-18T18:00:00Z",
          endsAt: "2037-03-18T20:00:00Z",
          recurrenceRule: "FREQ=WEEKLY;BYDAY=WE;COUNT=5",
          tags: [tag],
          address: { city: "Lyon" },
        },
      });
      await alice.agent.ok(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
        input: { name: `Vélos partagés ${tag}`, stage: "TESTING", startsOn: "2036-09-01", tags: [tag], licence: "MIT" },
      });
      const response = await fetch(`${server.url}/open-data/elements.csv?tags=${tag}`);
      const file = path.join(folder, `${tag}.csv`);
      writeFileSync(file, await response.text());
      for (const kind of ["organization", "project", "event"]) {
        const result = await importFile([file, "--kind", kind], empty.url);
        expect(result.stderr).toBe("");
        expect(result.stdout).toMatch(/1 created/);
        expect(result.stdout).toMatch(/Left aside 2 rows of other kinds/);
      }
      const before = await exportedRows(server.url, `?tags=${tag}`);
      // The same filter: every instance also has its own help community.
      const after = await exportedRows(other.url, `?tags=${tag}`);
      // Identical apart from ids, page addresses (another instance) and the dates and provenance of the import.
      const comparable = (rows: Record<string, string>[]) =>
        rows
          .map(({ id: _id, url: _url, createdAt: _c, updatedAt: _u, source: _s, sourceId: _si, ...row }) => row)
          .sort((a, b) => a.name.localeCompare(b.name));
      expect(comparable(after)).toEqual(comparable(before));
      expect(after.every((row) => row.source === tag)).toBe(true);
      expect(after.map((row) => row.sourceId).sort()).toEqual(before.map((row) => row.id).sort());
    });
  });
});
