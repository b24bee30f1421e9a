import { Agent, codeOf } from "../support/client";
import { createPerson, LOGIN, newPersonInput, REGISTER, VERIFY } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const ME = `{ me { id username displayName email emailVerified } }`;

describe("register", () => {
  it("creates an account, mails a verification link, and logs in once verified", async () => {
    const agent = new Agent(server.url);
    const input = newPersonInput({ username: newPersonInput().username.toUpperCase(), displayName: "  Lune  " });
    const { register } = await agent.ok(REGISTER, { input });
    expect(register).toMatchObject({ username: input.username.toLowerCase(), displayName: "Lune" });

    const refused = await agent.gql(LOGIN, { login: input.email, password: input.password });
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect(refused.errors![0].extensions!.reason).toBe("EMAIL_NOT_VERIFIED");

    const token = await server.mailbox.linkToken(input.email, "/verify-email");
    await agent.ok(VERIFY, { token });
    await agent.ok(LOGIN, { login: input.username, password: input.password });
    const { me } = await agent.ok(ME);
    expect(me).toMatchObject({ id: register.id, email: input.email, emailVerified: true });
  });

  it("accepts a verification link only once", async () => {
    const agent = new Agent(server.url);
    const input = newPersonInput();
    await agent.ok(REGISTER, { input });
    const token = await server.mailbox.linkToken(input.email, "/verify-email");
    await agent.ok(VERIFY, { token });
    const again = await agent.gql(VERIFY, { token });
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
    expect(again.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "token" })]);
  });

  it("refuses a taken username (usernames are public) with CONFLICT", async () => {
    const existing = await createPerson(server);
    const agent = new Agent(server.url);
    const sameUsername = await agent.gql(REGISTER, { input: newPersonInput({ username: existing.username }) });
    expect(codeOf(sameUsername)).toBe("CONFLICT");
    expect(sameUsername.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "username" })]);
  });

  it.each([
    ["email", { email: "not-an-address" }],
    ["password", { password: "short" }],
    ["password", { password: "1234567890" }],
    ["displayName", { displayName: "   " }],
    ["username", { username: "a" }],
    ["username", { username: "has space" }],
  ])("refuses a bad %s with BAD_USER_INPUT and writes nothing", async (field, override) => {
    const agent = new Agent(server.url);
    const input = newPersonInput(override);
    const result = await agent.gql(REGISTER, { input });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    const [{ count }] = await server.database.dataSource.query(
      "SELECT count(*)::int AS count FROM person WHERE username = $1 OR email = $2",
      [String(input.username).toLowerCase(), String(input.email).toLowerCase()],
    );
    expect(count).toBe(0);
  });
});

describe("validation messages", () => {
  it("name the field apart and do not repeat it in the message", async () => {
    const result = await new Agent(server.url).gql(REGISTER, {
      input: newPersonInput({ username: "x", displayName: "" }),
    });
    const fields = result.errors![0].extensions!.fields as { field: string; message: string }[];
    expect(fields.length).toBeGreaterThan(0);
    for (const { field, message } of fields) expect(message.startsWith(field)).toBe(false);
  });
});
