import { Agent } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { JOIN, makeMember, VALIDATE } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

/**
 * A link shows only when both its ends allow it: the person's directory setting and the
 * element's member list setting (and, for a private element, being in it), whichever way
 * the link is reached.
 */
let server: TestServer;
let admin: PersonFixture;
let member: PersonFixture;
let stranger: PersonFixture;
const anonymous = () => new Agent(server.url);

const MEMBERSHIPS = `query($id: ID!) {
  person(id: $id) { memberships { totalCount nodes { isAdmin roles element { id } } } }
}`;
const ME = `{ me { memberships { totalCount nodes { isAdmin element { id } } } } }`;
const MEMBER_OF = `query($id: ID!) {
  organization(id: $id) { memberOf { totalCount nodes { element { id } } } }
}`;

const elementIds = (connection: { nodes: { element: { id: string } | null }[] }) =>
  connection.nodes.map((node) => node.element?.id);

beforeAll(async () => {
  server = await startTestServer();
  [admin, member, stranger] = await Promise.all([createPerson(server), createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("a members-only member list", () => {
  it("cannot be rebuilt through its members' memberships", async () => {
    const org = await createOrganization(admin);
    const visible = await createOrganization(admin);
    await makeMember(admin, member, org.id);
    await makeMember(admin, member, visible.id);
    await setElementSettings(admin, org.id, { memberList: "MEMBERS" });

    for (const agent of [anonymous(), stranger.agent]) {
      for (const person of [admin, member]) {
        const { memberships } = (await agent.ok(MEMBERSHIPS, { id: person.id })).person;
        expect(elementIds(memberships)).not.toContain(org.id);
        expect(elementIds(memberships)).toContain(visible.id);
        expect(memberships.totalCount).toBe(memberships.nodes.length);
      }
    }
    // Someone in the community reads it, administrator included.
    const byMember = (await member.agent.ok(MEMBERSHIPS, { id: admin.id })).person.memberships;
    expect(byMember.nodes).toContainEqual({ isAdmin: true, roles: [], element: { id: org.id } });
    // Each person reads their own links, whatever the setting.
    expect(elementIds((await member.agent.ok(ME)).me.memberships)).toContain(org.id);
  });

  it("of a network hides which organizations are in it", async () => {
    const network = await createOrganization(admin);
    const memberOrg = await createOrganization(member);
    const { joinElement } = await member.agent.ok(JOIN, {
      input: { elementId: network.id, organizationId: memberOrg.id },
    });
    await admin.agent.ok(VALIDATE, { linkId: joinElement.id });
    await setElementSettings(admin, network.id, { memberList: "MEMBERS" });

    for (const agent of [anonymous(), stranger.agent]) {
      const { memberOf } = (await agent.ok(MEMBER_OF, { id: memberOrg.id })).organization;
      expect(memberOf).toEqual({ totalCount: 0, nodes: [] });
    }
    // The administrators of the member organization, and the network's community, still see it.
    for (const agent of [member.agent, admin.agent]) {
      expect(elementIds((await agent.ok(MEMBER_OF, { id: memberOrg.id })).organization.memberOf)).toEqual([network.id]);
    }
  });

  it("shows again, through people, once the list is public", async () => {
    const org = await createOrganization(admin);
    await makeMember(admin, member, org.id);
    await setElementSettings(admin, org.id, { memberList: "MEMBERS" });
    expect(elementIds((await stranger.agent.ok(MEMBERSHIPS, { id: member.id })).person.memberships)).not.toContain(
      org.id,
    );
    await setElementSettings(admin, org.id, { memberList: "PUBLIC" });
    expect(elementIds((await stranger.agent.ok(MEMBERSHIPS, { id: member.id })).person.memberships)).toContain(org.id);
  });
});
