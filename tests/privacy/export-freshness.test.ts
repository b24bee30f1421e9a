import { Agent } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, newPersonInput, type PersonFixture, REGISTER } from "../support/factories";
import { ADD } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";
import { sleep } from "../support/subscriptions";

/**
 * The exports' ETag and Last-Modified follow only what an anonymous visitor sees: changes to
 * private data leave them as they were (a stranger polling them learns nothing of when private
 * data changed), while public changes move them.
 */

const LYON = { street: "1 place des Terreaux", postalCode: "69001", city: "Lyon" };
const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
const UPDATE_ORGANIZATION = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;

let server: TestServer;
let admin: PersonFixture;
let member: PersonFixture;
let open: { id: string; slug: string };
let hidden: { id: string; slug: string };

beforeAll(async () => {
  server = await startTestServer({ ownDatabase: true });
  admin = await createPerson(server);
  member = await createPerson(server);
  open = await createOrganization(admin, { address: LYON, email: "open@example.org" });
  await setElementSettings(admin, open.id, { contactFields: "MEMBERS" });
  await admin.agent.ok(POST, { input: { wallId: open.id, text: "Public words", audience: "PUBLIC", asElement: true } });
  hidden = await createOrganization(admin, { address: LYON });
  await setElementSettings(admin, hidden.id, { private: true });
  await member.agent.ok(
    `mutation($input: UpdatePrivacySettingsInput!) { updatePrivacySettings(input: $input) { id } }`,
    {
      input: { phone: "HIDDEN", locality: "HIDDEN" },
    },
  );
}, 60_000);

afterAll(async () => {
  await server.stop();
});

const paths = () => [
  "/open-data/elements.jsonld",
  "/open-data/elements.geojson?town=69123",
  "/open-data/elements.csv",
  "/open-data/events.ics",
  "/open-data/live.rss?town=69123",
  `/open-data/live.atom?wall=${open.slug}`,
  `/open-data/organizations/${open.slug}.jsonld`,
  `/open-data/people/${member.username}.jsonld`,
  "/sitemap.xml",
];

/** Each export's ETag and Last-Modified. */
async function versions(): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const path of paths()) {
    const response = await fetch(`${server.url}${path}`, { headers: { "Cache-Control": "max-age=0" } });
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    await response.arrayBuffer();
    found[path] = `${response.headers.get("etag")} ${response.headers.get("last-modified")}`;
  }
  return found;
}

/** updatedAt of the public organization and of the member, as `agent` reads them. */
async function updatedAt(agent: Agent): Promise<{ organization: string; person: string }> {
  const data = await agent.ok(
    `query($slug: String!, $username: String!) {
    organization(slug: $slug) { updatedAt } person(username: $username) { updatedAt } }`,
    {
      slug: open.slug,
      username: member.username,
    },
  );
  return { organization: data.organization.updatedAt, person: data.person.updatedAt };
}

describe("the exports' ETag and Last-Modified", () => {
  it("stay the same when only private data changes, and answer 304 still; so does updatedAt", async () => {
    const before = await versions();
    const updatedBefore = await updatedAt(new Agent(server.url));
    // Last-Modified counts seconds: a change in the next second would show.
    await sleep(1100);
    await admin.agent.ok(UPDATE_ORGANIZATION, { input: { id: hidden.id, description: "Private words" } });
    await admin.agent.ok(UPDATE_ORGANIZATION, { input: { id: open.id, email: "hidden-contact@example.org" } });
    await admin.agent.ok(ADD, { input: { elementId: hidden.id, personId: member.id } });
    await admin.agent.ok(POST, { input: { wallId: open.id, text: "For members", audience: "PRIVATE" } });
    await admin.agent.ok(POST, { input: { wallId: open.id, text: "For followers", audience: "RESTRICTED" } });
    await admin.agent.ok(POST, { input: { wallId: hidden.id, text: "Inside", audience: "PRIVATE" } });
    await member.agent.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
      input: { phone: "+33 6 11 22 33 44", locality: "Villeurbanne" },
    });
    await new Agent(server.url).ok(REGISTER, { input: newPersonInput() });
    expect(await versions()).toEqual(before);
    // The API's updatedAt tells strangers no more; the person themselves sees their own change.
    expect(await updatedAt(new Agent(server.url))).toEqual(updatedBefore);
    const administrator = await updatedAt(admin.agent);
    expect(Date.parse(administrator.organization) > Date.parse(updatedBefore.organization)).toBe(true);
    const own = await updatedAt(member.agent);
    expect(Date.parse(own.person) > Date.parse(updatedBefore.person)).toBe(true);
    for (const path of paths()) {
      const [etag] = before[path].split(" ");
      const response = await fetch(`${server.url}${path}`, {
        headers: { "If-None-Match": etag, "Cache-Control": "max-age=0" },
      });
      expect({ path, status: response.status }).toEqual({ path, status: 304 });
    }
  });

  it("change when public data changes, and when something public becomes private", async () => {
    const before = await versions();
    await sleep(1100);
    await admin.agent.ok(UPDATE_ORGANIZATION, { input: { id: open.id, shortDescription: "Now public" } });
    await admin.agent.ok(POST, { input: { wallId: open.id, text: "New public words", audience: "PUBLIC" } });
    await member.agent.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
      input: { shortDescription: "Gardener" },
    });
    const after = await versions();
    for (const path of paths()) {
      const [etag, lastModified] = [before[path].split(" ")[0], before[path].split(" ").slice(1).join(" ")];
      const [newEtag, newLastModified] = [after[path].split(" ")[0], after[path].split(" ").slice(1).join(" ")];
      expect({ path, changed: newEtag !== etag }).toEqual({ path, changed: true });
      expect({ path, later: Date.parse(newLastModified) > Date.parse(lastModified) }).toEqual({ path, later: true });
    }
    // The public sees it go: the list exports change.
    const gone = await versions();
    const other = await createOrganization(admin, { address: LYON });
    const withOther = await versions();
    await sleep(1100);
    await setElementSettings(admin, other.id, { private: true });
    const withoutOther = await versions();
    for (const path of ["/open-data/elements.jsonld", "/open-data/elements.csv", "/sitemap.xml"]) {
      expect({ path, added: withOther[path] !== gone[path] }).toEqual({ path, added: true });
      expect({ path, removed: withoutOther[path] !== withOther[path] }).toEqual({ path, removed: true });
    }
  });
});
