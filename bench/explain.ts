// `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node -r @swc-node/register bench/explain.ts
// [directory|person|signedIn|nearest|live] [log file]`: every statement one request of a ladder query runs
// on the ladder's data, with its plan as PostgreSQL executed it (EXPLAIN ANALYZE, BUFFERS), from the
// server's log by auto_explain. Real PostgreSQL only (a superuser, and the server's log file readable:
// Debian's /var/log/postgresql/postgresql-<version>-main.log by default). The request runs twice first,
// so that prepared statements are in their steady state.
import "reflect-metadata";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createSession, locateDirectory, openBenchDatabase, seedDirectory, seedLive, seedPeople } from "./database";
import { AROUND, DIRECTORY_QUERY, LIVE_QUERY, NEAREST_QUERY, PERSON_QUERY } from "./ladder";
import { startServer } from "./server";

async function main() {
  const which = process.argv[2] ?? "directory";
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL must name a PostgreSQL server");
  const dataDir = mkdtempSync(path.join(tmpdir(), "communect-explain-"));
  const database = await openBenchDatabase({ serverUrl: process.env.DATABASE_URL, dataDir });
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const name = new URL(database.url).pathname.slice(1);
  const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
  const logFile =
    process.argv[3] ??
    `/var/log/postgresql/postgresql-${Math.floor(Number(rows[0].server_version_num) / 10000)}-main.log`;
  const personId = await seedPeople(database.url, 500);
  await seedDirectory(database.url, 60, 6);
  await locateDirectory(database.url, AROUND);
  await seedLive(database.url, 100, AROUND);
  const token = await createSession(database.url);
  for (const setting of [
    "session_preload_libraries = 'auto_explain'",
    "auto_explain.log_min_duration = 0",
    "auto_explain.log_analyze = on",
    "auto_explain.log_buffers = on",
    "auto_explain.log_timing = on",
  ]) {
    await client.query(`ALTER DATABASE ${name} SET ${setting}`);
  }
  await client.end();
  const server = await startServer(database.url, dataDir);
  try {
    const bodies: Record<string, { query: string; variables: Record<string, unknown> }> = {
      directory: { query: DIRECTORY_QUERY, variables: { first: 50 } },
      person: { query: PERSON_QUERY, variables: { id: personId } },
      signedIn: { query: PERSON_QUERY, variables: { id: personId } },
      nearest: { query: NEAREST_QUERY, variables: { filter: { area: { near: AROUND } }, sort: "DISTANCE", first: 20 } },
      live: { query: LIVE_QUERY, variables: { area: { near: AROUND } } },
    };
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (which === "signedIn") headers.cookie = `communect_session=${token}`;
    const request = async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers,
        body: JSON.stringify(bodies[which]),
      });
      const text = await response.text();
      if (text.includes('"errors"')) throw new Error(text.slice(0, 500));
    };
    await request();
    await request();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const start = statSync(logFile).size;
    await request();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const log = readFileSync(logFile).subarray(start).toString("utf8");
    // Entries of this database, each with its continuation lines.
    const entries = log.split(/\n(?=\d{4}-\d\d-\d\d )/).filter((entry) => entry.includes(`@${name} `));
    let total = 0;
    for (const [i, entry] of entries.entries()) {
      const ms = /Execution Time: ([\d.]+) ms/.exec(entry);
      total += ms ? Number(ms[1]) : 0;
      console.log(`--- statement ${i + 1}\n${entry.replace(/^.*?LOG: {2}/, "")}\n`);
    }
    console.log(`${entries.length} statements, ${total.toFixed(3)} ms of execution time in all`);
  } finally {
    await server.stop();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
