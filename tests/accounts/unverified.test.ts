import { Agent, codeOf } from "../support/client";
import { createOrganization } from "../support/elements";
import { createPerson, LOGIN, newPersonInput, type PersonFixture, REGISTER, VERIFY } from "../support/factories";
import { ADD, FOLLOW, INVITE } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let stranger: PersonFixture;
beforeAll(async () => {
  server = await startTestServer();
  stranger = await createPerson(server);
});
afterAll(() => server.stop());

const PERSON_BY_ID = `query($id: ID!) { person(id: $id) { id username } }`;
const PERSON_BY_USERNAME = `query($username: String!) { person(username: $username) { id username } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;

/** Someone signed up who has not followed the verification link. */
async function signUpUnverified() {
  const input = newPersonInput();
  const { register } = await new Agent(server.url).ok(REGISTER, { input });
  await server.mailbox.linkToken(input.email, "/verify-email");
  return { ...input, id: register.id as string };
}

/** Moves an account's sign-up back in time, as if its verification link had expired. */
async function age(personId: string, hours: number) {
  await server.database.dataSource.query(
    `UPDATE person SET created_at = now() - make_interval(hours => $2) WHERE id = $1`,
    [personId, hours],
  );
}

describe("an account whose address is not verified", () => {
  it("is found by nobody, by id or username", async () => {
    const unverified = await signUpUnverified();
    for (const agent of [new Agent(server.url), stranger.agent]) {
      expect((await agent.ok(PERSON_BY_ID, { id: unverified.id })).person).toBeNull();
      expect((await agent.ok(PERSON_BY_USERNAME, { username: unverified.username })).person).toBeNull();
    }
  });

  it("cannot be followed, added, invited or named as a project's carrier", async () => {
    const unverified = await signUpUnverified();
    const organization = await createOrganization(stranger);
    const personId = unverified.id;
    const attempts = [
      stranger.agent.gql(FOLLOW, { input: { personId } }),
      stranger.agent.gql(ADD, { input: { elementId: organization.id, personId } }),
      stranger.agent.gql(INVITE, { input: { elementId: organization.id, personId } }),
      stranger.agent.gql(CREATE_PROJECT, { input: { name: "Jardin partagé", carrierPersonId: personId } }),
    ];
    expect((await Promise.all(attempts)).map(codeOf)).toEqual(Array(4).fill("NOT_FOUND"));
  });

  it("becomes visible once verified", async () => {
    const input = newPersonInput();
    const { register } = await new Agent(server.url).ok(REGISTER, { input });
    await new Agent(server.url).ok(VERIFY, { token: await server.mailbox.linkToken(input.email, "/verify-email") });
    expect((await stranger.agent.ok(PERSON_BY_ID, { id: register.id })).person).toMatchObject({ id: register.id });
  });

  it("holds its username and address during the 48 hours of its link", async () => {
    const unverified = await signUpUnverified();
    await age(unverified.id, 47);
    const sameUsername = await new Agent(server.url).gql(REGISTER, {
      input: newPersonInput({ username: unverified.username }),
    });
    expect(codeOf(sameUsername)).toBe("CONFLICT");
    await new Agent(server.url).ok(REGISTER, { input: newPersonInput({ email: unverified.email }) });
    const [{ n }] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM person WHERE id = $1`, [
      unverified.id,
    ]);
    expect(n).toBe(1);
  });

  it("releases its username and address after them: whoever signs up again gets a working account", async () => {
    const squatter = await signUpUnverified();
    await age(squatter.id, 49);
    const owner = newPersonInput({ email: squatter.email.toUpperCase(), username: squatter.username });
    const { register } = await new Agent(server.url).ok(REGISTER, { input: owner });
    expect(register.id).not.toBe(squatter.id);
    const token = await server.mailbox.linkToken(squatter.email, "/verify-email");
    await new Agent(server.url).ok(VERIFY, { token });
    await new Agent(server.url).ok(LOGIN, { login: squatter.username, password: owner.password });
    expect((await stranger.agent.ok(PERSON_BY_USERNAME, { username: squatter.username })).person).toEqual({
      id: register.id,
      username: squatter.username,
    });
  });

  it("is deleted by the hourly purge after them, with its pending links", async () => {
    const [stale, recent] = [await signUpUnverified(), await signUpUnverified()];
    await age(stale.id, 49);
    const verified = await createPerson(server);
    await age(verified.id, 100);
    expect(await server.app.services.accounts.purgeUnverified()).toBeGreaterThanOrEqual(1);
    const rows = await server.database.dataSource.query(
      `SELECT id FROM person WHERE id = ANY($1) UNION ALL SELECT person_id FROM email_token WHERE person_id = $2`,
      [[stale.id, recent.id, verified.id], stale.id],
    );
    expect(rows.map((row: { id: string }) => row.id).sort()).toEqual([recent.id, verified.id].sort());
  });
});
