import { Agent } from "../support/client";
import { createPerson, LOGIN, newPersonInput, REGISTER } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const REQUEST_RESET = `mutation($email: EmailAddress!) { requestPasswordReset(input: { email: $email }) }`;
const RESEND = `mutation($email: EmailAddress!) { resendVerification(input: { email: $email }) }`;
const SIGN_UP_ANSWER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { id username displayName email emailVerified createdAt tags followerCount image { id } }
}`;

const personRows = async (email: string): Promise<number> =>
  (await server.database.dataSource.query(`SELECT count(*)::int AS n FROM person WHERE email = $1`, [email]))[0].n;

/**
 * Runs `request` while the mailbox accepts nothing, and lists in order when the answer and the
 * mail arrived: a request that waits for its mail can only answer after the mail is accepted.
 */
async function orderOfAnswerAndMail(to: string, request: () => Promise<unknown>, subject: RegExp) {
  const events: string[] = [];
  const release = server.mailbox.hold();
  try {
    const mailed = server.mailbox.waitFor(to, (m) => subject.test(m.subject)).then(() => events.push("mail"));
    const answered = request().then(() => events.push("answer"));
    await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 3000))]);
    release();
    await Promise.all([answered, mailed]);
  } finally {
    release();
  }
  return events;
}

describe("register with an address that already has an account", () => {
  it("answers like a new sign-up, creates nothing and mails the owner instead (fr)", async () => {
    const owner = await createPerson(server);
    const newcomer = newPersonInput();
    const taken = await new Agent(server.url).gql(SIGN_UP_ANSWER, {
      input: { ...newPersonInput(), email: owner.email.toUpperCase() },
    });
    const fresh = await new Agent(server.url).gql(SIGN_UP_ANSWER, { input: newcomer });

    expect(taken.errors).toBeUndefined();
    expect(fresh.errors).toBeUndefined();
    const shape = (answer: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(answer).map(([key, value]) => [key, typeof value]));
    expect(shape(taken.data!.register)).toEqual(shape(fresh.data!.register));
    expect(taken.data!.register).toMatchObject({ email: null, emailVerified: null, followerCount: 0, image: null });
    expect(taken.data!.register.id).not.toBe(owner.id);
    expect(await personRows(owner.email)).toBe(1);

    const notice = await server.mailbox.waitFor(owner.email, (m) => /utiliser votre adresse/.test(m.subject));
    expect(notice.subject).toBe("Quelqu'un a voulu utiliser votre adresse e-mail");
    expect(notice.text).toContain(`${server.url}/forgot-password`);
    expect(notice.text).not.toContain("token=");
    // The owner's account is untouched.
    await new Agent(server.url).ok(LOGIN, { login: owner.email, password: owner.password });
  });

  it("writes the notice in the owner's language", async () => {
    const owner = await createPerson(server, { language: "EN" });
    await new Agent(server.url).ok(REGISTER, { input: newPersonInput({ email: owner.email }) });
    const notice = await server.mailbox.waitFor(owner.email, (m) => /your e-mail address/.test(m.subject));
    expect(notice.subject).toBe("Someone tried to use your e-mail address");
    expect(notice.text).toMatch(/^Hello Person /);
  });

  it("answers before the notice is sent", async () => {
    const owner = await createPerson(server);
    const register = () => new Agent(server.url).ok(REGISTER, { input: newPersonInput({ email: owner.email }) });
    expect(await orderOfAnswerAndMail(owner.email, register, /utiliser votre adresse/)).toEqual(["answer", "mail"]);
  });
});

describe("requestPasswordReset and resendVerification", () => {
  it("answer a known address before looking it up and mailing, as fast as an unknown one", async () => {
    const person = await createPerson(server);
    const reset = () => new Agent(server.url).ok(REQUEST_RESET, { email: person.email });
    expect(await orderOfAnswerAndMail(person.email, reset, /mot de passe/)).toEqual(["answer", "mail"]);
  });

  it("answer before mailing a verification link again", async () => {
    const input = newPersonInput();
    await new Agent(server.url).ok(REGISTER, { input });
    await server.mailbox.linkToken(input.email, "/verify-email");
    const resend = () => new Agent(server.url).ok(RESEND, { email: input.email });
    expect(await orderOfAnswerAndMail(input.email, resend, /Confirmez/)).toEqual(["answer", "mail"]);
  });
});
