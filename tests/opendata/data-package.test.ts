import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

/** The Frictionless data package: /open-data/datapackage.json, its files, and `npm run export`. */

const run = promisify(execFile);

let server: TestServer;
let alice: PersonFixture;
const secret = uniqueName("secret");
const tag = uniqueName("pkg");

interface Descriptor {
  licenses: { name: string; path?: string }[];
  resources: { name: string; path: string; bytes: number; hash: string; schema?: { fields: { name: string }[] } }[];
}

beforeAll(async () => {
  server = await startTestServer({ ownDatabase: true });
  alice = await createPerson(server);
  await createOrganization(alice, { name: `Public ${tag}`, tags: [tag] });
  const hidden = await createOrganization(alice, { name: `Hidden ${secret}`, tags: [tag] });
  await setElementSettings(alice, hidden.id, { private: true });
});

afterAll(async () => {
  await server?.stop();
});

/** Asks until the package is ready: the first request starts the build and is answered at once. */
async function readyDescriptor(): Promise<{ descriptor: Descriptor; etag: string }> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${server.url}/open-data/datapackage.json`);
    if (response.status === 200) {
      return { descriptor: (await response.json()) as Descriptor, etag: response.headers.get("etag")! };
    }
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    if (attempt > 200) throw new Error("the data package was never ready");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the data package", () => {
  it("describes each file with its fields, size, hash and the licence, and serves exactly what the routes serve", async () => {
    const { descriptor, etag } = await readyDescriptor();
    expect(descriptor.licenses).toEqual([
      {
        name: "ODbL-1.0",
        title: "Open Database License (ODbL) 1.0",
        path: "https://opendatacommons.org/licenses/odbl/1-0/",
      },
    ]);
    expect(descriptor.resources.map((resource) => resource.path)).toEqual([
      "package/elements.csv",
      "package/elements.jsonld",
    ]);
    const [csv] = descriptor.resources;
    expect(csv.schema!.fields.map((field) => field.name)).toContain("postalCode");

    const response = await fetch(`${server.url}/open-data/${csv.path}`);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBe(csv.bytes);
    expect(`sha256:${createHash("sha256").update(bytes).digest("hex")}`).toBe(csv.hash);
    const rows: Record<string, string>[] = parse(bytes, { columns: true });
    expect(Object.keys(rows[0])).toEqual(csv.schema!.fields.map((field) => field.name));
    expect(bytes.toString("utf8")).toBe(await (await fetch(`${server.url}/open-data/elements.csv`)).text());
    expect(rows.map((row) => row.name)).toContain(`Public ${tag}`);
    expect(bytes.toString("utf8")).not.toContain(secret);

    const again = await fetch(`${server.url}/open-data/datapackage.json`, {
      headers: { "If-None-Match": etag, "Cache-Control": "max-age=0" },
    });
    expect(again.status).toBe(304);
  });

  it("is written to a folder by npm run export", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "communect-export-"));
    const { stdout } = await run(
      process.execPath,
      ["-r", "@swc-node/register", "server/opendata/export-main.ts", "--out", out],
      {
        env: { ...process.env, DATABASE_URL: server.config.databaseUrl!, LOG_LEVEL: "silent", NODE_OPTIONS: "" },
      },
    );
    expect(stdout).toMatch(/Wrote .*datapackage\.json and 2 files/);
    const descriptor = JSON.parse(readFileSync(path.join(out, "datapackage.json"), "utf8")) as Descriptor;
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(["elements.csv", "elements.jsonld"]);
    const file = readFileSync(path.join(out, "elements.csv"));
    expect(`sha256:${createHash("sha256").update(file).digest("hex")}`).toBe(descriptor.resources[0].hash);
    const names = (parse(file, { columns: true }) as Record<string, string>[]).map((row) => row.name);
    expect(names).toContain(`Public ${tag}`);
    expect(file.toString("utf8")).not.toContain(secret);
  });
});
