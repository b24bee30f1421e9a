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

describe("mentions of an element", () => {
  const EDIT = `mutation($input: EditNewsInput!) { editNews(input: $input) { id } }`;
  const SET_DELIVERY = `mutation($kind: NotificationKind!, $delivery: MailDelivery!) {
    setMailDelivery(input: { kind: $kind, delivery: $delivery }) { kind delivery } }`;
  /** The element mentions stored for a person, whether the API would list them or not. */
  const elementMentionsOf = async (who: PersonFixture) =>
    (await rowsOf(who)).filter((row) => row.kind === "element_mentioned");

  it("tell its administrators who may see the item, one notification per item and element, never the author", async () => {
    const [admin, author, pageAdmin, blindAdmin, member, stranger] = await people(6);
    const org = await createOrganization(admin);
    const page = await createOrganization(pageAdmin);
    await makeMember(admin, author, org.id);
    // The author administers the page too; blindAdmin does as well but cannot see the item.
    await makeAdministrator(pageAdmin, author, page.id);
    await makeAdministrator(pageAdmin, blindAdmin, page.id);
    await makeMember(pageAdmin, member, page.id);
    for (const who of [pageAdmin, member, stranger]) await who.agent.ok(FOLLOW, { input: { elementId: org.id } });

    // Restricted: the organization's community and followers see it; blindAdmin follows nothing.
    const newsId = await post(author, org.id, `A big thank you to @${page.slug}!`, "RESTRICTED");
    expect(await received(pageAdmin, "ELEMENT_MENTIONED")).toEqual([
      expect.objectContaining({
        count: 1,
        actors: [{ id: author.id }],
        element: { id: page.id },
        news: { id: newsId },
      }),
    ]);
    expect(await received(author, "ELEMENT_MENTIONED")).toEqual([]);
    for (const who of [blindAdmin, member, stranger]) expect(await elementMentionsOf(who)).toEqual([]);
    // The wall's administrator hears of the post, not of a mention of someone else's page.
    expect(await received(admin, "WALL_POSTED", { news: newsId })).toHaveLength(1);
    expect(await elementMentionsOf(admin)).toEqual([]);

    // Mentioned again in a comment on the same item: grouped with the first mention.
    await comment(admin, newsId, `Yes, @${page.slug} was great`);
    expect(await received(pageAdmin, "ELEMENT_MENTIONED")).toEqual([
      expect.objectContaining({ count: 2, actors: [{ id: admin.id }, { id: author.id }], element: { id: page.id } }),
    ]);
    // The item's author administers the page: the comment tells them once, as a comment on their item.
    expect(await received(author, "COMMENTED", { news: newsId })).toEqual([
      expect.objectContaining({ count: 1, actors: [{ id: admin.id }] }),
    ]);
    expect(await received(author, "ELEMENT_MENTIONED")).toEqual([]);

    // Another item, or another element: a notification of its own, each about its element.
    const other = await createOrganization(pageAdmin);
    const second = await post(admin, org.id, `@${page.slug} and @${other.slug} meet on Friday`, "RESTRICTED");
    const told = await received(pageAdmin, "ELEMENT_MENTIONED", { news: second });
    expect(told.map((n) => n.element?.id).sort()).toEqual([page.id, other.id].sort());
    expect(told.every((n) => n.count === 1)).toBe(true);
  });

  it("in an item for a private element's members tell only the administrators who are in it", async () => {
    const [admin, insider, pageAdmin] = await people(3);
    const org = await createOrganization(admin);
    const page = await createOrganization(pageAdmin);
    await makeMember(admin, insider, org.id);
    await makeAdministrator(pageAdmin, insider, page.id);
    await setElementSettings(admin, org.id, { private: true });
    const newsId = await post(admin, org.id, `Let's partner with @${page.slug}`);
    expect(await received(insider, "ELEMENT_MENTIONED", { news: newsId, element: page.id })).toHaveLength(1);
    // The page's other administrator is not in the private organization: not even written.
    expect((await notificationsOf(pageAdmin)).items.filter((n) => n.news)).toEqual([]);
    expect(await elementMentionsOf(pageAdmin)).toEqual([]);
  });

  it("give way to a personal mention, and to the wall post on the element's own wall", async () => {
    const [author, pageAdmin, coAdmin] = await people(3);
    const page = await createOrganization(pageAdmin);
    await makeAdministrator(pageAdmin, coAdmin, page.id);
    await makeMember(pageAdmin, author, page.id);

    // Mentioned in person and through the page: told once, in person.
    const other = await createOrganization(author);
    for (const who of [pageAdmin, coAdmin]) await who.agent.ok(FOLLOW, { input: { elementId: other.id } });
    const mine = await post(author, other.id, `@${pageAdmin.username} from @${page.slug}`, "RESTRICTED");
    expect(await received(pageAdmin, "MENTIONED", { news: mine })).toHaveLength(1);
    expect(await received(pageAdmin, "ELEMENT_MENTIONED", { news: mine })).toEqual([]);
    expect(await received(coAdmin, "ELEMENT_MENTIONED", { news: mine, element: page.id })).toHaveLength(1);

    // On the page's own wall, the post tells its administrators (WALL_POSTED wins)...
    const onWall = await post(author, page.id, `News from @${page.slug}`);
    for (const who of [pageAdmin, coAdmin]) {
      expect(await received(who, "WALL_POSTED", { news: onWall })).toHaveLength(1);
      expect(await received(who, "ELEMENT_MENTIONED", { news: onWall })).toEqual([]);
    }
    // ...but a comment there that mentions the page is a mention like any other.
    await comment(author, onWall, `Ask @${page.slug}`);
    for (const who of [pageAdmin, coAdmin]) {
      expect(await received(who, "ELEMENT_MENTIONED", { news: onWall, element: page.id })).toHaveLength(1);
    }
  });

  it("added by an edit tell only the elements newly mentioned", async () => {
    const [author, firstAdmin, secondAdmin] = await people(3);
    const first = await createOrganization(firstAdmin);
    const second = await createOrganization(secondAdmin);
    const wall = await createOrganization(author);
    for (const who of [firstAdmin, secondAdmin]) await who.agent.ok(FOLLOW, { input: { elementId: wall.id } });
    const newsId = await post(author, wall.id, `Thanks @${first.slug}`, "RESTRICTED");
    await author.agent.ok(EDIT, { input: { id: newsId, text: `Thanks @${first.slug} and @${second.slug}` } });
    expect(await received(firstAdmin, "ELEMENT_MENTIONED", { news: newsId })).toEqual([
      expect.objectContaining({ count: 1, element: { id: first.id } }),
    ]);
    expect(await received(secondAdmin, "ELEMENT_MENTIONED", { news: newsId })).toEqual([
      expect.objectContaining({ count: 1, element: { id: second.id } }),
    ]);
  });

  it("are withdrawn with the item or the comment that made them", async () => {
    const [admin, author, pageAdmin] = await people(3);
    const org = await createOrganization(admin);
    const page = await createOrganization(pageAdmin);
    await makeMember(admin, author, org.id);
    await makeMember(admin, pageAdmin, org.id);

    const hidden = await post(author, org.id, `Hello @${page.slug}`);
    expect(await received(pageAdmin, "ELEMENT_MENTIONED", { news: hidden })).toHaveLength(1);
    await admin.agent.ok(HIDE, { id: hidden });
    expect(await received(pageAdmin, "ELEMENT_MENTIONED")).toEqual([]);
    expect(await elementMentionsOf(pageAdmin)).toEqual([]);

    const deleted = await post(author, org.id, `Hello again @${page.slug}`);
    expect(await received(pageAdmin, "ELEMENT_MENTIONED", { news: deleted })).toHaveLength(1);
    await author.agent.ok(DELETE_NEWS, { id: deleted });
    expect(await received(pageAdmin, "ELEMENT_MENTIONED")).toEqual([]);
    expect(await elementMentionsOf(pageAdmin)).toEqual([]);

    // A comment's mention goes with the comment, and only it.
    const kept = await post(author, org.id, `Hello once more @${page.slug}`);
    const said = await comment(admin, kept, `Indeed, @${page.slug}`);
    expect(await received(pageAdmin, "ELEMENT_MENTIONED", { news: kept })).toEqual([
      expect.objectContaining({ count: 2 }),
    ]);
    await admin.agent.ok(DELETE_COMMENT, { id: said });
    expect(await received(pageAdmin, "ELEMENT_MENTIONED", { news: kept })).toEqual([
      expect.objectContaining({ count: 1, actors: [{ id: author.id }] }),
    ]);
  });

  it("follow the settings: the element's level, and the kind's mail delivery", async () => {
    const [author, pageAdmin] = await Promise.all([
      createPerson(server, { displayName: "Bruno Petit" }),
      createPerson(server, { displayName: "Alice Martin" }),
    ]);
    const page = await createOrganization(pageAdmin, { name: "Repair Café des Pentes" });
    const wall = await createOrganization(author);
    await pageAdmin.agent.ok(FOLLOW, { input: { elementId: wall.id } });
    const mention = () => post(author, wall.id, `Thanks @${page.slug}`, "RESTRICTED");

    // Mentions are not important: "important only" for the page stops them.
    await pageAdmin.agent.ok(SET_LEVEL, { elementId: page.id, level: "IMPORTANT" });
    await mention();
    expect(await elementMentionsOf(pageAdmin)).toEqual([]);
    await pageAdmin.agent.ok(SET_LEVEL, { elementId: page.id, level: "EVERYTHING" });

    // At once by mail, in the person's language, naming the element mentioned.
    expect(
      (await pageAdmin.agent.ok(SET_DELIVERY, { kind: "ELEMENT_MENTIONED", delivery: "IMMEDIATELY" })).setMailDelivery,
    ).toEqual({ kind: "ELEMENT_MENTIONED", delivery: "IMMEDIATELY" });
    await mention();
    const subject = "Bruno Petit a mentionné « Repair Café des Pentes » dans une actualité";
    await server.mailbox.waitFor(pageAdmin.email, (m) => m.subject === subject);

    // Never by mail: still in the app, but no mail is queued or waits for the digest.
    await pageAdmin.agent.ok(SET_DELIVERY, { kind: "ELEMENT_MENTIONED", delivery: "NEVER" });
    const silent = await mention();
    expect(await received(pageAdmin, "ELEMENT_MENTIONED", { news: silent })).toHaveLength(1);
    const [row] = await server.database.dataSource.query(
      `SELECT digest_pending FROM notification WHERE recipient_id = $1 AND news_id = $2`,
      [pageAdmin.id, silent],
    );
    expect(row.digest_pending).toBe(false);
    // The next one at once again: once it arrives, the silent one was never mailed before it.
    await pageAdmin.agent.ok(SET_DELIVERY, { kind: "ELEMENT_MENTIONED", delivery: "IMMEDIATELY" });
    await mention();
    const mailed = () =>
      server.mailbox.mails.filter((m) => m.to.includes(pageAdmin.email.toLowerCase()) && m.subject === subject);
    for (let i = 0; i < 300 && mailed().length < 2; i++) await sleep(100);
    await sleep(500);
    expect(mailed()).toHaveLength(2);
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
    const page = await createOrganization(admin, { name: "Repair Café" });
    await makeAdministrator(friend, admin, org.id);
    await makeMember(friend, commenter, org.id);
    await makeMember(friend, poster, org.id);
    // What joining told them is read: the digest holds only what follows.
    await admin.agent.ok(`mutation { markAllNotificationsRead }`);

    const own = await post(admin, org.id, "Saturday: repairs");
    await comment(commenter, own, "I'll come");
    await post(friend, org.id, `Thanks @${admin.username}`);
    await post(poster, org.id, `Spare parts wanted at @${page.slug}`);
    const hidden = await post(poster, org.id, `Secret for @${admin.username}`);
    await friend.agent.ok(HIDE, { id: hidden });
    await friend.agent.ok(REQUEST_DELETION, { id: org.id });

    await server.database.dataSource.query(`UPDATE job SET run_at = now() WHERE name = 'notification-digests'`);
    const digest = await server.mailbox.waitFor(admin.email, (m) => m.subject.startsWith("Votre résumé Communect"));
    expect(digest.subject).toBe("Votre résumé Communect : 5 notifications");
    expect(digest.text).toContain("- Chloé Durand a commenté une actualité que vous avez publiée ou commentée");
    expect(digest.text).toContain("- Bruno Petit vous a mentionné dans une actualité");
    expect(digest.text).toContain("- 2 personnes ont publié sur le mur de « Atelier Vélo des Pentes »");
    expect(digest.text).toContain("- David Roux a mentionné « Repair Café » dans une actualité");
    expect(digest.text).toContain("- Bruno Petit demande la suppression de « Atelier Vélo des Pentes »");
    // The hidden item's mention is not told (the mention above is the visible item's).
    expect(digest.text.match(/vous a mentionné/g)).toHaveLength(1);
  });
});
