import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  GraphQLObjectType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLSchema,
} from "graphql";
import { NOT_FOR_ANONYMOUS, notForAnonymous } from "../../server/graphql/anonymous-fields";
import { Agent } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { makeMember, SET_ROLES } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

/**
 * What an outside prober does: walk the schema from Query as an anonymous caller, level by level,
 * asking every field it can (lists with first: 5), to depth 5, and keep every answer.
 */
const MAX_DEPTH = 5;
const TRIES_PER_FIELD = 3;

interface Segment {
  field: string;
  args: string;
  on?: string;
  /** Fields of different types may share a name with different types: each is asked under its own alias. */
  alias: string;
}

/**
 * The response key of a field in the selection of `parent`: its name, or an alias when another
 * possible type of `parent` has a field of that name with another type (they would conflict).
 */
function keyOf(schema: GraphQLSchema, parent: GraphQLNamedType, typeName: string, field: string): string {
  const types = new Set(
    possibleTypes(schema, parent).flatMap((object) => {
      const other = object.getFields()[field];
      return other ? [String(other.type)] : [];
    }),
  );
  return types.size > 1 ? `${typeName}__${field}` : field;
}

const asked = (key: string, field: string) => (key === field ? field : `${key}: ${field}`);

interface Probe {
  path: Segment[];
  type: GraphQLNamedType;
  depth: number;
}

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
function roots(): { field: string; args: string }[] {
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

/** Arguments for a nested field: first: 5 for lists, nothing else (a field whose other arguments are required is left out). */
function argsFor(field: GraphQLField<unknown, unknown>): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (arg.name === "first") parts.push("first: 5");
    else if (arg.name === "from") parts.push(`from: "${new Date().toISOString()}"`);
    else if (arg.name === "to") parts.push(`to: "${new Date(Date.now() + 300 * 86400_000).toISOString()}"`);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
  }
  return parts.length ? `(${parts.join(", ")})` : "";
}

const possibleTypes = (schema: GraphQLSchema, type: GraphQLNamedType): GraphQLObjectType[] =>
  isAbstractType(type) ? [...schema.getPossibleTypes(type)] : isObjectType(type) ? [type] : [];

/** One level: every field of each possible type, objects only as `{ __typename }` (their turn comes next). */
function selection(schema: GraphQLSchema, type: GraphQLNamedType): string {
  return possibleTypes(schema, type)
    .map((object) => {
      const fields = Object.values(object.getFields()).flatMap((field) => {
        const args = argsFor(field);
        if (args === null) return [];
        const alias = `${asked(keyOf(schema, type, object.name, field.name), field.name)}${args}`;
        return [isLeafType(getNamedType(field.type)) ? alias : `${alias} { __typename }`];
      });
      return `... on ${object.name} { __typename ${fields.join(" ")} }`;
    })
    .join(" ");
}

function documentFor(path: Segment[], inner: string): string {
  let text = inner;
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    text = `${asked(segment.alias, segment.field)}${segment.args} { ${text} }`;
    if (segment.on) text = `... on ${segment.on} { ${text} }`;
  }
  return `{ ${text} }`;
}

/** The objects found at the path in an answer, lists flattened. */
function objectsAt(data: unknown, path: Segment[]): Record<string, unknown>[] {
  let current: unknown[] = [data];
  for (const segment of path) {
    current = current
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .map((value) => (value as Record<string, unknown> | null)?.[segment.alias]);
  }
  const flat = (values: unknown[]): unknown[] => values.flatMap((v) => (Array.isArray(v) ? flat(v) : [v]));
  return flat(current).filter((v): v is Record<string, unknown> => v !== null && typeof v === "object");
}

const hasValue = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && !value.length);

let schema: GraphQLSchema;
const answers: string[] = [];
const readable = new Set<string>();
const reachable = new Set<string>();

async function probeAll(): Promise<void> {
  const { buildClientSchema, getIntrospectionQuery } = await import("graphql");
  const anonymous = new Agent(server.url);
  schema = buildClientSchema((await anonymous.ok(getIntrospectionQuery())) as never);
  const query = schema.getQueryType()!;
  const tries = new Map<string, number>();
  const queue: Probe[] = roots().map(({ field, args }) => ({
    path: [{ field, args, alias: "root" }],
    type: getNamedType(query.getFields()[field].type),
    depth: 1,
  }));
  for (const field of Object.keys(query.getFields())) reachable.add(`Query.${field}`);

  while (queue.length) {
    const probe = queue.shift()!;
    const inner = isLeafType(probe.type) ? "" : selection(schema, probe.type);
    const leafPath = isLeafType(probe.type);
    const document = leafPath
      ? documentFor(probe.path.slice(0, -1), `${probe.path.at(-1)!.field}${probe.path.at(-1)!.args}`)
      : documentFor(probe.path, inner);
    const result = await anonymous.gql(document.replace(/^\{ \{ /, "{ "));
    answers.push(JSON.stringify(result));
    expect(result.errors?.filter((e) => e.extensions?.code !== "UNAUTHENTICATED") ?? []).toEqual([]);
    const rootName = probe.path[0].field;
    if (hasValue((result.data as Record<string, unknown> | null)?.root) && probe.depth === 1) {
      readable.add(`Query.${rootName}`);
    }
    if (leafPath) continue;
    for (const object of objectsAt(result.data, probe.path)) {
      const typeName = object.__typename as string;
      const type = schema.getType(typeName) as GraphQLObjectType;
      for (const [name, field] of Object.entries(type.getFields())) {
        const key = `${typeName}.${name}`;
        reachable.add(key);
        const alias = keyOf(schema, probe.type, typeName, name);
        const value = object[alias];
        if (hasValue(value)) readable.add(key);
        const named = getNamedType(field.type);
        if (isLeafType(named) || !hasValue(value) || probe.depth >= MAX_DEPTH) continue;
        if ((tries.get(key) ?? 0) >= TRIES_PER_FIELD) continue;
        tries.set(key, (tries.get(key) ?? 0) + 1);
        const args = argsFor(field);
        if (args === null) continue;
        const segment = { field: name, args, on: typeName, alias };
        queue.push({ path: [...probe.path, segment], type: named, depth: probe.depth + 1 });
      }
    }
  }
  // Every type reachable from Query counts, even where the walk found no instance of it.
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || type.name.startsWith("__")) return;
    seen.add(type.name);
    for (const object of possibleTypes(schema, type)) {
      visit(object);
      for (const [name, field] of Object.entries(object.getFields())) {
        reachable.add(`${object.name}.${name}`);
        visit(getNamedType(getNullableType(field.type)));
      }
    }
  };
  visit(query);
}

describe("the public API, as an anonymous prober walks it", () => {
  beforeAll(() => probeAll(), 120_000);

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
