import { randomBytes } from "node:crypto";
import { Agent } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, newPersonInput, type PersonFixture, REGISTER } from "../support/factories";
import { FOLLOW, INVITE_BY_EMAIL, JOIN, makeMember, SET_ROLES, VALIDATE } from "../support/links";
import { type Root, walkSchema } from "../support/schema-walk";
import { startTestServer, type TestServer } from "../support/server";
import { primed, sleep, until, watch } from "../support/subscriptions";

/**
 * Every private or privacy-governed value gets a distinctive planted string; an anonymous caller
 * and a signed-in stranger then read through every path they can reach (the whole GraphQL schema
 * from many roots, searches for the planted words, the open-data exports, the sitemap, robots, the
 * pages with their JSON-LD, subscriptions), and no planted string may show up anywhere.
 */

const mark = (what: string) => `zq${what}${randomBytes(5).toString("hex")}`;
const digits = () => String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, "0");

/** What nobody but the owner, or the element's community, may read: name → planted value. */
const secret: Record<string, string> = {};
const plant = (name: string, value = mark(name)) => (secret[name] = value);

let server: TestServer;
let admin: PersonFixture;
let stranger: PersonFixture;
/** The person whose private fields are all HIDDEN. */
let secretive: PersonFixture;
/** In the community of the public, closed and private organizations. */
let member: PersonFixture;
const slugs: Record<string, string> = {};
const ids: Record<string, string> = {};
const sharedTag = mark("shared");

const LYON = { street: "1 place des Terreaux", postalCode: "69001", city: "Lyon" };
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id slug } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id slug } }`;
const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
const COMMENT = `mutation($input: CommentNewsInput!) { commentNews(input: $input) { id } }`;
const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
const PRIVACY = `mutation($input: UpdatePrivacySettingsInput!) { updatePrivacySettings(input: $input) { id } }`;

/** Fills every field an element has, each with its own planted value under `prefix` (or public values). */
function elementFields(prefix: string | null, tags: string[]) {
  const value = (field: string) => (prefix ? plant(`${prefix}.${field}`) : `public ${field}`);
  return {
    description: value("description"),
    shortDescription: value("shortDescription"),
    tags,
    website: prefix ? `https://${plant(`${prefix}.website`)}.example.org/` : "https://example.org/public",
    email: prefix ? `${plant(`${prefix}.email`)}@example.org` : `public-${randomBytes(3).toString("hex")}@example.org`,
    phone: prefix ? plant(`${prefix}.phone`, `+33 5 ${digits()}`) : "+33 4 00 00 00 00",
    address: { ...LYON, street: prefix ? `${plant(`${prefix}.street`)} rue` : LYON.street },
    socialLinks: [
      { network: "MASTODON", url: `https://example.social/@${prefix ? plant(`${prefix}.social`) : "public"}` },
    ],
    extraLinks: [
      { kind: "OTHER", label: prefix ? plant(`${prefix}.extraLink`) : "Wiki", url: "https://example.org/w" },
    ],
  };
}

/** Every event here at the same time, so that a part lies within its whole. */
const STARTS = new Date(Date.now() + 5 * 86400_000);

function eventInput(name: string, extra: Record<string, unknown>) {
  const starts = STARTS;
  return {
    name,
    type: "WORKSHOP",
    allDay: false,
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + 3600_000).toISOString(),
    timeZone: "Europe/Paris",
    ...extra,
  };
}

