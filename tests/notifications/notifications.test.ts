import { Agent, codeOf } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import {
  ACCEPT,
  FOLLOW,
  INVITE,
  join,
  LEAVE,
  makeMember,
  REFUSE,
  REQUEST_ADMINISTRATION,
  VALIDATE,
  VALIDATE_ADMINISTRATION,
} from "../support/links";
import { startTestServer, type TestServer } from "../support/server";
import { until, watch } from "../support/subscriptions";

let server: TestServer;
let admin: PersonFixture;

const NOTIFICATIONS = `query($unreadOnly: Boolean) { unreadNotificationCount
  notifications(unreadOnly: $unreadOnly) { totalCount nodes { id kind count read actors { id } element { id name } } } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(input: { ids: $ids }) { id read } }`;
const SETTINGS = `{ notificationSettings { deliveries { kind delivery } elements { level element { id } } } }`;
const SET_DELIVERY = `mutation($kind: NotificationKind!, $delivery: MailDelivery!) {
  setMailDelivery(input: { kind: $kind, delivery: $delivery }) { kind delivery } }`;
const SET_LEVEL = `mutation($elementId: ID!, $level: NotificationLevel!) {
  setNotificationLevel(input: { elementId: $elementId, level: $level }) { level element { id } } }`;
const COUNT_CHANGED = `subscription { unreadNotificationCountChanged }`;

const notificationsOf = async (who: PersonFixture, unreadOnly = false) =>
  (await who.agent.ok(NOTIFICATIONS, { unreadOnly })) as {
    unreadNotificationCount: number;
    notifications: {
      totalCount: number;
      nodes: {
        id: string;
        kind: string;
        count: number;
        read: boolean;
        actors: { id: string }[];
        element: { id: string; name: string } | null;
      }[];
    };
  };

beforeAll(async () => {
  // A database of its own: another file's server polling the shared queue could take its mail jobs.
  server = await startTestServer({ jobPollMs: 200, ownDatabase: true });
  admin = await createPerson(server, { displayName: "Alice Martin" });
});
afterAll(() => server.stop());

describe("notifications of requests", () => {
  it("tells the administrators at once (bell in real time, mail) and groups requests that pile up", async () => {
    const org = await createOrganization(admin, { name: "Les Jardins du Rhône" });
    const [first, second, third] = await Promise.all([
      createPerson(server, { displayName: "Bruno Petit" }),
      createPerson(server),
      createPerson(server),
    ]);
    const bell = watch(admin.agent, server.url, COUNT_CHANGED, {});
    try {
      // The bell tells the current count at once: the subscription is live.
      await until(() => bell.events.length > 0, 10_000, "the current count");
      expect(bell.events).toEqual([{ unreadNotificationCountChanged: 0 }]);
      await join(first, org.id);
      await until(() => bell.events.length > 1, 10_000, "the new count");
      expect(bell.events.at(-1)).toEqual({ unreadNotificationCountChanged: 1 });

      const mail = await server.mailbox.waitFor(admin.email, (m) => m.subject.includes("Les Jardins du Rhône"));
      expect(mail.subject).toBe("Bruno Petit demande à rejoindre « Les Jardins du Rhône »");
      expect(mail.text).toContain(`${server.url}/notifications`);
      expect(mail.headers["list-unsubscribe"]).toMatch(new RegExp(`^<${server.url}/unsubscribe/[\\w-]+>$`));
      expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

      await join(second, org.id);
      await join(third, org.id);
      await until(() => bell.events.length >= 4, 10_000, "the two other requests");
      const { unreadNotificationCount, notifications } = await notificationsOf(admin);
      expect(unreadNotificationCount).toBe(1);
      expect(notifications.nodes).toEqual([
        {
          id: expect.any(String),
          kind: "JOIN_REQUESTED",
          count: 3,
          read: false,
          actors: [{ id: third.id }, { id: second.id }, { id: first.id }],
          element: { id: org.id, name: "Les Jardins du Rhône" },
        },
      ]);

      expect((await admin.agent.ok(MARK_ALL)).markAllNotificationsRead).toBe(1);
      await until(() => bell.events.at(-1)?.unreadNotificationCountChanged === 0, 15_000, "the bell back to 0");
      expect((await notificationsOf(admin, true)).notifications.totalCount).toBe(0);
    } finally {
      await bell.dispose();
    }
  });

  it("tells the requester when their request is validated, and when it is refused", async () => {
    const org = await createOrganization(admin, { name: "Vélo Solidaire" });
    const [accepted, refused] = await Promise.all([createPerson(server), createPerson(server)]);
    await makeMember(admin, accepted, org.id);
    const link = await join(refused, org.id);
    await admin.agent.ok(REFUSE, { linkId: link.id });

    const validated = (await notificationsOf(accepted)).notifications.nodes;
    expect(validated).toMatchObject([
      { kind: "REQUEST_VALIDATED", actors: [{ id: admin.id }], element: { id: org.id } },
    ]);
    expect((await notificationsOf(refused)).notifications.nodes).toMatchObject([
      { kind: "REQUEST_REFUSED", element: { id: org.id } },
    ]);
    // Validations go to the digest by default: no mail at once.
    const deliveries = (await accepted.agent.ok(SETTINGS)).notificationSettings.deliveries;
    expect(deliveries).toContainEqual({ kind: "REQUEST_VALIDATED", delivery: "DIGEST" });
    expect(deliveries).toContainEqual({ kind: "JOIN_REQUESTED", delivery: "IMMEDIATELY" });
  });

  it("notifies nobody of a change rolled back, nor anyone of their own action", async () => {
    const org = await createOrganization(admin);
    const before = (await notificationsOf(admin)).notifications.totalCount;
    const member = await createPerson(server);
    await makeMember(admin, member, org.id);
    // The admin validated: the admin is not told of it.
    expect((await notificationsOf(admin)).notifications.totalCount).toBe(before + 1);
    // A second validation fails (not a request any more) and notifies nobody.
    const again = await admin.agent.gql(VALIDATE, { linkId: (await join(member, org.id)).id });
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
    expect((await notificationsOf(member)).notifications.totalCount).toBe(1);
  });

  it("tells someone who follows them, and respects the level chosen for an element", async () => {
    const follower = await createPerson(server);
    const followed = await createPerson(server);
    await follower.agent.ok(FOLLOW, { input: { personId: followed.id } });
    await follower.agent.ok(FOLLOW, { input: { personId: followed.id } });
    expect((await notificationsOf(followed)).notifications.nodes).toMatchObject([
      { kind: "NEW_FOLLOWER", count: 1, actors: [{ id: follower.id }], element: null },
    ]);

    const quiet = await createPerson(server);
    const org = await createOrganization(quiet);
    expect((await quiet.agent.ok(SET_LEVEL, { elementId: org.id, level: "NOTHING" })).setNotificationLevel).toEqual({
      level: "NOTHING",
      element: { id: org.id },
    });
    expect((await quiet.agent.ok(SETTINGS)).notificationSettings.elements).toContainEqual({
      level: "NOTHING",
      element: { id: org.id },
    });
    await join(await createPerson(server), org.id);
    expect((await notificationsOf(quiet)).notifications.totalCount).toBe(0);
  });
});

