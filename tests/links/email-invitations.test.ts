import { randomBytes } from "node:crypto";
import { Agent, codeOf } from "../support/client";
import { createOrganization } from "../support/elements";
import { createPerson, newPersonInput, type PersonFixture, REGISTER, VERIFY } from "../support/factories";
import { ACCEPT, COMMUNITY, DECLINE, INVITE, INVITE_BY_EMAIL, makeMember } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let stranger: PersonFixture;
const anonymous = () => new Agent(server.url);

const INVITATIONS = `{ me { memberships(state: INVITED) { nodes { id state element { id } } } } }`;
const PENDING = `query($slug: String!) { element(slug: $slug) { ... on CommunityElement {
  community(state: INVITED) { nodes { id invitedEmail person { id } } } } } }`;
const PRIVACY = `mutation($input: UpdatePrivacySettingsInput!) { updatePrivacySettings(input: $input) { id } }`;
const freshAddress = () => `invitee-${randomBytes(5).toString("hex")}@example.org`;
const invitationsOf = (elementId: string) =>
  server.database.dataSource.query(`SELECT email, accepted_at FROM email_invitation WHERE element_id = $1`, [
    elementId,
  ]);

beforeAll(async () => {
  server = await startTestServer();
  [admin, stranger] = await Promise.all([createPerson(server, { displayName: "Alice Martin" }), createPerson(server)]);
});
afterAll(() => server.stop());

