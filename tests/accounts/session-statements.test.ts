import { createPerson, type PersonFixture } from "../support/factories";
import { QUIET_JOBS_MS, startTestServer, type TestServer } from "../support/server";
import { Agent } from "../support/client";
import { statementsDuring } from "../support/statements";

let server: TestServer;
let person: PersonFixture;

beforeAll(async () => {
  // Statements are counted: no job queue poll may fall in between.
  server = await startTestServer({ jobPollMs: QUIET_JOBS_MS });
  person = await createPerson(server);
});
afterAll(() => server.stop());

/** The SQL statements the server runs while answering `query` for the agent. */
const statementsFor = (agent: Agent, query: string) => statementsDuring(server, () => agent.ok(query));

describe("a signed-in request", () => {
  it("reads its session and person in one statement", async () => {
    const statements = await statementsFor(person.agent, "{ me { id username } }");
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/FROM "session".*JOIN "person"/s);
  });

  it("costs no statement when anonymous", async () => {
    expect(await statementsFor(new Agent(server.url), "{ me { id } }")).toHaveLength(0);
  });
});
