import { Agent, codeOf } from "../support/client";
import { startTestServer, type TestServer } from "../support/server";

describe("unexpected errors", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("reach the client as a generic message with a request id, never SQL or a stack", async () => {
    await server.database.dataSource.destroy();
    try {
      const result = await new Agent(server.url).gql(`{ person(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(codeOf(result)).toBe("INTERNAL_SERVER_ERROR");
      const [error] = result.errors!;
      expect(error.message).toMatch(/^Something went wrong on our side\. Reference: [\w-]+$/);
      expect(error.extensions!.requestId).toBe(result.headers.get("x-request-id"));
      expect(JSON.stringify(result.errors)).not.toMatch(
        /SELECT|FROM "|stack|\bat .+:\d+:\d+|TypeORM|QueryFailed|pool/i,
      );
    } finally {
      await server.database.dataSource.initialize();
    }
  });
});
