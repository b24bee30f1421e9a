import { Agent, codeOf } from "../support/client";
import { createOrganization, insertOrganizationWithoutAdministrator } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import {
  ACCEPT,
  ADD,
  COMMUNITY,
  DECLINE,
  INVITE,
  JOIN,
  join,
  LEAVE,
  makeMember,
  REFUSE,
  REMOVE,
  VALIDATE,
} from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let bruno: PersonFixture;
let chloe: PersonFixture;
const anonymous = () => new Agent(server.url);

/** The link rows of an element, to check that refused mutations change nothing. */
const linksOf = (elementId: string) =>
  server.database.dataSource.query(
    `SELECT id, type, state, person_id, member_element_id, is_admin, roles FROM link WHERE element_id = $1 ORDER BY id`,
    [elementId],
  );
const activitiesOf = async (elementId: string) =>
  (
    (await server.database.dataSource.query(
      `SELECT verb, actor_id, person_id, data FROM activity WHERE element_id = $1 ORDER BY created_at, id`,
      [elementId],
    )) as { verb: string; actor_id: string; person_id: string | null; data: Record<string, unknown> }[]
  ).map((row) => ({ verb: row.verb, actor: row.actor_id, person: row.person_id, data: row.data }));

const community = async (agent: Agent, slug: string, state = "ACTIVE") =>
  (await agent.ok(COMMUNITY, { slug, state })).element;

