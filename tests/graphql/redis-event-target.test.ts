import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { createLogger } from "../../server/logger";
import { createRedisEventTarget } from "../../server/graphql/redis-event-target";
import { testRedis, type TestRedis } from "../support/redis";

describe("the Redis event target", () => {
  let redis: TestRedis | null;
  const clients: Redis[] = [];
  const connect = () => {
    const client = new Redis(redis!.url);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    redis = await testRedis();
    if (!redis) throw new Error("This test needs Redis: set REDIS_URL or install redis-server.");
  });
  afterAll(async () => {
    await Promise.all(clients.filter((client) => client.status === "ready").map((client) => client.quit()));
    await redis?.stop();
  });

  it("carries events between targets on one prefix, and only on it", async () => {
    const prefix = `test-${randomUUID()}:`;
    const lines: string[] = [];
    const logger = createLogger("warn", { write: (line: string) => lines.push(line) });
    const sender = createRedisEventTarget(connect(), connect(), prefix, logger);
    const receiver = createRedisEventTarget(connect(), connect(), prefix, logger);
    const stranger = createRedisEventTarget(connect(), connect(), `other-${prefix}`, logger);
    const received: unknown[] = [];
    const strangerReceived: unknown[] = [];
    receiver.addEventListener("TOPIC", (event) => received.push(event.detail));
    stranger.addEventListener("TOPIC", (event) => strangerReceived.push(event.detail));
    for (let attempt = 0; received.length === 0 && attempt < 50; attempt++) {
      sender.dispatchEvent(new CustomEvent("TOPIC", { detail: { attempt } }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(received[0]).toEqual({ attempt: expect.any(Number) });
    expect(strangerReceived).toEqual([]);
    expect(lines).toEqual([]);
  });

  it("logs a failed unsubscribe or publish on a closed connection instead of crashing the process", async () => {
    const lines: string[] = [];
    const logger = createLogger("warn", { write: (line: string) => lines.push(line) });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const publishClient = connect();
      const subscribeClient = connect();
      const target = createRedisEventTarget(publishClient, subscribeClient, `test-${randomUUID()}:`, logger);
      const listener = () => undefined;
      target.addEventListener("TOPIC", listener);
      await new Promise((resolve) => setTimeout(resolve, 100));
      publishClient.disconnect();
      subscribeClient.disconnect();
      target.removeEventListener("TOPIC", listener);
      target.dispatchEvent(new CustomEvent("TOPIC", { detail: {} }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const messages = lines.map((line) => JSON.parse(line).msg);
      expect({ messages, unhandled }).toEqual({
        messages: expect.arrayContaining(["Redis unsubscribe failed", "Redis publish failed"]),
        unhandled: [],
      });
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
