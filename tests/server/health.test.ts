import { startTestServer, type TestServer } from "../support/server";

describe("GET /healthz", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("answers ok while the database answers, 503 once it is gone", async () => {
    const ok = await fetch(`${server.url}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "ok", database: "ok" });
    await server.database.dataSource.destroy();
    const down = await fetch(`${server.url}/healthz`);
    expect(down.status).toBe(503);
    await server.database.dataSource.initialize();
  });
});
