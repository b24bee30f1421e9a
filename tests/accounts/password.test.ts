import { Agent, codeOf } from "../support/client";
import { createPerson, LOGIN } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const REQUEST_RESET = `mutation($email: EmailAddress!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ME = `{ me { id } }`;

describe("password reset by e-mail", () => {
  it("sets a new password once, ends every session, and the old password stops working", async () => {
    const person = await createPerson(server);
    const anonymous = new Agent(server.url);
    await anonymous.ok(REQUEST_RESET, { email: person.email.toUpperCase() });
    const token = await server.mailbox.linkToken(person.email, "/reset-password");

    const weak = await anonymous.gql(RESET, { token, password: "password123" });
    expect(codeOf(weak)).toBe("BAD_USER_INPUT");

    await anonymous.ok(RESET, { token, password: "a brand new passphrase" });
    expect((await person.agent.ok(ME)).me).toBeNull();
    expect(codeOf(await anonymous.gql(RESET, { token, password: "yet another passphrase" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await anonymous.gql(LOGIN, { login: person.email, password: person.password }))).toBe(
      "UNAUTHENTICATED",
    );
    await anonymous.ok(LOGIN, { login: person.email, password: "a brand new passphrase" });
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = server.mailbox.mails.length;
    const { requestPasswordReset } = await new Agent(server.url).ok(REQUEST_RESET, { email: "unknown@example.org" });
    expect(requestPasswordReset).toBe(true);
    expect(server.mailbox.mails.filter((m) => m.to.includes("unknown@example.org"))).toHaveLength(0);
    expect(server.mailbox.mails.length).toBeGreaterThanOrEqual(before);
  });

  it("refuses an expired link", async () => {
    const person = await createPerson(server);
    await new Agent(server.url).ok(REQUEST_RESET, { email: person.email });
    const token = await server.mailbox.linkToken(person.email, "/reset-password");
    await server.database.dataSource.query(
      `UPDATE email_token SET expires_at = now() - interval '1 minute' WHERE person_id = $1 AND purpose = 'reset_password'`,
      [person.id],
    );
    const result = await new Agent(server.url).gql(RESET, { token, password: "a brand new passphrase" });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "token" })]);
  });
});

describe("changePassword", () => {
  it("needs the current password", async () => {
    const person = await createPerson(server);
    const result = await person.agent.gql(CHANGE, {
      input: { currentPassword: "not my password", newPassword: "a brand new passphrase" },
    });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "currentPassword" })]);
  });

  it("refuses a common or short new password", async () => {
    const person = await createPerson(server);
    for (const newPassword of ["qwertyuiop", "short"]) {
      const result = await person.agent.gql(CHANGE, { input: { currentPassword: person.password, newPassword } });
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "newPassword" })]);
    }
  });

  it("keeps the current session and ends the others", async () => {
    const person = await createPerson(server);
    const otherDevice = new Agent(server.url);
    await otherDevice.ok(LOGIN, { login: person.email, password: person.password });
    await person.agent.ok(CHANGE, {
      input: { currentPassword: person.password, newPassword: "a brand new passphrase" },
    });
    expect((await person.agent.ok(ME)).me.id).toBe(person.id);
    expect((await otherDevice.ok(ME)).me).toBeNull();
  });

  it("refuses anonymous callers", async () => {
    const result = await new Agent(server.url).gql(CHANGE, {
      input: { currentPassword: "whatever it is", newPassword: "a brand new passphrase" },
    });
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
  });
});
