import WebSocket from "ws";
import { Agent, codeOf, type GraphQLErrorShape } from "../support/client";
import { createPerson } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";
import { QUERY_LIMITS } from "../../server/graphql/limits";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A nested selection deeper than any real query needs; the schema has no cycles yet, so depth comes from __type. */
function deepQuery(depth: number): string {
  let selection = "name";
  for (let i = 0; i < depth; i++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Person") { fields { type { ${selection} } } } }`;
}

function expectNoInternals(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|\bat .+\(.+:\d+:\d+\)|node_modules|SELECT |INSERT /i);
}

describe("query limits over HTTP", () => {
  it("refuses a query deeper than the limit", async () => {
    const agent = new Agent(server.url);
    const ok = await agent.gql(deepQuery(3));
    expect(ok.errors).toBeUndefined();
    const tooDeep = await agent.gql(deepQuery(QUERY_LIMITS.maxDepth + 2));
    expect(tooDeep.errors?.[0].message).toMatch(/depth/i);
    expect(codeOf(tooDeep)).toBe("GRAPHQL_VALIDATION_FAILED");
    expectNoInternals(tooDeep);
  });

  it("refuses too many aliases", async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(" ");
    const result = await new Agent(server.url).gql(`{ ${aliases} }`);
    expect(result.errors?.[0].message).toMatch(/alias/i);
  });

  it("refuses too many directives", async () => {
    const directives = Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => "@include(if: true)").join(" ");
    const result = await new Agent(server.url).gql(`{ me ${directives} { id } }`);
    expect(result.errors?.[0].message).toMatch(/directive/i);
  });

  it("refuses an over-large body with 413 and a JSON error", async () => {
    const padding = "x".repeat(QUERY_LIMITS.maxBodyBytes + 10);
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ me { id } }", variables: { padding } }),
    });
    expect(response.status).toBe(413);
    const body: any = await response.json();
    expect(body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expectNoInternals(body);
  });

  it("answers malformed JSON with 400 and no stack trace", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    expectNoInternals(await response.json());
  });

  it("does not suggest field names", async () => {
    const result = await new Agent(server.url).gql(`{ me { usernam } }`);
    expect(codeOf(result)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it("refuses a simple GET without a preflight header (CSRF prevention)", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`);
    expect(response.status).toBe(400);
    expectNoInternals(await response.text());
  });

  it("sets security headers, including a content security policy", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });
});

function firstResult(agent: Agent, query: string, variables: Record<string, unknown>, origin?: string) {
  const client = agent.ws(origin);
  return new Promise<{ errors?: unknown; data?: unknown; closed?: unknown }>((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (value) => resolve(value as { data?: unknown }),
        error: (error) => resolve({ errors: error, closed: error }),
        complete: () => resolve({}),
      },
    );
  }).finally(() => client.dispose());
}

describe("limits over WebSocket", () => {
  function upgrade(origin: string): Promise<number | "open"> {
    const socket = new WebSocket(`${server.url.replace("http", "ws")}/graphql`, "graphql-transport-ws", {
      headers: { origin },
    });
    return new Promise<number | "open">((resolve) => {
      socket.on("open", () => resolve("open"));
      socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      socket.on("error", () => undefined);
    }).finally(() => socket.terminate());
  }

  it("accepts an upgrade from the app's own origin and from others (anonymous, for subscriptions: cors.test.ts)", async () => {
    expect(await upgrade("https://evil.example")).toBe("open");
    expect(await upgrade(server.config.publicUrl)).toBe("open");
  });

  it("refuses a subscription document with too many tokens or directives", async () => {
    const person = await createPerson(server);
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => "id").join(" ");
    const tooLong = await firstResult(person.agent, `subscription($id: ID!) { personUpdated(id: $id) { ${fields} } }`, {
      id: person.id,
    });
    expect(JSON.stringify(tooLong.errors)).toMatch(/token/i);
    const directives = Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => "@include(if: true)").join(" ");
    const tooMany = await firstResult(
      person.agent,
      `subscription($id: ID!) { personUpdated(id: $id) { id ${directives} } }`,
      { id: person.id },
    );
    expect(JSON.stringify(tooMany.errors)).toMatch(/directive/i);
  });

  it("refuses a subscription with too many aliases and strips suggestions", async () => {
    const person = await createPerson(server);
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: id`).join(" ");
    const tooMany = await firstResult(
      person.agent,
      `subscription($id: ID!) { personUpdated(id: $id) { ${aliases} } }`,
      { id: person.id },
    );
    expect(JSON.stringify(tooMany.errors)).toMatch(/alias/i);
    const typo = await firstResult(person.agent, `subscription($id: ID!) { personUpdated(id: $id) { usernam } }`, {
      id: person.id,
    });
    expect(JSON.stringify(typo.errors)).toMatch(/Cannot query field/);
    expect(JSON.stringify(typo.errors)).not.toMatch(/did you mean/i);
  });
});

