import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { FOLLOW, makeMember, UNFOLLOW, REQUEST_ADMINISTRATION, VALIDATE_ADMINISTRATION } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";
import { sleep, until, watch } from "../support/subscriptions";

let server: TestServer;

const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
const COMMENT = `mutation($input: CommentNewsInput!) { commentNews(input: $input) { id } }`;
const HIDE = `mutation($id: ID!) { hideNews(input: { id: $id }) { id } }`;
const DELETE_NEWS = `mutation($id: ID!) { deleteNews(input: { id: $id }) { id } }`;
const DELETE_COMMENT = `mutation($id: ID!) { deleteComment(input: { id: $id }) { id } }`;
const REPORT = `mutation($input: ReportNewsInput!) { reportNews(input: $input) { id } }`;
const HANDLE = `mutation($id: ID!) { handleReport(input: { id: $id, hide: true }) { id } }`;
const REQUEST_DELETION = `mutation($id: ID!) { requestElementDeletion(input: { id: $id }) { id } }`;
const SET_LEVEL = `mutation($elementId: ID!, $level: NotificationLevel!) {
  setNotificationLevel(input: { elementId: $elementId, level: $level }) { level } }`;
const COUNT_CHANGED = `subscription { unreadNotificationCountChanged }`;
const NOTIFICATIONS = `{ unreadNotificationCount
  notifications(first: 100) { nodes { id kind count actors { id } element { id } news { id } } } }`;

interface Item {
  id: string;
  kind: string;
  count: number;
  actors: { id: string }[];
  element: { id: string } | null;
  news: { id: string } | null;
}

async function notificationsOf(who: PersonFixture): Promise<{ unread: number; items: Item[] }> {
  const data = await who.agent.ok(NOTIFICATIONS);
  return { unread: data.unreadNotificationCount, items: data.notifications.nodes };
}

/** The person's notifications of a kind (about one news item or element when given). */
async function received(who: PersonFixture, kind: string, about?: { news?: string; element?: string }) {
  return (await notificationsOf(who)).items.filter(
    (n) =>
      n.kind === kind &&
      (!about?.news || n.news?.id === about.news) &&
      (!about?.element || n.element?.id === about.element),
  );
}

async function post(by: PersonFixture, wallId: string, text: string, audience = "PRIVATE"): Promise<string> {
  return (await by.agent.ok(POST, { input: { wallId, text, audience } })).postNews.id;
}

async function comment(by: PersonFixture, newsId: string, text: string): Promise<string> {
  return (await by.agent.ok(COMMENT, { input: { newsId, text } })).commentNews.id;
}

/** Makes `who` a member, then an administrator, of an element `admin` administers. */
async function makeAdministrator(admin: PersonFixture, who: PersonFixture, elementId: string) {
  const link = await makeMember(admin, who, elementId);
  await who.agent.ok(REQUEST_ADMINISTRATION, { elementId });
  await admin.agent.ok(VALIDATE_ADMINISTRATION, { linkId: link.id });
}

/** The notifications stored for a person, whether the API would list them or not. */
const rowsOf = (who: PersonFixture): Promise<{ kind: string }[]> =>
  server.database.dataSource.query(`SELECT kind FROM notification WHERE recipient_id = $1`, [who.id]);

const people = (n: number) => Promise.all(Array.from({ length: n }, () => createPerson(server)));

beforeAll(async () => {
  // A database of its own: another file's server polling the shared queue could take its digest job.
  server = await startTestServer({
    jobPollMs: 100,
    ownDatabase: true,
    newsLimits: { posts: { points: 1000, seconds: 3600 }, comments: { points: 1000, seconds: 3600 } },
  });
});
afterAll(() => server.stop());

