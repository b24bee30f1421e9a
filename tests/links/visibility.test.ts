import { Agent } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { COMMUNITY, FOLLOW, INVITE, join, makeMember } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let member: PersonFixture;
let follower: PersonFixture;
let stranger: PersonFixture;
const anonymous = () => new Agent(server.url);

const LISTS = `query($slug: String!) {
  element(slug: $slug) {
    ... on CommunityElement {
      communityCount followerCount administrators { id }
      community { totalCount nodes { person { id } } }
      followers { totalCount nodes { person { id } } }
    }
  }
}`;
const MEMBERSHIPS = `query($id: ID!, $state: LinkState) {
  person(id: $id) {
    memberships(state: $state) { totalCount nodes { state element { id } } }
    following { totalCount nodes { element { id } } }
  }
}`;
const PRIVACY = `mutation($input: UpdatePrivacySettingsInput!) { updatePrivacySettings(input: $input) { id } }`;

const ids = (nodes: { person?: { id: string }; element?: { id: string } }[]) =>
  nodes.map((n) => (n.person ?? n.element)!.id).sort();

beforeAll(async () => {
  server = await startTestServer();
  [admin, member, follower, stranger] = await Promise.all([
    createPerson(server),
    createPerson(server),
    createPerson(server),
    createPerson(server),
  ]);
});
afterAll(() => server.stop());

describe("community lists of an element", () => {
  it("give counts to everyone and entries only as the member list setting allows", async () => {
    const org = await createOrganization(admin);
    await makeMember(admin, member, org.id);
    await follower.agent.ok(FOLLOW, { input: { elementId: org.id } });
    await setElementSettings(admin, org.id, { memberList: "MEMBERS" });

    for (const agent of [anonymous(), stranger.agent, follower.agent]) {
      const { element } = await agent.ok(LISTS, { slug: org.slug });
      expect(element).toMatchObject({ communityCount: 2, followerCount: 1, administrators: null, community: null });
    }
    for (const agent of [member.agent, admin.agent]) {
      const { element } = await agent.ok(LISTS, { slug: org.slug });
      expect(ids(element.community.nodes)).toEqual([admin.id, member.id].sort());
      expect(element.administrators).toEqual([{ id: admin.id }]);
    }
    await setElementSettings(admin, org.id, { memberList: "PUBLIC" });
    expect(ids((await anonymous().ok(LISTS, { slug: org.slug })).element.community.nodes)).toEqual(
      [admin.id, member.id].sort(),
    );
  });

  it("show pending requests and invitations to administrators, and to each person their own", async () => {
    const org = await createOrganization(admin);
    await join(member, org.id);
    await admin.agent.ok(INVITE, { input: { elementId: org.id, personId: follower.id } });
    const pending = async (agent: Agent, state: string) =>
      (await agent.ok(COMMUNITY, { slug: org.slug, state })).element.community;
    expect(ids((await pending(admin.agent, "REQUESTED")).nodes)).toEqual([member.id]);
    expect(ids((await pending(admin.agent, "INVITED")).nodes)).toEqual([follower.id]);
    expect(ids((await pending(member.agent, "REQUESTED")).nodes)).toEqual([member.id]);
    expect((await pending(member.agent, "INVITED")).nodes).toEqual([]);
    expect(ids((await pending(follower.agent, "INVITED")).nodes)).toEqual([follower.id]);
    expect((await pending(stranger.agent, "REQUESTED")).totalCount).toBe(0);
    expect(await pending(anonymous(), "REQUESTED")).toBeNull();
  });

  it("of a private element are out of reach of strangers, through the element and through people", async () => {
    const org = await createOrganization(admin);
    await makeMember(admin, member, org.id);
    await member.agent.ok(FOLLOW, { input: { elementId: org.id } });
    await setElementSettings(admin, org.id, { private: true });
    for (const agent of [anonymous(), stranger.agent]) {
      expect((await agent.ok(LISTS, { slug: org.slug })).element).toBeNull();
      const { person } = await agent.ok(MEMBERSHIPS, { id: member.id });
      expect(ids(person.memberships.nodes)).not.toContain(org.id);
      expect(person.memberships.totalCount).toBe(person.memberships.nodes.length);
      expect(ids(person.following.nodes)).not.toContain(org.id);
    }
    expect(ids((await admin.agent.ok(MEMBERSHIPS, { id: member.id })).person.memberships.nodes)).toContain(org.id);
  });

  it("leave out people whose directory hides them from outsiders, and count them", async () => {
    const org = await createOrganization(admin);
    const discreet = await createPerson(server);
    await discreet.agent.ok(PRIVACY, { input: { directory: "HIDDEN" } });
    await makeMember(admin, discreet, org.id);
    const outside = (await stranger.agent.ok(LISTS, { slug: org.slug })).element.community;
    expect(outside.totalCount).toBe(2);
    expect(ids(outside.nodes)).toEqual([admin.id]);
    expect(ids((await admin.agent.ok(LISTS, { slug: org.slug })).element.community.nodes)).toContain(discreet.id);
  });
});

describe("a person's memberships and follows", () => {
  it("follow the person's directory setting", async () => {
    const org = await createOrganization(admin);
    const person = await createPerson(server);
    await makeMember(admin, person, org.id);
    await person.agent.ok(FOLLOW, { input: { elementId: org.id } });
    // A contact: both chose to be members of the same organization.
    await makeMember(admin, member, org.id);

    const read = async (agent: Agent) => (await agent.ok(MEMBERSHIPS, { id: person.id })).person;
    expect(ids((await read(stranger.agent)).memberships.nodes)).toEqual([org.id]);

    await person.agent.ok(PRIVACY, { input: { directory: "CONTACTS" } });
    for (const agent of [anonymous(), stranger.agent]) {
      expect(await read(agent)).toEqual({ memberships: null, following: null });
    }
    const byContact = await read(member.agent);
    expect(ids(byContact.memberships.nodes)).toEqual([org.id]);
    expect(ids(byContact.following.nodes)).toEqual([org.id]);

    await person.agent.ok(PRIVACY, { input: { directory: "HIDDEN" } });
    expect(await read(member.agent)).toEqual({ memberships: null, following: null });
    expect(ids((await read(person.agent)).memberships.nodes)).toEqual([org.id]);
  });

  it("list pending requests and invitations only to the person themselves", async () => {
    const org = await createOrganization(admin);
    const person = await createPerson(server);
    await join(person, org.id);
    expect((await admin.agent.ok(MEMBERSHIPS, { id: person.id, state: "REQUESTED" })).person.memberships).toBeNull();
    const own = (await person.agent.ok(MEMBERSHIPS, { id: person.id, state: "REQUESTED" })).person.memberships;
    expect(own.nodes).toEqual([{ state: "REQUESTED", element: { id: org.id } }]);
  });
});