/** Three nested connections: organizations, their events, the events' communities. */
const NESTED = `query Nested($orgs: Int, $events: Int, $people: Int) {
  organizations(first: $orgs) { nodes { id events(first: $events) { nodes { id community(first: $people) { nodes { id } } } } } }
}`;

/** The same count written with a named fragment, an inline fragment and an interface fragment. */
const NESTED_WITH_FRAGMENTS = `query Nested($orgs: Int, $events: Int, $people: Int) {
  organizations(first: $orgs) { nodes { ...OrganizationEvents } }
}
fragment OrganizationEvents on Organization { events(first: $events) { nodes { ... on Event { ...Community } } } }
fragment Community on CommunityElement { community(first: $people) { nodes { id } } }`;

/** 100 organizations with their first 5 members, each member's person and image: 100 + 100 × 5 = 600 nodes. */
const ORGANIZATIONS_WITH_MEMBERS = `query Directory($first: Int, $members: Int) {
  organizations(first: $first) { totalCount nodes { id slug name image { id url }
    community(first: $members) { totalCount nodes { id roles isAdmin person { id username displayName image { id url } }
      memberOrganization { id slug name } } } } }
}`;

function expectTooComplex(result: { status?: number; errors?: GraphQLErrorShape[] } | undefined, cost: number | null) {
  const error = result?.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", cost, limit: QUERY_LIMITS.maxNodes });
  expect(error?.message).toMatch(/nodes/);
  expect(error?.message).not.toMatch(/syntax error/i);
  expectNoInternals(result);
}

