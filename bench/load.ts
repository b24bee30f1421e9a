import { fork } from "node:child_process";
import path from "node:path";

/** What the orchestrator gives a load worker (as JSON in argv[2]). */
export interface LoadOptions {
  /** HTTP URL for the HTTP worker, connection string for the pg worker. */
  target: string;
  /** HTTP worker: the JSON body POSTed and extra headers (a session cookie). */
  body?: string;
  headers?: Record<string, string>;
  /** pg worker: the statement and its parameters. */
  sql?: string;
  params?: unknown[];
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface LoadResult {
  /** Successful operations during the measured phase. */
  completed: number;
  /** Failed operations (errors, non-2xx, wrong bodies) during warm-up and measurement. */
  failed: number;
  seconds: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
}

type Message =
  { type: "phase"; phase: Phase } | { type: "tick"; completed: number } | { type: "result"; result: LoadResult };

/** "measured" comes as soon as the measured load ends, before the worker closes its connections. */
export type Phase = "warmup" | "measure" | "measured";

export interface LoadEvents {
  onPhase(phase: Phase): void;
  /** Called about once a second with the operations completed in that second. */
  onTick(completed: number): void;
}

/**
 * Runs a load worker in its own process, so that the load generator never shares
 * an event loop with what it measures, and both sides are driven the same way.
 */
export function runLoadWorker(
  script: string,
  options: LoadOptions,
  events: LoadEvents,
  signal: AbortSignal,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, script), [JSON.stringify(options)], {
      execArgv: ["-r", "@swc-node/register"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      signal, // aborting kills the worker
    });
    let result: LoadResult | undefined;
    child.on("message", (message: Message) => {
      if (message.type === "phase") {
        events.onPhase(message.phase);
        // The worker keeps its connections open until the measurement is read.
        if (message.phase === "measured") child.send("read");
      } else if (message.type === "tick") events.onTick(message.completed);
      else result = message.result;
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`load worker ${script} exited with code ${code} before giving a result`));
    });
  });
}

/** Percentiles of latencies in milliseconds, computed the same way for every rung. */
function percentiles(latencies: number[]): Pick<LoadResult, "p50" | "p95" | "p99"> {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Worker side: reads the options and reports phases, progress and the result to the orchestrator. */
export function workerChannel() {
  if (!process.send) throw new Error("a load worker is started by bench/run.ts, not directly");
  const send = (message: Message, then?: () => void) => process.send!(message, undefined, undefined, then);
  return {
    options: JSON.parse(process.argv[2]) as LoadOptions,
    /** Runs `load` for the warm-up, whose numbers only count for failures. */
    warmup<T>(load: (onSuccess: (latency: number) => void) => Promise<T>): Promise<T> {
      send({ type: "phase", phase: "warmup" });
      return load(() => {});
    },
    /**
     * Runs `load` for the measured phase, which calls back with each success's latency in milliseconds;
     * reports the successes of each second as it goes.
     */
    async measure<T>(load: (onSuccess: (latency: number) => void) => Promise<T>) {
      send({ type: "phase", phase: "measure" });
      const latencies: number[] = [];
      let thisSecond = 0;
      const ticker = setInterval(() => {
        send({ type: "tick", completed: thisSecond });
        thisSecond = 0;
      }, 1000);
      try {
        const outcome = await load((latency) => {
          latencies.push(latency);
          thisSecond++;
        });
        return { outcome, ...percentiles(latencies) };
      } finally {
        clearInterval(ticker);
        const read = new Promise((resolve) => process.once("message", resolve));
        send({ type: "phase", phase: "measured" });
        await read;
      }
    },
    /** Sends the result, then lets the process exit once its own work is closed. */
    done: (result: LoadResult) => send({ type: "result", result }, () => process.disconnect()),
  };
}
