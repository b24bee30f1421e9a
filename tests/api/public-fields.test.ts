import { NOT_FOR_ANONYMOUS, notForAnonymous } from "../../server/graphql/anonymous-fields";
import { Agent } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { makeMember, SET_ROLES } from "../support/links";
import { type Root, walkSchema } from "../support/schema-walk";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let member: PersonFixture;
const secret = {
  privateName: `Cercle secret ${uniqueName("x")}`,
  hiddenEmail: `${uniqueName("hidden")}@example.org`,
  hiddenPhone: "+33 6 12 34 56 78",
  contactsBirthDate: "1931-07-14",
  contactsLocality: `Hameau ${uniqueName("loc")}`,
  membersOnlyRole: `tresorier-${uniqueName("r")}`,
  privatePost: `message privé ${uniqueName("p")}`,
  elementEmail: `${uniqueName("orgmail")}@example.org`,
};
const planted: Record<string, string> = {};

beforeAll(async () => {
  const adminName = uniqueName("admin");
  server = await startTestServer({ ownDatabase: true, env: { INSTANCE_ADMINS: adminName } });
  admin = await createPerson(server, { username: adminName });
  member = await createPerson(server);
  const ok = (who: PersonFixture, query: string, variables: Record<string, unknown>) => who.agent.ok(query, variables);

  // Public data, with every optional field filled, so that each public field has a value to show.
  await ok(admin, `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
    input: {
      description: "Jardinier *amateur*",
      shortDescription: "Jardinier",
      tags: ["jardin"],
      website: "https://example.org/me",
      socialLinks: [{ network: "MASTODON", url: "https://example.social/@me" }],
    },
  });
  const address = { street: "1 place des Terreaux", postalCode: "69001", city: "Lyon" };
  const common = {
    description: "Un **jardin** partagé",
    shortDescription: "Jardin partagé",
    tags: ["jardin", "lyon"],
    website: "https://example.org/jardin",
    phone: "+33 4 00 00 00 00",
    email: "jardin@example.org",
    address,
    socialLinks: [{ network: "MASTODON", url: "https://example.social/@jardin" }],
    extraLinks: [{ kind: "OTHER", label: "Wiki", url: "https://example.org/wiki" }],
  };
  const organization = await createOrganization(admin, common);
  // An edit, so that its history has a revision.
  await ok(admin, `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
    input: { id: organization.id, shortDescription: "Le jardin partagé des Terreaux" },
  });
  await makeMember(admin, member, organization.id);
  const { createProject } = await ok(
    admin,
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id slug } }`,
    {
      input: {
        ...common,
        name: `Projet ${uniqueName()}`,
        stage: "IDEA",
        carrierOrganizationId: organization.id,
        licence: "CC-BY-4.0",
        startsOn: "2026-01-01",
        endsOn: "2027-01-01",
      },
    },
  );
  const starts = new Date(Date.now() + 7 * 86400_000);
  const { createEvent } = await ok(
    admin,
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id slug } }`,
    {
      input: {
        ...common,
        name: `Fête ${uniqueName()}`,
        type: "FESTIVAL",
        allDay: false,
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3600_000).toISOString(),
        timeZone: "Europe/Paris",
        organizerIds: [organization.id],
        onlineUrl: "https://example.org/live",
        attendeeLimit: 50,
        recurrenceRule: "FREQ=WEEKLY;COUNT=3",
      },
    },
  );
  const { postNews } = await ok(admin, `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`, {
    input: {
      wallId: organization.id,
      text: "Bienvenue au #jardin https://example.org",
      audience: "PUBLIC",
      asElement: true,
    },
  });
  const comment = { newsId: postNews.id, text: "Bravo" };
  const { commentNews } = await ok(
    member,
    `mutation($input: CommentNewsInput!) { commentNews(input: $input) { id } }`,
    {
      input: comment,
    },
  );
  await ok(admin, `mutation($input: CommentNewsInput!) { commentNews(input: $input) { id } }`, {
    input: { ...comment, parentId: commentNews.id, text: "Merci" },
  });
  await ok(member, `mutation($input: ReactInput!) { reactToNews(input: $input) { id } }`, {
    input: { newsId: postNews.id, kind: "LIKE" },
  });
  await ok(admin, `mutation($input: UpdateInstanceInput!) { updateInstance(input: $input) { name } }`, {
    input: {
      description: "Test",
      area: { placeId: "fr:69123", radiusKm: 20 },
      contactEmail: "contact@example.org",
      contactUrl: "https://example.org/contact",
    },
  });
  Object.assign(planted, {
    organizationSlug: organization.slug,
    organizationId: organization.id,
    projectSlug: createProject.slug,
    eventSlug: createEvent.slug,
    username: admin.username,
    newsId: postNews.id,
  });

  // Private data: none of it may reach an anonymous caller.
  await ok(member, `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
    input: { phone: secret.hiddenPhone, birthDate: secret.contactsBirthDate, locality: secret.contactsLocality },
  });
  await ok(member, `mutation($input: UpdatePrivacySettingsInput!) { updatePrivacySettings(input: $input) { id } }`, {
    input: { email: "HIDDEN", phone: "HIDDEN", birthDate: "CONTACTS", locality: "CONTACTS", directory: "PUBLIC" },
  });
  const hidden = await createOrganization(admin, { name: secret.privateName, email: secret.elementEmail });
  await setElementSettings(admin, hidden.id, { private: true });
  const closed = await createOrganization(admin);
  const link = await makeMember(admin, member, closed.id);
  await ok(admin, SET_ROLES, { linkId: link.id, roles: [secret.membersOnlyRole] });
  await setElementSettings(admin, closed.id, { memberList: "MEMBERS", contactFields: "MEMBERS" });
  await ok(admin, `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`, {
    input: { wallId: organization.id, text: secret.privatePost, audience: "PRIVATE" },
  });
  planted.closedSlug = closed.slug;
  planted.hiddenSlug = hidden.slug;
  secret.hiddenEmail = member.email;
}, 60_000);
afterAll(async () => {
  await server.database.dataSource.query("DELETE FROM instance_settings");
  await server.stop();
});

/** The root fields an outside prober would call, with the public slugs and ids it read on public pages. */
function roots(): Root[] {
  const lyon = `{ inseeCode: "69123" }`;
  return [
    { field: "instance", args: "" },
    { field: "element", args: `(slug: "${planted.organizationSlug}")` },
    { field: "element", args: `(slug: "${planted.username}")` },
    { field: "element", args: `(slug: "${planted.closedSlug}")` },
    { field: "element", args: `(slug: "${planted.hiddenSlug}")` },
    { field: "organization", args: `(slug: "${planted.organizationSlug}")` },
    { field: "organization", args: `(slug: "${planted.closedSlug}")` },
    { field: "project", args: `(slug: "${planted.projectSlug}")` },
    { field: "event", args: `(slug: "${planted.eventSlug}")` },
    { field: "person", args: `(username: "${planted.username}")` },
    { field: "person", args: `(username: "${member.username}")` },
    { field: "news", args: `(newsId: "${planted.newsId}")` },
    { field: "organizations", args: "(first: 5)" },
    { field: "projects", args: "(first: 5)" },
    { field: "events", args: "(first: 5)" },
    { field: "people", args: `(first: 5, search: "${member.username}")` },
    { field: "people", args: `(first: 5, search: "${admin.username}")` },
    { field: "live", args: `(first: 5, area: ${lyon})` },
    { field: "search", args: `(first: 5, filter: { area: ${lyon} })` },
    { field: "tags", args: `(first: 5, area: ${lyon})` },
    { field: "places", args: `(first: 5, search: "Lyon")` },
    { field: "mapMarkers", args: "(zoom: 16, box: { west: 4.8, south: 45.7, east: 4.9, north: 45.8 })" },
    { field: "me", args: "" },
    { field: "myFeed", args: "(first: 5)" },
    { field: "newsReports", args: `(first: 5, wallId: "${planted.organizationId}")` },
    { field: "instanceReports", args: "(first: 5)" },
  ];
}

const answers: string[] = [];
let readable = new Set<string>();
let reachable = new Set<string>();

describe("the public API, as an anonymous prober walks it", () => {
  beforeAll(async () => {
    const walk = await walkSchema(new Agent(server.url), roots());
    answers.push(...walk.answers);
    ({ readable, reachable } = walk);
    expect(walk.errors).toEqual([]);
  }, 120_000);

  it("shows every field of the public types anonymously, or the field is listed as not for anonymous callers", () => {
    const undecided = [...reachable].filter((key) => !readable.has(key) && !notForAnonymous(key)).sort();
    expect(undecided).toEqual([]);
  });

  it("lists as not for anonymous callers only fields that really exist and show them nothing", () => {
    for (const entry of Object.keys(NOT_FOR_ANONYMOUS)) {
      const [type, field] = entry.split(".");
      const keys = [...reachable].filter((key) => (field === "*" ? key.startsWith(`${type}.`) : key === entry));
      expect({ entry, reachable: keys.length > 0 }).toEqual({ entry, reachable: true });
      // A listed field must show nothing anonymously, or it belongs out of the list (it is public).
      if (field !== "*") expect({ entry, shown: readable.has(entry) }).toEqual({ entry, shown: false });
    }
  });

  it("gives every public element its public page address", () => {
    const text = answers.join("\n");
    expect(text).toContain(`"url":"${server.url}/organizations/${planted.organizationSlug}"`);
    expect(text).toContain(`"url":"${server.url}/people/${planted.username}"`);
    expect(text).toContain(`"url":"${server.url}/projects/${planted.projectSlug}"`);
    expect(text).toContain(`"url":"${server.url}/events/${planted.eventSlug}"`);
  });

  it("never returns a planted private value", () => {
    const text = answers.join("\n");
    expect(answers.length).toBeGreaterThan(50);
    for (const [name, value] of Object.entries(secret)) {
      expect({ name, found: text.includes(value) }).toEqual({ name, found: false });
    }
    expect(text).not.toContain(member.email);
  });
});
