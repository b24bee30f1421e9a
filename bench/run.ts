// `npm run bench`: the ladder of issue 9, from raw pg to the shipped server, and the organizations
// directory against its hand-written SQL; rungs interleaved over several rounds, medians, CPU per
// request from /proc; appends one table per run to BENCHMARKS.md.
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CpuMeter } from "./cpu";
import {
  type BenchDatabase,
  createSession,
  locateDirectory,
  openBenchDatabase,
  seedDirectory,
  seedLive,
  seedPeople,
} from "./database";
import {
  AROUND,
  DIRECTORY_P95_MS,
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
  PERSON_SQL,
  RATIOS,
  RUNG,
  type Rung,
  TARGETS,
} from "./ladder";
import { type LoadResult, runLoadWorker } from "./load";
import { appendRun } from "./report";
import { type ServerProcess, startBaseline, startServer } from "./server";

const PEOPLE = 500;
const ORGANIZATIONS = 60;
const MEMBERS = 6;
/** Items of the Live around the place where the organizations are (five pages). */
const LIVE_ITEMS = 100;
const REPORT_FILE = path.resolve(__dirname, "..", "BENCHMARKS.md");
/** Unmeasured load before each measured phase, so a rung starts from a busy steady state. */
const LEAD_IN_SECONDS = 1;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive whole number`);
  return number;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      rounds: { type: "string" },
      only: { type: "string" },
    },
  });
  return {
    duration: positiveInteger("duration", values.duration ?? process.env.BENCH_DURATION, 5),
    warmup: positiveInteger("warmup", values.warmup ?? process.env.BENCH_WARMUP, 5),
    connections: positiveInteger("connections", values.connections ?? process.env.BENCH_CONNECTIONS, 10),
    rounds: positiveInteger("rounds", values.rounds ?? process.env.BENCH_ROUNDS, 3),
    /** Comma-separated rung names (a profile of one rung); such a run is printed, not recorded. */
    only: (values.only ?? process.env.BENCH_ONLY)?.split(",").map((name) => name.trim()),
    serverUrl: process.env.DATABASE_URL || undefined,
  };
}

interface Sample {
  rate: number;
  p50: number;
  p95: number;
  /** CPU milliseconds per request of the rung's server process(es) and of PostgreSQL's backends. */
  serverCpu: number | null;
  databaseCpu: number | null;
}

const step = (message: string) => console.log(`• ${message}`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

async function runRung(
  rung: Rung,
  seconds: { warmup: number; duration: number; connections: number },
  database: string | undefined,
  signal: AbortSignal,
): Promise<Sample> {
  const meter = new CpuMeter(rung.pids, database);
  let result: LoadResult;
  let cpu: ReturnType<CpuMeter["stop"]> | undefined;
  try {
    result = await runLoadWorker(
      rung.worker,
      {
        ...rung.load,
        connections: seconds.connections,
        warmupSeconds: seconds.warmup,
        durationSeconds: seconds.duration,
      },
      {
        onPhase: (phase) => {
          if (phase === "measure") meter.start();
          if (phase === "measured") cpu = meter.stop();
        },
        onTick: () => {},
      },
      signal,
    );
  } catch (error) {
    throw new Error(`${rung.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  cpu ??= meter.stop();
  if (result.failed > 0) throw new Error(`${rung.name}: ${result.failed} requests failed or answered something else`);
  return {
    rate: result.completed / result.seconds,
    p50: result.p50,
    p95: result.p95,
    serverCpu: rung.pids.length ? cpu.processMs / result.completed : null,
    databaseCpu: cpu.databaseMs === null ? null : cpu.databaseMs / result.completed,
  };
}

function machine(kind: string, connections: number) {
  const cpu = cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown";
  return (
    `${kind}, Node ${process.version}, ${availableParallelism()} × ${cpu}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()[0].toFixed(2)} at the start, ` +
    `${connections} connections`
  );
}