beforeAll(async () => {
  const adminName = mark("admin").slice(0, 20);
  server = await startTestServer({ ownDatabase: true, env: { INSTANCE_ADMINS: adminName } });
  admin = await createPerson(server, { username: adminName });
  stranger = await createPerson(server);
  member = await createPerson(server);
  const ok = (who: PersonFixture, query: string, variables: Record<string, unknown>) => who.agent.ok(query, variables);

  // Public things, so that every path has something to show.
  const open = await createOrganization(admin, { name: `Open ${mark("o")}`, ...elementFields(null, [sharedTag]) });
  Object.assign(slugs, { open: open.slug });
  ids.open = open.id;
  await makeMember(admin, member, open.id);
  const publicPost = await ok(admin, POST, {
    input: { wallId: open.id, text: "Public words #jardin", audience: "PUBLIC", asElement: true },
  });
  ids.publicNews = publicPost.postNews.id;

  // People: every private field under HIDDEN, and under CONTACTS (the stranger is no contact).
  for (const level of ["HIDDEN", "CONTACTS"] as const) {
    const person = await createPerson(server);
    plant(`${level}.email`, person.email);
    await ok(person, UPDATE_PROFILE, {
      input: {
        phone: plant(`${level}.phone`, `+33 6 ${digits()}`),
        birthDate: plant(`${level}.birthDate`, level === "HIDDEN" ? "1931-07-14" : "1929-02-03"),
        locality: plant(`${level}.locality`),
      },
    });
    await ok(person, PRIVACY, {
      input: { email: level, phone: level, birthDate: level, locality: level, directory: "PUBLIC" },
    });
    if (level === "HIDDEN") secretive = person;
    slugs[`person${level}`] = person.username;
    ids[`person${level}`] = person.id;
    // A tie to a public organization, so that the walk reaches them from it too.
    await makeMember(admin, person, open.id);
  }
  // Someone whose directory hides their ties: their name shows nowhere they are tied to something.
  const unlisted = await createPerson(server, { displayName: plant("unlisted.displayName") });
  plant("unlisted.username", unlisted.username);
  await ok(unlisted, PRIVACY, { input: { directory: "HIDDEN" } });
  await makeMember(admin, unlisted, open.id);
  await ok(unlisted, FOLLOW, { input: { elementId: open.id } });
  await ok(unlisted, FOLLOW, { input: { personId: admin.id } });

  // An account never verified, and one deleted.
  const unverified = newPersonInput({ displayName: plant("unverified.displayName") });
  plant("unverified.username", unverified.username);
  plant("unverified.email", unverified.email);
  await new Agent(server.url).ok(REGISTER, { input: unverified });
  const gone = await createPerson(server, { displayName: plant("deleted.displayName") });
  plant("deleted.username", gone.username);
  await ok(gone, `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`, {
    input: { password: gone.password },
  });

  // A private organization, and a private project and event, with every field planted.
  const hidden = await createOrganization(admin, {
    name: plant("private.name"),
    ...elementFields("private", [plant("private.tag"), sharedTag]),
  });
  const link = await makeMember(admin, member, hidden.id);
  await ok(admin, SET_ROLES, { linkId: link.id, roles: [plant("private.role")] });
  const wallPost = await ok(admin, POST, {
    input: { wallId: hidden.id, text: plant("private.wallPost"), audience: "PUBLIC", asElement: true },
  });
  await ok(member, COMMENT, { input: { newsId: wallPost.postNews.id, text: plant("private.comment") } });
  // Ties of public things to the private organization, made while it was public: a public project
  // it carries, a public event it organizes, its membership of a public organization, a follow.
  const carried = await ok(admin, CREATE_PROJECT, {
    input: { name: `Carried ${mark("p")}`, stage: "IDEA", carrierOrganizationId: hidden.id, address: LYON },
  });
  const organized = await ok(admin, CREATE_EVENT, {
    input: eventInput(`Organized ${mark("e")}`, { organizerIds: [hidden.id], address: LYON }),
  });
  const { joinElement } = await ok(admin, JOIN, { input: { elementId: open.id, organizationId: hidden.id } });
  if (joinElement.state !== "ACTIVE") await ok(admin, VALIDATE, { linkId: joinElement.id });
  await ok(member, FOLLOW, { input: { elementId: hidden.id } });
  Object.assign(slugs, { carried: carried.createProject.slug, organized: organized.createEvent.slug });
  // Made private after all that: the post stays on a wall the public may no longer see.
  await setElementSettings(admin, hidden.id, { private: true });
  const { createProject } = await ok(admin, CREATE_PROJECT, {
    input: { name: plant("privateProject.name"), stage: "IDEA", ...elementFields("privateProject", [sharedTag]) },
  });
  await setElementSettings(admin, createProject.id, { private: true });
  const { createEvent } = await ok(admin, CREATE_EVENT, {
    input: eventInput(plant("privateEvent.name"), { ...elementFields("privateEvent", [sharedTag]) }),
  });
  // A public part of it, made while it was public.
  const part = await ok(admin, CREATE_EVENT, {
    input: eventInput(`Part ${mark("e")}`, { parentEventId: createEvent.id, address: LYON }),
  });
  slugs.part = part.createEvent.slug;
  await setElementSettings(admin, createEvent.id, { private: true });
  Object.assign(slugs, { hidden: hidden.slug, privateProject: createProject.slug, privateEvent: createEvent.slug });
  Object.assign(ids, { hidden: hidden.id, privateProject: createProject.id, privateEvent: createEvent.id });

  // A public organization whose contacts and members are for its members only; its old e-mail is in its history.
  const closed = await createOrganization(admin, {
    name: `Closed ${mark("c")}`,
    ...elementFields(null, []),
    email: `${plant("closed.email")}@example.org`,
    phone: plant("closed.phone", `+33 5 ${digits()}`),
  });
  await setElementSettings(admin, closed.id, { memberList: "MEMBERS", contactFields: "MEMBERS" });
  await ok(admin, `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
    input: { id: closed.id, email: `${plant("closed.newEmail")}@example.org`, phone: `+33 5 ${digits()}` },
  });
  const closedLink = await makeMember(admin, member, closed.id);
  await ok(admin, SET_ROLES, { linkId: closedLink.id, roles: [plant("closed.role")] });
  slugs.closed = closed.slug;
  ids.closed = closed.id;

  // News the public may not read: private and restricted audiences, hidden, deleted, earlier versions.
  for (const audience of ["PRIVATE", "RESTRICTED"]) {
    const { postNews } = await ok(admin, POST, {
      input: { wallId: open.id, text: plant(`news.${audience}`), audience },
    });
    ids[`news${audience}`] = postNews.id;
    await ok(member, COMMENT, { input: { newsId: postNews.id, text: plant(`news.${audience}.comment`) } });
  }
  const onOwnWall = await ok(admin, POST, {
    input: { wallId: admin.id, text: plant("news.personWall"), audience: "PRIVATE" },
  });
  ids.newsPersonWall = onOwnWall.postNews.id;
  const hiddenPost = await ok(admin, POST, {
    input: { wallId: open.id, text: plant("news.hidden"), audience: "PUBLIC" },
  });
  await ok(admin, `mutation($input: NewsIdInput!) { hideNews(input: $input) { id } }`, {
    input: { id: hiddenPost.postNews.id },
  });
  const deletedPost = await ok(admin, POST, {
    input: { wallId: open.id, text: plant("news.deleted"), audience: "PUBLIC" },
  });
  await ok(admin, `mutation($input: NewsIdInput!) { deleteNews(input: $input) { id } }`, {
    input: { id: deletedPost.postNews.id },
  });
  Object.assign(ids, { newsHidden: hiddenPost.postNews.id, newsDeleted: deletedPost.postNews.id });
  const edited = await ok(admin, POST, {
    input: { wallId: open.id, text: plant("news.firstVersion"), audience: "PUBLIC" },
  });
  await ok(admin, `mutation($input: EditNewsInput!) { editNews(input: $input) { id } }`, {
    input: { id: edited.postNews.id, text: "Public words, edited" },
  });
  const gossip = await ok(member, COMMENT, { input: { newsId: ids.publicNews, text: plant("comment.deleted") } });
  await ok(member, `mutation($input: CommentIdInput!) { deleteComment(input: $input) { id } }`, {
    input: { id: gossip.commentNews.id },
  });
  await ok(member, `mutation($input: ReportNewsInput!) { reportNews(input: $input) { id } }`, {
    input: { newsId: ids.publicNews, reason: plant("report.reason") },
  });
  // What reaches the stranger's notifications, feed and mail must not carry what they may not read:
  // a mention in a post for members, a post for members of an organization they follow.
  const mention = await ok(admin, POST, {
    input: { wallId: open.id, text: `@${stranger.username} ${plant("news.mention")}`, audience: "PRIVATE" },
  });
  await ok(member, COMMENT, {
    input: { newsId: mention.postNews.id, text: `@${stranger.username} ${plant("comment.mention")}` },
  });
  await ok(stranger, FOLLOW, { input: { elementId: closed.id } });
  await ok(admin, POST, { input: { wallId: closed.id, text: plant("news.followedPrivate"), audience: "PRIVATE" } });
  // A home area is for its owner only.
  await ok(secretive, `mutation($input: HomeAreaInput!) { setHomeArea(input: $input) { id } }`, {
    input: { placeId: plant("homeArea", "fr:42218"), radiusKm: 37 },
  });
  // Pending things: an invitation by e-mail, a request to join.
  await ok(admin, INVITE_BY_EMAIL, {
    input: { elementId: closed.id, email: `${plant("invitation.email")}@example.org` },
  });
  await ok(member, JOIN, { input: { elementId: hidden.id } }).catch(() => undefined);
}, 120_000);

afterAll(async () => {
  await server.stop();
});

const lyon = `{ inseeCode: "69123" }`;

/** Every root, with every public and private slug and id, and searches for the planted words. */
function roots(): Root[] {
  const bySlug = ["element", "organization", "project", "event"].flatMap((field) =>
    Object.values(slugs).map((slug) => ({ field, args: `(slug: "${slug}")` })),
  );
  const byId = ["element", "organization", "project", "event", "person"].flatMap((field) =>
    Object.values(ids).map((id) => ({ field, args: `(id: "${id}")` })),
  );
  const people = ["unverified.username", "deleted.username"].map((name) => secret[name]);
  const words = [
    "private.name",
    "private.tag",
    "privateEvent.name",
    "news.PRIVATE",
    "news.hidden",
    "unlisted.displayName",
  ];
  return [
    { field: "instance", args: "" },
    ...bySlug,
    ...byId,
    ...[slugs.personHIDDEN, slugs.personCONTACTS, admin.username, ...people].map((username) => ({
      field: "person",
      args: `(username: "${username}")`,
    })),
    ...people.map((username) => ({ field: "element", args: `(slug: "${username}")` })),
    ...Object.entries(ids)
      .filter(([name]) => name.startsWith("news"))
      .map(([, id]) => ({ field: "news", args: `(newsId: "${id}")` })),
    { field: "organizations", args: "(first: 20)" },
    { field: "projects", args: "(first: 20)" },
    { field: "events", args: "(first: 20)" },
    { field: "people", args: "(first: 20)" },
    ...[...people, secret["unlisted.username"]].map((name) => ({
      field: "people",
      args: `(first: 5, search: "${name}")`,
    })),
    { field: "live", args: `(first: 20, area: ${lyon})` },
    { field: "search", args: `(first: 20, filter: { area: ${lyon} })` },
    { field: "search", args: `(first: 20, filter: { tags: ["${sharedTag}"] })` },
    ...words.map((word) => ({ field: "search", args: `(first: 5, filter: { text: "${secret[word]}" })` })),
    ...words.map((word) => ({ field: "live", args: `(first: 5, area: ${lyon}, text: "${secret[word]}")` })),
    { field: "tags", args: `(first: 100, area: ${lyon})` },
    { field: "tags", args: "(first: 100)" },
    ...[6, 12, 16].map((zoom) => ({
      field: "mapMarkers",
      args: `(zoom: ${zoom}, box: { west: 4.7, south: 45.6, east: 5.0, north: 45.9 })`,
    })),
    { field: "me", args: "" },
    { field: "myFeed", args: "(first: 20)" },
    { field: "notifications", args: "(first: 20)" },
    { field: "newsReports", args: `(first: 5, wallId: "${ids.open}")` },
    { field: "instanceReports", args: "(first: 5)" },
  ];
}

/** The planted names whose value shows up in `text`. */
const leaksIn = (text: string) =>
  Object.entries(secret).flatMap(([name, value]) => (text.includes(value) ? [name] : []));

describe.each([
  ["an anonymous caller", () => new Agent(server.url)],
  ["a signed-in stranger", () => stranger.agent],
])("the GraphQL API walked by %s", (_who, agent) => {
  it("never shows a planted private value", async () => {
    const walk = await walkSchema(agent(), roots());
    expect(walk.answers.length).toBeGreaterThan(100);
    expect(walk.errors.filter((error) => error.extensions?.code !== "FORBIDDEN")).toEqual([]);
    const leaks = walk.answers.flatMap((answer) => leaksIn(answer).map((name) => `${name} in ${answer.slice(0, 300)}`));
    expect(leaks).toEqual([]);
  }, 300_000);
});

describe("counts", () => {
  it("count only what the caller may see", async () => {
    const anonymous = new Agent(server.url);
    const { tags, search, organizations, events, projects, instance, mapMarkers } = await anonymous.ok(`{
      instance { counts { organizations projects events people publicPosts } }
      mapMarkers(zoom: 3, box: { west: -5, south: 41, east: 10, north: 51 }) { total clusters { count } markers { id } }
      tags(first: 100) { tag count }
      search(first: 5, filter: { tags: ["${sharedTag}"] }) { totalCount }
      organizations(first: 1) { totalCount }
      projects(first: 1) { totalCount }
      events(first: 1) { totalCount }
    }`);
    const publicCount = async (kind: string) =>
      Number(
        (
          await server.database.dataSource.query(
            `SELECT count(*) AS n FROM element WHERE kind = $1 AND NOT private AND deleted_at IS NULL`,
            [kind],
          )
        )[0].n,
      );
    expect(tags.find((entry: { tag: string }) => entry.tag === sharedTag)?.count).toBe(1);
    expect(search.totalCount).toBe(1);
    expect(organizations.totalCount).toBe(await publicCount("organization"));
    expect(projects.totalCount ?? 0).toBe(await publicCount("project"));
    expect(events.totalCount ?? 0).toBe(await publicCount("event"));
    const counted = async (sql: string) => Number((await server.database.dataSource.query(sql))[0].n);
    expect(instance.counts).toEqual({
      organizations: await publicCount("organization"),
      projects: await publicCount("project"),
      events: await publicCount("event"),
      people: await counted(
        `SELECT count(*) AS n FROM person WHERE email_verified_at IS NOT NULL AND privacy->>'directory' = 'PUBLIC'`,
      ),
      publicPosts: await counted(`SELECT count(*) AS n FROM news WHERE audience = 'public' AND hidden_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM element wall WHERE wall.id = news.wall_element_id AND wall.private)`),
    });
    // A community's counts leave out the private organizations in it (people are counted all).
    const { organization } = await anonymous.ok(
      `query($slug: String!) { organization(slug: $slug) { communityCount community(first: 1) { totalCount } } }`,
      { slug: slugs.open },
    );
    const [members] = await server.database.dataSource.query(
      `SELECT count(*) FILTER (WHERE member.id IS NULL OR NOT member.private)::int AS shown,
         count(*) FILTER (WHERE member.private)::int AS hidden
       FROM link LEFT JOIN element member ON member.id = link.member_element_id
       WHERE link.element_id = $1 AND link.state = 'active' AND link.type <> 'follow'`,
      [ids.open],
    );
    expect(members.hidden).toBe(1);
    expect(organization).toEqual({ communityCount: members.shown, community: { totalCount: members.shown } });
    const located = await counted(
      `SELECT count(*) AS n FROM element WHERE kind <> 'person' AND NOT private AND deleted_at IS NULL AND latitude IS NOT NULL`,
    );
    expect(mapMarkers.total).toBe(located);
    const shown = mapMarkers.clusters.reduce((sum: number, cluster: { count: number }) => sum + cluster.count, 0);
    expect(shown + mapMarkers.markers.length).toBe(located);
  });
});

/** Every export and page a stranger can fetch without the API. */
function httpPaths(): string[] {
  const area = "town=69123";
  const elements = Object.values(slugs);
  return [
    `/open-data/elements.jsonld?${area}`,
    "/open-data/elements.jsonld",
    `/open-data/elements.geojson?${area}`,
    "/open-data/elements.geojson",
    "/open-data/elements.csv",
    `/open-data/elements.csv?${area}`,
    "/open-data/events.ics",
    `/open-data/events.ics?tags=${sharedTag}`,
    `/open-data/live.rss?${area}`,
    `/open-data/live.atom?${area}`,
    // The feed names its own address: a prefix of the word (words match as prefixes) is not the planted value.
    `/open-data/live.rss?${area}&text=${secret["news.PRIVATE"].slice(0, -1)}`,
    "/open-data/datapackage.json",
    "/sitemap.xml",
    "/robots.txt",
    ...elements.flatMap((slug) => [
      `/open-data/live.rss?wall=${slug}`,
      `/open-data/live.atom?wall=${slug}`,
      ...["organizations", "projects", "events"].flatMap((kind) => [
        `/open-data/${kind}/${slug}.jsonld`,
        `/open-data/${kind}/${slug}.geojson`,
        `/${kind}/${slug}`,
      ]),
      `/open-data/events/${slug}.ics`,
      `/events/${slug}.ics`,
    ]),
    ...[
      slugs.personHIDDEN,
      slugs.personCONTACTS,
      admin.username,
      secret["unverified.username"],
      secret["deleted.username"],
    ].flatMap((username) => [
      `/open-data/people/${username}.jsonld`,
      `/people/${username}`,
      `/open-data/live.rss?wall=${username}`,
    ]),
    `/open-data/live.atom?wall=${admin.username}`,
  ];
}

describe("the exports and pages", () => {
  it("never show a planted private value", async () => {
    const answers: string[] = [];
    const paths: string[] = [];
    for (const path of httpPaths()) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: "text/html,*/*" } });
      answers.push(await response.text());
      paths.push(path);
    }
    // The data package's files, once made.
    const files = (await (await fetch(`${server.url}/open-data/datapackage.json`)).json()) as {
      resources?: { path: string }[];
    };
    for (const resource of files.resources ?? []) {
      const url = resource.path.startsWith("http") ? resource.path : `${server.url}/open-data/${resource.path}`;
      answers.push(await (await fetch(url.replace(server.config.publicUrl, server.url))).text());
      paths.push(url);
    }
    // A public page carries its JSON-LD: the check above would be empty if none did.
    expect(answers.some((answer) => answer.includes("application/ld+json"))).toBe(true);
    const leaks = answers.flatMap((answer, index) => leaksIn(answer).map((name) => `${name} in ${paths[index]}`));
    expect(leaks).toEqual([]);
  }, 120_000);
});

describe("subscriptions", () => {
  it("send an anonymous subscriber no planted value", async () => {
    const anonymous = new Agent(server.url);
    const origin = server.url;
    const NEWS = `change newsId news { id text author { username } wall { __typename } comments(first: 5) { nodes { text } } }`;
    const watches = [
      watch(anonymous, origin, `subscription($area: AreaInput!) { liveNews(area: $area) { ${NEWS} } }`, {
        area: { inseeCode: "69123" },
      }),
      watch(anonymous, origin, `subscription($id: ID!) { wallNews(wallId: $id) { ${NEWS} } }`, { id: ids.open }),
      watch(anonymous, origin, `subscription($id: ID!) { personUpdated(id: $id) { phone email locality birthDate } }`, {
        id: ids.personHIDDEN,
      }),
      // What no anonymous caller may follow: a private wall, the activity of a post for members.
      watch(anonymous, origin, `subscription($id: ID!) { wallNews(wallId: $id) { ${NEWS} } }`, { id: ids.hidden }),
      watch(anonymous, origin, `subscription($id: ID!) { newsActivity(newsId: $id) { change comment { text } } }`, {
        id: ids.newsPRIVATE,
      }),
      // The stranger's feed (they follow the closed organization).
      watch(stranger.agent, origin, `subscription { myFeedNews { ${NEWS} } }`, {}),
    ];
    await primed(watches.slice(0, 2), (attempt) =>
      admin.agent.ok(POST, { input: { wallId: ids.open, text: `Public ${attempt}`, audience: "PUBLIC" } }),
    );
    const late: Record<string, string> = {};
    for (const audience of ["PRIVATE", "RESTRICTED"]) {
      late[audience] = mark(`late${audience}`);
      await admin.agent.ok(POST, { input: { wallId: ids.open, text: late[audience], audience } });
    }
    late.closedPrivate = mark("lateClosedPrivate");
    await admin.agent.ok(POST, { input: { wallId: ids.closed, text: late.closedPrivate, audience: "PRIVATE" } });
    late.privateComment = mark("latePrivateComment");
    await member.agent.ok(COMMENT, { input: { newsId: ids.newsPRIVATE, text: late.privateComment } });
    late.hiddenWall = mark("lateHiddenWall");
    await admin.agent.ok(POST, { input: { wallId: ids.hidden, text: late.hiddenWall, audience: "PRIVATE" } });
    // The person's own change reaches the subscriber, without its private fields.
    late.phone = `+33 6 ${digits()}`;
    late.locality = mark("lateLocality");
    await secretive.agent.ok(UPDATE_PROFILE, { input: { phone: late.phone, locality: late.locality } });
    await until(() => watches[2].events.length > 0, 15_000, "the profile's change");
    await sleep(1000);
    const text = JSON.stringify(watches.map((w) => w.events));
    await Promise.all(watches.map((w) => w.dispose()));
    expect([...leaksIn(text), ...Object.entries(late).flatMap(([n, v]) => (text.includes(v) ? [n] : []))]).toEqual([]);
    // Nor does any mail the stranger received.
    const mails = JSON.stringify(server.mailbox.mails.filter((mail) => mail.to.includes(stranger.email.toLowerCase())));
    expect(leaksIn(mails)).toEqual([]);
  }, 60_000);
});
