import { startTestServer, type TestServer } from "../support/server";

// The iframe alternative (/embed/<widget>): the only pages any site may frame (server/http/embed.ts).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe("/embed/<widget> pages", () => {
  it("hold the widget with the known attributes, escaped, and may be framed by any site", async () => {
    const query = new URLSearchParams({ town: "69123", tags: `"><script>alert(1)</script>`, onload: "x" });
    const response = await fetch(`${server.url}/embed/live?${query}`, {
      headers: { origin: "https://partner.example" },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<communect-live town="69123" tags="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">`);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("onload");
    expect(html).toContain(`<script type="module" src="/embed.js"></script>`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("serve the script to any origin, and leave every other page unframeable", async () => {
    const script = await fetch(`${server.url}/embed.js`, { headers: { origin: "https://partner.example" } });
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    expect(script.headers.get("access-control-allow-origin")).toBe("*");
    expect(script.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    for (const path of ["/", "/widgets", "/graphql", "/embed/unknown"]) {
      const page = await fetch(`${server.url}${path}`, { headers: { accept: "text/html" } });
      expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(page.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    }
    expect((await fetch(`${server.url}/embed/unknown`)).status).toBe(404);
  });
});
