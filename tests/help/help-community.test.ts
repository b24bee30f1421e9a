import { Agent, codeOf } from "../support/client";
import { createPerson, LOGIN, type PersonFixture, uniqueName } from "../support/factories";
import { JOIN, REMOVE, REQUEST_ADMINISTRATION } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

/** The help community: administered by the instance's administrators, open to anyone who joins. */
const HELP_COMMUNITY = `{ helpCommunity { id slug settings { openMembership }
  viewer { inCommunity isAdmin canEdit } viewerLink { id state isAdmin } } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id shortDescription } }`;

const adminName = uniqueName("helpadmin");
let server: TestServer;
let admin: PersonFixture;
let helpCommunityId: string;

async function helpCommunity(person: PersonFixture) {
  return (await person.agent.ok(HELP_COMMUNITY)).helpCommunity;
}

beforeAll(async () => {
  server = await startTestServer({ env: { INSTANCE_ADMINS: adminName } });
  // Named by INSTANCE_ADMINS and verified while the server runs: made an administrator then.
  admin = await createPerson(server, { username: adminName });
  helpCommunityId = (await helpCommunity(admin)).id;
});
afterAll(() => server.stop());

describe("the help community", () => {
  it("is administered by the instance's administrators, and a newcomer joins it at once", async () => {
    expect(await helpCommunity(admin)).toMatchObject({
      settings: { openMembership: true },
      viewer: { inCommunity: true, isAdmin: true, canEdit: true },
      viewerLink: { state: "ACTIVE", isAdmin: true },
    });

    const newcomer = await createPerson(server);
    const { joinElement } = await newcomer.agent.ok(JOIN, { input: { elementId: helpCommunityId } });
    expect(joinElement).toMatchObject({ state: "ACTIVE", isAdmin: false });
    // Joining is no trust: a member does not edit its page, nor get its administration by asking.
    expect(await helpCommunity(newcomer)).toMatchObject({
      viewer: { inCommunity: true, isAdmin: false, canEdit: false },
    });
    const edit = await newcomer.agent.gql(UPDATE, { input: { id: helpCommunityId, shortDescription: "Mine now" } });
    expect(codeOf(edit)).toBe("FORBIDDEN");
    const { requestAdministration } = await newcomer.agent.ok(REQUEST_ADMINISTRATION, { elementId: helpCommunityId });
    expect(requestAdministration).toMatchObject({ isAdmin: false, adminRequested: true });

    // The instance's administrator edits its page and moderates its community.
    const { updateOrganization } = await admin.agent.ok(UPDATE, {
      input: { id: helpCommunityId, shortDescription: "Ask your questions here" },
    });
    expect(updateOrganization.shortDescription).toBe("Ask your questions here");
    const { removeFromElement } = await admin.agent.ok(REMOVE, { linkId: joinElement.id });
    expect(removeFromElement.linkId).toBe(joinElement.id);
    expect((await helpCommunity(newcomer)).viewerLink).toBeNull();
  });

  it("refuses its administration to a stranger and to its members", async () => {
    const [member, stranger] = await Promise.all([createPerson(server), createPerson(server)]);
    const { joinElement } = await member.agent.ok(JOIN, { input: { elementId: helpCommunityId } });
    expect(codeOf(await stranger.agent.gql(REMOVE, { linkId: joinElement.id }))).toBe("FORBIDDEN");
    expect(codeOf(await new Agent(server.url).gql(REMOVE, { linkId: joinElement.id }))).toBe("UNAUTHENTICATED");
    const asked = await stranger.agent.gql(REQUEST_ADMINISTRATION, { elementId: helpCommunityId });
    expect(codeOf(asked)).toBe("FORBIDDEN");
    const edit = await stranger.agent.gql(UPDATE, { input: { id: helpCommunityId, shortDescription: "Spam" } });
    expect(codeOf(edit)).toBe("FORBIDDEN");
    expect(await helpCommunity(stranger)).toMatchObject({
      viewer: { isAdmin: false, canEdit: false },
      viewerLink: null,
    });
  });

  it("makes someone named by INSTANCE_ADMINS after they signed up its administrator when the server starts", async () => {
    const later = await createPerson(server);
    expect((await helpCommunity(later)).viewer.isAdmin).toBe(false);
    const restarted = await startTestServer({ env: { INSTANCE_ADMINS: `${adminName},${later.username}` } });
    try {
      const agent = new Agent(restarted.url);
      await agent.ok(LOGIN, { login: later.email, password: later.password });
      const { helpCommunity: seen } = await agent.ok(HELP_COMMUNITY);
      expect(seen).toMatchObject({ viewer: { isAdmin: true }, viewerLink: { state: "ACTIVE", isAdmin: true } });
    } finally {
      await restarted.stop();
    }
  });
});
