import { Agent } from "../support/client";
import { createPerson, LOGIN, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";
import { closedWithin, primed, sleep, watch, type Watch } from "../support/subscriptions";

const PERSON_UPDATED = `subscription($id: ID!) { personUpdated(id: $id) { id displayName } }`;
const RENAME = `mutation($name: String!) { updateProfile(input: { displayName: $name }) { id } }`;
const LOGOUT = `mutation { logout }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const DELETE_ACCOUNT = `mutation($password: String!) { deleteAccount(input: { password: $password }) }`;
const REQUEST_RESET = `mutation($email: EmailAddress!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }`;
const SESSION_ENDED = 4401;
/** The re-check interval given to the first server: a socket must close well within a few of them. */
const CHECK_MS = 200;

/**
 * Servers whose sockets re-check their session every CHECK_MS; every minute (the default); and
 * every minute but before every event (no cache of the last check).
 */
let checking: TestServer;
let defaults: TestServer;
let uncached: TestServer;

beforeAll(async () => {
  [checking, defaults, uncached] = await Promise.all([
    startTestServer({ sessionCheckIntervalMs: CHECK_MS }),
    startTestServer(),
    startTestServer({ sessionCacheMs: 0 }),
  ]);
});
afterAll(() => Promise.all([checking?.stop(), defaults?.stop(), uncached?.stop()]));

const open: Watch[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.dispose()));
});

/** `agent` watches `watched`'s profile, once events flow. */
async function watching(server: TestServer, agent: Agent, watched: PersonFixture): Promise<Watch> {
  const subscription = watch(agent, server.config.publicUrl, PERSON_UPDATED, { id: watched.id });
  open.push(subscription);
  await primed(subscription, (attempt) => watched.agent.ok(RENAME, { name: `Warm-up ${attempt}` }));
  return subscription;
}

/** Another login of the same person: a second session. */
async function secondSession(server: TestServer, person: PersonFixture): Promise<Agent> {
  const agent = new Agent(server.url);
  await agent.ok(LOGIN, { login: person.email, password: person.password });
  return agent;
}

describe("WebSockets of ended sessions", () => {
  it("closes the socket of a logged-out session within the re-check interval, and sends it nothing more", async () => {
    const [watcher, watched] = await Promise.all([createPerson(checking), createPerson(checking)]);
    const subscription = await watching(checking, watcher.agent, watched);
    const anonymous = await watching(checking, new Agent(checking.url), watched);
    const received = subscription.events.length;

    await watcher.agent.ok(LOGOUT);
    // No event happens meanwhile: only the periodic check can close it.
    expect(await closedWithin(subscription, 20 * CHECK_MS)).toBe(SESSION_ENDED);

    const anonymousReceived = anonymous.events.length;
    await watched.agent.ok(RENAME, { name: "After the logout" });
    await sleep(500);
    expect(subscription.events).toHaveLength(received);
    // A socket without a session is not concerned, and receives the event.
    expect(anonymous.events.length).toBe(anonymousReceived + 1);
    expect(anonymous.events.at(-1).personUpdated.displayName).toBe("After the logout");
  });

  it("closes the socket at once on logout (SESSION_ENDED), whatever the intervals, and sends it nothing more", async () => {
    const [watcher, watched] = await Promise.all([createPerson(defaults), createPerson(defaults)]);
    const subscription = await watching(defaults, watcher.agent, watched);
    const received = subscription.events.length;

    await watcher.agent.ok(LOGOUT);
    // The periodic check is a minute away on this server, and the last check is still fresh.
    await watched.agent.ok(RENAME, { name: "Not for a logged-out socket" });
    expect(await closedWithin(subscription, 5000)).toBe(SESSION_ENDED);
    expect(subscription.events).toHaveLength(received);
  });

  it("checks the session again before an event once the last check is too old", async () => {
    const [watcher, watched] = await Promise.all([createPerson(uncached), createPerson(uncached)]);
    const subscription = await watching(uncached, watcher.agent, watched);
    const received = subscription.events.length;

    // The session ends without telling anyone (as when it expires): only the next event's check can see it.
    await uncached.database.dataSource.query(`DELETE FROM session WHERE person_id = $1`, [watcher.id]);
    await watched.agent.ok(RENAME, { name: "Not for an expired session" });
    expect(await closedWithin(subscription, 5000)).toBe(SESSION_ENDED);
    expect(subscription.events).toHaveLength(received);
  });

  it("closes the sockets of the other sessions when the password changes, and keeps the changer's own", async () => {
    const [person, watched] = await Promise.all([createPerson(checking), createPerson(checking)]);
    const changer = await secondSession(checking, person);
    const other = await watching(checking, person.agent, watched);
    const own = await watching(checking, changer, watched);

    await changer.ok(CHANGE_PASSWORD, {
      input: { currentPassword: person.password, newPassword: "another long and quiet river" },
    });
    expect(await closedWithin(other, 20 * CHECK_MS)).toBe(SESSION_ENDED);
    expect(await closedWithin(own, 5 * CHECK_MS)).toBe("open");

    const ownReceived = own.events.length;
    await watched.agent.ok(RENAME, { name: "Still watched" });
    await sleep(500);
    expect(own.events.length).toBe(ownReceived + 1);
  });

  it("closes every socket of the person after a password reset", async () => {
    const [person, watched] = await Promise.all([createPerson(checking), createPerson(checking)]);
    const subscription = await watching(checking, person.agent, watched);

    const anonymous = new Agent(checking.url);
    await anonymous.ok(REQUEST_RESET, { email: person.email });
    const token = await checking.mailbox.linkToken(person.email, "/reset-password");
    await anonymous.ok(RESET, { token, password: "a brand new passphrase" });
    expect(await closedWithin(subscription, 20 * CHECK_MS)).toBe(SESSION_ENDED);
  });

  it("closes the sockets of a deleted account", async () => {
    const [person, watched] = await Promise.all([createPerson(checking), createPerson(checking)]);
    const subscription = await watching(checking, person.agent, watched);
    const received = subscription.events.length;

    await person.agent.ok(DELETE_ACCOUNT, { password: person.password });
    expect(await closedWithin(subscription, 20 * CHECK_MS)).toBe(SESSION_ENDED);
    await watched.agent.ok(RENAME, { name: "Not for a deleted account" });
    await sleep(500);
    expect(subscription.events).toHaveLength(received);
  });
});
