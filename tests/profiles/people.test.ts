import { Agent, codeOf } from "../support/client";
import { createPerson, newPersonInput, type PersonFixture, REGISTER, uniqueName } from "../support/factories";
import { FOLLOW } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

/**
 * The people directory lists verified people whose directory setting shows them to the
 * viewer, searched by name. Test files share one database: every name here carries a
 * marker of this run, and searches use it.
 */
let server: TestServer;
const marker = uniqueName("dir");
let open: PersonFixture;
let discreet: PersonFixture;
let forContacts: PersonFixture;
let contact: PersonFixture;
let stranger: PersonFixture;
let unverifiedEmail: string;
const anonymous = () => new Agent(server.url);

const PRIVACY = `mutation($input: UpdatePrivacySettingsInput!) { updatePrivacySettings(input: $input) { id } }`;
const PEOPLE = `query($search: String, $first: Int, $after: String) {
  people(search: $search, first: $first, after: $after) {
    totalCount
    nodes { id username displayName email phone locality }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function listed(agent: Agent, search = marker): Promise<string[]> {
  const { people } = await agent.ok(PEOPLE, { search, first: 100 });
  return people.nodes.map((person: { displayName: string }) => person.displayName).sort();
}

beforeAll(async () => {
  server = await startTestServer();
  const person = (name: string) => createPerson(server, { displayName: `${name} ${marker}` });
  [open, discreet, forContacts, contact, stranger] = await Promise.all([
    person("Open"),
    person("Discreet"),
    person("Contacts"),
    person("Contact"),
    person("Stranger"),
  ]);
  await open.agent.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
    input: { phone: "+33 6 12 34 56 78", locality: "Lyon" },
  });
  await open.agent.ok(PRIVACY, { input: { phone: "HIDDEN", locality: "HIDDEN", email: "CONTACTS" } });
  await discreet.agent.ok(PRIVACY, { input: { directory: "HIDDEN" } });
  await forContacts.agent.ok(PRIVACY, { input: { directory: "CONTACTS" } });
  // Contacts: they follow each other.
  await forContacts.agent.ok(FOLLOW, { input: { personId: contact.id } });
  await contact.agent.ok(FOLLOW, { input: { personId: forContacts.id } });
  // Registered and never verified: invisible to everyone, even searched by its exact name.
  const input = newPersonInput({ displayName: `Unverified ${marker}` });
  unverifiedEmail = input.email;
  await new Agent(server.url).ok(REGISTER, { input });
}, 120_000);
afterAll(() => server.stop());

describe("the people directory", () => {
  it("shows anonymous visitors only verified people with a public directory", async () => {
    expect(await listed(anonymous())).toEqual([`Contact ${marker}`, `Open ${marker}`, `Stranger ${marker}`].sort());
    expect(await listed(anonymous(), `Unverified ${marker}`)).toEqual([]);
  });

  it("shows people whose directory is for contacts to their contacts only, and everyone to themselves", async () => {
    expect(await listed(stranger.agent)).not.toContain(`Contacts ${marker}`);
    expect(await listed(contact.agent)).toContain(`Contacts ${marker}`);
    expect(await listed(forContacts.agent)).toContain(`Contacts ${marker}`);
    expect(await listed(discreet.agent)).toContain(`Discreet ${marker}`);
    for (const agent of [anonymous(), stranger.agent, contact.agent]) {
      expect(await listed(agent)).not.toContain(`Discreet ${marker}`);
    }
  });

  it("keeps private fields to what their settings allow", async () => {
    const { people } = await stranger.agent.ok(PEOPLE, { search: `Open ${marker}` });
    expect(people.nodes).toEqual([
      { id: open.id, username: open.username, displayName: `Open ${marker}`, email: null, phone: null, locality: null },
    ]);
    // The search reads names only: an e-mail address finds nobody, even the account's own.
    expect(await listed(anonymous(), open.email)).toEqual([]);
    expect(await listed(open.agent, open.email)).toEqual([]);
    expect(await listed(anonymous(), unverifiedEmail)).toEqual([]);
  });

  it("searches names and usernames in any case, with wildcards taken literally", async () => {
    expect(await listed(anonymous(), `OPEN ${marker.toUpperCase()}`)).toEqual([`Open ${marker}`]);
    expect(await listed(anonymous(), open.username.toUpperCase())).toEqual([`Open ${marker}`]);
    expect(await listed(anonymous(), `${marker}%`)).toEqual([]);
    expect(await listed(anonymous(), `Op_n ${marker}`)).toEqual([]);
  });

  it("pages with cursors, newest first", async () => {
    const first = await anonymous().ok(PEOPLE, { search: marker, first: 2 });
    expect(first.people.totalCount).toBe(3);
    expect(first.people.pageInfo.hasNextPage).toBe(true);
    const rest = await anonymous().ok(PEOPLE, { search: marker, first: 2, after: first.people.pageInfo.endCursor });
    expect(rest.people.pageInfo.hasNextPage).toBe(false);
    const all = [...first.people.nodes, ...rest.people.nodes].map((person: { id: string }) => person.id);
    expect(new Set(all).size).toBe(3);
    const everyone = await anonymous().ok(
      `query($search: String) { people(search: $search) { nodes { id createdAt } } }`,
      { search: marker },
    );
    const nodes: { id: string; createdAt: string }[] = everyone.people.nodes;
    expect(nodes.map((person) => person.id)).toEqual(all);
    const dates = nodes.map((person) => person.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("refuses a blank or overlong search, and a page size out of bounds", async () => {
    for (const variables of [
      { search: "" },
      { search: "   " },
      { search: "x".repeat(81) },
      { first: 101 },
      { first: 0 },
    ]) {
      const result = await anonymous().gql(PEOPLE, variables);
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
    }
    expect(codeOf(await anonymous().gql(PEOPLE, { after: "not-a-cursor!" }))).toBe("BAD_USER_INPUT");
  });
});
