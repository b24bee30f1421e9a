import { Agent } from "../support/client";
import { setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { makeMember } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let stranger: PersonFixture;
let member: PersonFixture;
const anonymous = () => new Agent(server.url);

const KINDS = {
  Organization: { name: "Le Refuge", type: "NGO" },
  Project: { name: "Atelier discret", stage: "IDEA" },
  Event: { name: "Cercle de parole", type: "MEETING", startsAt: "2030-03-01T18:00:00Z", timeZone: "Europe/Paris" },
} as const;
type Kind = keyof typeof KINDS;

const CONTACTS = { email: "refuge@example.org", phone: "04 11 22 33 44" };

async function createWithMembersOnlyContacts(kind: Kind) {
  const data = await admin.agent.ok(
    `mutation($input: Create${kind}Input!) { create${kind}(input: $input) { id slug } }`,
    {
      input: { ...KINDS[kind], ...CONTACTS },
    },
  );
  const element = data[`create${kind}`] as { id: string; slug: string };
  await setElementSettings(admin, element.id, { contactFields: "MEMBERS" });
  return element;
}

const update = (kind: Kind, by: PersonFixture, input: Record<string, unknown>) =>
  by.agent.gql(`mutation($input: Update${kind}Input!) { update${kind}(input: $input) { id name } }`, { input });

const READ = `query($slug: String!) { element(slug: $slug) { ... on CommunityElement { email phone
  history(first: 20) { totalCount nodes { changes { field before after hidden } } } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  [admin, stranger, member] = await Promise.all([createPerson(server), createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("nobody changes a field they may not read", () => {
  it.each(Object.keys(KINDS) as Kind[])(
    "refuses a stranger's write to the members-only contact fields of a %s, guess right or wrong",
    async (kind) => {
      const element = await createWithMembersOnlyContacts(kind);
      const before = (await admin.agent.ok(READ, { slug: element.slug })).element;
      // A right guess and a wrong one answer alike, and neither is kept or recorded.
      for (const input of [{ phone: CONTACTS.phone }, { phone: "06 66 66 66 66" }, { email: null }]) {
        const answer = await update(kind, stranger, { id: element.id, ...input });
        expect(answer.errors?.[0]).toMatchObject({
          message: expect.stringContaining("cannot read"),
          extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_READABLE" },
        });
      }
      const refused = await update(kind, stranger, { id: element.id, name: "Renamed", email: "x@example.org" });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN" });

      const after = (await admin.agent.ok(READ, { slug: element.slug })).element;
      expect(after).toEqual(before);
      expect(after).toMatchObject(CONTACTS);

      // The other fields still follow open edition, and members write what they read.
      expect((await update(kind, stranger, { id: element.id, name: "Renamed" })).errors).toBeUndefined();
      await makeMember(admin, member, element.id);
      expect((await update(kind, member, { id: element.id, phone: "05 00 00 00 00" })).errors).toBeUndefined();
      const history = (await stranger.agent.ok(READ, { slug: element.slug })).element.history.nodes;
      expect(history[0].changes).toEqual([{ field: "phone", before: null, after: null, hidden: true }]);
      expect((await anonymous().ok(READ, { slug: element.slug })).element).toMatchObject({ email: null, phone: null });
    },
  );
});
