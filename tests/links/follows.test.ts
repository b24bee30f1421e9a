import { Agent, codeOf } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { FOLLOW, UNFOLLOW } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let alice: PersonFixture;
let bruno: PersonFixture;
let chloe: PersonFixture;
const anonymous = () => new Agent(server.url);

const ELEMENT_FOLLOWERS = `query($slug: String!) {
  element(slug: $slug) {
    ... on CommunityElement { followerCount viewerFollows followers(first: 10) { totalCount nodes { type person { id } } } }
  }
}`;
const PERSON_FOLLOWS = `query($id: ID!) {
  person(id: $id) {
    followerCount viewerFollows
    followers { totalCount nodes { person { id } } }
    following { totalCount nodes { type element { id } followedPerson { id } } }
  }
}`;

const followCount = async (personId: string) =>
  (
    await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM link WHERE type = 'follow' AND person_id = $1`,
      [personId],
    )
  )[0].n as number;

beforeAll(async () => {
  server = await startTestServer();
  [alice, bruno, chloe] = await Promise.all([createPerson(server), createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("following", () => {
  it("follows an element once, however often asked, and unfollows", async () => {
    const org = await createOrganization(alice);
    const first = (await bruno.agent.ok(FOLLOW, { input: { elementId: org.id } })).follow;
    const again = (await bruno.agent.ok(FOLLOW, { input: { elementId: org.id } })).follow;
    expect(first).toMatchObject({ type: "FOLLOW", state: "ACTIVE", person: { id: bruno.id }, element: { id: org.id } });
    expect(again.id).toBe(first.id);

    const seen = (await bruno.agent.ok(ELEMENT_FOLLOWERS, { slug: org.slug })).element;
    expect(seen).toMatchObject({ followerCount: 1, viewerFollows: true, followers: { totalCount: 1 } });
    expect(seen.followers.nodes).toEqual([{ type: "FOLLOW", person: { id: bruno.id } }]);
    expect((await anonymous().ok(ELEMENT_FOLLOWERS, { slug: org.slug })).element.viewerFollows).toBe(false);

    // The answer names the removed follow and the element as it now is, for a client's cache.
    expect((await bruno.agent.ok(UNFOLLOW, { input: { elementId: org.id } })).unfollow).toMatchObject({
      linkId: first.id,
      element: { id: org.id, followerCount: 0, viewerFollows: false },
      person: { id: bruno.id },
      followedPerson: null,
    });
    expect((await bruno.agent.ok(UNFOLLOW, { input: { elementId: org.id } })).unfollow).toMatchObject({
      linkId: null,
      element: { id: org.id, viewerFollows: false },
    });
    expect((await anonymous().ok(ELEMENT_FOLLOWERS, { slug: org.slug })).element.followerCount).toBe(0);
  });

  it("follows people, lists followers and following, and never oneself", async () => {
    const org = await createOrganization(alice);
    await chloe.agent.ok(FOLLOW, { input: { personId: bruno.id } });
    await chloe.agent.ok(FOLLOW, { input: { elementId: org.id } });
    const { person } = await anonymous().ok(PERSON_FOLLOWS, { id: chloe.id });
    expect(person.following.totalCount).toBe(2);
    expect(person.following.nodes).toEqual(
      expect.arrayContaining([
        { type: "FOLLOW", element: { id: org.id }, followedPerson: null },
        { type: "FOLLOW", element: null, followedPerson: { id: bruno.id } },
      ]),
    );
    const followed = (await chloe.agent.ok(PERSON_FOLLOWS, { id: bruno.id })).person;
    expect(followed).toMatchObject({ followerCount: 1, viewerFollows: true, followers: { totalCount: 1 } });
    expect(followed.followers.nodes).toEqual([{ person: { id: chloe.id } }]);

    const before = await followCount(chloe.id);
    const self = await chloe.agent.gql(FOLLOW, { input: { personId: chloe.id } });
    expect(codeOf(self)).toBe("BAD_USER_INPUT");
    expect(self.errors![0].extensions!.fields).toEqual([
      { field: "personId", message: expect.any(String), messageKey: "link.followSelf", messageParams: {} },
    ]);
    expect(await followCount(chloe.id)).toBe(before);
  });

  it("refuses bad input, unknown targets, anonymous callers and private elements", async () => {
    const org = await createOrganization(alice);
    const before = await followCount(bruno.id);
    for (const input of [{}, { elementId: org.id, personId: alice.id }, { elementId: "nope" }, { personId: "42" }]) {
      const result = await bruno.agent.gql(FOLLOW, { input });
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.fields![0].field).toMatch(/elementId|personId/);
    }
    expect(codeOf(await bruno.agent.gql(FOLLOW, { input: { personId: "00000000-0000-4000-8000-000000000000" } }))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await anonymous().gql(FOLLOW, { input: { elementId: org.id } }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await anonymous().gql(UNFOLLOW, { input: { elementId: org.id } }))).toBe("UNAUTHENTICATED");

    await setElementSettings(alice, org.id, { private: true });
    expect(codeOf(await bruno.agent.gql(FOLLOW, { input: { elementId: org.id } }))).toBe("NOT_FOUND");
    expect(await followCount(bruno.id)).toBe(before);
  });

  it("leaves out of follower lists people whose directory is hidden, but counts them", async () => {
    const org = await createOrganization(alice);
    const hidden = await createPerson(server);
    await hidden.agent.ok(`mutation { updatePrivacySettings(input: { directory: HIDDEN }) { id } }`);
    await hidden.agent.ok(FOLLOW, { input: { elementId: org.id } });
    await bruno.agent.ok(FOLLOW, { input: { elementId: org.id } });
    const { element } = await chloe.agent.ok(ELEMENT_FOLLOWERS, { slug: org.slug });
    expect(element.followerCount).toBe(2);
    expect(element.followers.nodes.map((n: { person: { id: string } }) => n.person.id)).toEqual([bruno.id]);
    const own = (await hidden.agent.ok(ELEMENT_FOLLOWERS, { slug: org.slug })).element;
    expect(own.followers.nodes).toHaveLength(2);
    expect((await chloe.agent.ok(PERSON_FOLLOWS, { id: hidden.id })).person.following).toBeNull();
  });
});
