import { randomUUID } from "node:crypto";
import { createOrganization } from "../support/elements";
import { createPerson } from "../support/factories";
import { testRedis, type TestRedis } from "../support/redis";
import { startTestServer, type TestServer } from "../support/server";
import { primed, until, watch } from "../support/subscriptions";

const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
const LIVE_SUB = `subscription($area: AreaInput!) { liveNews(area: $area) { change newsId news { id text } } }`;

describe("the Live across server processes through Redis", () => {
  let redis: TestRedis | null;
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    redis = await testRedis();
    if (!redis) throw new Error("This test needs Redis: set REDIS_URL or install redis-server.");
    const shared = { REDIS_URL: redis.url, REDIS_PREFIX: `test-live-${randomUUID()}` };
    [first, second] = await Promise.all([startTestServer({ env: shared }), startTestServer({ env: shared })]);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await redis?.stop();
  });

  it("delivers an item posted on one server to a Live subscriber on the other", async () => {
    const author = await createPerson(second);
    const reader = await createPerson(first);
    const org = await createOrganization(author, { address: { postalCode: "69001", city: "Lyon" } });
    const subscription = watch(reader.agent, first.url, LIVE_SUB, { area: { inseeCode: "69123" } });
    const post = (text: string) =>
      author.agent.ok(POST, { input: { wallId: org.id, text, audience: "PUBLIC" } }).then((r) => r.postNews.id);
    await primed(subscription, () => post("prime"));
    const id = await post("from the other process");
    await until(() => subscription.events.some((e) => e.liveNews.newsId === id), 10_000, "the item");
    expect(subscription.events.find((e) => e.liveNews.newsId === id).liveNews.news.text).toBe("from the other process");
    await subscription.dispose();
  });
});
