import { request } from "node:http";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

const RATES = { API_RATE_ANONYMOUS: "5", API_BURST_ANONYMOUS: "2", API_RATE_PERSON: "12", API_BURST_PERSON: "0" };

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { data?: Record<string, unknown>; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/** A GraphQL POST sent from one loopback address (127.0.0.x), as different callers would come from theirs. */
function post(
  server: TestServer,
  from: string,
  query: string,
  cookie?: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        localAddress: from,
        agent: false,
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}), ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode!, retryAfter: res.headers["retry-after"], body: JSON.parse(text) }),
        );
      },
    );
    req.once("error", reject);
    req.end(JSON.stringify({ query }));
  });
}

const QUERY = "{ instance { timeZone } }";

async function spend(server: TestServer, from: string, count: number, cookie?: string): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < count; i++) answers.push(await post(server, from, QUERY, cookie));
  return answers;
}

let server: TestServer;
let person: PersonFixture;
beforeAll(async () => {
  server = await startTestServer({ env: RATES });
  // Its sign-up spends the budget of 127.0.0.1 only.
  person = await createPerson(server);
});
afterAll(() => server.stop());

describe("the API's rate limits over HTTP", () => {
  it("lets an anonymous IP make its rate plus its burst, then answers 429 RATE_LIMITED with Retry-After", async () => {
    const allowed = await spend(server, "127.0.0.2", 5 + 2);
    expect(allowed.map((a) => a.status)).toEqual(Array(7).fill(200));
    expect(allowed.every((a) => a.body.data?.instance)).toBe(true);

    const refused = await post(server, "127.0.0.2", QUERY);
    expect(refused.status).toBe(429);
    const seconds = Number(refused.retryAfter);
    expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 60).toBe(true);
    expect(refused.body.data).toBeUndefined();
    const [error] = refused.body.errors!;
    expect(error.extensions).toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: seconds,
      messageKey: "rateLimited.api",
    });
    expect(error.message).toMatch(/too many requests/i);
    expect(JSON.stringify(refused.body)).not.toMatch(/stack|node_modules/i);
  });

  it("counts each IP address apart", async () => {
    await spend(server, "127.0.0.4", 7);
    expect((await post(server, "127.0.0.4", QUERY)).status).toBe(429);
    const other = await post(server, "127.0.0.5", QUERY);
    expect(other.status).toBe(200);
    expect(other.body.data?.instance).toBeTruthy();
  });

  it("gives a signed-in person a budget of their own, apart from their address's", async () => {
    await spend(server, "127.0.0.6", 7);
    expect((await post(server, "127.0.0.6", QUERY)).status).toBe(429);
    // Same address, signed in: their own, higher budget.
    const mine = await spend(server, "127.0.0.6", 12, person.agent.cookie);
    expect(mine.map((a) => a.status)).toEqual(Array(12).fill(200));
    const refused = await post(server, "127.0.0.7", "{ me { id } }", person.agent.cookie);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions.code).toBe("RATE_LIMITED");
    // The person's budget spent, anonymous callers from a fresh address are not affected.
    expect((await post(server, "127.0.0.7", QUERY)).status).toBe(200);
  });
});

type Socket = ReturnType<typeof createClient>;
/** What one query over the socket gives. */
const nextOf = async (client: Socket) => (await client.iterate({ query: QUERY }).next()).value!;

/**
 * Runs `count` queries, one after the other, over one WebSocket opened from `from`, as a script
 * would: each gives its result, or the errors of a refused operation.
 */
async function overSocket(
  server: TestServer,
  from: string,
  count: number,
  headers: Record<string, string> = {},
): Promise<(Awaited<ReturnType<typeof nextOf>> | { refused: unknown })[]> {
  class FromAddress extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { localAddress: from, headers });
    }
  }
  const client = createClient({
    url: server.url.replace(/^http/, "ws") + "/graphql",
    webSocketImpl: FromAddress,
    retryAttempts: 0,
  });
  const results: (Awaited<ReturnType<typeof nextOf>> | { refused: unknown })[] = [];
  try {
    for (let i = 0; i < count; i++) {
      try {
        results.push(await nextOf(client));
      } catch (refused) {
        results.push({ refused });
      }
    }
  } finally {
    await client.dispose();
  }
  return results;
}

