import { spawn, spawnSync } from "node:child_process";
import Redis from "ioredis";
import { freePort } from "./server";

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

/**
 * The Redis given by REDIS_URL (CI), else a private redis-server on a free port when the
 * machine has one. Null only on a machine without Redis at all.
 */
export async function testRedis(): Promise<TestRedis | null> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  if (spawnSync("redis-server", ["--version"]).status !== 0) return null;
  const port = await freePort();
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: "ignore",
    },
  );
  const url = `redis://127.0.0.1:${port}`;
  await waitUntilAnswering(url).catch((error) => {
    child.kill();
    throw error;
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}

async function waitUntilAnswering(url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    try {
      await probe.connect();
      await probe.ping();
      return;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      probe.disconnect();
    }
  }
}
