import { performance } from "node:perf_hooks";
import { Pool } from "pg";
import { workerChannel } from "./load";

/** Load worker for the plain pg rungs: one parameterised statement through a pool, in a closed loop. */
const channel = workerChannel();
const { target, sql, params, connections, warmupSeconds, durationSeconds } = channel.options;
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
        const { rows } = await pool.query(sql!, params);
        if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}`);
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
  const { outcome: measured, ...latency } = await channel.measure((onSuccess) => load(durationSeconds, onSuccess));
  await pool.end();
  channel.done({
    completed: measured.completed,
    failed: warmup.failed + measured.failed,
    seconds: measured.seconds,
    ...latency,
  });
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await pool.end().catch(() => {});
  process.exit(1);
});