describe("who may", () => {
  it("refuses strangers: anonymous callers, and someone else's notifications", async () => {
    const anonymous = new Agent(server.url);
    for (const [query, variables] of [
      [MARK_ALL, {}],
      [MARK, { ids: ["00000000-0000-4000-8000-000000000000"] }],
      [SET_DELIVERY, { kind: "INVITED", delivery: "NEVER" }],
      [SET_LEVEL, { elementId: "00000000-0000-4000-8000-000000000000", level: "NOTHING" }],
      [NOTIFICATIONS, {}],
    ] as const) {
      expect(codeOf(await anonymous.gql(query, variables))).toBe("UNAUTHENTICATED");
    }
    const stranger = await createPerson(server);
    const [mine] = (await notificationsOf(admin)).notifications.nodes;
    const attempt = await stranger.agent.gql(MARK, { ids: [mine.id] });
    expect(codeOf(attempt)).toBe("NOT_FOUND");
    const invalid = await stranger.agent.gql(MARK, { ids: ["not-an-id"] });
    expect(codeOf(invalid)).toBe("BAD_USER_INPUT");
  });
});

describe("private elements", () => {
  /** Someone joins a private element by invitation (they cannot see it to ask). */
  async function invited(who: PersonFixture, elementId: string) {
    const { inviteToElement } = await admin.agent.ok(INVITE, { input: { elementId, personId: who.id } });
    expect((await notificationsOf(who)).notifications.nodes.map((n) => n.kind)).toContain("INVITED");
    return (await who.agent.ok(ACCEPT, { linkId: inviteToElement.id })).acceptInvitation;
  }

  it("notifies only their community, and withdraws what someone who left may no longer see", async () => {
    const org = await createOrganization(admin, { name: "Cercle privé" });
    await setElementSettings(admin, org.id, { private: true });
    const [former, member, later, stranger] = await Promise.all([
      createPerson(server),
      createPerson(server),
      createPerson(server),
      createPerson(server),
    ]);
    const formerLink = await invited(former, org.id);
    await former.agent.ok(REQUEST_ADMINISTRATION, { elementId: org.id });
    await admin.agent.ok(VALIDATE_ADMINISTRATION, { linkId: formerLink.id });
    expect((await notificationsOf(former)).notifications.nodes.map((n) => n.kind)).toContain("ADMINISTRATION_GRANTED");

    await invited(member, org.id);
    await member.agent.ok(REQUEST_ADMINISTRATION, { elementId: org.id });
    expect((await notificationsOf(former)).notifications.nodes.map((n) => n.kind)).toContain(
      "ADMINISTRATION_REQUESTED",
    );

    // A stranger cannot even choose a level for it.
    expect(codeOf(await stranger.agent.gql(SET_LEVEL, { elementId: org.id, level: "EVERYTHING" }))).toBe("NOT_FOUND");

    await former.agent.ok(LEAVE, { input: { elementId: org.id } });
    expect(await notificationsOf(former)).toMatchObject({
      unreadNotificationCount: 0,
      notifications: { totalCount: 0, nodes: [] },
    });

    await invited(later, org.id);
    await later.agent.ok(REQUEST_ADMINISTRATION, { elementId: org.id });
    expect((await notificationsOf(admin, true)).notifications.nodes).toContainEqual(
      // The former administrator's own request, the member's and the latest one.
      expect.objectContaining({ kind: "ADMINISTRATION_REQUESTED", count: 3 }),
    );
    const rows = await server.database.dataSource.query(
      `SELECT recipient_id FROM notification WHERE element_id = $1 AND recipient_id = ANY($2::uuid[])`,
      [org.id, [former.id, stranger.id]],
    );
    // The former administrator keeps (unlisted) what they were told while in; nothing after, and nothing for a stranger.
    expect(
      rows.map((r: { recipient_id: string }) => r.recipient_id).filter((id: string) => id === stranger.id),
    ).toEqual([]);
    const formerAfter = await server.database.dataSource.query(
      `SELECT count FROM notification WHERE element_id = $1 AND recipient_id = $2 AND kind = 'administration_requested'`,
      [org.id, former.id],
    );
    expect(formerAfter).toEqual([{ count: 1 }]);
  });
});
