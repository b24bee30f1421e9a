import { randomUUID } from "node:crypto";
import { createPerson, LOGIN, type PersonFixture } from "../support/factories";
import { Agent } from "../support/client";
import { testRedis, type TestRedis } from "../support/redis";
import { QUIET_JOBS_MS, startTestServer, type TestServer } from "../support/server";
import { statementsDuring } from "../support/statements";

// Sessions are remembered a few seconds by each process (server/modules/accounts/session-cache.ts).
// These servers remember them a minute, so that every session refused below was forgotten on purpose,
// not by its time running out.
const LONG_MS = 60_000;
const ME = "{ me { id displayName } }";

let redis: TestRedis | null;
let first: TestServer;
let second: TestServer;

beforeAll(async () => {
  redis = await testRedis();
  if (!redis) throw new Error("This test needs Redis: set REDIS_URL or install redis-server.");
  // Two processes of one instance: one database, one Redis prefix.
  const shared = { REDIS_URL: redis.url, REDIS_PREFIX: `test-shared-${randomUUID()}` };
  [first, second] = await Promise.all([
    startTestServer({ env: shared, sessionCacheMs: LONG_MS, jobPollMs: QUIET_JOBS_MS }),
    startTestServer({ env: shared, sessionCacheMs: LONG_MS, jobPollMs: QUIET_JOBS_MS }),
  ]);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await redis?.stop();
});

/** Another client holding the same session cookie (another tab, or whoever stole it), on `server`. */
function holderOf(person: PersonFixture, server: TestServer): Agent {
  const agent = new Agent(server.url);
  agent.cookie = person.agent.cookie;
  return agent;
}

/** The statements `server` runs while answering `query` for `agent`. */
const statementsFor = (server: TestServer, agent: Agent, query: string) =>
  statementsDuring(server, () => agent.ok(query));

/** Asks `me` until it is null, for at most `ms`: the answer it got last. */
async function meUntilSignedOut(agent: Agent, ms: number) {
  const deadline = Date.now() + ms;
  let me: unknown;
  do {
    ({ me } = await agent.ok(ME));
    if (me === null) return null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() < deadline);
  return me;
}

describe("a remembered session", () => {
  it("spares a signed-in reader's later requests the session's statement", async () => {
    const person = await createPerson(first);
    const other = await createPerson(first);
    const query = `{ person(id: "${other.id}") { id displayName } }`;
    const anonymous = await statementsFor(first, new Agent(first.url), query);
    const firstRead = await statementsFor(first, person.agent, query);
    const later = await statementsFor(first, person.agent, query);
    expect(firstRead).toHaveLength(anonymous.length + 1);
    expect(firstRead[0]).toMatch(/FROM "session".*JOIN "person"/s);
    expect(later).toHaveLength(anonymous.length);
  });

  it("gives `me` the viewer's row as it is now, though changed on another process", async () => {
    const person = await createPerson(first);
    await person.agent.ok(ME); // remembered by the first process
    await holderOf(person, second).ok(`mutation { updateProfile(input: { displayName: "Renamed elsewhere" }) { id } }`);
    expect((await person.agent.ok(ME)).me).toEqual({ id: person.id, displayName: "Renamed elsewhere" });
  });

  it("is refused at once after a logout on the same process", async () => {
    const person = await createPerson(first);
    const thief = holderOf(person, first);
    expect((await thief.ok(ME)).me).not.toBeNull();
    await person.agent.ok("mutation { logout }");
    expect((await thief.ok(ME)).me).toBeNull();
  });

  it("is refused by another process once the logout's event reaches it, long before it would be forgotten", async () => {
    const person = await createPerson(first);
    const thief = holderOf(person, second);
    expect((await thief.ok(ME)).me).not.toBeNull();
    await person.agent.ok("mutation { logout }");
    expect(await meUntilSignedOut(thief, 10_000)).toBeNull();
  });

  it("ends with the other sessions of a password change, on every process", async () => {
    const person = await createPerson(first);
    const otherDevice = new Agent(second.url);
    await otherDevice.ok(LOGIN, { login: person.email, password: person.password });
    expect((await otherDevice.ok(ME)).me).not.toBeNull();
    await person.agent.ok(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: person.password, newPassword: "an entirely new passphrase 42" },
    });
    expect(await meUntilSignedOut(otherDevice, 10_000)).toBeNull();
  });

  it("never serves a mutation: one whose session ended meanwhile is refused", async () => {
    const person = await createPerson(first);
    expect((await person.agent.ok(ME)).me).not.toBeNull();
    // Ended behind the processes' backs (no event): reads may still use what is remembered...
    await first.database.dataSource.query(`DELETE FROM session WHERE person_id = $1`, [person.id]);
    expect((await person.agent.ok(ME)).me).toEqual(expect.objectContaining({ id: person.id }));
    // ...a mutation reads the session again, finds none, and acts for nobody.
    const result = await person.agent.gql(`mutation { updateProfile(input: { displayName: "Too late" }) { id } }`);
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await person.agent.ok(ME)).me).toBeNull();
  });

  it("is not used past the session's expiry", async () => {
    const person = await createPerson(first);
    await first.database.dataSource.query(
      `UPDATE session SET expires_at = now() + interval '1 second' WHERE person_id = $1`,
      [person.id],
    );
    expect((await person.agent.ok(ME)).me).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect((await person.agent.ok(ME)).me).toBeNull();
  });
});
