import { ADD, SET_ROLES } from "../support/links";
import { createOrganization } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { QUIET_JOBS_MS, startTestServer, type TestServer } from "../support/server";
import { statementsDuring } from "../support/statements";

let database: TestDatabase;
let server: TestServer;
let admin: PersonFixture;
let reader: PersonFixture;

const PAGE = `query($first: Int!) {
  organizations(first: $first) {
    nodes {
      id communityCount followerCount administrators { id displayName }
      viewerLink { state } viewerFollows
      community(first: 5) { totalCount nodes { id roles isAdmin person { id displayName } } }
    }
  }
}`;

/** Runs a query and returns how many SQL statements the server ran for it. */
async function statementsFor(first: number): Promise<{ count: number; organizations: number }> {
  let organizations: unknown[] = [];
  const statements = await statementsDuring(server, async () => {
    organizations = (await reader.agent.ok(PAGE, { first })).organizations.nodes;
  });
  return { count: statements.length, organizations: organizations.length };
}

beforeAll(async () => {
  // A database of its own: the page lists the newest organizations, which other files create concurrently.
  database = await createTestDatabase();
  // Statements are counted: no job queue poll may fall in between.
  server = await startTestServer({
    jobPollMs: QUIET_JOBS_MS,
    sessionCacheMs: 60_000,
    env: { DATABASE_URL: database.url },
  });
  [admin, reader] = await Promise.all([createPerson(server), createPerson(server)]);
  const members = await Promise.all([createPerson(server), createPerson(server)]);
  // 50 organizations, each with an administrator and two members with roles.
  for (let i = 0; i < 50; i++) {
    const org = await createOrganization(admin, { name: `Counted ${i}` });
    for (const member of members) {
      const { addToElement } = await admin.agent.ok(ADD, { input: { elementId: org.id, personId: member.id } });
      await admin.agent.ok(SET_ROLES, { linkId: addToElement.id, roles: ["volunteer"] });
    }
  }
}, 300_000);
afterAll(async () => {
  await server.stop();
  await database.drop();
});

describe("a page of organizations with their communities", () => {
  it("runs as many SQL statements for 50 organizations as for 5", async () => {
    await reader.agent.ok("{ me { id } }"); // the session is remembered from now on (a minute, below)
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(small.organizations).toBe(5);
    expect(large.organizations).toBe(50);
    expect(large.count).toBe(small.count);
    // Page with its total, standings, follower counts, community counts (shared by the community pages),
    // administrators with their people, community pages with their people, the viewer's links, follows.
    expect(small.count).toBe(8);
  });
});
