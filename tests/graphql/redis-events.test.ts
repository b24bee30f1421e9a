import { createPerson } from "../support/factories";
import { testRedis, type TestRedis } from "../support/redis";
import { startTestServer, type TestServer } from "../support/server";

describe("subscription events across server processes through Redis", () => {
  let redis: TestRedis | null;
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    redis = await testRedis();
    if (!redis) throw new Error("This test needs Redis: set REDIS_URL or install redis-server.");
    // Two servers with nothing in common but the database and Redis.
    [first, second] = await Promise.all([
      startTestServer({ env: { REDIS_URL: redis.url } }),
      startTestServer({ env: { REDIS_URL: redis.url } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await redis?.stop();
  });

  it("delivers a change made on one server to a subscriber on the other", async () => {
    const person = await createPerson(second);
    const watcher = await createPerson(first);
    const client = watcher.agent.ws(first.config.publicUrl);
    const received = new Promise<any>((resolve, reject) => {
      client.subscribe(
        { query: `subscription($id: ID!) { personUpdated(id: $id) { id displayName } }`, variables: { id: person.id } },
        { next: (value) => resolve(value.data), error: reject, complete: () => undefined },
      );
    });
    // The subscription is registered asynchronously: publish until it arrives.
    let event: any;
    for (let attempt = 0; !event && attempt < 50; attempt++) {
      await person.agent.ok(`mutation { updateProfile(input: { displayName: "Seen from afar" }) { id } }`);
      event = await Promise.race([received, new Promise((resolve) => setTimeout(resolve, 100))]);
    }
    await client.dispose();
    expect(event.personUpdated).toEqual({ id: person.id, displayName: "Seen from afar" });
  });
});
