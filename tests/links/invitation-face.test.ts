import { codeOf } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { ACCEPT, FOLLOW, INVITE, makeMember } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

/**
 * Someone invited to a private element sees its public face, to decide; nothing of its
 * community, contacts or history, and nothing once its deletion has taken effect.
 */
let server: TestServer;
let admin: PersonFixture;
let member: PersonFixture;

const SECRET_EMAIL = "secret-board@example.org";
const INVITATIONS = `{ me { memberships(state: INVITED) { totalCount nodes { id element {
  __typename id kind slug name shortDescription description descriptionHtml tags followerCount
  ... on CommunityElement {
    email phone communityCount settings { memberList } creator { id } administrators { id }
    followers { totalCount nodes { person { id } } }
    community { totalCount nodes { person { id } } }
    history { totalCount nodes { author { id } } }
    viewerLink { state }
  }
  ... on Organization { memberOf { totalCount } projects { totalCount } events { totalCount } }
} } } } }`;

async function invitedToPrivateOrganization() {
  const invited = await createPerson(server);
  const org = await createOrganization(admin, {
    shortDescription: "A board",
    description: "We meet on **Tuesdays**",
    email: SECRET_EMAIL,
  });
  await makeMember(admin, member, org.id);
  await member.agent.ok(FOLLOW, { input: { elementId: org.id } });
  await setElementSettings(admin, org.id, { private: true, memberList: "MEMBERS", contactFields: "MEMBERS" });
  const { inviteToElement } = await admin.agent.ok(INVITE, { input: { elementId: org.id, personId: invited.id } });
  return { invited, org, linkId: inviteToElement.id as string };
}

beforeAll(async () => {
  server = await startTestServer();
  [admin, member] = await Promise.all([createPerson(server), createPerson(server)]);
}, 60_000);
afterAll(() => server.stop());

describe("an invitation to a private element", () => {
  it("shows only the element's public face, until accepted", async () => {
    const { invited, org } = await invitedToPrivateOrganization();
    const { memberships } = (await invited.agent.ok(INVITATIONS)).me;
    expect(memberships.totalCount).toBe(1);
    expect(memberships.nodes[0].element).toEqual({
      __typename: "ElementPreview",
      id: org.id,
      kind: "ORGANIZATION",
      slug: org.slug,
      name: org.name,
      shortDescription: "A board",
      description: "We meet on **Tuesdays**",
      descriptionHtml: "<p>We meet on <strong>Tuesdays</strong></p>\n",
      tags: [],
      followerCount: null,
    });
    const answer = JSON.stringify(memberships);
    for (const planted of [SECRET_EMAIL, admin.id, member.id]) expect(answer).not.toContain(planted);

    // Enough to decide: once accepted, the element shows in full.
    await invited.agent.ok(ACCEPT, { linkId: memberships.nodes[0].id });
    const accepted = (
      await invited.agent.ok(
        `{ me { memberships { nodes { element { __typename ... on Organization { email } } } } } }`,
      )
    ).me.memberships;
    expect(accepted.nodes).toEqual([{ element: { __typename: "Organization", email: SECRET_EMAIL } }]);
  });

  it("ends when the element's deletion takes effect, like every other way to see it", async () => {
    const { invited, org, linkId } = await invitedToPrivateOrganization();
    await admin.agent.ok(`mutation($id: ID!) { requestElementDeletion(input: { id: $id }) { id } }`, { id: org.id });
    // The delay has passed (the hourly purge has not run yet).
    await server.database.dataSource.query(
      `UPDATE element SET deletion_requested_at = now() - make_interval(days => $2) WHERE id = $1`,
      [org.id, server.config.deletionDelayDays + 1],
    );
    expect((await invited.agent.ok(INVITATIONS)).me.memberships).toEqual({ totalCount: 0, nodes: [] });
    expect(codeOf(await invited.agent.gql(ACCEPT, { linkId }))).toBe("NOT_FOUND");
    expect(
      codeOf(
        await invited.agent.gql(`mutation($id: ID!) { joinElement(input: { elementId: $id }) { id } }`, { id: org.id }),
      ),
    ).toBe("NOT_FOUND");
  });
});