describe("mentions", () => {
  it("tell the people mentioned who may see the item, not its author, not those out of its audience", async () => {
    const [admin, author, member, follower, stranger] = await people(5);
    const org = await createOrganization(admin);
    await makeMember(admin, author, org.id);
    await makeMember(admin, member, org.id);
    await follower.agent.ok(FOLLOW, { input: { elementId: org.id } });

    // Restricted: the community and the followers see it, a stranger does not.
    const text = `Hello @${member.username}, @${follower.username}, @${stranger.username} and me @${author.username}`;
    const newsId = await post(author, org.id, text, "RESTRICTED");
    for (const who of [member, follower]) {
      expect(await received(who, "MENTIONED", { news: newsId })).toEqual([
        expect.objectContaining({ count: 1, actors: [{ id: author.id }], element: { id: org.id } }),
      ]);
    }
    expect(await received(stranger, "MENTIONED")).toEqual([]);
    expect(await received(author, "MENTIONED")).toEqual([]);
    // Not even written: nothing could reach the stranger's mail or bell.
    expect(await rowsOf(stranger)).toEqual([]);

    // Mentioned again in a comment on the same item: grouped with the first mention.
    await comment(admin, newsId, `I agree with @${member.username}`);
    expect(await received(member, "MENTIONED", { news: newsId })).toEqual([
      expect.objectContaining({ count: 2, actors: [{ id: admin.id }, { id: author.id }] }),
    ]);
  });

  it("of a stranger in an item for a private element's members tell nobody outside it", async () => {
    const [admin, insider, stranger] = await people(3);
    const org = await createOrganization(admin);
    await makeMember(admin, insider, org.id);
    await setElementSettings(admin, org.id, { private: true });
    const newsId = await post(admin, org.id, `Meeting @${insider.username} @${stranger.username}`);
    expect(await received(insider, "MENTIONED", { news: newsId })).toHaveLength(1);
    expect((await notificationsOf(stranger)).items).toEqual([]);
    expect(await rowsOf(stranger)).toEqual([]);
  });

  it("added by an edit tell only the people newly mentioned", async () => {
    const [admin, first, second] = await people(3);
    const org = await createOrganization(admin);
    await makeMember(admin, first, org.id);
    await makeMember(admin, second, org.id);
    const newsId = await post(admin, org.id, `Hi @${first.username}`);
    await admin.agent.ok(`mutation($input: EditNewsInput!) { editNews(input: $input) { id } }`, {
      input: { id: newsId, text: `Hi @${first.username} and @${second.username}` },
    });
    expect(await received(first, "MENTIONED", { news: newsId })).toEqual([expect.objectContaining({ count: 1 })]);
    expect(await received(second, "MENTIONED", { news: newsId })).toHaveLength(1);
  });
});

describe("comments", () => {
  it("tell the item's author and those who commented before, each once, never the comment's author", async () => {
    const [admin, author, first, second] = await people(4);
    const org = await createOrganization(admin);
    for (const who of [author, first, second]) await makeMember(admin, who, org.id);
    const newsId = await post(author, org.id, "Who brings the seeds?");

    await comment(first, newsId, "Me");
    expect(await received(author, "COMMENTED", { news: newsId })).toEqual([
      expect.objectContaining({ count: 1, actors: [{ id: first.id }] }),
    ]);
    expect(await received(first, "COMMENTED")).toEqual([]);

    await comment(second, newsId, "Me too");
    await comment(first, newsId, "Great");
    // Two people commented: one grouped notification for the author, with both of them.
    expect(await received(author, "COMMENTED", { news: newsId })).toEqual([
      expect.objectContaining({ count: 2, actors: [{ id: first.id }, { id: second.id }] }),
    ]);
    // The first commenter hears of the second's comment, the second of the first's later one.
    expect(await received(first, "COMMENTED", { news: newsId })).toEqual([
      expect.objectContaining({ count: 1, actors: [{ id: second.id }] }),
    ]);
    expect(await received(second, "COMMENTED", { news: newsId })).toEqual([
      expect.objectContaining({ count: 1, actors: [{ id: first.id }] }),
    ]);
    // The wall's administrator neither posted nor commented: no COMMENTED for them.
    expect(await received(admin, "COMMENTED")).toEqual([]);

    // Mentioned in a comment: told once, as a mention.
    await comment(second, newsId, `@${author.username} is it settled?`);
    expect(await received(author, "COMMENTED", { news: newsId })).toEqual([expect.objectContaining({ count: 2 })]);
    expect(await received(author, "MENTIONED", { news: newsId })).toHaveLength(1);
  });
});