beforeAll(async () => {
  server = await startTestServer();
  [admin, bruno, chloe] = await Promise.all([createPerson(server), createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("joining an organization", () => {
  it("is a request an administrator validates, recorded as activity", async () => {
    const org = await createOrganization(admin);
    const request = await join(bruno, org.id);
    expect(request).toMatchObject({ type: "MEMBER", state: "REQUESTED", person: { id: bruno.id }, isAdmin: false });
    expect((await join(bruno, org.id)).id).toBe(request.id);

    const pending = await community(admin.agent, org.slug, "REQUESTED");
    expect(pending.community.nodes.map((n: { id: string }) => n.id)).toEqual([request.id]);
    expect(pending.communityCount).toBe(1);

    const { validateRequest } = await admin.agent.ok(VALIDATE, { linkId: request.id });
    expect(validateRequest).toMatchObject({ id: request.id, state: "ACTIVE" });
    const members = await community(anonymous(), org.slug);
    expect(members.communityCount).toBe(2);
    expect(members.community.nodes.map((n: { person: { id: string } }) => n.person.id)).toEqual([bruno.id, admin.id]);

    expect(await activitiesOf(org.id)).toEqual([
      { verb: "created", actor: admin.id, person: null, data: {} },
      { verb: "requested", actor: bruno.id, person: null, data: {} },
      { verb: "validated", actor: admin.id, person: bruno.id, data: {} },
    ]);
  });

  it("can be refused by an administrator, not by anyone else", async () => {
    const org = await createOrganization(admin);
    const member = await createPerson(server);
    await makeMember(admin, member, org.id);
    const request = await join(bruno, org.id);
    for (const agent of [chloe.agent, member.agent, bruno.agent]) {
      expect(codeOf(await agent.gql(VALIDATE, { linkId: request.id }))).toBe("FORBIDDEN");
      expect(codeOf(await agent.gql(REFUSE, { linkId: request.id }))).toBe("FORBIDDEN");
    }
    expect(codeOf(await anonymous().gql(REFUSE, { linkId: request.id }))).toBe("UNAUTHENTICATED");
    const before = await linksOf(org.id);
    expect(codeOf(await admin.agent.gql(REFUSE, { linkId: "not-a-link" }))).toBe("BAD_USER_INPUT");
    expect(await linksOf(org.id)).toEqual(before);

    expect((await admin.agent.ok(REFUSE, { linkId: request.id })).refuseRequest).toMatchObject({
      linkId: request.id,
      element: { id: org.id, communityCount: 2 },
    });
    expect((await community(anonymous(), org.slug)).communityCount).toBe(2);
    expect(codeOf(await admin.agent.gql(VALIDATE, { linkId: request.id }))).toBe("NOT_FOUND");
    // Refused, one may ask again.
    expect((await join(bruno, org.id)).state).toBe("REQUESTED");
  });

  it("is direct when nobody administers the organization", async () => {
    const imported = await insertOrganizationWithoutAdministrator(server);
    expect(await join(bruno, imported.id)).toMatchObject({ state: "ACTIVE", isAdmin: false });
    // Anyone may then add people at once.
    const { addToElement } = await chloe.agent.ok(ADD, { input: { elementId: imported.id, personId: admin.id } });
    expect(addToElement).toMatchObject({ state: "ACTIVE", person: { id: admin.id } });
  });

  it("can be offered by an administrator: the person invited accepts or declines", async () => {
    const org = await createOrganization(admin);
    const invitation = (await admin.agent.ok(INVITE, { input: { elementId: org.id, personId: bruno.id } }))
      .inviteToElement;
    expect(invitation).toMatchObject({ state: "INVITED", person: { id: bruno.id } });
    expect(
      (await admin.agent.ok(INVITE, { input: { elementId: org.id, personId: bruno.id } })).inviteToElement.id,
    ).toBe(invitation.id);

    // Only the one invited answers; the pending list is for administrators and the one concerned.
    expect(codeOf(await chloe.agent.gql(ACCEPT, { linkId: invitation.id }))).toBe("FORBIDDEN");
    expect(codeOf(await admin.agent.gql(ACCEPT, { linkId: invitation.id }))).toBe("FORBIDDEN");
    expect((await community(chloe.agent, org.slug, "INVITED")).community.nodes).toEqual([]);
    expect((await community(bruno.agent, org.slug, "INVITED")).community.nodes).toHaveLength(1);
    expect((await community(anonymous(), org.slug, "INVITED")).community).toBeNull();

    const { acceptInvitation } = await bruno.agent.ok(ACCEPT, { linkId: invitation.id });
    expect(acceptInvitation).toMatchObject({ id: invitation.id, state: "ACTIVE" });

    const other = (await admin.agent.ok(INVITE, { input: { elementId: org.id, personId: chloe.id } })).inviteToElement;
    expect((await chloe.agent.ok(DECLINE, { linkId: other.id })).declineInvitation).toMatchObject({
      linkId: other.id,
      person: { id: chloe.id },
    });
    expect((await community(admin.agent, org.slug, "INVITED")).community.totalCount).toBe(0);

    const verbs = (await activitiesOf(org.id)).map((a) => a.verb);
    expect(verbs).toEqual(["created", "invited", "joined", "invited"]);
  });

  it("turns a request into a membership when an administrator invites or adds that person", async () => {
    const org = await createOrganization(admin);
    const request = await join(bruno, org.id);
    const { inviteToElement } = await admin.agent.ok(INVITE, { input: { elementId: org.id, personId: bruno.id } });
    expect(inviteToElement).toMatchObject({ id: request.id, state: "ACTIVE" });

    const invitation = (await admin.agent.ok(INVITE, { input: { elementId: org.id, personId: chloe.id } }))
      .inviteToElement;
    // Joining with an invitation waiting accepts it.
    expect(await join(chloe, org.id)).toMatchObject({ id: invitation.id, state: "ACTIVE" });
  });

  it("lets administrators add people at once, and only them", async () => {
    const org = await createOrganization(admin);
    const before = await linksOf(org.id);
    expect(codeOf(await bruno.agent.gql(ADD, { input: { elementId: org.id, personId: chloe.id } }))).toBe("FORBIDDEN");
    expect(codeOf(await bruno.agent.gql(INVITE, { input: { elementId: org.id, personId: chloe.id } }))).toBe(
      "FORBIDDEN",
    );
    for (const input of [
      { elementId: org.id },
      { elementId: org.id, personId: chloe.id, organizationId: org.id },
      { elementId: "x", personId: chloe.id },
      { elementId: org.id, personId: "x" },
    ]) {
      const result = await admin.agent.gql(ADD, { input });
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.fields![0].field).toMatch(/elementId|personId/);
    }
    expect(
      codeOf(
        await admin.agent.gql(ADD, { input: { elementId: org.id, personId: "00000000-0000-4000-8000-000000000000" } }),
      ),
    ).toBe("NOT_FOUND");
    expect(codeOf(await admin.agent.gql(INVITE, { input: { elementId: org.id, personId: admin.id } }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(await linksOf(org.id)).toEqual(before);

    const { addToElement } = await admin.agent.ok(ADD, { input: { elementId: org.id, personId: chloe.id } });
    expect(addToElement).toMatchObject({ state: "ACTIVE", person: { id: chloe.id } });
    expect((await activitiesOf(org.id)).at(-1)).toEqual({
      verb: "joined",
      actor: admin.id,
      person: chloe.id,
      data: { addedBy: admin.id },
    });
  });

  it("ends by leaving, or by an administrator's removal", async () => {
    const org = await createOrganization(admin);
    const brunoLink = await makeMember(admin, bruno, org.id);
    const chloeLink = await makeMember(admin, chloe, org.id);

    expect(codeOf(await bruno.agent.gql(REMOVE, { linkId: chloeLink.id }))).toBe("FORBIDDEN");
    expect(codeOf(await admin.agent.gql(REMOVE, { linkId: "nope" }))).toBe("BAD_USER_INPUT");
    const removed = (await admin.agent.ok(REMOVE, { linkId: chloeLink.id })).removeFromElement;
    expect(removed).toMatchObject({ linkId: chloeLink.id, person: { id: chloe.id }, element: { id: org.id } });
    const left = (await bruno.agent.ok(LEAVE, { input: { elementId: org.id } })).leaveElement;
    expect(left).toMatchObject({ linkId: brunoLink.id, element: { id: org.id, viewerLink: null } });
    expect(left.element.communityCount).toBe(removed.element.communityCount - 1);
    expect(codeOf(await bruno.agent.gql(LEAVE, { input: { elementId: org.id } }))).toBe("NOT_FOUND");
    expect(codeOf(await bruno.agent.gql(LEAVE, { input: { elementId: "x" } }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await anonymous().gql(LEAVE, { input: { elementId: org.id } }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await admin.agent.gql(VALIDATE, { linkId: brunoLink.id }))).toBe("NOT_FOUND");
    expect((await community(anonymous(), org.slug)).communityCount).toBe(1);

    // An administrator removes others, not themselves.
    const own = (await admin.agent.ok(COMMUNITY, { slug: org.slug })).element.community.nodes[0];
    expect(codeOf(await admin.agent.gql(REMOVE, { linkId: own.id }))).toBe("BAD_USER_INPUT");
  });

  it("is invisible in a private organization: strangers get NOT_FOUND", async () => {
    const org = await createOrganization(admin);
    await admin.agent.ok(`mutation($id: ID!) { updateElementSettings(input: { id: $id, private: true }) { id } }`, {
      id: org.id,
    });
    expect(codeOf(await bruno.agent.gql(JOIN, { input: { elementId: org.id } }))).toBe("NOT_FOUND");
    // Invited, one may still answer, and then sees it.
    const invitation = (await admin.agent.ok(INVITE, { input: { elementId: org.id, personId: bruno.id } }))
      .inviteToElement;
    const MINE = `{ me { memberships(state: INVITED) { nodes { id element { id name } } } } }`;
    expect((await bruno.agent.ok(MINE)).me.memberships.nodes).toEqual([
      { id: invitation.id, element: { id: org.id, name: org.name } },
    ]);
    expect(codeOf(await chloe.agent.gql(ACCEPT, { linkId: invitation.id }))).toBe("NOT_FOUND");
    await bruno.agent.ok(ACCEPT, { linkId: invitation.id });
    expect((await community(bruno.agent, org.slug)).communityCount).toBe(2);
  });
});

describe("organizations in networks", () => {
  it("join as a request by an administrator of the member, validated by one of the network", async () => {
    const network = await createOrganization(admin, { name: "Réseau des jardins" });
    const garden = await createOrganization(bruno, { name: "Jardin du coin" });
    const gardenMember = await createPerson(server);
    await makeMember(bruno, gardenMember, garden.id);

    const input = { elementId: network.id, organizationId: garden.id };
    expect(codeOf(await gardenMember.agent.gql(JOIN, { input }))).toBe("FORBIDDEN");
    expect(codeOf(await bruno.agent.gql(JOIN, { input: { ...input, organizationId: network.id } }))).toBe(
      "BAD_USER_INPUT",
    );
    const request = (await bruno.agent.ok(JOIN, { input })).joinElement;
    expect(request).toMatchObject({ state: "REQUESTED", person: null, memberOrganization: { id: garden.id } });

    const MEMBER_OF = `query($id: ID!, $state: LinkState) {
      organization(id: $id) { memberOf(state: $state) { totalCount nodes { state element { id } } } }
    }`;
    expect((await anonymous().ok(MEMBER_OF, { id: garden.id, state: "REQUESTED" })).organization.memberOf).toBeNull();
    expect(
      (await bruno.agent.ok(MEMBER_OF, { id: garden.id, state: "REQUESTED" })).organization.memberOf.totalCount,
    ).toBe(1);

    await admin.agent.ok(VALIDATE, { linkId: request.id });
    const { organization } = await anonymous().ok(MEMBER_OF, { id: garden.id });
    expect(organization.memberOf.nodes).toEqual([{ state: "ACTIVE", element: { id: network.id } }]);
    const members = await community(anonymous(), network.slug);
    expect(
      members.community.nodes.map((n: { memberOrganization: { id: string } | null }) => n.memberOrganization),
    ).toContainEqual({
      id: garden.id,
    });

    // An administrator of the member organization may take it out of the network.
    expect(codeOf(await gardenMember.agent.gql(LEAVE, { input }))).toBe("FORBIDDEN");
    await bruno.agent.ok(LEAVE, { input });
    expect((await anonymous().ok(MEMBER_OF, { id: garden.id })).organization.memberOf.totalCount).toBe(0);
  });

  it("can be invited by the network; an administrator of the member accepts", async () => {
    const network = await createOrganization(admin);
    const garden = await createOrganization(bruno);
    const invitation = (await admin.agent.ok(INVITE, { input: { elementId: network.id, organizationId: garden.id } }))
      .inviteToElement;
    expect(invitation).toMatchObject({ state: "INVITED", memberOrganization: { id: garden.id } });
    expect(codeOf(await chloe.agent.gql(ACCEPT, { linkId: invitation.id }))).toBe("FORBIDDEN");
    expect((await bruno.agent.ok(ACCEPT, { linkId: invitation.id })).acceptInvitation.state).toBe("ACTIVE");
  });
});