describe("inviting by e-mail", () => {
  it("mails a sign-up link to an address without account; verifying it turns the invitation into a link", async () => {
    const org = await createOrganization(admin, { name: "Café & Compost" });
    const email = freshAddress();
    expect(
      (await admin.agent.ok(INVITE_BY_EMAIL, { input: { elementId: org.id, email: email.toUpperCase() } }))
        .inviteByEmail,
    ).toEqual({ id: org.id });
    const mail = await server.mailbox.waitFor(email);
    expect(mail.subject).toBe("Alice Martin vous invite à rejoindre « Café & Compost »");
    expect(mail.text).toContain(`${server.url}/signup?email=${encodeURIComponent(email)}`);

    const again = await admin.agent.gql(INVITE_BY_EMAIL, { input: { elementId: org.id, email } });
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", fields: [{ field: "email" }] });
    expect(await invitationsOf(org.id)).toEqual([{ email, accepted_at: null }]);

    // Registering is not enough: the address must be proven.
    const input = newPersonInput({ email });
    const newcomer = new Agent(server.url);
    await newcomer.ok(REGISTER, { input });
    const linkCount = `SELECT count(*)::int AS n FROM link WHERE element_id = $1 AND person_id IS NOT NULL`;
    expect((await server.database.dataSource.query(linkCount, [org.id]))[0].n).toBe(1);
    await newcomer.ok(VERIFY, { token: await server.mailbox.linkToken(email, "/verify-email") });
    await newcomer.ok(`mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { id } }`, {
      l: email,
      p: input.password,
    });
    const [invitation] = (await newcomer.ok(INVITATIONS)).me.memberships.nodes;
    expect(invitation).toMatchObject({ state: "INVITED", element: { id: org.id } });
    expect((await newcomer.ok(ACCEPT, { linkId: invitation.id })).acceptInvitation.state).toBe("ACTIVE");
    expect((await invitationsOf(org.id))[0].accepted_at).not.toBeNull();
  });

  it("gives someone with an account an invitation at once, and a mail in their language", async () => {
    const org = await createOrganization(admin, { name: "Repair Café" });
    const invitee = await createPerson(server, { language: "EN" });
    await admin.agent.ok(INVITE_BY_EMAIL, { input: { elementId: org.id, email: invitee.email } });
    const mail = await server.mailbox.waitFor(invitee.email, (m) => m.subject.includes("Repair Café"));
    expect(mail.subject).toBe("Alice Martin invites you to join “Repair Café”");
    expect(mail.text).toContain(`${server.url}/organizations/${org.slug}`);
    const [invitation] = (await invitee.agent.ok(INVITATIONS)).me.memberships.nodes;
    expect(invitation).toMatchObject({ state: "INVITED", element: { id: org.id } });
  });

  it("is claimed by a change of e-mail address too, once the new address is verified", async () => {
    const org = await createOrganization(admin);
    const email = freshAddress();
    await admin.agent.ok(INVITE_BY_EMAIL, { input: { elementId: org.id, email } });
    const person = await createPerson(server);
    await person.agent.ok(`mutation($input: ChangeEmailInput!) { changeEmail(input: $input) }`, {
      input: { newEmail: email, password: person.password },
    });
    await anonymous().ok(VERIFY, { token: await server.mailbox.linkToken(email, "/verify-email") });
    expect((await person.agent.ok(INVITATIONS)).me.memberships.nodes).toEqual([
      expect.objectContaining({ element: { id: org.id } }),
    ]);
  });

  it("sends nothing to someone already in the community, and says the same", async () => {
    const org = await createOrganization(admin);
    const member = await createPerson(server);
    await makeMember(admin, member, org.id);
    const before = server.mailbox.mails.length;
    expect(
      (await admin.agent.ok(INVITE_BY_EMAIL, { input: { elementId: org.id, email: member.email } })).inviteByEmail,
    ).toEqual({ id: org.id });
    const witness = freshAddress();
    await admin.agent.ok(INVITE_BY_EMAIL, { input: { elementId: org.id, email: witness } });
    await server.mailbox.waitFor(witness);
    expect(server.mailbox.mails.slice(before).flatMap((m) => m.to)).not.toContain(member.email);
  });

  it("is listed by the address as typed, never by its owner, until they accept", async () => {
    const org = await createOrganization(admin);
    const [declines, accepts, known] = await Promise.all([
      createPerson(server),
      createPerson(server),
      createPerson(server),
    ]);
    for (const person of [declines, accepts, known]) {
      await person.agent.ok(PRIVACY, { input: { email: "HIDDEN", directory: "HIDDEN" } });
    }
    const typed = [declines, accepts, known].map((person) => person.email.toUpperCase());
    const unknown = `Nobody.${freshAddress()}`;
    for (const email of [...typed, unknown]) {
      expect(await admin.agent.ok(INVITE_BY_EMAIL, { input: { elementId: org.id, email } })).toEqual({
        inviteByEmail: { id: org.id },
      });
    }
    const pending = async () =>
      (await admin.agent.ok(PENDING, { slug: org.slug })).element.community.nodes as {
        id: string;
        person: unknown;
        invitedEmail: string;
      }[];
    const listed = await pending();
    // Every entry looks alike: an address as typed, nobody behind it.
    expect(listed.map(({ person, invitedEmail }) => ({ person, invitedEmail }))).toEqual(
      expect.arrayContaining([...typed, unknown].map((email) => ({ person: null, invitedEmail: email.trim() }))),
    );
    expect(listed).toHaveLength(4);
    const entryOf = (email: string) => listed.find((entry) => entry.invitedEmail === email.trim())!.id;

    // Inviting the owner by name is a new invitation: it does not reveal the one by address.
    const byName = (await admin.agent.ok(INVITE, { input: { elementId: org.id, personId: known.id } })).inviteToElement;
    expect(byName.id).not.toBe(entryOf(typed[2]));
    expect((await pending()).map((entry) => entry.id)).toEqual(expect.arrayContaining(listed.map((e) => e.id)));

    // Declining leaves the entry listed by its address, as for an address nobody owns.
    const [declined] = (await declines.agent.ok(INVITATIONS)).me.memberships.nodes;
    expect(declined.id).toBe(entryOf(typed[0]));
    await declines.agent.ok(DECLINE, { linkId: declined.id });
    expect((await pending()).find((entry) => entry.id === declined.id)).toMatchObject({ person: null });
    expect((await declines.agent.ok(INVITATIONS)).me.memberships.nodes).toEqual([]);

    // Accepted, the invitation is a member like any other.
    const [invitation] = (await accepts.agent.ok(INVITATIONS)).me.memberships.nodes;
    await accepts.agent.ok(ACCEPT, { linkId: invitation.id });
    expect((await pending()).map((entry) => entry.id)).not.toContain(invitation.id);
    const members = (await admin.agent.ok(COMMUNITY, { slug: org.slug, state: "ACTIVE" })).element.community.nodes;
    expect(members).toEqual(expect.arrayContaining([expect.objectContaining({ person: { id: accepts.id } })]));
  });

  it("is for administrators; bad input names the field and changes nothing", async () => {
    const org = await createOrganization(admin);
    const member = await createPerson(server);
    await makeMember(admin, member, org.id);
    for (const agent of [stranger.agent, member.agent]) {
      expect(codeOf(await agent.gql(INVITE_BY_EMAIL, { input: { elementId: org.id, email: freshAddress() } }))).toBe(
        "FORBIDDEN",
      );
    }
    expect(
      codeOf(await anonymous().gql(INVITE_BY_EMAIL, { input: { elementId: org.id, email: freshAddress() } })),
    ).toBe("UNAUTHENTICATED");
    for (const [input, field] of [
      [{ elementId: org.id, email: "not-an-address" }, "email"],
      [{ elementId: org.id, email: `${"x".repeat(250)}@example.org` }, "email"],
      [{ elementId: "x", email: freshAddress() }, "elementId"],
    ] as const) {
      const result = await admin.agent.gql(INVITE_BY_EMAIL, { input });
      expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.fields!.map((f) => f.field)).toContain(field);
    }
    expect(await invitationsOf(org.id)).toEqual([]);
  });

  it("is limited to 20 invitations an hour per person", async () => {
    const inviter = await createPerson(server);
    const org = await createOrganization(inviter);
    for (let i = 0; i < 20; i++) {
      await inviter.agent.ok(INVITE_BY_EMAIL, { input: { elementId: org.id, email: freshAddress() } });
    }
    const limited = await inviter.agent.gql(INVITE_BY_EMAIL, { input: { elementId: org.id, email: freshAddress() } });
    expect(limited.errors![0].extensions!.code).toBe("RATE_LIMITED");
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(await invitationsOf(org.id)).toHaveLength(20);
    // The limit is the inviter's, whatever the element; others may still invite.
    const other = await createOrganization(inviter);
    expect(
      codeOf(await inviter.agent.gql(INVITE_BY_EMAIL, { input: { elementId: other.id, email: freshAddress() } })),
    ).toBe("RATE_LIMITED");
    await admin.agent.ok(INVITE_BY_EMAIL, {
      input: { elementId: (await createOrganization(admin)).id, email: freshAddress() },
    });
  });
});
