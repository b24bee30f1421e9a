import { createOrganization, insertEventDirectly } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { ADD, FOLLOW, join, LEAVE, makeMember, UNFOLLOW } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;

/** A profile field set to CONTACTS (the default for e-mail and phone). */
const EMAIL = `query($id: ID!) { person(id: $id) { email phone } }`;
const emailSeenBy = async (viewer: PersonFixture, owner: PersonFixture) =>
  (await viewer.agent.ok(EMAIL, { id: owner.id })).person.email as string | null;

async function withPhone(): Promise<PersonFixture> {
  const person = await createPerson(server);
  await person.agent.ok(`mutation { updateProfile(input: { phone: "+33 6 00 00 00 00" }) { id } }`);
  return person;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await createPerson(server);
});
afterAll(() => server.stop());

describe("contacts", () => {
  it("are people who follow each other; following alone is not enough", async () => {
    const [owner, fan] = await Promise.all([withPhone(), createPerson(server)]);
    await fan.agent.ok(FOLLOW, { input: { personId: owner.id } });
    expect(await emailSeenBy(fan, owner)).toBeNull();
    await owner.agent.ok(FOLLOW, { input: { personId: fan.id } });
    expect(await emailSeenBy(fan, owner)).toBe(owner.email);
    expect((await fan.agent.ok(EMAIL, { id: owner.id })).person.phone).toBe("+33 6 00 00 00 00");
    await owner.agent.ok(UNFOLLOW, { input: { personId: fan.id } });
    expect(await emailSeenBy(fan, owner)).toBeNull();
  });

  it("are people who both chose to be members of the same organization", async () => {
    const org = await createOrganization(admin);
    const [owner, neighbour, stranger] = await Promise.all([withPhone(), createPerson(server), createPerson(server)]);
    await makeMember(admin, owner, org.id);
    await join(neighbour, org.id);
    // A pending request makes no contact.
    expect(await emailSeenBy(neighbour, owner)).toBeNull();
    await makeMember(admin, neighbour, org.id);
    expect(await emailSeenBy(neighbour, owner)).toBe(owner.email);
    expect(await emailSeenBy(admin, owner)).toBe(owner.email);
    expect(await emailSeenBy(stranger, owner)).toBeNull();

    await neighbour.agent.ok(LEAVE, { input: { elementId: org.id } });
    expect(await emailSeenBy(neighbour, owner)).toBeNull();
  });

  it("are not made by an administrator adding someone, nor by attending the same event", async () => {
    const org = await createOrganization(admin);
    const owner = await withPhone();
    await admin.agent.ok(ADD, { input: { elementId: org.id, personId: owner.id } });
    expect(await emailSeenBy(admin, owner)).toBeNull();

    const event = await insertEventDirectly(server, admin);
    const other = await createPerson(server);
    await join(owner, event.id);
    await join(other, event.id);
    expect(await emailSeenBy(other, owner)).toBeNull();
  });

  it("are worked out for a whole list of people at once", async () => {
    const org = await createOrganization(admin);
    const people = await Promise.all([withPhone(), withPhone(), withPhone()]);
    for (const person of people) await makeMember(admin, person, org.id);
    const outsider = await createPerson(server);
    const LIST = `query($slug: String!) { element(slug: $slug) { ... on CommunityElement { community { nodes { person { id email } } } } } }`;
    const seen = async (viewer: PersonFixture) =>
      (
        (await viewer.agent.ok(LIST, { slug: org.slug })).element.community.nodes as {
          person: { email: string | null };
        }[]
      )
        .map((n) => n.person.email)
        .filter(Boolean)
        .sort();
    expect(await seen(admin)).toEqual([admin.email, ...people.map((p) => p.email)].sort());
    expect(await seen(outsider)).toEqual([]);
  });
});
