import { Agent } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { ADD, FOLLOW, makeMember } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";
import { primed, sleep, until, watch } from "../support/subscriptions";

const ITEM = `id text audience activity { kind person { id } organization { id } } wall { id }`;
const WALL = `query($id: ID!) { element(id: $id) { ... on Organization { news { nodes { ${ITEM} } } } } }`;
const FEED = `query { myFeed(first: 100) { nodes { ${ITEM} } } }`;
const LIVE = `query($area: AreaInput!) { live(area: $area, first: 100) { nodes { ${ITEM} } } }`;
const ONE = `query($id: ID!) { news(newsId: $id) { ${ITEM} } }`;
const LIVE_SUB = `subscription($area: AreaInput!) { liveNews(area: $area) { change newsId news { ${ITEM} } } }`;
const FEED_SUB = `subscription { myFeedNews { change newsId news { ${ITEM} } } }`;
const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
const LYON = { inseeCode: "69123" };
const LYON_ADDRESS = { street: "1 place des Terreaux", postalCode: "69001", city: "Lyon" };

type Item = { id: string; activity: { kind: string; person: { id: string } | null } | null; wall: { id: string } };

const activityOf = (items: Item[], wallId: string) =>
  items.filter((item) => item.activity && item.wall?.id === wallId).map((item) => item.activity!.kind);

describe("activity in the Live", () => {
  let server: TestServer;
  let admin: PersonFixture;
  let stranger: PersonFixture;

  beforeAll(async () => {
    server = await startTestServer();
    [admin, stranger] = await Promise.all([createPerson(server), createPerson(server)]);
  });
  afterAll(() => server.stop());

  it("shows a public organization's activity on its wall, in its town's Live and in its followers' feeds", async () => {
    const org = await createOrganization(admin, { address: LYON_ADDRESS });
    const follower = await createPerson(server);
    await follower.agent.ok(FOLLOW, { input: { elementId: org.id } });
    const feed = watch(follower.agent, server.url, FEED_SUB, {});
    await primed(feed, () => admin.agent.ok(POST, { input: { wallId: org.id, text: "prime", audience: "PUBLIC" } }));
    const joiner = await createPerson(server);
    await makeMember(admin, joiner, org.id);

    const { myFeed } = await follower.agent.ok(FEED);
    const joined = myFeed.nodes.find((item: Item) => item.activity?.kind === "JOINED" && item.wall.id === org.id);
    expect(joined).toMatchObject({ text: "", audience: "PUBLIC", activity: { person: { id: joiner.id } } });
    expect(activityOf(myFeed.nodes, org.id)).toEqual(["JOINED", "CREATED"]);
    await until(() => feed.events.some((e) => e.myFeedNews.newsId === joined.id), 10_000, "the joined item, live");

    const wall = (await new Agent(server.url).ok(WALL, { id: org.id })).element.news.nodes;
    expect(activityOf(wall, org.id)).toEqual(["JOINED", "CREATED"]);
    expect(activityOf((await stranger.agent.ok(LIVE, { area: LYON })).live.nodes, org.id)).toEqual([
      "JOINED",
      "CREATED",
    ]);
    // An activity item is not edited, even by the person it concerns.
    const edit = await joiner.agent.gql(`mutation($input: EditNewsInput!) { editNews(input: $input) { id } }`, {
      input: { id: joined.id, text: "rewritten" },
    });
    expect(edit.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await feed.dispose();
  });

  it("never shows a private element's activity to a stranger, in lists or subscriptions", async () => {
    const org = await createOrganization(admin, { address: LYON_ADDRESS });
    await setElementSettings(admin, org.id, { private: true });
    const area = watch(stranger.agent, server.url, LIVE_SUB, { area: LYON });
    const memberFeed = watch(admin.agent, server.url, FEED_SUB, {});
    const open = await createOrganization(admin, { address: LYON_ADDRESS });
    await primed(area, () => admin.agent.ok(POST, { input: { wallId: open.id, text: "prime", audience: "PUBLIC" } }));
    await primed(memberFeed, () =>
      admin.agent.ok(POST, { input: { wallId: open.id, text: "prime", audience: "PUBLIC" } }),
    );
    const seen = area.events.length;

    const joiner = await createPerson(server);
    await admin.agent.ok(ADD, { input: { elementId: org.id, personId: joiner.id } });
    const marker = await createOrganization(admin, { address: LYON_ADDRESS });

    // Its community sees it: the created item (posted while it was public) and the joined one.
    const adminFeed = (await admin.agent.ok(FEED)).myFeed.nodes;
    expect(activityOf(adminFeed, org.id)).toEqual(["JOINED", "CREATED"]);
    const joined = adminFeed.find((item: Item) => item.activity?.kind === "JOINED" && item.wall.id === org.id);
    expect(joined.audience).toBe("PRIVATE");
    await until(() => memberFeed.events.some((e) => e.myFeedNews.newsId === joined.id), 10_000, "the member's copy");

    const everyone = [stranger.agent, new Agent(server.url)];
    for (const agent of everyone) {
      expect(activityOf((await agent.ok(LIVE, { area: LYON })).live.nodes, org.id)).toEqual([]);
      expect((await agent.ok(ONE, { id: joined.id })).news).toBeNull();
    }
    expect(activityOf((await stranger.agent.ok(FEED)).myFeed.nodes, org.id)).toEqual([]);
    await until(
      () => area.events.some((e) => e.liveNews.news?.wall?.id === marker.id),
      10_000,
      "the public marker's created item",
    );
    await sleep(200);
    const received = JSON.stringify(area.events.slice(seen));
    expect(received).not.toContain(org.id);
    expect(received).not.toContain(joined.id);
    await Promise.all([area.dispose(), memberFeed.dispose()]);
  });

  it("tells a new administrator", async () => {
    const org = await createOrganization(admin, { address: LYON_ADDRESS });
    const member = await createPerson(server);
    await makeMember(admin, member, org.id);
    const { requestAdministration } = await member.agent.ok(
      `mutation($id: ID!) { requestAdministration(input: { elementId: $id }) { id } }`,
      { id: org.id },
    );
    await admin.agent.ok(`mutation($id: ID!) { validateAdministration(input: { linkId: $id }) { id } }`, {
      id: requestAdministration.id,
    });
    const wall = (await stranger.agent.ok(WALL, { id: org.id })).element.news.nodes;
    expect(activityOf(wall, org.id)).toEqual(["NEW_ADMINISTRATOR", "JOINED", "CREATED"]);
    expect(wall[0].activity.person).toEqual({ id: member.id });
  });
});