async function main() {
  const options = readOptions();
  const started = Date.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), "communect-bench-"));
  let database: BenchDatabase | undefined;
  const servers: ServerProcess[] = [];
  const workers = new AbortController();
  let cleaning: Promise<string[]> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      workers.abort();
      try {
        const warnings = (await Promise.all(servers.map((server) => server.stop()))).flat();
        await database?.close();
        return warnings;
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    })());
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));

  try {
    step(options.serverUrl ? "creating a scratch database on DATABASE_URL…" : "starting the embedded database…");
    database = await openBenchDatabase({ serverUrl: options.serverUrl, dataDir });
    const description = machine(database.kind, options.connections);
    step(
      `${database.kind}, migrated; seeding ${PEOPLE} people, ${ORGANIZATIONS} located organizations ` +
        `and ${LIVE_ITEMS} items of the Live…`,
    );
    const personId = await seedPeople(database.url, PEOPLE);
    await seedDirectory(database.url, ORGANIZATIONS, MEMBERS);
    await locateDirectory(database.url, AROUND);
    await seedLive(database.url, LIVE_ITEMS, AROUND);
    const token = await createSession(database.url);
    step("starting the servers…");
    const [shipped, nodePg, leanApollo] = await Promise.all([
      startServer(database.url, dataDir),
      startBaseline("node-pg.ts", database.url),
      startBaseline("lean-apollo.ts", database.url),
    ]);
    servers.push(shipped, nodePg, leanApollo);
    // The plain pg rungs' backends are found by database name: the scratch database's, or none on PGlite.
    const databaseName = options.serverUrl ? new URL(database.url).pathname.slice(1) : undefined;

    const person = JSON.stringify({ query: PERSON_QUERY, variables: { id: personId } });
    const directory = JSON.stringify({ query: DIRECTORY_QUERY, variables: { first: DIRECTORY_SIZE } });
    const nearest = JSON.stringify({
      query: NEAREST_QUERY,
      variables: { filter: { area: { near: AROUND } }, sort: "DISTANCE", first: NEAREST_SIZE },
    });
    const live = JSON.stringify({ query: LIVE_QUERY, variables: { area: { near: AROUND } } });
    const around = [AROUND.latitude, AROUND.longitude, AROUND.radiusKm * 1000];
    const graphql = (server: ServerProcess) => `${server.url}/graphql`;
    const allRungs: Rung[] = [
      {
        name: RUNG.rawPg,
        worker: "pg-load.ts",
        load: { target: database.url, sql: PERSON_SQL, params: [personId] },
        pids: [],
      },
      {
        name: RUNG.nodePg,
        worker: "http-load.ts",
        load: { target: graphql(nodePg), body: person },
        pids: [nodePg.pid],
        reference: RUNG.rawPg,
      },
      {
        name: RUNG.leanApollo,
        worker: "http-load.ts",
        load: { target: graphql(leanApollo), body: person },
        pids: [leanApollo.pid],
        reference: RUNG.rawPg,
      },
      {
        name: RUNG.anonymous,
        worker: "http-load.ts",
        load: { target: graphql(shipped), body: person },
        pids: [shipped.pid],
        reference: RUNG.rawPg,
      },
      {
        name: RUNG.signedIn,
        worker: "http-load.ts",
        load: { target: graphql(shipped), body: person, headers: { cookie: `communect_session=${token}` } },
        pids: [shipped.pid],
        reference: RUNG.rawPg,
      },
      {
        name: RUNG.directorySql,
        worker: "pg-load.ts",
        load: { target: database.url, sql: DIRECTORY_SQL, params: [DIRECTORY_SIZE] },
        pids: [],
      },
      {
        name: RUNG.directory,
        worker: "http-load.ts",
        load: { target: graphql(shipped), body: directory },
        pids: [shipped.pid],
        reference: RUNG.directorySql,
      },
      {
        name: RUNG.nearestSql,
        worker: "pg-load.ts",
        load: { target: database.url, sql: NEAREST_SQL, params: [...around, NEAREST_SIZE] },
        pids: [],
      },
      {
        name: RUNG.nearest,
        worker: "http-load.ts",
        load: { target: graphql(shipped), body: nearest },
        pids: [shipped.pid],
        reference: RUNG.nearestSql,
      },
      {
        name: RUNG.liveSql,
        worker: "pg-load.ts",
        load: { target: database.url, sql: LIVE_SQL, params: [...around, LIVE_SIZE] },
        pids: [],
      },
      {
        name: RUNG.live,
        worker: "http-load.ts",
        load: { target: graphql(shipped), body: live },
        pids: [shipped.pid],
        reference: RUNG.liveSql,
      },
    ];
    const rungs = options.only ? allRungs.filter((rung) => options.only!.includes(rung.name)) : allRungs;
    if (rungs.length === 0) throw new Error(`no rung named ${options.only!.join(", ")}`);

    const load = { connections: options.connections };
    step(`warming up every rung (${options.warmup} s each)…`);
    for (const rung of rungs)
      await runRung(rung, { ...load, warmup: options.warmup, duration: 1 }, databaseName, workers.signal);
    const samples = new Map<string, Sample[]>(rungs.map((rung) => [rung.name, []]));
    for (let round = 0; round < options.rounds; round++) {
      // Each round starts one rung later, so no rung always follows the same one.
      const order = rungs.map((_, index) => rungs[(index + round) % rungs.length]);
      for (const rung of order) {
        const sample = await runRung(
          rung,
          { ...load, warmup: LEAD_IN_SECONDS, duration: options.duration },
          databaseName,
          workers.signal,
        );
        samples.get(rung.name)!.push(sample);
        step(
          `round ${round + 1}/${options.rounds} ${rung.name}: ${sample.rate.toFixed(0)}/s, p95 ${ms(sample.p95)} ms`,
        );
      }
    }
    step("stopping the servers…");
    const warnings = await cleanUp();

    const medians = new Map(
      rungs.map((rung) => {
        const list = samples.get(rung.name)!;
        const cpu = (pick: (sample: Sample) => number | null) =>
          list.some((sample) => pick(sample) === null) ? null : median(list.map((sample) => pick(sample)!));
        return [
          rung.name,
          {
            rate: median(list.map((sample) => sample.rate)),
            p50: median(list.map((sample) => sample.p50)),
            p95: median(list.map((sample) => sample.p95)),
            serverCpu: cpu((sample) => sample.serverCpu),
            databaseCpu: cpu((sample) => sample.databaseCpu),
          },
        ];
      }),
    );
    const cpuCell = (value: number | null) => (value === null ? "–" : value.toFixed(3));
    const table = [
      "| Rung | req/s | share of | p50 ms | p95 ms | server CPU ms/req | PostgreSQL CPU ms/req |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...rungs.map((rung) => {
        const m = medians.get(rung.name)!;
        const reference = rung.reference && medians.get(rung.reference);
        const share = reference ? `${(m.rate / reference.rate).toFixed(2)} of ${rung.reference}` : "";
        return `| ${rung.name} | ${m.rate.toFixed(0)} | ${share} | ${ms(m.p50)} | ${ms(m.p95)} | ${cpuCell(m.serverCpu)} | ${cpuCell(m.databaseCpu)} |`;
      }),
    ];
    const checks = TARGETS.filter((target) => medians.has(target.rung) && medians.has(target.over)).map((target) => {
      const ratio = medians.get(target.rung)!.rate / medians.get(target.over)!.rate;
      return `${target.what}: **${ratio.toFixed(2)}** (target ≥ ${target.atLeast}) ${ratio >= target.atLeast ? "reached" : "not reached"}`;
    });
    const page = medians.get(RUNG.directory);
    if (page) {
      const reached = page.p95 < DIRECTORY_P95_MS ? "reached" : "not reached";
      checks.push(`directory page p95: **${ms(page.p95)} ms** (target < ${DIRECTORY_P95_MS} ms) ${reached}`);
    }
    for (const ratio of RATIOS.filter((one) => medians.has(one.rung) && medians.has(one.over))) {
      const value = medians.get(ratio.rung)!.rate / medians.get(ratio.over)!.rate;
      checks.push(`${ratio.what}: **${value.toFixed(2)}** (no target: reported)`);
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    const text = [
      `### ${new Date(started).toISOString().slice(0, 19)}Z`,
      "",
      `${description}; ${options.rounds} rounds of ${options.duration} s per rung after ${options.warmup} s of warm-up; ` +
        `medians of the rounds; took ${seconds} s.`,
      "",
      ...table,
      "",
      ...checks.map((check) => `- ${check}`),
      "",
    ].join("\n");
    console.log(`\n${text}`);
    if (warnings.length > 0) {
      console.error(`The servers logged ${warnings.length} warnings or errors, the first ones:`);
      for (const line of warnings.slice(0, 5)) console.error(`  ${line.slice(0, 500)}`);
      process.exitCode = 1;
      return;
    }
    if (options.only) return;
    appendRun(REPORT_FILE, text);
    console.log(`Appended to ${path.relative(process.cwd(), REPORT_FILE)}.`);
  } finally {
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
