import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

// Any site reads the API anonymously; only the app's own origins call it with the session (server/http/cors.ts).
let server: TestServer;
let person: PersonFixture;
beforeAll(async () => {
  server = await startTestServer();
  person = await createPerson(server);
});
afterAll(() => server.stop());

const FOREIGN = "https://partner.example";
const graphql = () => `${server.url}/graphql`;
const json = { "content-type": "application/json" };
const read = async (response: Response): Promise<any> => response.json();
const ME = JSON.stringify({ query: "{ me { id } instance { dataLicence } }" });

describe("cross-origin reads of the API", () => {
  it("answers a foreign origin's preflight for GET and POST, without credentials", async () => {
    const preflight = await fetch(graphql(), {
      method: "OPTIONS",
      headers: {
        origin: FOREIGN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, POST");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("content-type");
  });

  it("runs a foreign origin's queries over POST and GET, anonymously even with the session cookie", async () => {
    const own = await fetch(graphql(), {
      method: "POST",
      headers: { ...json, cookie: person.agent.cookie! },
      body: ME,
    });
    expect((await read(own)).data.me).toEqual({ id: person.id });

    const post = await fetch(graphql(), {
      method: "POST",
      headers: { ...json, origin: FOREIGN, cookie: person.agent.cookie! },
      body: ME,
    });
    expect(post.status).toBe(200);
    expect(post.headers.get("access-control-allow-origin")).toBe("*");
    expect(post.headers.get("access-control-allow-credentials")).toBeNull();
    expect(post.headers.get("set-cookie")).toBeNull();
    const body = await read(post);
    expect(body.data.me).toBeNull();
    expect(body.data.instance.dataLicence).toBeTruthy();

    const get = await fetch(`${graphql()}?query=${encodeURIComponent("{ me { id } }")}`, {
      headers: { origin: FOREIGN, cookie: person.agent.cookie!, "apollo-require-preflight": "1" },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
    // Everyone's answer, so caches may keep it for a while (the widgets' periodic refresh).
    expect(get.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    expect(await get.json()).toEqual({ data: { me: null } });
  });

  it("refuses a foreign origin's mutation and changes nothing", async () => {
    const rename = JSON.stringify({
      query: `mutation { updateProfile(input: { displayName: "Taken over" }) { displayName } }`,
    });
    const refused = await fetch(graphql(), {
      method: "POST",
      headers: { ...json, origin: FOREIGN, cookie: person.agent.cookie! },
      body: rename,
    });
    const body = (await refused.json()) as { data?: unknown; errors: { extensions: Record<string, string> }[] };
    expect(body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(body.errors[0].extensions.messageKey).toBe("forbidden.foreignOrigin");
    expect(body.data ?? null).toBeNull();
    const me = await person.agent.ok<{ me: { displayName: string } }>("{ me { displayName } }");
    expect(me.me.displayName).not.toBe("Taken over");
  });

  it("keeps credentials for the app's own origin", async () => {
    const own = server.config.publicUrl;
    const answer = await fetch(graphql(), {
      method: "POST",
      headers: { ...json, origin: own, cookie: person.agent.cookie! },
      body: ME,
    });
    expect(answer.headers.get("access-control-allow-origin")).toBe(own);
    expect(answer.headers.get("access-control-allow-credentials")).toBe("true");
    expect(((await answer.json()) as { data: { me: unknown } }).data.me).toEqual({ id: person.id });
  });

  it("lets any origin read the public paths by prefix, and no other page", async () => {
    const schema = await fetch(`${server.url}/graphql/schema.graphql`, { headers: { origin: FOREIGN } });
    expect(schema.headers.get("access-control-allow-origin")).toBe("*");
    const openData = await fetch(`${server.url}/open-data/anything`, { headers: { origin: FOREIGN } });
    expect(openData.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await fetch(`${server.url}/open-data/anything`, {
      method: "OPTIONS",
      headers: { origin: FOREIGN, "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    const page = await fetch(`${server.url}/discover`, { headers: { origin: FOREIGN } });
    expect(page.headers.get("access-control-allow-origin")).toBeNull();
  });
});

/** The first message (result or error) of one operation over a socket opened from `origin` with the person's cookie. */
function firstOverSocket(origin: string, query: string, variables: Record<string, unknown> = {}) {
  const client = person.agent.ws(origin);
  return new Promise<{ data?: unknown; errors?: { extensions?: { code?: string; messageKey?: string } }[] }>(
    (resolve) => {
      client.subscribe(
        { query, variables },
        {
          next: (value) => resolve(value as { data?: unknown }),
          error: (errors) => resolve({ errors: errors as { extensions?: { code?: string } }[] }),
          complete: () => resolve({}),
        },
      );
    },
  ).finally(() => client.dispose());
}

describe("cross-origin WebSockets", () => {
  it("are anonymous whatever cookie comes, and may subscribe but not query or mutate", async () => {
    const own = await firstOverSocket(server.config.publicUrl, "{ me { id } }");
    expect(own.data).toEqual({ me: { id: person.id } });

    const query = await firstOverSocket(FOREIGN, "{ me { id } }");
    expect(query.errors?.[0].extensions?.messageKey).toBe("forbidden.foreignOrigin");
    const mutation = await firstOverSocket(
      FOREIGN,
      `mutation { updateProfile(input: { displayName: "Taken over" }) { displayName } }`,
    );
    expect(mutation.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // The person's own feed needs a session: the foreign socket has none.
    const feed = await firstOverSocket(FOREIGN, "subscription { myFeedNews { newsId } }");
    expect(feed.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
