import { randomUUID } from "node:crypto";
import { listenToActivity } from "../support/activity";
import { createOrganization } from "../support/elements";
import { createPerson } from "../support/factories";
import { testRedis, type TestRedis } from "../support/redis";
import { startTestServer, type TestServer } from "../support/server";

describe("subscription events across server processes through Redis", () => {
  let redis: TestRedis | null;
  let first: TestServer;
  let second: TestServer;
  let stranger: TestServer;

  beforeAll(async () => {
    redis = await testRedis();
    if (!redis) throw new Error("This test needs Redis: set REDIS_URL or install redis-server.");
    // Two servers with nothing in common but the database and Redis (with its prefix), and a third
    // instance on the same Redis under another prefix.
    const shared = { REDIS_URL: redis.url, REDIS_PREFIX: `test-shared-${randomUUID()}` };
    [first, second, stranger] = await Promise.all([
      startTestServer({ env: shared }),
      startTestServer({ env: shared }),
      startTestServer({ env: { REDIS_URL: redis.url } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop(), stranger?.stop()]);
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

  it("publishes activity recorded on one server to the event bus of the other", async () => {
    const person = await createPerson(first);
    const listener = listenToActivity(second.app.services.events);
    const otherInstance = listenToActivity(stranger.app.services.events);
    // The other instance hears its own changes: its listener is live before the change below.
    const local = await createPerson(stranger);
    let own: { id: string } | undefined;
    for (let attempt = 0; !own || (otherInstance.about(own.id).length === 0 && attempt < 50); attempt++) {
      own = await createOrganization(local);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(otherInstance.about(own!.id)).toHaveLength(1);
    // Listening is registered asynchronously: change until the other server hears of it.
    let heard: unknown[] = [];
    let created: { id: string } | undefined;
    for (let attempt = 0; heard.length === 0 && attempt < 50; attempt++) {
      created = await createOrganization(person);
      await new Promise((resolve) => setTimeout(resolve, 100));
      heard = listener.about(created.id);
    }
    await Promise.all([listener.stop(), otherInstance.stop()]);
    expect(heard).toEqual([expect.objectContaining({ verb: "created", actorId: person.id, elementId: created!.id })]);
    // Channels are named under REDIS_PREFIX: an instance with another prefix heard none of it.
    expect(otherInstance.about(created!.id)).toEqual([]);
  });
});
