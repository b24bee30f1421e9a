import { DEFAULT_LOGIN_LIMITS, slowdownSeconds } from "../../server/modules/accounts/login-throttle";
import { Agent, codeOf } from "../support/client";
import { createPerson, LOGIN, uniqueName } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const ME = `{ me { id } }`;

describe("login and sessions", () => {
  it("gives UNAUTHENTICATED for a wrong password or an unknown login, with the same message", async () => {
    const person = await createPerson(server);
    const agent = new Agent(server.url);
    const wrong = await agent.gql(LOGIN, { login: person.email, password: "not the right one" });
    const unknown = await agent.gql(LOGIN, { login: "nobody-here@example.org", password: "whatever it is" });
    expect(codeOf(wrong)).toBe("UNAUTHENTICATED");
    expect(codeOf(unknown)).toBe("UNAUTHENTICATED");
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("sets an httpOnly, SameSite=Lax session cookie (not Secure over http)", async () => {
    const person = await createPerson(server);
    const agent = new Agent(server.url);
    const result = await agent.gql(LOGIN, { login: person.username, password: person.password });
    const cookie = result.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^communect_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it("ends the session on logout: the old cookie no longer works", async () => {
    const person = await createPerson(server);
    const stolenCopy = new Agent(server.url);
    stolenCopy.cookie = person.agent.cookie;
    expect((await stolenCopy.ok(ME)).me.id).toBe(person.id);
    const { logout } = await person.agent.ok(`mutation { logout }`);
    expect(logout).toBe(true);
    expect(person.agent.cookie).toBeUndefined();
    expect((await stolenCopy.ok(ME)).me).toBeNull();
  });

  it("ignores an unknown session cookie", async () => {
    const agent = new Agent(server.url);
    agent.cookie = "communect_session=forged-token-value";
    expect((await agent.ok(ME)).me).toBeNull();
  });

  it("slows repeated failures on an account with RATE_LIMITED and a retry time", async () => {
    const person = await createPerson(server);
    const agent = new Agent(server.url);
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.freeFailures; i++) {
      expect(codeOf(await agent.gql(LOGIN, { login: person.email, password: `wrong guess ${i}` }))).toBe(
        "UNAUTHENTICATED",
      );
    }
    const slowed = await agent.gql(LOGIN, { login: person.email, password: person.password });
    expect(codeOf(slowed)).toBe("RATE_LIMITED");
    expect(slowed.errors![0].extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Another account is not affected.
    const bystander = await createPerson(server);
    await new Agent(server.url).ok(LOGIN, { login: bystander.email, password: bystander.password });
  });

  it("doubles the wait after each further failure, up to a minute", () => {
    const free = DEFAULT_LOGIN_LIMITS.freeFailures;
    expect([free - 1, free, free + 1, free + 2, free + 20].map((n) => slowdownSeconds(n))).toEqual([0, 1, 2, 4, 60]);
  });
});

describe("login refusal after too many failures", () => {
  // Each test gets its own server, hence its own counters: the IP is the same for all.
  let strict: TestServer;
  beforeEach(async () => {
    strict = await startTestServer({
      loginLimits: { ...DEFAULT_LOGIN_LIMITS, freeFailures: 100, maxFailures: 4, maxFailuresPerIp: 7 },
    });
  });
  afterEach(() => strict.stop());

  it("refuses an account for a while, even with the right password", async () => {
    const person = await createPerson(strict);
    const agent = new Agent(strict.url);
    for (let i = 0; i < 4; i++) await agent.gql(LOGIN, { login: person.username, password: `bad ${i}` });
    const refused = await agent.gql(LOGIN, { login: person.username, password: person.password });
    expect(codeOf(refused)).toBe("RATE_LIMITED");
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(60);
    expect(refused.errors![0].message).toMatch(/try again in \d+ seconds/i);
  });

  it("counts failures per account, whether the username or the e-mail was typed", async () => {
    const person = await createPerson(strict);
    const agent = new Agent(strict.url);
    for (const login of [person.username, person.email, person.username.toUpperCase(), person.email]) {
      expect(codeOf(await agent.gql(LOGIN, { login, password: "a wrong guess" }))).toBe("UNAUTHENTICATED");
    }
    for (const login of [person.username, person.email]) {
      expect(codeOf(await agent.gql(LOGIN, { login, password: person.password }))).toBe("RATE_LIMITED");
    }
  });

  it("counts an unknown login as typed, refusing it like a known one", async () => {
    const agent = new Agent(strict.url);
    const ghost = `${uniqueName()}@example.org`;
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) seen.push(codeOf(await agent.gql(LOGIN, { login: ghost, password: `guess ${i}` })));
    expect(seen).toEqual([...Array(4).fill("UNAUTHENTICATED"), "RATE_LIMITED"]);
  });

  it("refuses an IP address that fails on many accounts", async () => {
    const [fresh, ...people] = await Promise.all([1, 2, 3, 4].map(() => createPerson(strict)));
    const agent = new Agent(strict.url);
    const codes: (string | undefined)[] = [];
    for (const person of people) {
      for (let i = 0; i < 3; i++)
        codes.push(codeOf(await agent.gql(LOGIN, { login: person.email, password: `bad ${i}` })));
    }
    expect(codes.slice(0, 7)).toEqual(Array(7).fill("UNAUTHENTICATED"));
    expect(codes.slice(7)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    expect(codeOf(await agent.gql(LOGIN, { login: fresh.email, password: fresh.password }))).toBe("RATE_LIMITED");
  });
});
