import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Agent } from "../support/client";
import { newPersonInput, REGISTER } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("mail without SMTP_URL", () => {
  let server: TestServer;
  beforeAll(async () => {
    // A database of its own: a server polling the run's shared job queue mails other files' jobs too,
    // into this outbox, which the test reads whole.
    server = await startTestServer({ withoutSmtp: true, ownDatabase: true });
  });
  afterAll(() => server.stop());

  it("writes the mail to DATA_DIR/outbox as .eml, readable at /outbox.json from this machine", async () => {
    const agent = new Agent(server.url);
    const { instance } = await agent.ok(`{ instance { mailOutboxUrl dataLicence } }`);
    expect(instance).toEqual({ mailOutboxUrl: `${server.config.publicUrl}/outbox`, dataLicence: "ODbL-1.0" });

    const input = newPersonInput({ language: "EN" });
    await agent.ok(REGISTER, { input });
    const outbox = path.join(server.config.dataDir, "outbox");
    // The mail is written just after the answer.
    const written = () => readdirSync(outbox).filter((name) => name.endsWith(".json"));
    for (let waited = 0; waited < 10_000 && !existsSync(outbox); waited += 50) await sleep(50);
    for (let waited = 0; waited < 10_000 && written().length === 0; waited += 50) await sleep(50);
    const eml = readdirSync(outbox).filter((name) => name.endsWith(".eml"));
    expect(eml).toHaveLength(1);
    expect(readFileSync(path.join(outbox, eml[0]), "utf8")).toMatch(/^Subject: Confirm your e-mail address$/m);

    const response = await fetch(`${server.url}/outbox.json`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { mails } = (await response.json()) as { mails: { to: string; text: string }[] };
    expect(mails[0].to).toBe(input.email);
    expect(mails[0].text).toContain(`${server.config.publicUrl}/verify-email?token=`);
  });
});

describe("mail through SMTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("leaves no outbox, which /outbox.json says without an error status", async () => {
    const response = await fetch(`${server.url}/outbox.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ directory: null, mails: [] });
  });

  it("is written in the person's language, French by default", async () => {
    const agent = new Agent(server.url);
    const french = newPersonInput();
    const english = newPersonInput({ language: "EN" });
    await agent.ok(REGISTER, { input: french });
    await agent.ok(REGISTER, { input: english });
    expect((await server.mailbox.waitFor(french.email)).subject).toBe("Confirmez votre adresse e-mail");
    expect((await server.mailbox.waitFor(english.email)).subject).toBe("Confirm your e-mail address");
    const { instance } = await agent.ok(`{ instance { mailOutboxUrl } }`);
    expect(instance.mailOutboxUrl).toBeNull();
  });
});
