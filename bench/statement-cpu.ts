// `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node -r @swc-node/register bench/statement-cpu.ts
// [directory|person|signedIn|nearest|live] [repeats] [log file]`: what each statement of one request of a
// ladder query costs PostgreSQL. The statements (with their parameters) are read from the server's log
// (log_min_duration_statement = 0), then each is replayed `repeats` times on one connection, unprepared
// and prepared, and the CPU of that connection's backend is read from /proc (10 ms ticks: hence the
// repeats). Planning and execution times come from one EXPLAIN (ANALYZE) of each, unprepared. Real
// PostgreSQL only (a superuser, and the server's log file readable), as bench/explain.ts.
import "reflect-metadata";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { processCpuMs } from "./cpu";
import { createSession, locateDirectory, openBenchDatabase, seedDirectory, seedLive, seedPeople } from "./database";
import {
  AROUND,
  DIRECTORY_QUERY,
  DIRECTORY_SIZE,
  DIRECTORY_SQL,
  LIVE_QUERY,
  LIVE_SIZE,
  LIVE_SQL,
  NEAREST_QUERY,
  NEAREST_SIZE,
  NEAREST_SQL,
  PERSON_QUERY,
} from "./ladder";
import { startServer } from "./server";

/** The values of a log's "parameters: $1 = '…', $2 = NULL" (as text: PostgreSQL infers their types). */
function parseParameters(detail: string): (string | null)[] {
  const values: (string | null)[] = [];
  const pattern = /\$(\d+) = (NULL|'((?:[^']|'')*)')/g;
  for (let match = pattern.exec(detail); match; match = pattern.exec(detail)) {
    values[Number(match[1]) - 1] = match[2] === "NULL" ? null : match[3].replace(/''/g, "'");
  }
  return values;
}

async function backendCpu(client: Client, run: () => Promise<unknown>, repeats: number): Promise<number> {
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const before = processCpuMs(rows[0].pid);
  for (let i = 0; i < repeats; i++) await run();
  return (processCpuMs(rows[0].pid) - before) / repeats;
}

async function main() {
  const which = process.argv[2] ?? "live";
  const repeats = Number(process.argv[3] ?? 300);
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL must name a PostgreSQL server");
  const dataDir = mkdtempSync(path.join(tmpdir(), "communect-statements-"));
  const database = await openBenchDatabase({ serverUrl: process.env.DATABASE_URL, dataDir });
  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  const name = new URL(database.url).pathname.slice(1);
  const { rows } = await admin.query<{ server_version_num: string }>("SHOW server_version_num");
  const logFile =
    process.argv[4] ??
    `/var/log/postgresql/postgresql-${Math.floor(Number(rows[0].server_version_num) / 10000)}-main.log`;
  const personId = await seedPeople(database.url, 500);
  await seedDirectory(database.url, 60, 6);
  await locateDirectory(database.url, AROUND);
  await seedLive(database.url, 100, AROUND);
  const token = await createSession(database.url);
  await admin.query(`ALTER DATABASE ${name} SET log_min_duration_statement = 0`);
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
    const entries = log.split(/\n(?=\d{4}-\d\d-\d\d )/).filter((entry) => entry.includes(`@${name} `));
    const statements: { prepared: boolean; sql: string; values: (string | null)[] }[] = [];
    for (const [i, entry] of entries.entries()) {
      const executed = /LOG: {2}duration: [\d.]+ ms {2}(execute ([^:]+)|statement): ([\s\S]*)$/.exec(entry);
      if (!executed) continue;
      const detail = entries[i + 1]?.includes("DETAIL:  parameters:") ? entries[i + 1] : "";
      statements.push({
        prepared: executed[2] !== undefined && executed[2] !== "<unnamed>",
        sql: executed[3].trim(),
        values: parseParameters(detail),
      });
    }
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query("SET log_min_duration_statement = -1");
    let sumUnprepared = 0;
    let sumPrepared = 0;
    for (const [i, { prepared, sql, values }] of statements.entries()) {
      const explained = await client.query({ text: `EXPLAIN (ANALYZE, SUMMARY) ${sql}`, values });
      const plan = explained.rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n");
      const planning = /Planning Time: ([\d.]+)/.exec(plan)?.[1];
      const execution = /Execution Time: ([\d.]+)/.exec(plan)?.[1];
      const unprepared = await backendCpu(client, () => client.query({ text: sql, values }), repeats);
      const named = `replay_${i}`;
      const asPrepared = await backendCpu(client, () => client.query({ name: named, text: sql, values }), repeats);
      sumUnprepared += unprepared;
      sumPrepared += asPrepared;
      console.log(
        `--- ${i + 1} (${prepared ? "prepared" : "unprepared"} by the server): CPU ${unprepared.toFixed(3)} ms unprepared, ` +
          `${asPrepared.toFixed(3)} ms prepared; planning ${planning} ms, execution ${execution} ms\n${sql.slice(0, 400)}\n`,
      );
    }
    console.log(
      `${statements.length} statements: ${sumUnprepared.toFixed(3)} ms unprepared, ${sumPrepared.toFixed(3)} ms prepared`,
    );
    // The ladder's hand-written statement for the same page, prepared as its rung runs it.
    const around = [AROUND.latitude, AROUND.longitude, AROUND.radiusKm * 1000];
    const handWritten: Record<string, [string, unknown[]]> = {
      directory: [DIRECTORY_SQL, [DIRECTORY_SIZE]],
      nearest: [NEAREST_SQL, [...around, NEAREST_SIZE]],
      live: [LIVE_SQL, [...around, LIVE_SIZE]],
    };
    if (handWritten[which]) {
      const [text, values] = handWritten[which];
      const cpu = await backendCpu(client, () => client.query({ name: "hand_written", text, values }), repeats);
      console.log(`the hand-written statement: ${cpu.toFixed(3)} ms prepared`);
    }
    await client.end();
  } finally {
    await server.stop();
    await admin.end();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
