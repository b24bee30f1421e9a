import { performance } from "node:perf_hooks";
import { Pool } from "pg";
import { workerChannel } from "./load";

/** The same row the GraphQL query returns, read the plainest way: a pooled parameterised query. */
const PERSON_SQL = "SELECT id, username, display_name FROM person WHERE id = $1";

const channel = workerChannel();
const { target, personId, connections, warmupSeconds, durationSeconds } = channel.options;
const pool = new Pool({ connectionString: target, max: connections });

interface Phase {
  completed: number;
  failed: number;
  seconds: number;
}

/** `connections` workers in a closed loop, each sending its next query when the last one answers. */
async function load(seconds: number, onSuccess: (latency: number) => void): Promise<Phase> {
  const phase: Phase = { completed: 0, failed: 0, seconds: 0 };
  const start = performance.now();
  const end = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      try {
        const { rows } = await pool.query(PERSON_SQL, [personId]);
        if (rows.length !== 1 || rows[0].id !== personId) throw new Error("wrong row");
        phase.completed++;
        onSuccess(performance.now() - sent);
      } catch (error) {
        if (phase.failed++ === 0) console.error(`pg query failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  phase.seconds = (performance.now() - start) / 1000;
  return phase;
}

async function main() {
  const warmup = await channel.warmup((onSuccess) => load(warmupSeconds, onSuccess));
  const { outcome: measured, p50, p99 } = await channel.measure((onSuccess) => load(durationSeconds, onSuccess));
  await pool.end();
  channel.done({
    completed: measured.completed,
    failed: warmup.failed + measured.failed,
    seconds: measured.seconds,
    p50,
    p99,
  });
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await pool.end().catch(() => {});
  process.exit(1);
});
