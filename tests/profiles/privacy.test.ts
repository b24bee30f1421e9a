import { Agent } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

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

  it("lets only the logged-in person change their settings", async () => {
    const result = await anonymous().gql(PRIVACY, { input: { email: "PUBLIC" } });
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
