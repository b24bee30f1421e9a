import WebSocket from "ws";
import { Agent, codeOf } from "../support/client";
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

  it("refuses too many tokens", async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => "__typename").join(" ");
    const result = await new Agent(server.url).gql(`{ ${fields} }`);
    expect(result.errors?.[0].message).toMatch(/token/i);
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

describe("limits over WebSocket", () => {
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

  it("refuses an upgrade from a foreign origin and accepts the app's own", async () => {
    expect(await upgrade("https://evil.example")).toBe(401);
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

describe("query cost", () => {
  let costServer: TestServer;
  beforeAll(async () => {
    costServer = await startTestServer();
  });
  afterAll(() => costServer.stop());

  it("allows the largest documented page of members with their people, and refuses far costlier documents", async () => {
    const page = `{ element(slug: "any") { id community(first: 100) { totalCount nodes { id state roles isAdmin createdAt
      person { id username displayName image { id url } } memberOrganization { id slug name } } } } }`;
    expect((await new Agent(costServer.url).gql(page)).errors).toBeUndefined();
    const costly = Array.from(
      { length: 12 },
      (_, i) =>
        `a${i}: organizations(first: 100) { nodes { id community(first: 100) { nodes { id roles person { id username displayName image { id width } } } } } }`,
    ).join(" ");
    const refused = await new Agent(costServer.url).gql(`{ ${costly} }`);
    expect(refused.errors?.[0].message).toMatch(/cost/i);
  });
});
