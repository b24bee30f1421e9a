import { createOrganization } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { FOLLOW, join, makeMember } from "../support/links";
import type { ReceivedMail } from "../support/mailbox";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { startTestServer, type TestServer } from "../support/server";

/**
 * The run's shared database has other files' servers polling its job queue: one of them could take
 * a job of these tests and mail through its own SMTP server. Their servers share a database of their own.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(() => database.drop());

const queueServer = (jobPollMs: number) => startTestServer({ jobPollMs, env: { DATABASE_URL: database.url } });

const SETTINGS = `{ notificationSettings { deliveries { kind delivery } } }`;
const DIGEST_SUBJECT = /^Votre résumé Communect : \d+ notifications?$/;

/** The day has come: the queued daily run starts now (its start time is moved, as the clock would). */
async function digestTime(server: TestServer): Promise<void> {
  await server.database.dataSource.query(`UPDATE job SET run_at = now() WHERE name = 'notification-digests'`);
}

/** Waits until the digests of these people have left (no digest job left, nothing waiting). */
async function digestsSent(server: TestServer, people: PersonFixture[]): Promise<void> {
  const ids = people.map((p) => p.id);
  let left = -1;
  const check = async () => {
    const [row] = await server.database.dataSource.query(
      `SELECT (SELECT count(*) FROM job WHERE name LIKE 'notification-digest%' AND run_at <= now())
            + (SELECT count(*) FROM notification WHERE digest_pending AND read_at IS NULL AND recipient_id = ANY($1::uuid[]))
         AS n`,
      [ids],
    );
    left = Number(row.n);
  };
  for (let i = 0; i < 200; i++) {
    await check();
    if (left === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`digests still waiting: ${left}`);
}

const digestsTo = (mails: ReceivedMail[], who: PersonFixture) =>
  mails.filter((m) => m.to.includes(who.email) && DIGEST_SUBJECT.test(m.subject));

describe("daily digest", () => {
  it("gathers a day's notifications into one mail, and survives a restart between scheduling and sending", async () => {
    const first = await queueServer(100);
    const admin = await createPerson(first, { displayName: "Alice Martin" });
    const person = await createPerson(first, { displayName: "Chloé Durand" });
    const [fan1, fan2] = await Promise.all([
      createPerson(first, { displayName: "Fan Un" }),
      createPerson(first, { displayName: "Fan Deux" }),
    ]);
    const org = await createOrganization(admin, { name: "Les Jardins du Rhône" });
    await makeMember(admin, person, org.id);
    await fan1.agent.ok(FOLLOW, { input: { personId: person.id } });
    await fan2.agent.ok(FOLLOW, { input: { personId: person.id } });
    // Validations and followers wait for the digest: nothing was mailed at once.
    expect(digestsTo(first.mailbox.mails, person)).toEqual([]);
    expect(first.mailbox.mails.filter((m) => m.to.includes(person.email) && !m.subject.includes("adresse"))).toEqual(
      [],
    );
    await first.stop();

    const second = await queueServer(100);
    try {
      await digestTime(second);
      const mail = await second.mailbox.waitFor(person.email, (m) => DIGEST_SUBJECT.test(m.subject));
      expect(mail.subject).toBe("Votre résumé Communect : 2 notifications");
      expect(mail.text).toContain("Bonjour Chloé Durand,");
      expect(mail.text).toContain("- Votre demande pour rejoindre « Les Jardins du Rhône » a été acceptée");
      expect(mail.text).toContain("- 2 nouvelles personnes vous suivent");
      expect(mail.headers["list-unsubscribe"]).toMatch(new RegExp(`^<${second.url}/unsubscribe/[\\w-]+>$`));
      expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
      await digestsSent(second, [person]);
      expect(digestsTo(second.mailbox.mails, person)).toHaveLength(1);
      // The next daily run is queued.
      const [next] = await second.database.dataSource.query(
        `SELECT count(*)::int AS n FROM job WHERE name = 'notification-digests' AND run_at > now()`,
      );
      expect(next.n).toBeGreaterThanOrEqual(1);
    } finally {
      await second.stop();
    }
  });

  it("is sent once to each person when two server processes share the queue", async () => {
    const [one, two] = await Promise.all([queueServer(50), queueServer(50)]);
    try {
      const people = await Promise.all([1, 2, 3, 4, 5].map(() => createPerson(one)));
      const fan = await createPerson(one);
      for (const person of people) await fan.agent.ok(FOLLOW, { input: { personId: person.id } });
      await digestTime(one);
      await digestsSent(one, people);
      // A job is done once its mail is handed to SMTP; the mailbox may receive it a moment later.
      const received = (person: PersonFixture) => [
        ...digestsTo(one.mailbox.mails, person),
        ...digestsTo(two.mailbox.mails, person),
      ];
      for (let i = 0; i < 150 && people.some((person) => received(person).length === 0); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Then long enough for a second copy, if one were sent, to arrive too.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (const person of people) expect(received(person)).toHaveLength(1);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });
});

describe("on the embedded database", () => {
  it("queues and sends mails on PGlite too (SKIP LOCKED, leases): at once, and in the digest", async () => {
    // No DATABASE_URL: the server starts its own PGlite in its data folder, as `npm start` does.
    const embedded = await startTestServer({ jobPollMs: 100, env: { DATABASE_URL: "" } });
    try {
      expect(embedded.database.embedded).toBe(true);
      const admin = await createPerson(embedded);
      const person = await createPerson(embedded, { displayName: "Chloé Durand" });
      const org = await createOrganization(admin, { name: "Atelier Vélo" });
      await makeMember(admin, person, org.id);
      await embedded.mailbox.waitFor(admin.email, (m) => m.subject.includes("demande à rejoindre « Atelier Vélo »"));
      await digestTime(embedded);
      const digest = await embedded.mailbox.waitFor(person.email, (m) => DIGEST_SUBJECT.test(m.subject));
      expect(digest.text).toContain("- Votre demande pour rejoindre « Atelier Vélo » a été acceptée");
      await digestsSent(embedded, [person]);
      expect(digestsTo(embedded.mailbox.mails, person)).toHaveLength(1);
    } finally {
      await embedded.stop();
    }
  });
});

describe("one-click unsubscribe", () => {
  it("works without a session, from the List-Unsubscribe header (RFC 8058) or the page's button", async () => {
    const server = await queueServer(100);
    try {
      const admin = await createPerson(server, { language: "EN" });
      const org = await createOrganization(admin, { name: "Repair Café" });
      await join(await createPerson(server, { displayName: "Bruno Petit" }), org.id);
      const mail = await server.mailbox.waitFor(admin.email, (m) => m.subject.includes("Repair Café"));
      expect(mail.subject).toBe("Bruno Petit asks to join “Repair Café”");
      const url = mail.headers["list-unsubscribe"].slice(1, -1);
      expect(mail.text).toContain(url);

      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain(`<form method="post" action="${new URL(url).pathname}">`);
      // Opening the page changes nothing (mail scanners open links).
      expect((await admin.agent.ok(SETTINGS)).notificationSettings.deliveries).toContainEqual({
        kind: "JOIN_REQUESTED",
        delivery: "IMMEDIATELY",
      });

      const oneClick = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      expect(oneClick.status).toBe(200);
      expect(await oneClick.text()).toContain("Done: you will not receive these mails any more.");
      expect((await admin.agent.ok(SETTINGS)).notificationSettings.deliveries).toContainEqual({
        kind: "JOIN_REQUESTED",
        delivery: "NEVER",
      });

      const forged = await fetch(`${server.url}/unsubscribe/not-a-token`, { method: "POST" });
      expect(forged.status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it("the digest's link stops the digest: every kind that went to it is mailed no more", async () => {
    const server = await queueServer(100);
    try {
      const person = await createPerson(server);
      await (await createPerson(server)).agent.ok(FOLLOW, { input: { personId: person.id } });
      await digestTime(server);
      const mail = await server.mailbox.waitFor(person.email, (m) => DIGEST_SUBJECT.test(m.subject));
      const url = mail.headers["list-unsubscribe"].slice(1, -1);
      const response = await fetch(url, { method: "POST", body: "List-Unsubscribe=One-Click" });
      expect(response.status).toBe(200);
      const deliveries: { kind: string; delivery: string }[] = (await person.agent.ok(SETTINGS)).notificationSettings
        .deliveries;
      expect(deliveries.filter((d) => d.delivery === "DIGEST")).toEqual([]);
      expect(deliveries).toContainEqual({ kind: "INVITED", delivery: "IMMEDIATELY" });
      expect(deliveries).toContainEqual({ kind: "NEW_FOLLOWER", delivery: "NEVER" });
    } finally {
      await server.stop();
    }
  });
});