describe("wall posts", () => {
  it("tell the wall's administrators but the author, as their level for the element allows", async () => {
    const [admin, coAdmin, member, outsider] = await people(4);
    const org = await createOrganization(admin);
    await makeAdministrator(admin, coAdmin, org.id);
    await makeMember(admin, member, org.id);
    await outsider.agent.ok(FOLLOW, { input: { elementId: org.id } });

    await post(member, org.id, "First post", "RESTRICTED");
    for (const who of [admin, coAdmin]) {
      expect(await received(who, "WALL_POSTED", { element: org.id })).toEqual([
        expect.objectContaining({ count: 1, actors: [{ id: member.id }] }),
      ]);
    }
    expect(await received(member, "WALL_POSTED")).toEqual([]);
    expect(await received(outsider, "WALL_POSTED")).toEqual([]);

    await post(admin, org.id, "Second post");
    expect(await received(admin, "WALL_POSTED", { element: org.id })).toEqual([expect.objectContaining({ count: 1 })]);
    expect(await received(coAdmin, "WALL_POSTED", { element: org.id })).toEqual([
      expect.objectContaining({ count: 2, actors: [{ id: admin.id }, { id: member.id }] }),
    ]);

    // Wall posts are not important: "important only" stops them, for that element.
    await coAdmin.agent.ok(SET_LEVEL, { elementId: org.id, level: "IMPORTANT" });
    const third = await createPerson(server);
    await makeMember(admin, third, org.id);
    await post(third, org.id, "Third post");
    expect(await received(coAdmin, "WALL_POSTED", { element: org.id })).toEqual([
      expect.objectContaining({ count: 2 }),
    ]);
    expect(await received(admin, "WALL_POSTED", { element: org.id })).toEqual([expect.objectContaining({ count: 2 })]);
  });
});

describe("withdrawal", () => {
  it("takes back what a hidden item caused: out of the list, the bell's count drops", async () => {
    const [admin, author, mentioned] = await people(3);
    const org = await createOrganization(admin);
    await makeMember(admin, author, org.id);
    await makeMember(admin, mentioned, org.id);
    const bell = watch(mentioned.agent, server.url, COUNT_CHANGED, {});
    try {
      // The subscription is registered asynchronously: new followers until the bell hears one.
      await until(() => bell.events.length > 0, 10_000, "the current count");
      for (let attempt = 0; bell.events.length < 2; attempt++) {
        if (attempt >= 50) throw new Error("the bell never heard of a notification");
        await (await createPerson(server)).agent.ok(FOLLOW, { input: { personId: mentioned.id } });
        await sleep(100);
      }
      await sleep(300);
      await mentioned.agent.ok(`mutation { markAllNotificationsRead }`);
      await until(() => bell.events.at(-1)?.unreadNotificationCountChanged === 0, 10_000, "all read");

      const newsId = await post(author, org.id, `Thanks @${mentioned.username}`);
      await until(() => bell.events.at(-1)?.unreadNotificationCountChanged === 1, 10_000, "the mention");
      expect(await received(admin, "WALL_POSTED", { news: newsId })).toHaveLength(1);

      await admin.agent.ok(HIDE, { id: newsId });
      await until(() => bell.events.at(-1)?.unreadNotificationCountChanged === 0, 10_000, "the mention withdrawn");
      expect(await received(mentioned, "MENTIONED")).toEqual([]);
      expect((await notificationsOf(mentioned)).unread).toBe(0);
      expect(await received(admin, "WALL_POSTED", { news: newsId })).toEqual([]);
    } finally {
      await bell.dispose();
    }
  });

  it("takes back what a hidden or deleted comment caused, and only that", async () => {
    const [admin, author, first, second] = await people(4);
    const org = await createOrganization(admin);
    for (const who of [author, first, second]) await makeMember(admin, who, org.id);
    const newsId = await post(author, org.id, "Plans for Saturday");
    const rude = await comment(first, newsId, "Something rude");
    await comment(second, newsId, "Count me in");
    expect(await received(author, "COMMENTED", { news: newsId })).toEqual([expect.objectContaining({ count: 2 })]);

    // Reported, then hidden by the wall's administrator: only the other comment is left.
    const report = (await second.agent.ok(REPORT, { input: { newsId, commentId: rude, reason: "Insulting" } }))
      .reportNews.id;
    await admin.agent.ok(HANDLE, { id: report });
    expect(await received(author, "COMMENTED", { news: newsId })).toEqual([
      expect.objectContaining({ count: 1, actors: [{ id: second.id }] }),
    ]);

    // Its author deletes the other one: nothing is left to tell.
    const [{ id: kept }] = await server.database.dataSource.query(
      `SELECT id FROM news_comment WHERE news_id = $1 AND author_id = $2`,
      [newsId, second.id],
    );
    await second.agent.ok(DELETE_COMMENT, { id: kept });
    expect(await received(author, "COMMENTED", { news: newsId })).toEqual([]);
  });

  it("takes back what a deleted item caused", async () => {
    const [admin, author, mentioned] = await people(3);
    const org = await createOrganization(admin);
    await makeMember(admin, author, org.id);
    await makeMember(admin, mentioned, org.id);
    const newsId = await post(author, org.id, `See you @${mentioned.username}`);
    expect(await received(mentioned, "MENTIONED", { news: newsId })).toHaveLength(1);
    await author.agent.ok(DELETE_NEWS, { id: newsId });
    expect(await received(mentioned, "MENTIONED")).toEqual([]);
    expect(await received(admin, "WALL_POSTED", { element: org.id })).toEqual([]);
  });

  it("leaves out what the person may no longer see: a restricted item's follower who stopped following", async () => {
    const [admin, follower] = await people(2);
    const org = await createOrganization(admin);
    await follower.agent.ok(FOLLOW, { input: { elementId: org.id } });
    const newsId = await post(admin, org.id, `Welcome @${follower.username}`, "RESTRICTED");
    expect(await received(follower, "MENTIONED", { news: newsId })).toHaveLength(1);
    await follower.agent.ok(UNFOLLOW, { input: { elementId: org.id } });
    expect(await received(follower, "MENTIONED")).toEqual([]);
    expect((await notificationsOf(follower)).unread).toBe(0);
  });
});