describe("query cost: the nodes a query can return", () => {
  it("allows 100 organizations with their first 5 members, their people and images", async () => {
    const result = await new Agent(server.url).gql(ORGANIZATIONS_WITH_MEMBERS, { first: 100, members: 5 });
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
  });

  it("refuses 100 × 100 × 100 with QUERY_TOO_COMPLEX, the cost and the limit, over HTTP (400)", async () => {
    const literal = `{ organizations(first: 100) { nodes { id events(first: 100) { nodes { id
      community(first: 100) { nodes { id } } } } } } }`;
    const refused = await new Agent(server.url).gql(literal);
    expect(refused.status).toBe(400);
    expectTooComplex(refused, 100 + 100 * 100 + 100 * 100 * 100);
  });

  it("computes with the variables' values: first: $n with n = 100 counts as 100", async () => {
    const agent = new Agent(server.url);
    const refused = await agent.gql(NESTED, { orgs: 100, events: 100, people: 100 });
    expect(refused.status).toBe(400);
    expectTooComplex(refused, 1_010_100);
    const small = await agent.gql(NESTED, { orgs: 5, events: 5, people: 5 });
    expect(small.errors).toBeUndefined();
  });

  it("refuses the same query and variables again, each time under the request's own id", async () => {
    const agent = new Agent(server.url);
    const first = await agent.gql(NESTED, { orgs: 100, events: 100, people: 100 });
    const again = await agent.gql(NESTED, { orgs: 100, events: 100, people: 100 });
    for (const refused of [first, again]) expectTooComplex(refused, 1_010_100);
    expect(first.errors?.[0].extensions?.requestId).not.toBe(again.errors?.[0].extensions?.requestId);
    // The remembered verdict belongs to those variables only.
    expect((await agent.gql(NESTED, { orgs: 2, events: 2, people: 2 })).errors).toBeUndefined();
  });

  it("remembers a count whatever the text of the strings, never for variables that did not fit", async () => {
    const query = `query($orgs: Int, $from: DateTimeISO) { organizations(first: $orgs) { nodes { id
      events(first: 100, from: $from) { nodes { id community(first: 100) { nodes { id } } } } } } }`;
    const agent = new Agent(server.url);
    // Not a date: refused as such, before anything is counted...
    const unfit = await agent.gql(query, { orgs: 100, from: "not a date" });
    expect(unfit.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    // ...which is not remembered for a date, whose count is refused, whichever date.
    expectTooComplex(await agent.gql(query, { orgs: 100, from: "2040-01-02T00:00:00Z" }), 1_010_100);
    expectTooComplex(await agent.gql(query, { orgs: 100, from: "2041-05-06T00:00:00Z" }), 1_010_100);
    expect((await agent.gql(query, { orgs: 1, from: "2041-05-06T00:00:00Z" })).errors).toBeUndefined();
  });

  it("counts a connection without first at its default page size (20)", async () => {
    const refused = await new Agent(server.url).gql(NESTED, { orgs: 100, events: 100 });
    expectTooComplex(refused, 100 + 100 * 100 + 100 * 100 * 20);
  });

  it("counts through named fragments, inline fragments and interface fragments alike", async () => {
    const refused = await new Agent(server.url).gql(NESTED_WITH_FRAGMENTS, { orgs: 100, events: 100, people: 100 });
    expectTooComplex(refused, 1_010_100);
    const allowed = await new Agent(server.url).gql(NESTED_WITH_FRAGMENTS, { orgs: 10, events: 10, people: 10 });
    expect(allowed.errors).toBeUndefined();
  });

  it("adds up aliases, so repeating an allowed query does not escape the limit", async () => {
    const page = `organizations(first: 100) { nodes { id community(first: 100) { nodes { id } } } }`;
    const twice = await new Agent(server.url).gql(`{ a: ${page} b: ${page} }`);
    expect(twice.errors).toBeUndefined();
    const aliases = Array.from({ length: 3 }, (_, i) => `a${i}: ${page}`).join(" ");
    expectTooComplex(await new Agent(server.url).gql(`{ ${aliases} }`), 3 * 10_100);
  });

  it("refuses a document whose fragments multiply beyond counting", async () => {
    const levels = 14;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`,
    ).join(" ");
    const bomb = `query { ...F0 } ${fragments} fragment F${levels} on Query { __typename }`;
    expectTooComplex(await new Agent(server.url).gql(bomb), null);
  });

  it("applies the same count over WebSocket, with the variables", async () => {
    const person = await createPerson(server);
    const refused = await firstResult(person.agent, NESTED, { orgs: 100, events: 100, people: 100 });
    expectTooComplex({ errors: refused.errors as GraphQLErrorShape[] }, 1_010_100);
    const allowed = await firstResult(person.agent, ORGANIZATIONS_WITH_MEMBERS, { first: 100, members: 5 });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toBeTruthy();
    const followers = `subscription($id: ID!, $n: Int) { personUpdated(id: $id) { followers(first: $n) { nodes {
      person { followers(first: $n) { nodes { person { followers(first: $n) { nodes { id } } } } } } } } } }`;
    const subscription = await firstResult(person.agent, followers, { id: person.id, n: 100 });
    expectTooComplex({ errors: subscription.errors as GraphQLErrorShape[] }, 1_010_100);
  });

  it("keeps depth and alias limits above what the cost allows: Relay-style nesting with fragments passes", async () => {
    const result = await new Agent(server.url).gql(`query {
      organizations(first: 100) { nodes { ...Members } }
    }
    fragment Members on Organization { community(first: 5) { nodes { ... on Link { person { ...Person } } } } }
    fragment Person on Person { followers(first: 5) { nodes { person { image { ... on Image { url } } } } } }`);
    expect(result.errors).toBeUndefined();
  });
});

describe("errors of the GraphQL-over-HTTP classes", () => {
  it("answers a syntax error with 400 and GRAPHQL_PARSE_FAILED, over HTTP and WebSocket", async () => {
    const result = await new Agent(server.url).gql(`{ me { id }`);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe("GRAPHQL_PARSE_FAILED");
    expect(result.errors?.[0].message).toMatch(/^Syntax Error/);
    expectNoInternals(result);
    const person = await createPerson(server);
    const overWs = await firstResult(person.agent, `subscription { personUpdated(id: "x") { id }`, {});
    expect((overWs.errors as GraphQLErrorShape[])[0].extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers too many tokens as a parse failure (400), not an internal error", async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => "__typename").join(" ");
    const result = await new Agent(server.url).gql(`{ ${fields} }`);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe("GRAPHQL_PARSE_FAILED");
    expect(result.errors?.[0].message).toMatch(/tokens/);
  });

  it("answers a document that does not match the schema with 400 and GRAPHQL_VALIDATION_FAILED", async () => {
    const unknownField = await new Agent(server.url).gql(`{ me { nope } }`);
    expect(unknownField.status).toBe(400);
    expect(codeOf(unknownField)).toBe("GRAPHQL_VALIDATION_FAILED");
    const tooDeep = await new Agent(server.url).gql(deepQuery(QUERY_LIMITS.maxDepth + 2));
    expect(tooDeep.status).toBe(400);
    expect(codeOf(tooDeep)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(tooDeep.errors?.[0].message).not.toMatch(/syntax error/i);
  });

  it("answers variables of the wrong type with 400 and BAD_USER_INPUT", async () => {
    const result = await new Agent(server.url).gql(NESTED, { orgs: "many" });
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
  });
});
