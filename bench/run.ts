// `npm run bench`: the person query by id through GraphQL over HTTP against the same row read
// with plain pg, in one run, on the same database; appends the result to BENCHMARKS.md.
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type BenchDatabase, openBenchDatabase, seedPeople } from "./database";
import { type LoadOptions, type LoadResult, runLoadWorker } from "./load";
import { appendResult, type Section } from "./report";
import { type ServerProcess, startServer } from "./server";

const PEOPLE = 500;
const REPORT_FILE = path.resolve(__dirname, "..", "BENCHMARKS.md");

const SECTION: Section = {
  title: "Person by id: GraphQL over HTTP vs plain pg",
  intro: `
The query \`person(id:) { id username displayName }\` POSTed to \`/graphql\` by autocannon, against
\`SELECT id, username, display_name FROM person WHERE id = $1\` through a \`pg.Pool\`: the same row of the same
database (${PEOPLE} people), each side from its own process on 127.0.0.1, with the same number of concurrent
requests in a closed loop; first a warm-up (8 s by default: the server needs about that long to reach its steady
rate), then the measured duration. The server is the real one (\`server/main.ts\`) in a child process; the request
carries no session cookie, so it costs one SQL query (the person loader). **GraphQL / pg** is the GraphQL rate
divided by the pg rate: the share of the database's plain read rate that survives HTTP, Apollo, parsing and
validation, the context and loaders, and TypeORM. Latencies are the 50th and 99th percentiles in milliseconds.`,
  columns: [
    "Date (UTC)",
    "Database",
    "Node",
    "CPUs",
    "Load",
    "GraphQL req/s",
    "GraphQL p50 / p99 ms",
    "pg queries/s",
    "pg p50 / p99 ms",
    "GraphQL / pg",
  ],
};

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive whole number`);
  return number;
}

function readOptions() {
  const { values } = parseArgs({
    options: { duration: { type: "string" }, warmup: { type: "string" }, connections: { type: "string" } },
  });
  return {
    duration: positiveInteger("duration", values.duration ?? process.env.BENCH_DURATION, 10),
    warmup: positiveInteger("warmup", values.warmup ?? process.env.BENCH_WARMUP, 8),
    connections: positiveInteger("connections", values.connections ?? process.env.BENCH_CONNECTIONS, 10),
    serverUrl: process.env.DATABASE_URL || undefined,
  };
}

const step = (message: string) => console.log(`• ${message}`);
const rate = (result: LoadResult) => result.completed / result.seconds;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

/** Runs one side and prints its phases and per-second rates as they come. */
async function measure(label: string, script: string, options: LoadOptions, signal: AbortSignal) {
  const result = await runLoadWorker(
    script,
    options,
    {
      onPhase: (phase) => {
        if (phase === "warmup") step(`warming up ${label} (${options.warmupSeconds} s)…`);
        else process.stdout.write(`• measuring ${label} (${options.durationSeconds} s)… per second:`);
      },
      onTick: (completed) => process.stdout.write(` ${completed}`),
    },
    signal,
  );
  process.stdout.write("\n");
  if (result.failed > 0) throw new Error(`${label}: ${result.failed} requests failed or returned something else`);
  return result;
}

async function main() {
  const options = readOptions();
  const started = Date.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), "communect-bench-"));
  let database: BenchDatabase | undefined;
  let server: ServerProcess | undefined;
  const workers = new AbortController();
  // Once only, whether the run ends, fails or is interrupted.
  let cleaning: Promise<string[]> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      workers.abort();
      try {
        const warnings = (await server?.stop()) ?? [];
        await database?.close();
        return warnings;
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    })());
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));

  try {
    console.log(`${SECTION.title}: ${options.connections} connections, ${options.duration} s per side`);
    step(options.serverUrl ? "creating a scratch database on DATABASE_URL…" : "starting the embedded database…");
    database = await openBenchDatabase({
      serverUrl: options.serverUrl,
      dataDir,
    });
    step(`${database.kind}, migrated; seeding ${PEOPLE} people…`);
    const personId = await seedPeople(database.url, PEOPLE);
    step("starting the server…");
    server = await startServer(database.url, dataDir);
    const load = {
      personId,
      connections: options.connections,
      warmupSeconds: options.warmup,
      durationSeconds: options.duration,
    };
    const graphql = await measure(
      "GraphQL",
      "http-load.ts",
      { ...load, target: `${server.url}/graphql` },
      workers.signal,
    );
    const pg = await measure("plain pg", "pg-load.ts", { ...load, target: database.url }, workers.signal);
    step("stopping the server…");
    const kind = database.kind;
    const warnings = await cleanUp();

    const ratio = rate(graphql) / rate(pg);
    console.log(`
  GraphQL over HTTP  ${rate(graphql).toFixed(0).padStart(7)} req/s      p50 ${ms(graphql.p50)} ms  p99 ${ms(graphql.p99)} ms
  plain pg           ${rate(pg).toFixed(0).padStart(7)} queries/s  p50 ${ms(pg.p50)} ms  p99 ${ms(pg.p99)} ms
  GraphQL / pg       ${ratio.toFixed(3)}   (${kind}, took ${Math.round((Date.now() - started) / 1000)} s)
`);
    if (warnings.length > 0) {
      console.error(`The server logged ${warnings.length} warnings or errors, the first ones:`);
      for (const line of warnings.slice(0, 5)) console.error(`  ${line.slice(0, 500)}`);
      process.exitCode = 1;
      return;
    }
    const cpu = cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown";
    appendResult(REPORT_FILE, SECTION, [
      new Date().toISOString().slice(0, 19) + "Z",
      kind,
      process.version,
      `${availableParallelism()} × ${cpu}`,
      `${options.connections} conn, ${options.warmup} s warm-up + ${options.duration} s`,
      rate(graphql).toFixed(0),
      `${ms(graphql.p50)} / ${ms(graphql.p99)}`,
      rate(pg).toFixed(0),
      `${ms(pg.p50)} / ${ms(pg.p99)}`,
      `**${ratio.toFixed(3)}**`,
    ]);
    console.log(`Appended to ${path.relative(process.cwd(), REPORT_FILE)}.`);
  } finally {
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