describe("the API's rate limits over a WebSocket", () => {
  it("count each operation a socket starts against the same budget as HTTP requests", async () => {
    const results = await overSocket(server, "127.0.0.8", 5 + 2 + 1);
    expect(results.slice(0, 7).every((result) => "data" in result && result.data?.instance)).toBe(true);
    expect(results[7]).toEqual({
      refused: [expect.objectContaining({ extensions: expect.objectContaining({ code: "RATE_LIMITED" }) })],
    });
    // The address's budget is spent for HTTP too: one budget, whatever the transport.
    expect((await post(server, "127.0.0.8", QUERY)).status).toBe(429);
  });
});

const forwarded = (address: string) => ({ "x-forwarded-for": address });
const refusedOver = (results: Awaited<ReturnType<typeof overSocket>>) => results.map((result) => "refused" in result);

describe("the client's address behind a reverse proxy (TRUST_PROXY)", () => {
  it("ignores X-Forwarded-For without the setting: the socket's address keeps one budget", async () => {
    // Each request claims another address; all come from 127.0.0.9 and share its budget.
    for (let i = 0; i < 7; i++) {
      expect((await post(server, "127.0.0.9", QUERY, undefined, forwarded(`203.0.113.${i + 1}`))).status).toBe(200);
    }
    expect((await post(server, "127.0.0.9", QUERY, undefined, forwarded("203.0.113.99"))).status).toBe(429);
    const overWebSocket = await overSocket(server, "127.0.0.11", 8, forwarded("203.0.113.98"));
    expect(refusedOver(overWebSocket)).toEqual([...Array(7).fill(false), true]);
    expect((await post(server, "127.0.0.11", QUERY, undefined, forwarded("203.0.113.97"))).status).toBe(429);
    // Nor does it open the outbox's loopback check to someone claiming to be elsewhere, or the reverse.
    const outbox = await fetch(`${server.url}/outbox.json`, { headers: forwarded("203.0.113.1") });
    expect(outbox.status).toBe(200);
  });

  describe("with the proxy on loopback trusted", () => {
    let proxied: TestServer;
    beforeAll(async () => {
      proxied = await startTestServer({ env: { ...RATES, TRUST_PROXY: "loopback" } });
    });
    afterAll(() => proxied.stop());

    it("keys the budget on the forwarded address, over HTTP and WebSocket alike", async () => {
      const spent = [];
      for (let i = 0; i < 8; i++) {
        spent.push((await post(proxied, "127.0.0.2", QUERY, undefined, forwarded("198.51.100.7"))).status);
      }
      expect(spent).toEqual([...Array(7).fill(200), 429]);
      // Same proxy (the same socket address), another client: a budget of its own.
      expect((await post(proxied, "127.0.0.2", QUERY, undefined, forwarded("198.51.100.8"))).status).toBe(200);
      // The spent client is refused through another proxy address too, and over a WebSocket.
      expect((await post(proxied, "127.0.0.3", QUERY, undefined, forwarded("198.51.100.7"))).status).toBe(429);
      expect(refusedOver(await overSocket(proxied, "127.0.0.3", 1, forwarded("198.51.100.7")))).toEqual([true]);
      const fresh = await overSocket(proxied, "127.0.0.3", 8, forwarded("198.51.100.9"));
      expect(refusedOver(fresh)).toEqual([...Array(7).fill(false), true]);
      // A client cannot choose its address: only what the trusted proxy appended counts.
      expect((await post(proxied, "127.0.0.2", QUERY, undefined, forwarded("198.51.100.8, 198.51.100.7"))).status).toBe(
        429,
      );
    });

    it("gives express routes the same address (the outbox is for this machine only)", async () => {
      expect((await fetch(`${proxied.url}/outbox.json`)).status).toBe(200);
      const fromOutside = await fetch(`${proxied.url}/outbox.json`, { headers: forwarded("198.51.100.10") });
      expect(fromOutside.status).toBe(403);
    });
  });
});
