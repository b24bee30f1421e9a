import { Agent, codeOf } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let person: PersonFixture;

const PROFILE = `id displayName shortDescription description tags website socialLinks { network url } language phone birthDate locality`;
const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { ${PROFILE} } }`;
const ME = `{ me { ${PROFILE} updatedAt } }`;

beforeAll(async () => {
  server = await startTestServer();
  person = await createPerson(server);
});
afterAll(() => server.stop());

describe("updateProfile", () => {
  it("saves every field and keeps what is left out", async () => {
    const input = {
      displayName: "  Camille des Pentes ",
      shortDescription: "Jardinière",
      description: "Je cultive des **tomates**.\nEt des courges.",
      tags: ["jardin", " potager ", "jardin"],
      website: "https://example.org/camille",
      socialLinks: [{ network: "MASTODON", url: "https://mastodon.example/@camille" }],
      language: "EN",
      phone: "04 72 00 00 00",
      birthDate: "1985-02-28",
      locality: "69001",
    };
    const { updateProfile } = await person.agent.ok(UPDATE, { input });
    expect(updateProfile).toMatchObject({
      displayName: "Camille des Pentes",
      tags: ["jardin", "potager"],
      socialLinks: input.socialLinks,
      language: "EN",
      birthDate: "1985-02-28",
    });
    const { updateProfile: partial } = await person.agent.ok(UPDATE, { input: { shortDescription: null } });
    expect(partial).toMatchObject({ shortDescription: null, website: input.website, locality: "69001" });
  });

  it.each([
    ["website", { website: "javascript:alert(1)" }],
    ["website", { website: "not a url" }],
    ["displayName", { displayName: "x".repeat(81) }],
    ["shortDescription", { shortDescription: "x".repeat(281) }],
    ["tags", { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }],
    ["tags", { tags: ["x".repeat(41)] }],
    ["socialLinks.0.url", { socialLinks: [{ network: "GITHUB", url: "ftp://x" }] }],
    ["phone", { phone: "call me maybe" }],
    ["birthDate", { birthDate: "1990-02-30" }],
    ["birthDate", { birthDate: "2999-01-01" }],
    ["locality", { locality: "x".repeat(101) }],
  ])("refuses a bad %s with BAD_USER_INPUT and changes nothing", async (field, bad) => {
    const before = await person.agent.ok(ME);
    const result = await person.agent.gql(UPDATE, { input: { displayName: "Should not be saved", ...bad } });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await person.agent.ok(ME)).toEqual(before);
  });

  it("refuses anonymous callers", async () => {
    const result = await new Agent(server.url).gql(UPDATE, { input: { displayName: "Nobody" } });
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
  });

  it("validates the arguments of the person query", async () => {
    const agent = new Agent(server.url);
    expect(codeOf(await agent.gql(`{ person(id: "not-a-uuid") { id } }`))).toBe("BAD_USER_INPUT");
    expect(codeOf(await agent.gql(`{ person { id } }`))).toBe("BAD_USER_INPUT");
    const missing = await agent.ok(`{ person(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(missing.person).toBeNull();
  });

  it("validates arguments again after the same class was valid (valid values are remembered)", async () => {
    const agent = new Agent(server.url);
    const byId = `query ($id: ID, $username: String) { person(id: $id, username: $username) { id } }`;
    for (let i = 0; i < 2; i++) {
      expect((await agent.ok(byId, { id: person.id })).person).toEqual({ id: person.id });
      expect(codeOf(await agent.gql(byId, { id: `${person.id}x` }))).toBe("BAD_USER_INPUT");
      // The same value under another argument: a key of its own, refused.
      expect(codeOf(await agent.gql(byId, { username: person.id }))).toBe("BAD_USER_INPUT");
    }
  });
});

describe("updateProfile with null", () => {
  it.each(["displayName", "tags", "socialLinks", "language"])("refuses to clear %s", async (field) => {
    const person = await createPerson(server);
    const result = await person.agent.gql(UPDATE, { input: { [field]: null } });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions!.fields).toEqual([
      {
        field,
        message: expect.stringMatching(/cannot be cleared/),
        messageKey: "input.cannotClear",
        messageParams: {},
      },
    ]);
  });
});

describe("a person as an element of the graph", () => {
  it("answers the Element interface: kind, slug, name, description as HTML, followers", async () => {
    const someone = await createPerson(server);
    await someone.agent.ok(UPDATE, { input: { description: "Hello *there*" } });
    const { person } = await new Agent(server.url).ok(
      `query($u: String!) { person(username: $u) { ... on Element { __typename kind slug name descriptionHtml followerCount } } }`,
      { u: someone.username },
    );
    expect(person).toEqual({
      __typename: "Person",
      kind: "PERSON",
      slug: someone.username,
      name: `Person ${someone.username}`,
      descriptionHtml: "<p>Hello <em>there</em></p>\n",
      followerCount: 0,
    });
  });
});
