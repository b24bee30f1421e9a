import { Agent } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { FOLLOW, UNFOLLOW } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";
import { primed, until, watch } from "../support/subscriptions";

let server: TestServer;
let owner: PersonFixture;
let other: PersonFixture;
const anonymous = () => new Agent(server.url);

const PRIVATE = `query($id: ID!) { person(id: $id) { id email phone birthDate locality privacySettings { email } emailVerified } }`;
const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
const PRIVACY = `mutation($input: UpdatePrivacySettingsInput!) { updatePrivacySettings(input: $input) { id privacySettings { email phone birthDate locality directory } } }`;

beforeAll(async () => {
  server = await startTestServer();
  [owner, other] = await Promise.all([createPerson(server), createPerson(server)]);
  await owner.agent.ok(UPDATE, { input: { phone: "+33 6 12 34 56 78", birthDate: "1990-05-17", locality: "Lyon" } });
});
afterAll(() => server.stop());

async function readAs(agent: Agent) {
  const { person } = await agent.ok(PRIVATE, { id: owner.id });
  return person;
}

describe("privacy of profile fields", () => {
  it("applies the defaults: locality public; e-mail, phone and birth date for contacts only", async () => {
    const expectedForOthers = {
      email: null,
      phone: null,
      birthDate: null,
      locality: "Lyon",
      privacySettings: null,
      emailVerified: null,
    };
    expect(await readAs(anonymous())).toMatchObject(expectedForOthers);
    expect(await readAs(other.agent)).toMatchObject(expectedForOthers);
    expect(await readAs(owner.agent)).toMatchObject({
      email: owner.email,
      phone: "+33 6 12 34 56 78",
      birthDate: "1990-05-17",
      locality: "Lyon",
      privacySettings: { email: "CONTACTS" },
      emailVerified: true,
    });
  });

  it("follows the owner's choices, field by field", async () => {
    const { updatePrivacySettings } = await owner.agent.ok(PRIVACY, {
      input: { email: "PUBLIC", phone: "HIDDEN", birthDate: "PUBLIC", locality: "HIDDEN" },
    });
    expect(updatePrivacySettings.privacySettings).toEqual({
      email: "PUBLIC",
      phone: "HIDDEN",
      birthDate: "PUBLIC",
      locality: "HIDDEN",
      directory: "PUBLIC",
    });
    for (const agent of [anonymous(), other.agent]) {
      expect(await readAs(agent)).toMatchObject({
        email: owner.email,
        phone: null,
        birthDate: "1990-05-17",
        locality: null,
      });
    }
    expect(await readAs(owner.agent)).toMatchObject({ phone: "+33 6 12 34 56 78", locality: "Lyon" });
    await owner.agent.ok(PRIVACY, {
      input: { email: "CONTACTS", birthDate: "CONTACTS", locality: "PUBLIC", phone: "CONTACTS" },
    });
  });

  it("hides the same fields when the person is found by username", async () => {
    const { person } = await other.agent.ok(
      `query($u: String!) { person(username: $u) { id email phone birthDate } }`,
      {
        u: owner.username.toUpperCase(),
      },
    );
    expect(person).toEqual({ id: owner.id, email: null, phone: null, birthDate: null });
  });

  it("hides them in subscription events too", async () => {
    const client = other.agent.ws(server.config.publicUrl);
    const received = new Promise<Record<string, any>>((resolve, reject) => {
      client.subscribe(
        {
          query: `subscription($id: ID!) { personUpdated(id: $id) { id displayName email phone birthDate } }`,
          variables: { id: owner.id },
        },
        { next: (value) => resolve(value.data as Record<string, any>), error: reject, complete: () => undefined },
      );
    });
    // Give the subscription time to register before the change is published.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await owner.agent.ok(UPDATE, { input: { displayName: "Renamed owner" } });
    const data = await received;
    await client.dispose();
    expect(data.personUpdated).toEqual({
      id: owner.id,
      displayName: "Renamed owner",
      email: null,
      phone: null,
      birthDate: null,
    });
  });

  it("stops sending CONTACTS fields in the next event to a subscriber who stopped being a contact", async () => {
    const [watched, watcher] = await Promise.all([createPerson(server), createPerson(server)]);
    for (const [from, to] of [
      [watcher, watched],
      [watched, watcher],
    ]) {
      await from.agent.ok(FOLLOW, { input: { personId: to.id } });
    }
    const subscription = watch(
      watcher.agent,
      server.config.publicUrl,
      `subscription($id: ID!) { personUpdated(id: $id) { displayName email } }`,
      { id: watched.id },
    );
    try {
      await primed(subscription, (attempt) =>
        watched.agent.ok(UPDATE, { input: { displayName: `Contact ${attempt}` } }),
      );
      // Contacts (they follow each other): the e-mail, visible to contacts only, shows.
      expect(subscription.events.at(-1).personUpdated.email).toBe(watched.email);

      await watcher.agent.ok(UNFOLLOW, { input: { personId: watched.id } });
      const received = subscription.events.length;
      await watched.agent.ok(UPDATE, { input: { displayName: "No longer a contact" } });
      await until(() => subscription.events.length > received, 15_000, "the next event");
      expect(subscription.events.at(-1).personUpdated).toEqual({ displayName: "No longer a contact", email: null });
    } finally {
      await subscription.dispose();
    }
  });

  it("sends each subscriber of one event what that subscriber may see, however many ask the same", async () => {
    const [watched, contact, stranger] = await Promise.all([
      createPerson(server),
      createPerson(server),
      createPerson(server),
    ]);
    for (const [from, to] of [
      [contact, watched],
      [watched, contact],
    ]) {
      await from.agent.ok(FOLLOW, { input: { personId: to.id } });
    }
    // The same operation from a contact (two sockets of one session), a stranger and anonymous
    // visitors: identical results are executed once per viewer and event, never shared between viewers.
    const query = `subscription($id: ID!) { personUpdated(id: $id) { displayName email } }`;
    const origin = server.config.publicUrl;
    const all = [contact.agent, contact.agent, stranger.agent, anonymous(), anonymous()].map((agent) =>
      watch(agent, origin, query, { id: watched.id }),
    );
    try {
      await primed(all, (attempt) => watched.agent.ok(UPDATE, { input: { displayName: `Shared ${attempt}` } }));
      const received = all.map((subscription) => subscription.events.length);
      await watched.agent.ok(UPDATE, { input: { displayName: "Seen by all" } });
      await until(
        () => all.every((subscription, index) => subscription.events.length > received[index]),
        5000,
        "the event",
      );
      expect(all.map((subscription) => subscription.events.at(-1).personUpdated)).toEqual([
        { displayName: "Seen by all", email: watched.email },
        { displayName: "Seen by all", email: watched.email },
        { displayName: "Seen by all", email: null },
        { displayName: "Seen by all", email: null },
        { displayName: "Seen by all", email: null },
      ]);
    } finally {
      await Promise.all(all.map((subscription) => subscription.dispose()));
    }
  });

  it("lets only the logged-in person change their settings", async () => {
    const result = await anonymous().gql(PRIVACY, { input: { email: "PUBLIC" } });
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
