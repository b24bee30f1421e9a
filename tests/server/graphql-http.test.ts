import { request } from "node:http";
import { createPerson } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";
import { QUERY_LIMITS } from "../../server/graphql/limits";

// GraphQL over HTTP is served on node:http in front of express: these are the rules it must keep.
let server: TestServer;
/** What the server logs (JSON lines on stdout, at info here), kept instead of printed. */
const logLines: string[] = [];
const stdoutWrite = process.stdout.write;
beforeAll(async () => {
  process.stdout.write = ((chunk: string | Uint8Array) => {
    logLines.push(...String(chunk).split("\n").filter(Boolean));
    return true;
  }) as typeof process.stdout.write;
  server = await startTestServer({ env: { LOG_LEVEL: "info" } });
});
afterAll(async () => {
  await server.stop();
  process.stdout.write = stdoutWrite;
});

const graphql = () => `${server.url}/graphql`;
const ME = JSON.stringify({ query: "{ me { id } }" });
const json = { "content-type": "application/json" };

/** A POST whose body arrives in chunks, without a Content-Length. */
function chunkedPost(chunks: string[]): Promise<{ status: number; body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(graphql(), { method: "POST", headers: json }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe("GraphQL over HTTP", () => {
  it("answers POST with the security headers and the caller's request id", async () => {
    const response = await fetch(graphql(), {
      method: "POST",
      headers: { ...json, "x-request-id": "caller-id-123" },
      body: ME,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: null } });
    expect(response.headers.get("x-request-id")).toBe("caller-id-123");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toMatch(/^application\/(graphql-response\+)?json/);
  });

  it("answers GET with the preflight header Apollo's CSRF prevention asks for", async () => {
    const query = encodeURIComponent("{ me { id } }");
    const response = await fetch(`${graphql()}?query=${query}`, { headers: { "apollo-require-preflight": "1" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: null } });
    // A request id of its own when the caller gives none (or a malformed one).
    const other = await fetch(`${graphql()}?query=${query}`, {
      headers: { "apollo-require-preflight": "1", "x-request-id": "bad id!" },
    });
    expect(other.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("allows the app's origin with credentials, and others only without (cors.test.ts)", async () => {
    const own = server.config.publicUrl;
    const preflight = await fetch(graphql(), {
      method: "OPTIONS",
      headers: {
        origin: own,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(own);
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type");

    const foreign = await fetch(graphql(), {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(foreign.headers.get("access-control-allow-origin")).toBe("*");
    expect(foreign.headers.get("access-control-allow-credentials")).toBeNull();

    const answer = await fetch(graphql(), { method: "POST", headers: { ...json, origin: own }, body: ME });
    expect(answer.headers.get("access-control-allow-origin")).toBe(own);
    expect(answer.headers.get("access-control-allow-credentials")).toBe("true");
    expect(answer.headers.get("vary")).toMatch(/origin/i);
    // Without an Origin (a server, curl): the headers cors() gave it, no origin allowed.
    const originless = await fetch(graphql(), { method: "POST", headers: json, body: ME });
    expect(originless.headers.get("access-control-allow-origin")).toBeNull();
    expect(originless.headers.get("access-control-allow-credentials")).toBe("true");
    expect(originless.headers.get("vary")).toBe("Origin");
    const refused = await fetch(graphql(), {
      method: "POST",
      headers: { ...json, origin: "https://evil.example" },
      body: ME,
    });
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(refused.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("refuses a body past the limit with 413 also when it comes in chunks without a length", async () => {
    const padding = "x".repeat(16 * 1024);
    const chunks = ['{"query": "{ me { id } }", "extensions": {"padding": "'];
    for (let size = 0; size <= QUERY_LIMITS.maxBodyBytes; size += padding.length) chunks.push(padding);
    chunks.push('"}}');
    const answer = await chunkedPost(chunks);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    // Just under the limit, the same body is read.
    const fits = await chunkedPost(['{"query": "{ me { id } }", "extensions": {"padding": "', padding, '"}}']);
    expect(fits.status).toBe(200);
  });

  it("reads only JSON objects or arrays in UTF-8, as express.json did", async () => {
    const post = (body: string, headers: Record<string, string> = json) =>
      fetch(graphql(), { method: "POST", headers, body });
    const codeIn = async (response: Response) =>
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;
    const scalar = await post('"{ me { id } }"');
    expect(scalar.status).toBe(400);
    expect(await codeIn(scalar)).toBe("BAD_REQUEST");
    const latin1 = await post(ME, { "content-type": "application/json; charset=latin1" });
    expect(latin1.status).toBe(415);
    expect(await codeIn(latin1)).toBe("BAD_REQUEST");
    const utf8 = await post(ME, { "content-type": "application/json; charset=UTF-8" });
    expect(utf8.status).toBe(200);
    const text = await post(ME, { "content-type": "text/plain" });
    expect(text.status).toBe(400);
    const empty = await post("");
    expect(empty.status).toBe(400);
  });

  it("sets the session cookie at login and reads it on the next request", async () => {
    const person = await createPerson(server);
    const { me } = await person.agent.ok<{ me: { id: string } }>("{ me { id } }");
    expect(me.id).toBe(person.id);
  });

  it("logs each request at info with its id, method, client address and status", async () => {
    const response = await fetch(graphql(), {
      method: "POST",
      headers: { ...json, "x-request-id": "logged-request-1" },
      body: ME,
    });
    await response.text();
    const line = logLines.map((text) => JSON.parse(text)).find((entry) => entry.req?.id === "logged-request-1");
    expect(line).toMatchObject({
      level: 30,
      msg: "request completed",
      req: { method: "POST", url: "/graphql", remoteAddress: "127.0.0.1" },
    });
    expect(line!.res).toEqual({ statusCode: 200 });
  });

  it("leaves every other path to express, with the same request id and headers", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    // Express's routes log alike.
    await (await fetch(`${server.url}/robots.txt`, { headers: { "x-request-id": "logged-request-2" } })).text();
    const line = logLines.map((text) => JSON.parse(text)).find((entry) => entry.req?.id === "logged-request-2");
    expect(line).toMatchObject({ req: { method: "GET", url: "/robots.txt", remoteAddress: "127.0.0.1" } });
  });
});
