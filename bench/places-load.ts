// A load worker of `npm run bench:places` (bench/places.ts), in its own process so that the
// load generator never shares an event loop with what it measures. Drives either the
// GraphQL endpoint (autocannon) or PostgreSQL (a pg.Pool replaying the same statements),
// for a warm-up then a measured phase, and sends back its latencies' percentiles.
import autocannon from "autocannon";
import { Pool } from "pg";

export interface PlacesLoadOptions {
  mode: "graphql" | "pg";
  /** The /graphql URL, or the database's connection string. */
  target: string;
  /** GraphQL: the request body. */
  body?: string;
  /** pg: the statements one operation runs, in order, with their parameters. */
  statements?: { sql: string; parameters: unknown[] }[];
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface PlacesLoadResult {
  /** Operations completed during the measured phase. */
  count: number;
  /** Operations completed per second during the measured phase. */
  rate: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p95: number;
  failed: number;
}

/**
 * Tells the parent when the measured phase starts and ends, and waits for its answer: it reads
 * CPU times over that phase alone, and the pool's backends must still be there when it does.
 */
export type PlacesLoadPhase = "measuring" | "measured";
function announce(phase: PlacesLoadPhase): Promise<void> {
  return new Promise((resolve) => {
    process.once("message", () => resolve());
    process.send!({ phase });
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

function summary(latencies: number[], seconds: number, failed: number): PlacesLoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: latencies.length,
    rate: latencies.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    failed,
  };
}

/** GraphQL over HTTP: every answer must be the one the sanity request got (same body, no errors). */
async function graphql(options: PlacesLoadOptions): Promise<PlacesLoadResult> {
  const headers = { "content-type": "application/json" };
  const sanity = await fetch(options.target, { method: "POST", headers, body: options.body });
  const expected = await sanity.text();
  if (sanity.status !== 200 || (JSON.parse(expected) as { errors?: unknown }).errors) {
    throw new Error(`the GraphQL sanity request failed: HTTP ${sanity.status} ${expected.slice(0, 500)}`);
  }
  const run = (seconds: number, latencies: number[]) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: options.target,
          method: "POST",
          headers,
          body: options.body,
          connections: options.connections,
          duration: seconds,
          // Not expectBody: a result listing "upcoming" things may change between two requests.
        },
        (error: unknown, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on("response", (_client, statusCode, _bytes, latency) => {
        if (statusCode === 200) latencies.push(latency);
      });
    });
  const warmup = await run(options.warmupSeconds, []);
  const latencies: number[] = [];
  await announce("measuring");
  const measured = await run(options.durationSeconds, latencies);
  await announce("measured");
  const failures = (result: autocannon.Result) => result.errors + result.non2xx + result.timeouts;
  return summary(latencies, measured.duration, failures(warmup) + failures(measured));
}

/** Plain pg: `connections` clients in a closed loop, each running an operation's statements in turn. */
async function pg(options: PlacesLoadOptions): Promise<PlacesLoadResult> {
  const pool = new Pool({ connectionString: options.target, max: options.connections });
  let failed = 0;
  const operation = async () => {
    for (const { sql, parameters } of options.statements!) await pool.query(sql, parameters);
  };
  const run = async (seconds: number, latencies: number[]) => {
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < end) {
          const started = performance.now();
          try {
            await operation();
            latencies.push(performance.now() - started);
          } catch {
            failed++;
          }
        }
      }),
    );
  };
  try {
    await operation();
    await run(options.warmupSeconds, []);
    const latencies: number[] = [];
    await announce("measuring");
    const started = performance.now();
    await run(options.durationSeconds, latencies);
    await announce("measured");
    return summary(latencies, (performance.now() - started) / 1000, failed);
  } finally {
    await pool.end();
  }
}

if (require.main === module) {
  const options = JSON.parse(process.argv[2]) as PlacesLoadOptions;
  (options.mode === "graphql" ? graphql(options) : pg(options))
    .then((result) => process.send!(result, undefined, undefined, () => process.disconnect()))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
