import { readFileSync } from "node:fs";
import path from "node:path";
import { Agent } from "../support/client";
import { startTestServer, type TestServer } from "../support/server";

/**
 * What the server answers outside the API: robots.txt, the web app for paths that may be
 * pages, 404 for the rest, and the API explorer for a browser opening /graphql.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());

const get = (path: string, accept = "text/html,application/xhtml+xml,*/*;q=0.8") =>
  fetch(`${server.url}${path}`, { headers: { accept } });

describe("robots.txt", () => {
  it("lets crawlers read public pages, not the API, uploads, the outbox or personal pages", async () => {
    const response = await get("/robots.txt", "text/plain");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const lines = (await response.text()).split("\n");
    expect(lines).toEqual(expect.arrayContaining(["User-agent: *", "Allow: /"]));
    for (const path of ["/graphql", "/media$", "/outbox", "/settings", "/me/"]) {
      expect(lines).toContain(`Disallow: ${path}`);
    }
    // Public pages stay open: no rule disallows them.
    for (const page of ["/organizations", "/people", "/events", "/projects"]) {
      expect(lines.some((line) => line.startsWith("Disallow:") && page.startsWith(line.slice(10).trim()))).toBe(false);
    }
  });
});

describe("paths that are not pages", () => {
  it.each([
    "/foo.php",
    "/wp-login.php",
    "/.env",
    "/favicon.ico",
    "/api/x",
    "/api",
    "/people/alice.json",
    "/assets/none.js",
  ])("%s answers 404, not the app", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<div id="root">');
  });

  it.each(["/", "/organizations", "/people/someone", "/events/new", "/no-such-page"])(
    "%s may be a page: the app answers it",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toContain('<div id="root">');
    },
  );

  it("still serves the app's own files", async () => {
    const response = await get("/favicon.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
  });
});

describe("/graphql", () => {
  it("opened in a browser shows the API explorer page", async () => {
    const response = await get("/graphql");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<div id="root">');
  });

  it("still refuses a GET query without a CSRF-safe header, and answers POSTs", async () => {
    const refused = await get("/graphql?query=%7B__typename%7D", "application/json");
    expect(refused.status).toBe(400);
    expect(await refused.text()).not.toContain('<div id="root">');
    expect(await new Agent(server.url).ok("{ __typename }")).toEqual({ __typename: "Query" });
  });

  it("gives its schema as text, the same as the committed schema.graphql", async () => {
    const response = await get("/graphql/schema.graphql", "text/plain");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const committed = readFileSync(path.join(__dirname, "../../schema.graphql"), "utf8");
    expect(committed.endsWith(await response.text())).toBe(true);
  });
});