describe("deletion requests", () => {
  it("reach the other administrators only, and are withdrawn once refused", async () => {
    const [admin, coAdmin, member] = await people(3);
    const org = await createOrganization(admin, { name: "Jardin partagé des Pentes" });
    await makeAdministrator(admin, coAdmin, org.id);
    await makeMember(admin, member, org.id);
    await admin.agent.ok(REQUEST_DELETION, { id: org.id });
    expect(await received(coAdmin, "DELETION_REQUESTED", { element: org.id })).toEqual([
      expect.objectContaining({ count: 1, actors: [{ id: admin.id }] }),
    ]);
    expect(await received(admin, "DELETION_REQUESTED")).toEqual([]);
    expect(await received(member, "DELETION_REQUESTED")).toEqual([]);

    // Once another administrator keeps the element, the request is withdrawn.
    await coAdmin.agent.ok(`mutation($id: ID!) { refuseElementDeletion(input: { id: $id }) { id } }`, { id: org.id });
    expect(await received(coAdmin, "DELETION_REQUESTED")).toEqual([]);
  });
});

describe("the daily digest", () => {
  it("tells each new kind in the person's language, and nothing withdrawn", async () => {
    const [admin, friend, commenter, poster] = await Promise.all([
      createPerson(server, { displayName: "Alice Martin" }),
      createPerson(server, { displayName: "Bruno Petit" }),
      createPerson(server, { displayName: "Chloé Durand" }),
      createPerson(server, { displayName: "David Roux" }),
    ]);
    const org = await createOrganization(friend, { name: "Atelier Vélo des Pentes" });
    await makeAdministrator(friend, admin, org.id);
    await makeMember(friend, commenter, org.id);
    await makeMember(friend, poster, org.id);
    // What joining told them is read: the digest holds only what follows.
    await admin.agent.ok(`mutation { markAllNotificationsRead }`);

    const own = await post(admin, org.id, "Saturday: repairs");
    await comment(commenter, own, "I'll come");
    await post(friend, org.id, `Thanks @${admin.username}`);
    await post(poster, org.id, "Spare parts wanted");
    const hidden = await post(poster, org.id, `Secret for @${admin.username}`);
    await friend.agent.ok(HIDE, { id: hidden });
    await friend.agent.ok(REQUEST_DELETION, { id: org.id });

    await server.database.dataSource.query(`UPDATE job SET run_at = now() WHERE name = 'notification-digests'`);
    const digest = await server.mailbox.waitFor(admin.email, (m) => m.subject.startsWith("Votre résumé Communect"));
    expect(digest.subject).toBe("Votre résumé Communect : 4 notifications");
    expect(digest.text).toContain("- Chloé Durand a commenté une actualité que vous avez publiée ou commentée");
    expect(digest.text).toContain("- Bruno Petit vous a mentionné dans une actualité");
    expect(digest.text).toContain("- 2 personnes ont publié sur le mur de « Atelier Vélo des Pentes »");
    expect(digest.text).toContain("- Bruno Petit demande la suppression de « Atelier Vélo des Pentes »");
    // The hidden item's mention is not told (the mention above is the visible item's).
    expect(digest.text.match(/vous a mentionné/g)).toHaveLength(1);
  });
});
