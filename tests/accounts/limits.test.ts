import { type AccountLimitRates, DEFAULT_ACCOUNT_LIMITS } from "../../server/modules/accounts/account-limits";
import { Agent, codeOf, type GraphQLResponse } from "../support/client";
import { createPerson, newPersonInput, REGISTER, uniqueName } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

const REQUEST_RESET = `mutation($email: EmailAddress!) { requestPasswordReset(input: { email: $email }) }`;
const RESEND = `mutation($email: EmailAddress!) { resendVerification(input: { email: $email }) }`;
const CHANGE_EMAIL = `mutation($input: ChangeEmailInput!) { changeEmail(input: $input) }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HIGH = { points: 1000, seconds: 3600 };
const rates = (lowered: Partial<AccountLimitRates>): AccountLimitRates => ({
  registrationsPerIp: HIGH,
  registrationsPerDomain: HIGH,
  mailsPerAddress: HIGH,
  mailRequestsPerIp: HIGH,
  ...lowered,
});

function expectRateLimited(result: GraphQLResponse, atMostSeconds: number) {
  expect(codeOf(result)).toBe("RATE_LIMITED");
  const retry = result.errors![0].extensions!.retryAfterSeconds as number;
  expect(retry).toBeGreaterThan(0);
  expect(retry).toBeLessThanOrEqual(atMostSeconds);
}

/** Sends the requests one after the other and returns the error code of each (undefined: accepted). */
async function codes(requests: (() => Promise<GraphQLResponse>)[]) {
  const seen: (string | undefined)[] = [];
  for (const request of requests) seen.push(codeOf(await request()));
  return seen;
}

describe("with the default limits", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ accountLimits: DEFAULT_ACCOUNT_LIMITS });
  });
  afterAll(() => server.stop());

  it("refuses the registration after the 10th in an hour from one IP address", async () => {
    const agent = new Agent(server.url);
    const { points, seconds } = DEFAULT_ACCOUNT_LIMITS.registrationsPerIp;
    expect(points).toBe(10);
    const domains = Array.from({ length: points }, () => `${uniqueName("d")}.example`);
    const seen = await codes(
      domains.map((domain) => () => agent.gql(REGISTER, { input: newPersonInput({ email: `x@${domain}` }) })),
    );
    expect(seen).toEqual(Array(points).fill(undefined));
    const refused = await agent.gql(REGISTER, { input: newPersonInput() });
    expectRateLimited(refused, seconds);
    const [{ n }] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM person`);
    expect(n).toBeGreaterThanOrEqual(points);
  });

  it("refuses the 6th reset in an hour to one address, known or not alike", async () => {
    const { points, seconds } = DEFAULT_ACCOUNT_LIMITS.mailsPerAddress;
    expect(points).toBe(5);
    const known = `${uniqueName()}@example.org`;
    await server.database.dataSource.query(
      `INSERT INTO person (username, display_name, email, email_verified_at, password_hash)
       VALUES ($1, 'Known', $2, now(), 'not a hash')`,
      [uniqueName(), known],
    );
    for (const email of [known, `${uniqueName()}@example.org`]) {
      const agent = new Agent(server.url);
      const seen = await codes(Array.from({ length: points + 1 }, () => () => agent.gql(REQUEST_RESET, { email })));
      expect(seen).toEqual([...Array(points).fill(undefined), "RATE_LIMITED"]);
      expectRateLimited(await agent.gql(REQUEST_RESET, { email: email.toUpperCase() }), seconds);
    }
  });
});

describe("registrations per e-mail domain", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ accountLimits: rates({ registrationsPerDomain: { points: 3, seconds: 600 } }) });
  });
  afterAll(() => server.stop());

  it("refuses a burst of sign-ups on one domain, not on others", async () => {
    const domain = `${uniqueName("burst")}.example`;
    const agent = new Agent(server.url);
    const seen = await codes(
      [1, 2, 3, 4].map(
        () => () => agent.gql(REGISTER, { input: newPersonInput({ email: `${uniqueName()}@${domain}` }) }),
      ),
    );
    expect(seen).toEqual([undefined, undefined, undefined, "RATE_LIMITED"]);
    expectRateLimited(
      await agent.gql(REGISTER, { input: newPersonInput({ email: `${uniqueName()}@${domain.toUpperCase()}` }) }),
      600,
    );
    await agent.ok(REGISTER, { input: newPersonInput() });
  });
});

describe("account mails per address", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ accountLimits: rates({ mailsPerAddress: { points: 5, seconds: 3600 } }) });
  });
  afterAll(() => server.stop());

  it("cap resets, resent links and the sign-up mail together: 25 of each write 5 mails", async () => {
    const input = newPersonInput();
    const agent = new Agent(server.url);
    await agent.ok(REGISTER, { input });
    const requests = Array.from(
      { length: 50 },
      (_, i) => () => agent.gql(i % 2 ? RESEND : REQUEST_RESET, { email: input.email }),
    );
    const seen = await codes(requests);
    expect(seen.filter((code) => code === undefined)).toHaveLength(4);
    expect(seen.slice(4)).toEqual(Array(46).fill("RATE_LIMITED"));

    const mailsTo = () => server.mailbox.mails.filter((m) => m.to.includes(input.email)).length;
    for (let waited = 0; waited < 10_000 && mailsTo() < 5; waited += 100) await sleep(100);
    await sleep(1000);
    expect(mailsTo()).toBe(5);
  });

  it("count e-mail change confirmations to the new address", async () => {
    const [person, other] = await Promise.all([createPerson(server), createPerson(server)]);
    const newEmail = `${uniqueName()}@example.org`;
    const change = () => person.agent.gql(CHANGE_EMAIL, { input: { newEmail, password: person.password } });
    const fromOther = () => other.agent.gql(CHANGE_EMAIL, { input: { newEmail, password: other.password } });
    expect(await codes([change, change, fromOther, change, fromOther, change])).toEqual([
      ...Array(5).fill(undefined),
      "RATE_LIMITED",
    ]);
  });
});

describe("account mail requests per IP address", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ accountLimits: rates({ mailRequestsPerIp: { points: 3, seconds: 3600 } }) });
  });
  afterAll(() => server.stop());

  it("refuse a fourth request to any address", async () => {
    const agent = new Agent(server.url);
    const email = () => `${uniqueName()}@example.org`;
    const seen = await codes([
      () => agent.gql(REQUEST_RESET, { email: email() }),
      () => agent.gql(RESEND, { email: email() }),
      () => agent.gql(REQUEST_RESET, { email: email() }),
      () => agent.gql(RESEND, { email: email() }),
    ]);
    expect(seen).toEqual([undefined, undefined, undefined, "RATE_LIMITED"]);
  });
});
