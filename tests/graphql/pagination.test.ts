import { randomUUID } from "node:crypto";
import { Agent, codeOf, type GraphQLResponse } from "../support/client";
import { createOrganization, type ElementFixture, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let org: ElementFixture;
const anonymous = () => new Agent(server.url);

const ORGANIZATIONS = `query($after: String) { organizations(first: 1, after: $after) { nodes { id } pageInfo { endCursor } } }`;
const PROJECTS = `query($after: String) { projects(first: 1, after: $after) { nodes { id } } }`;
const EVENTS = `query($after: String) { events(first: 1, after: $after) { nodes { id } pageInfo { endCursor } } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String) {
  organization(id: $id) {
    history(first: $first, after: $after) {
      totalCount
      nodes { id }
      edges { cursor node { id } }
      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
    }
  }
}`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;

const base64url = (text: string) => Buffer.from(text).toString("base64url");
const fieldsOf = (result: GraphQLResponse) => result.errors?.map((error) => error.extensions?.fields?.[0]?.field);

/** Every revision id of the organization's history, page after page of `first`. */
async function everyRevision(first: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const { organization }: any = await anonymous().ok(HISTORY, { id: org.id, first, after });
    seen.push(...organization.history.nodes.map((node: { id: string }) => node.id));
    if (!organization.history.pageInfo.hasNextPage) return seen;
    after = organization.history.pageInfo.endCursor;
  }
  throw new Error("the history never ended");
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await createPerson(server);
  org = await createOrganization(admin);
  for (const text of ["One", "Two", "Three"]) {
    await admin.agent.ok(UPDATE, { input: { id: org.id, shortDescription: text } });
  }
  const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
  for (const day of ["2031-05-01", "2031-05-02"]) {
    await admin.agent.ok(CREATE_EVENT, {
      input: { name: `Fête ${day}`, type: "CONCERT", startsAt: `${day}T18:00:00Z`, timeZone: "Europe/Paris" },
    });
  }
});
afterAll(() => server.stop());

describe("cursors", () => {
  // Shapes that once reached PostgreSQL and answered INTERNAL_SERVER_ERROR (a non-uuid id, a
  // date JavaScript reads but PostgreSQL does not), and plain garbage.
  const forged = {
    "not base64url": "%%% not a cursor %%%",
    "base64 of text": base64url("hello"),
    "JSON of wrong types": base64url(JSON.stringify([1, 2, 3])),
    "JSON object": base64url(JSON.stringify({ createdAt: "2026-01-01T00:00:00.000Z", id: randomUUID() })),
    "JSON null": base64url("null"),
    "old shape with a non-uuid id": base64url(JSON.stringify(["2026-01-01T00:00:00.000Z", "not-a-uuid"])),
    "old shape with a date PostgreSQL refuses": base64url(JSON.stringify(["1", randomUUID()])),
    "this list's name with a non-uuid id": base64url(
      JSON.stringify(["organizations:newest", "2026-01-01T00:00:00.000Z", "x'); DROP TABLE element; --"]),
    ),
    "this list's name with a loose date": base64url(
      JSON.stringify(["organizations:newest", "yesterday", randomUUID()]),
    ),
    "this list's name with an impossible date": base64url(
      JSON.stringify(["organizations:newest", "2026-02-31T00:00:00.000Z", randomUUID()]),
    ),
    "a huge string": "A".repeat(10_000),
  };

  it.each(Object.entries(forged))("refuse a forged cursor (%s) with BAD_USER_INPUT on `after`", async (_, after) => {
    for (const query of [ORGANIZATIONS, HISTORY]) {
      const result = await anonymous().gql(query, { after, id: org.id });
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(fieldsOf(result)).toEqual(["after"]);
    }
  });

  it("are refused by another list or another order", async () => {
    const { events } = await anonymous().ok(EVENTS);
    const { organizations } = await anonymous().ok(ORGANIZATIONS);
    const { organization } = await anonymous().ok(HISTORY, { id: org.id, first: 1 });
    // A soonest-first cursor (an event's start) given to a newest-first list, and the reverse.
    for (const [query, after] of [
      [ORGANIZATIONS, events.pageInfo.endCursor],
      [EVENTS, organizations.pageInfo.endCursor],
      [PROJECTS, organizations.pageInfo.endCursor],
      [HISTORY, organizations.pageInfo.endCursor],
      [ORGANIZATIONS, organization.history.pageInfo.endCursor],
    ]) {
      const result = await anonymous().gql(query, { after, id: org.id });
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].extensions?.fields).toEqual([
        {
          field: "after",
          message: "is a cursor of another list or order",
          messageKey: "cursor.otherList",
          messageParams: {},
        },
      ]);
    }
  });

  it("page through rows that share their timestamp to the microsecond, without losing any", async () => {
    // Rows written by one transaction share now(); cursors keep milliseconds.
    await server.database.dataSource.query(
      `UPDATE element_revision SET created_at = '2030-01-01 00:00:00.123456+00' WHERE element_id = $1`,
      [org.id],
    );
    const all = await everyRevision(3);
    expect(all).toHaveLength(3);
    expect(await everyRevision(1)).toEqual(all);
  });
});

