import { Agent, codeOf } from "../support/client";
import { createPerson, LOGIN, newPersonInput, REGISTER, VERIFY } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const CHANGE_EMAIL = `mutation($input: ChangeEmailInput!) { changeEmail(input: $input) }`;
const DELETE = `mutation($password: String!) { deleteAccount(input: { password: $password }) }`;
const ME = `{ me { id email } }`;

describe("changeEmail", () => {
  it("changes the address only once the new one is verified", async () => {
    const person = await createPerson(server);
    const newEmail = `new-${person.email}`;
    await person.agent.ok(CHANGE_EMAIL, { input: { newEmail, password: person.password } });
    expect((await person.agent.ok(ME)).me.email).toBe(person.email);
    const token = await server.mailbox.linkToken(newEmail, "/verify-email");
    await new Agent(server.url).ok(VERIFY, { token });
    expect((await person.agent.ok(ME)).me.email).toBe(newEmail);
    await new Agent(server.url).ok(LOGIN, { login: newEmail, password: person.password });
  });

  it("answers as usual for an address that another account uses, and mails its owner a notice instead", async () => {
    const [person, other] = await Promise.all([createPerson(server), createPerson(server)]);
    const taken = await person.agent.gql(CHANGE_EMAIL, { input: { newEmail: other.email, password: person.password } });
    expect(taken).toMatchObject({ data: { changeEmail: true } });
    expect(taken.errors).toBeUndefined();
    const notice = await server.mailbox.waitFor(other.email, (m) => /utiliser votre adresse/.test(m.subject));
    expect(notice.text).toContain("/forgot-password");
    expect(notice.text).not.toContain("token=");
    expect((await person.agent.ok(ME)).me.email).toBe(person.email);
  });

  it("refuses a wrong password", async () => {
    const person = await createPerson(server);
    const wrong = await person.agent.gql(CHANGE_EMAIL, {
      input: { newEmail: "free@example.org", password: "nope nope" },
    });
    expect(codeOf(wrong)).toBe("BAD_USER_INPUT");
  });

  it("refuses anonymous callers", async () => {
    const result = await new Agent(server.url).gql(CHANGE_EMAIL, {
      input: { newEmail: "a@example.org", password: "x" },
    });
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
  });
});

describe("deleteAccount", () => {
  it("needs the password and deletes nothing without it", async () => {
    const person = await createPerson(server);
    expect(codeOf(await person.agent.gql(DELETE, { password: "not the password" }))).toBe("BAD_USER_INPUT");
    expect((await person.agent.ok(ME)).me.id).toBe(person.id);
  });

  it("deletes the profile and sessions at once and frees the username and e-mail", async () => {
    const person = await createPerson(server);
    const otherDevice = new Agent(server.url);
    await otherDevice.ok(LOGIN, { login: person.email, password: person.password });
    await person.agent.ok(DELETE, { password: person.password });

    const anonymous = new Agent(server.url);
    expect((await anonymous.ok(`query($id: ID!) { person(id: $id) { id } }`, { id: person.id })).person).toBeNull();
    expect((await otherDevice.ok(ME)).me).toBeNull();
    expect(codeOf(await anonymous.gql(LOGIN, { login: person.email, password: person.password }))).toBe(
      "UNAUTHENTICATED",
    );
    const rows = await server.database.dataSource.query(
      `SELECT (SELECT count(*) FROM session WHERE person_id = $1)::int AS sessions,
              (SELECT count(*) FROM email_token WHERE person_id = $1)::int AS tokens`,
      [person.id],
    );
    expect(rows[0]).toEqual({ sessions: 0, tokens: 0 });

    const again = newPersonInput({ email: person.email, username: person.username });
    const { register } = await anonymous.ok(REGISTER, { input: again });
    expect(register.id).not.toBe(person.id);
  });

  it("refuses anonymous callers", async () => {
    expect(codeOf(await new Agent(server.url).gql(DELETE, { password: "whatever" }))).toBe("UNAUTHENTICATED");
  });
});
