// `node -r @swc-node/register bench/compare.ts <other checkout> [directory|person|signedIn|nearest|live]
// [batches] [requests per batch]`: the shipped server's CPU per request, this tree against another
// checkout of the project (a `git worktree` of main, its node_modules linked to this one's), both
// servers on one scratch database (DATABASE_URL's server, or PGlite) with the ladder's data. Requests
// (two at a time) alternate between the servers in short batches, so that both see the same load
// from the rest of the machine: on a shared machine the CPU per request of one server moves by half
// from one minute to the next, while the ratio of the two, measured this way, stays within a few per cent.
// On a PostgreSQL server it also gives the PostgreSQL CPU per request of each (the scratch database's
// backends during each server's batches: the other server is idle meanwhile), summed over all batches
// (a backend's CPU is counted in ticks of 10 ms: a batch's own share would be too coarse).
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { backendsOf, processCpuMs } from "./cpu";
import { createSession, locateDirectory, openBenchDatabase, seedDirectory, seedLive, seedPeople } from "./database";
import { AROUND, DIRECTORY_QUERY, LIVE_QUERY, NEAREST_QUERY, PERSON_QUERY } from "./ladder";
import { startServer } from "./server";

async function main() {
  const other = path.resolve(process.argv[2]);
  const which = process.argv[3] ?? "directory";
  const batches = Number(process.argv[4] ?? 12);
  const perBatch = Number(process.argv[5] ?? 40);
  const dataDir = mkdtempSync(path.join(tmpdir(), "communect-ab-"));
  const database = await openBenchDatabase({ serverUrl: process.env.DATABASE_URL, dataDir });
  const personId = await seedPeople(database.url, 500);
  await seedDirectory(database.url, 60, 6);
  await locateDirectory(database.url, AROUND);
  await seedLive(database.url, 100, AROUND);
  const token = await createSession(database.url);
  const { startServer: startOther } = await import(path.join(other, "bench/server"));
  const servers = [
    { name: "this", server: await startServer(database.url, dataDir) },
    { name: "other", server: await startOther(database.url, mkdtempSync(path.join(tmpdir(), "communect-ab-"))) },
  ];
  const bodies: Record<string, { body: string; cookie?: string }> = {
    directory: { body: JSON.stringify({ query: DIRECTORY_QUERY, variables: { first: 50 } }) },
    person: { body: JSON.stringify({ query: PERSON_QUERY, variables: { id: personId } }) },
    signedIn: { body: JSON.stringify({ query: PERSON_QUERY, variables: { id: personId } }), cookie: token },
    nearest: {
      body: JSON.stringify({
        query: NEAREST_QUERY,
        variables: { filter: { area: { near: AROUND } }, sort: "DISTANCE", first: 20 },
      }),
    },
    live: { body: JSON.stringify({ query: LIVE_QUERY, variables: { area: { near: AROUND } } }) },
  };
  const { body, cookie } = bodies[which];
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (cookie) headers.cookie = `communect_session=${cookie}`;
  const run = async (url: string, count: number) => {
    const worker = async () => {
      for (let i = 0; i < count / 2; i++) {
        const response = await fetch(`${url}/graphql`, { method: "POST", headers, body });
        const text = await response.text();
        if (response.status !== 200 || text.includes('"errors"')) throw new Error(text.slice(0, 300));
      }
    };
    await Promise.all([worker(), worker()]);
  };
  // Wait for the servers' start-up work (the gazetteer's first load, which pauses on the database) to
  // end: both idle for three seconds in a row.
  for (let second = 0, idle = 0; idle < 3 && second < 120; second++) {
    const before = servers.map(({ server }) => processCpuMs(server.pid));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const used = servers.map(({ server }, i) => processCpuMs(server.pid) - before[i]);
    idle = used.every((ms) => ms <= 20) ? idle + 1 : 0;
  }
  const answers = await Promise.all(
    servers.map(async ({ server }) => {
      const response = await fetch(`${server.url}/graphql`, { method: "POST", headers, body });
      // Media URLs name the server that answered: its address is not part of the answer compared.
      return (await response.text()).replaceAll(server.url, "<server>");
    }),
  );
  if (answers[0] !== answers[1]) console.log("the answers differ!", answers[0].length, answers[1].length);
  for (const { server } of servers) await run(server.url, perBatch * 5); // warm-up
  const cpu: Record<string, number[]> = { this: [], other: [] };
  const databaseCpu: Record<string, number> = { this: 0, other: 0 };
  const databaseName = process.env.DATABASE_URL ? new URL(database.url).pathname.slice(1) : undefined;
  for (let batch = 0; batch < batches; batch++) {
    for (const { name, server } of batch % 2 ? servers : [...servers].reverse()) {
      const backends = databaseName ? backendsOf(databaseName) : new Map<number, number>();
      const before = processCpuMs(server.pid);
      await run(server.url, perBatch);
      cpu[name].push((processCpuMs(server.pid) - before) / perBatch);
      if (databaseName) {
        for (const [pid, now] of backendsOf(databaseName)) databaseCpu[name] += now - (backends.get(pid) ?? 0);
      }
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `${which}: server CPU ms/request, median of ${batches} batches of ${perBatch}: this ${median(cpu.this).toFixed(3)}, other ${median(cpu.other).toFixed(3)}, this/other ${(median(cpu.this) / median(cpu.other)).toFixed(3)}`,
  );
  if (databaseName) {
    const perRequest = (name: string) => databaseCpu[name] / (batches * perBatch);
    console.log(
      `${which}: PostgreSQL CPU ms/request, all ${batches} batches: this ${perRequest("this").toFixed(3)}, other ${perRequest("other").toFixed(3)}, this/other ${(perRequest("this") / perRequest("other")).toFixed(3)}`,
    );
  }
  for (const { server } of servers) await server.stop();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
