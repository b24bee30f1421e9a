import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const ROOT = path.resolve(__dirname, "..");
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
/** The node flags `npm start` gives the server (package.json). */
const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];

export interface ServerProcess {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The process serving, whose CPU time the benchmark reads. */
  pid: number;
  /** Stops the server with SIGTERM (as in production) and returns what it logged at warn level or above. */
  stop(): Promise<string[]>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** pino writes one JSON object a line; level 40 is warn. */
function warningsIn(logFile: string): string[] {
  return readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => {
      if (!line.trim()) return false;
      try {
        return (JSON.parse(line) as { level?: number }).level! >= 40;
      } catch {
        return true; // not pino: a crash or a stray print, worth showing
      }
    });
}

async function waitUntilHealthy(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with code ${child.exitCode}:\n${readFileSync(logFile, "utf8").slice(-2000)}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the server did not answer /healthz within ${START_TIMEOUT_MS / 1000} s`);
}

/**
 * The real server as it is started for development (`node -r @swc-node/register server/main.ts`),
 * in its own process, logging to a file under dataDir. SMTP_URL is left out: mail, if any, goes to the outbox.
 */
export async function startServer(
  databaseUrl: string,
  dataDir: string,
  /** Variables set (a string) or removed (null) for this server only, such as REDIS_URL. */
  extraEnv: Record<string, string | null> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(dataDir, "server.log");
  const log = openSync(logFile, "a");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    PUBLIC_URL: url,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    // Every request logged at info would measure the log pipe as much as the server.
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
    // Every client of a bench comes from 127.0.0.1: the API's budgets (HTTP requests and WebSocket
    // operations) would measure refusals. The limiter still runs, with limits out of reach.
    API_RATE_ANONYMOUS: "1000000",
    API_BURST_ANONYMOUS: "1000000",
    API_RATE_PERSON: "1000000",
    API_BURST_PERSON: "1000000",
  };
  delete env.SMTP_URL;
  for (const [name, value] of Object.entries(extraEnv)) {
    if (value === null) delete env[name];
    else env[name] = value;
  }
  // BENCH_CPU_PROF=<folder> writes a V8 CPU profile of the server there when it stops.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // As `npm start` runs it: a young generation of 64 MB (see the README's benchmark section).
  const child = spawn(
    process.execPath,
    [...profile, ...SERVER_NODE_FLAGS, "-r", "@swc-node/register", "server/main.ts"],
    {
      cwd: ROOT,
      env,
      stdio: ["ignore", log, log],
    },
  );
  closeSync(log);
  try {
    await waitUntilHealthy(url, child, logFile);
  } catch (error) {
    child.kill("SIGKILL");
    await exited(child);
    throw error;
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      const code = await exited(child);
      clearTimeout(timer);
      const warnings = warningsIn(logFile);
      if (code !== 0) warnings.push(`the server did not stop cleanly (exit code ${code})`);
      return warnings;
    },
  };
}

/** A baseline server of the ladder (bench/baselines/*.ts): forked, ready when it says so. */
export async function startBaseline(script: string, databaseUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["-r", "@swc-node/register", path.join(__dirname, "baselines", script)], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start`)), START_TIMEOUT_MS);
    child.once("message", () => (clearTimeout(timer), resolve()));
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`${script} exited with code ${code}`))));
  });
  child.removeAllListeners("exit");
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      const code = await exited(child);
      clearTimeout(timer);
      return code === 0 ? [] : [`${script} did not stop cleanly (exit code ${code})`];
    },
  };
}
