import { Agent, codeOf } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { FOLLOW, LEAVE, makeMember } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";
import { primed, sleep, until, watch } from "../support/subscriptions";

const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id audience text textHtml tags links places { inseeCode } } }`;
const WALL = `query($id: ID!) { element(id: $id) { ... on Organization { news { totalCount nodes { id text activity { kind } } } } } }`;
const LIVE = `query($area: AreaInput!, $tags: [String!], $text: String) {
  live(area: $area, tags: $tags, text: $text) { totalCount nodes { id text } }
}`;
const FEED = `query { myFeed { nodes { id text } } }`;
const LIVE_SUB = `subscription($area: AreaInput!) { liveNews(area: $area) { change newsId news { id text } } }`;
const WALL_SUB = `subscription($wallId: ID!) { wallNews(wallId: $wallId) { change newsId news { id text } } }`;
const LYON = { inseeCode: "69123" };
const LYON_ADDRESS = { street: "1 place des Terreaux", postalCode: "69001", city: "Lyon" };

async function post(by: PersonFixture, input: Record<string, unknown>) {
  return (await by.agent.ok(POST, { input })).postNews;
}

describe("news on walls, the Live and my feed", () => {
  let server: TestServer;
  let admin: PersonFixture;
  let member: PersonFixture;
  let follower: PersonFixture;
  let stranger: PersonFixture;
  let org: { id: string };

  beforeAll(async () => {
    server = await startTestServer({
      newsLimits: { posts: { points: 1000, seconds: 3600 }, comments: { points: 3, seconds: 3600 } },
    });
    [admin, member, follower, stranger] = await Promise.all([
      createPerson(server),
      createPerson(server),
      createPerson(server),
      createPerson(server),
    ]);
    org = await createOrganization(admin, { address: LYON_ADDRESS });
    await makeMember(admin, member, org.id);
    await follower.agent.ok(FOLLOW, { input: { elementId: org.id } });
  });
  afterAll(() => server.stop());

  it("shows each audience to its audience only, on the wall, in the Live and in feeds", async () => {
    const secret = `secret ${Date.now()}`;
    const priv = await post(member, { wallId: org.id, text: secret, audience: "PRIVATE" });
    const restricted = await post(member, { wallId: org.id, text: "for followers", audience: "RESTRICTED" });
    const pub = await post(member, { wallId: org.id, text: "Hello #Garden @" + admin.username, audience: "PUBLIC" });
    expect(pub).toMatchObject({ audience: "PUBLIC", tags: ["Garden"], places: [{ inseeCode: "69123" }] });
    expect(pub.textHtml).toContain(`href="/people/${admin.username}"`);

    const wallOf = async (who: PersonFixture | null) => {
      const agent = who?.agent ?? new Agent(server.url);
      const { element } = await agent.ok(WALL, { id: org.id });
      // The wall's activity (created, joined) is tested in news-activity.test.ts.
      return element.news.nodes.filter((n: { activity: unknown }) => !n.activity).map((n: { id: string }) => n.id);
    };
    expect(await wallOf(admin)).toEqual([pub.id, restricted.id, priv.id]);
    expect(await wallOf(follower)).toEqual([pub.id, restricted.id]);
    expect(await wallOf(stranger)).toEqual([pub.id]);
    expect(await wallOf(null)).toEqual([pub.id]);

    const live = (await stranger.agent.ok(LIVE, { area: LYON })).live;
    expect(live.nodes.map((n: { id: string }) => n.id)).toContain(pub.id);
    expect(JSON.stringify(live)).not.toContain(secret);
    expect((await stranger.agent.ok(LIVE, { area: LYON, tags: ["garden"] })).live.nodes).toEqual([
      expect.objectContaining({ id: pub.id }),
    ]);
    expect((await stranger.agent.ok(LIVE, { area: { inseeCode: "75056" } })).live.nodes).toEqual([]);

    const followerFeed = (await follower.agent.ok(FEED)).myFeed.nodes.map((n: { id: string }) => n.id);
    expect(followerFeed).toEqual(expect.arrayContaining([pub.id, restricted.id]));
    expect(followerFeed).not.toContain(priv.id);
    // The admin is mentioned and a member: the public item is in their feed.
    expect((await admin.agent.ok(FEED)).myFeed.nodes.map((n: { id: string }) => n.id)).toContain(pub.id);

    const direct = await stranger.agent.ok(`query($id: ID!) { news(newsId: $id) { id text } }`, { id: priv.id });
    expect(direct.news).toBeNull();
  });

  it("lets only members post on an element's wall, and only administrators as the element", async () => {
    const refused = await stranger.agent.gql(POST, { input: { wallId: org.id, text: "hi", audience: "PUBLIC" } });
    expect(codeOf(refused)).toBe("FORBIDDEN");
    const asOrg = await member.agent.gql(POST, {
      input: { wallId: org.id, text: "hi", audience: "PUBLIC", asElement: true },
    });
    expect(codeOf(asOrg)).toBe("FORBIDDEN");
    const onSomeoneElse = await stranger.agent.gql(POST, {
      input: { wallId: member.id, text: "hi", audience: "PUBLIC" },
    });
    expect(codeOf(onSomeoneElse)).toBe("FORBIDDEN");
    const tooLong = await member.agent.gql(POST, {
      input: { wallId: org.id, text: "x".repeat(5001), audience: "PUBLIC" },
    });
    expect(codeOf(tooLong)).toBe("BAD_USER_INPUT");
    // A person's wall has no town: a public item without a place stays restricted.
    const own = await post(stranger, { wallId: stranger.id, text: "Arrived!", audience: "PUBLIC" });
    expect(own.audience).toBe("RESTRICTED");
    const placed = await post(stranger, {
      wallId: stranger.id,
      text: "Arrived!",
      audience: "PUBLIC",
      placeIds: ["fr:69123"],
    });
    expect(placed.audience).toBe("PUBLIC");
  });

  it("keeps revisions of edits by the author; the wall's administrators hide and delete", async () => {
    const item = await post(member, { wallId: org.id, text: "first words", audience: "PUBLIC" });
    const EDIT = `mutation($input: EditNewsInput!) { editNews(input: $input) { id text edited revisions { nodes { text } } } }`;
    expect(codeOf(await admin.agent.gql(EDIT, { input: { id: item.id, text: "hijack" } }))).toBe("FORBIDDEN");
    const edited = (await member.agent.ok(EDIT, { input: { id: item.id, text: "second words" } })).editNews;
    expect(edited).toMatchObject({
      text: "second words",
      edited: true,
      revisions: { nodes: [{ text: "first words" }] },
    });

    // What each may do, as the item tells them (the web app's menu shows only that).
    const RIGHTS = `query($id: ID!) { news(newsId: $id) { viewerMayEdit viewerMayHide viewerMayRemove } }`;
    const rights = async (who: PersonFixture | null) =>
      (await (who ? who.agent : new Agent(server.url)).ok(RIGHTS, { id: item.id })).news;
    expect(await rights(member)).toEqual({ viewerMayEdit: true, viewerMayHide: false, viewerMayRemove: true });
    expect(await rights(admin)).toEqual({ viewerMayEdit: false, viewerMayHide: true, viewerMayRemove: true });
    expect(await rights(stranger)).toEqual({ viewerMayEdit: false, viewerMayHide: false, viewerMayRemove: false });
    expect(await rights(null)).toEqual({ viewerMayEdit: false, viewerMayHide: false, viewerMayRemove: false });

    const HIDE = `mutation($id: ID!) { hideNews(input: { id: $id }) { id } }`;
    const DELETE = `mutation($id: ID!) { deleteNews(input: { id: $id }) { id } }`;
    expect(codeOf(await stranger.agent.gql(HIDE, { id: item.id }))).toBe("FORBIDDEN");
    expect(codeOf(await member.agent.gql(HIDE, { id: item.id }))).toBe("FORBIDDEN");
    expect(codeOf(await stranger.agent.gql(DELETE, { id: item.id }))).toBe("FORBIDDEN");
    await admin.agent.ok(HIDE, { id: item.id });
    const after = await stranger.agent.ok(`query($id: ID!) { news(newsId: $id) { id } }`, { id: item.id });
    expect(after.news).toBeNull();

    const other = await post(member, { wallId: org.id, text: "to delete", audience: "PUBLIC" });
    await admin.agent.ok(DELETE, { id: other.id });
    expect((await member.agent.ok(`query($id: ID!) { news(newsId: $id) { id } }`, { id: other.id })).news).toBeNull();
  });

  it("comments with one level of replies, one reaction per person, reports handled by administrators", async () => {
    const item = await post(member, { wallId: org.id, text: "discuss", audience: "PUBLIC" });
    const COMMENT = `mutation($input: CommentNewsInput!) { commentNews(input: $input) { id parentId } }`;
    const top = (await stranger.agent.ok(COMMENT, { input: { newsId: item.id, text: "a comment" } })).commentNews;
    const reply = (await admin.agent.ok(COMMENT, { input: { newsId: item.id, parentId: top.id, text: "a reply" } }))
      .commentNews;
    const deeper = await stranger.agent.gql(COMMENT, { input: { newsId: item.id, parentId: reply.id, text: "no" } });
    expect(codeOf(deeper)).toBe("BAD_USER_INPUT");

    const REACT = `mutation($input: ReactInput!) { reactToNews(input: $input) { reactionCounts { kind count } viewerReaction } }`;
    await stranger.agent.ok(REACT, { input: { newsId: item.id, kind: "LIKE" } });
    const changed = (await stranger.agent.ok(REACT, { input: { newsId: item.id, kind: "LOVE" } })).reactToNews;
    expect(changed).toEqual({ reactionCounts: [{ kind: "LOVE", count: 1 }], viewerReaction: "LOVE" });

    const read = await follower.agent.ok(
      `query($id: ID!) { news(newsId: $id) { commentCount comments { nodes { id replyCount replies { nodes { id } } } } } }`,
      { id: item.id },
    );
    expect(read.news).toEqual({
      commentCount: 2,
      comments: { nodes: [{ id: top.id, replyCount: 1, replies: { nodes: [{ id: reply.id }] } }] },
    });

    const REPORT = `mutation($input: ReportNewsInput!) { reportNews(input: $input) { id state } }`;
    const report = (await follower.agent.ok(REPORT, { input: { newsId: item.id, reason: "spam, really" } })).reportNews;
    const REPORTS = `query($wallId: ID!) { newsReports(wallId: $wallId) { nodes { id reason news { id } } } }`;
    expect(codeOf(await member.agent.gql(REPORTS, { wallId: org.id }))).toBe("FORBIDDEN");
    const listed = (await admin.agent.ok(REPORTS, { wallId: org.id })).newsReports.nodes;
    expect(listed).toContainEqual({ id: report.id, reason: "spam, really", news: { id: item.id } });
    const HANDLE = `mutation($id: ID!) { handleReport(input: { id: $id, hide: true }) { id state } }`;
    expect(codeOf(await follower.agent.gql(HANDLE, { id: report.id }))).toBe("FORBIDDEN");
    expect((await admin.agent.ok(HANDLE, { id: report.id })).handleReport.state).toBe("HIDDEN");
    expect((await follower.agent.ok(`query($id: ID!) { news(newsId: $id) { id } }`, { id: item.id })).news).toBeNull();
  });

  it("rate-limits commenting per person", async () => {
    const item = await post(member, { wallId: org.id, text: "limits", audience: "PUBLIC" });
    const COMMENT = `mutation($input: CommentNewsInput!) { commentNews(input: $input) { id } }`;
    const commenter = await createPerson(server);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(codeOf(await commenter.agent.gql(COMMENT, { input: { newsId: item.id, text: `c${i}` } })));
    expect(codes).toEqual([undefined, undefined, undefined, "RATE_LIMITED"]);
  });

  it("never delivers a private item to a stranger subscribed to the area or the wall", async () => {
    const privateOrg = await createOrganization(admin, { address: LYON_ADDRESS });
    await setElementSettings(admin, privateOrg.id, { private: true });
    const area = watch(stranger.agent, server.url, LIVE_SUB, { area: LYON });
    const wall = watch(stranger.agent, server.url, WALL_SUB, { wallId: privateOrg.id });
    const memberWall = watch(admin.agent, server.url, WALL_SUB, { wallId: privateOrg.id });
    await primed(memberWall, () => post(admin, { wallId: privateOrg.id, text: "prime", audience: "PRIVATE" }));
    await primed(area, () => post(admin, { wallId: org.id, text: "prime area", audience: "PUBLIC" }));
    const seen = area.events.length;
    const secret = `members only ${Date.now()}`;
    const priv = await post(admin, { wallId: privateOrg.id, text: secret, audience: "PRIVATE" });
    const pub = await post(admin, { wallId: org.id, text: "open to all", audience: "PUBLIC" });
    await until(() => area.events.some((e) => e.liveNews.newsId === pub.id), 10_000, "the public item");
    await until(() => memberWall.events.some((e) => e.wallNews.newsId === priv.id), 10_000, "the member's copy");
    await sleep(200);
    for (const events of [area.events.slice(seen), wall.events]) {
      expect(JSON.stringify(events)).not.toContain(secret);
      expect(JSON.stringify(events)).not.toContain(priv.id);
    }
    await Promise.all([area.dispose(), wall.dispose(), memberWall.dispose()]);
  });

  it("stops delivering an organization's private items to a subscriber who left it", async () => {
    const leaver = await createPerson(server);
    await makeMember(admin, leaver, org.id);
    const subscription = watch(leaver.agent, server.url, WALL_SUB, { wallId: org.id });
    await primed(subscription, () => post(admin, { wallId: org.id, text: "before", audience: "PRIVATE" }));
    await leaver.agent.ok(LEAVE, { input: { elementId: org.id } });
    const after = await post(admin, { wallId: org.id, text: "after leaving", audience: "PRIVATE" });
    const marker = await post(admin, { wallId: org.id, text: "public marker", audience: "PUBLIC" });
    await until(() => subscription.events.some((e) => e.wallNews.newsId === marker.id), 10_000, "the marker");
    expect(subscription.events.map((e) => e.wallNews.newsId)).not.toContain(after.id);
    await subscription.dispose();
  });

  it("withdraws a deleted item from open feeds, reading its audience once per event", async () => {
    const subscribers = await Promise.all(
      [follower, stranger, member].map(async (who) => watch(who.agent, server.url, WALL_SUB, { wallId: org.id })),
    );
    for (const subscription of subscribers) {
      await primed(subscription, () => post(admin, { wallId: org.id, text: "prime", audience: "PUBLIC" }));
    }
    const lookups = server.app.services.newsFanOut.lookups;
    const item = await post(admin, { wallId: org.id, text: "short-lived", audience: "PUBLIC" });
    await admin.agent.ok(`mutation($id: ID!) { deleteNews(input: { id: $id }) { id } }`, { id: item.id });
    for (const subscription of subscribers) {
      await until(
        () => subscription.events.some((e) => e.wallNews.newsId === item.id && e.wallNews.change === "REMOVED"),
        10_000,
        "the withdrawal",
      );
    }
    // Two events (posted, removed), three subscribers: two audience reads.
    expect(server.app.services.newsFanOut.lookups - lookups).toBe(2);
    await Promise.all(subscribers.map((subscription) => subscription.dispose()));
  });

  it("settings of a private organization keep its wall from strangers", async () => {
    const hidden = await createOrganization(admin);
    await setElementSettings(admin, hidden.id, { private: true });
    const refused = await admin.agent.gql(POST, { input: { wallId: hidden.id, text: "x", audience: "PUBLIC" } });
    expect(codeOf(refused)).toBe("BAD_USER_INPUT");
  });
});