describe("connections", () => {
  it("give Relay edges with cursors, startCursor and an honest hasPreviousPage", async () => {
    const first = (await anonymous().ok(HISTORY, { id: org.id, first: 2 })).organization.history;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge: { node: { id: string } }) => edge.node)).toEqual(first.nodes);
    expect(first.pageInfo).toEqual({
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[1].cursor,
      hasNextPage: true,
      hasPreviousPage: false,
    });
    const all = await everyRevision(3);
    // Any edge's cursor starts a page right after that edge.
    const next = (await anonymous().ok(HISTORY, { id: org.id, first: 2, after: first.edges[0].cursor })).organization
      .history;
    expect(next.nodes.map((node: { id: string }) => node.id)).toEqual(all.slice(1, 3));
    expect(next.pageInfo).toMatchObject({ startCursor: next.edges[0].cursor, hasPreviousPage: true });
    const last = (await anonymous().ok(HISTORY, { id: org.id, first: 2, after: first.pageInfo.endCursor })).organization
      .history;
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe("element lookup", () => {
  const ELEMENT = `query($id: ID, $slug: String) { element(id: $id, slug: $slug) { __typename id slug } }`;

  it("finds any kind by id or by slug, through the Element interface", async () => {
    const { createProject } = await admin.agent.ok(
      `mutation { createProject(input: { name: "Répare tout" }) { id slug } }`,
    );
    const { events } = await anonymous().ok(`{ events(first: 1) { nodes { id slug } } }`);
    const cases = [
      { __typename: "Organization", ...org },
      { __typename: "Project", ...createProject },
      { __typename: "Event", ...events.nodes[0] },
      { __typename: "Person", id: admin.id, slug: admin.username },
    ];
    for (const { __typename, id, slug } of cases) {
      expect((await anonymous().ok(ELEMENT, { id })).element).toEqual({ __typename, id, slug });
      expect((await anonymous().ok(ELEMENT, { slug })).element).toEqual({ __typename, id, slug });
    }
    expect((await anonymous().ok(ELEMENT, { slug: "nobody-has-this-slug" })).element).toBeNull();
  });

  it("hides what the viewer may not see", async () => {
    const secret = await createOrganization(admin);
    await setElementSettings(admin, secret.id, { private: true });
    expect((await anonymous().ok(ELEMENT, { id: secret.id })).element).toBeNull();
    expect((await admin.agent.ok(ELEMENT, { id: secret.id })).element).toMatchObject({ id: secret.id });
  });

  it.each([
    ["element", "element(id: $id, slug: $slug) { id }"],
    ["organization", "organization(id: $id, slug: $slug) { id }"],
    ["project", "project(id: $id, slug: $slug) { id }"],
    ["event", "event(id: $id, slug: $slug) { id }"],
  ])("%s refuses both an id and a slug, or neither", async (_, field) => {
    const query = `query($id: ID, $slug: String) { ${field} }`;
    for (const variables of [{ id: org.id, slug: org.slug }, { id: org.id, slug: "another-one" }, {}]) {
      const result = await anonymous().gql(query, variables);
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(fieldsOf(result)).toEqual(["id"]);
    }
  });
});
