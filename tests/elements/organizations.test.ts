import { Agent, codeOf } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let stranger: PersonFixture;
const anonymous = () => new Agent(server.url);

const FIELDS = `id slug name kind type shortDescription description descriptionHtml tags email phone website address { street postalCode city country inseeCode }
  settings { private memberList contactFields openEdition } viewer { inCommunity isAdmin canEdit } creator { id }`;
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${FIELDS} } }`;
const BY_SLUG = `query($slug: String!) { organization(slug: $slug) { ${FIELDS} } }`;
const SETTINGS = `mutation($input: UpdateElementSettingsInput!) { updateElementSettings(input: $input) { id settings { private openEdition contactFields } } }`;
const HISTORY = `query($slug: String!) { organization(slug: $slug) { history(first: 10) { totalCount nodes { id changes { field before after } } } } }`;

async function createOrganization(by: PersonFixture, input: Record<string, unknown> = {}) {
  const { createOrganization } = await by.agent.ok(CREATE, {
    input: {
      name: "Les Jardins Partagés",
      type: "NGO",
      email: "contact@jardins.example",
      phone: "04 00 00 00 00",
      ...input,
    },
  });
  return createOrganization;
}

beforeAll(async () => {
  server = await startTestServer();
  [admin, stranger] = await Promise.all([createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("organizations", () => {
  it("are created by any logged-in person, who becomes administrator, with a readable unique slug", async () => {
    const first = await createOrganization(admin, { description: "Un **jardin** <script>alert(1)</script>" });
    expect(first).toMatchObject({
      kind: "ORGANIZATION",
      type: "NGO",
      name: "Les Jardins Partagés",
      viewer: { inCommunity: true, isAdmin: true, canEdit: true },
      creator: { id: admin.id },
      settings: { private: false, memberList: "PUBLIC", contactFields: "PUBLIC", openEdition: true },
    });
    expect(first.slug).toMatch(/^les-jardins-partages(-[a-z0-9]{6})?$/);
    expect(first.descriptionHtml).toContain("<strong>jardin</strong>");
    expect(first.descriptionHtml).not.toContain("<script>");
    const second = await createOrganization(stranger);
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug.startsWith("les-jardins-partages")).toBe(true);

    const { element } = await anonymous().ok(`query($slug: String!) { element(slug: $slug) { __typename id name } }`, {
      slug: first.slug,
    });
    expect(element).toEqual({ __typename: "Organization", id: first.id, name: first.name });
  });

  it("refuse anonymous creation and bad input, writing nothing", async () => {
    expect(codeOf(await anonymous().gql(CREATE, { input: { name: "Nope", type: "NGO" } }))).toBe("UNAUTHENTICATED");
    const before = await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM element WHERE creator_id = $1`,
      [admin.id],
    );
    for (const bad of [
      { name: " " },
      { website: "nope" },
      { type: "CASINO" },
      { email: "x@" },
      { tags: ["x".repeat(41)] },
    ]) {
      const result = await admin.agent.gql(CREATE, { input: { name: "Valid name", type: "NGO", ...bad } });
      expect([bad, codeOf(result)]).toEqual([bad, "BAD_USER_INPUT"]);
    }
    const after = await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM element WHERE creator_id = $1`,
      [admin.id],
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it("are open to edition by anyone logged in, with a history that administrators can revert", async () => {
    const org = await createOrganization(admin);
    const { updateOrganization } = await stranger.agent.ok(UPDATE, {
      input: { id: org.id, shortDescription: "Edited by a neighbour", tags: ["jardin", "jardin", " compost "] },
    });
    expect(updateOrganization).toMatchObject({
      shortDescription: "Edited by a neighbour",
      tags: ["jardin", "compost"],
    });

    const { organization } = await anonymous().ok(HISTORY, { slug: org.slug });
    expect(organization.history.totalCount).toBe(1);
    const [revision] = organization.history.nodes;
    expect(revision.changes).toEqual(
      expect.arrayContaining([
        { field: "shortDescription", before: null, after: "Edited by a neighbour" },
        { field: "tags", before: [], after: ["jardin", "compost"] },
      ]),
    );

    const REVERT = `mutation($id: ID!) { revertElementRevision(input: { revisionId: $id }) { ... on Organization { shortDescription tags } } }`;
    expect(codeOf(await stranger.agent.gql(REVERT, { id: revision.id }))).toBe("FORBIDDEN");
    const { revertElementRevision } = await admin.agent.ok(REVERT, { id: revision.id });
    expect(revertElementRevision).toEqual({ shortDescription: null, tags: [] });
    expect((await anonymous().ok(HISTORY, { slug: org.slug })).organization.history.totalCount).toBe(2);
  });

  it("are edited only by members once open edition is off; settings are for administrators", async () => {
    const org = await createOrganization(admin);
    expect(codeOf(await stranger.agent.gql(SETTINGS, { input: { id: org.id, openEdition: false } }))).toBe("FORBIDDEN");
    await admin.agent.ok(SETTINGS, { input: { id: org.id, openEdition: false } });
    const refused = await stranger.agent.gql(UPDATE, { input: { id: org.id, name: "Taken over" } });
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect(codeOf(await anonymous().gql(UPDATE, { input: { id: org.id, name: "Taken over" } }))).toBe(
      "UNAUTHENTICATED",
    );
    const { organization } = await anonymous().ok(BY_SLUG, { slug: org.slug });
    expect(organization.name).toBe(org.name);
    await admin.agent.ok(UPDATE, { input: { id: org.id, name: "Renamed by its admin" } });
  });

  it("hide contact fields and private organizations from strangers in every query", async () => {
    const org = await createOrganization(admin);
    await admin.agent.ok(SETTINGS, { input: { id: org.id, contactFields: "MEMBERS" } });
    for (const agent of [anonymous(), stranger.agent]) {
      const { organization } = await agent.ok(BY_SLUG, { slug: org.slug });
      expect(organization).toMatchObject({ email: null, phone: null });
    }
    expect((await admin.agent.ok(BY_SLUG, { slug: org.slug })).organization.email).toBe("contact@jardins.example");

    await admin.agent.ok(SETTINGS, { input: { id: org.id, private: true } });
    const LIST = `query($after: String) { organizations(first: 100, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`;
    for (const agent of [anonymous(), stranger.agent]) {
      expect((await agent.ok(BY_SLUG, { slug: org.slug })).organization).toBeNull();
      expect(
        (await agent.ok(`query($slug: String!) { element(slug: $slug) { id } }`, { slug: org.slug })).element,
      ).toBeNull();
      expect(
        (await agent.ok(`query($id: ID!) { organization(id: $id) { id } }`, { id: org.id })).organization,
      ).toBeNull();
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const { organizations }: any = await agent.ok(LIST, { after });
        ids.push(...organizations.nodes.map((n: { id: string }) => n.id));
        after = organizations.pageInfo.hasNextPage ? organizations.pageInfo.endCursor : null;
      } while (after);
      expect(ids).not.toContain(org.id);
      expect(codeOf(await agent.gql(UPDATE, { input: { id: org.id, name: "Found you" } }))).toMatch(
        /NOT_FOUND|UNAUTHENTICATED/,
      );
    }
    expect((await admin.agent.ok(BY_SLUG, { slug: org.slug })).organization.id).toBe(org.id);
  });

  it("withhold contact values from the history for those who may not see them, and name the author", async () => {
    const org = await createOrganization(admin);
    await admin.agent.ok(SETTINGS, { input: { id: org.id, contactFields: "MEMBERS" } });
    await admin.agent.ok(UPDATE, { input: { id: org.id, phone: "05 55 55 55 55", shortDescription: "Open hours" } });
    const Q = `query($slug: String!) { organization(slug: $slug) { history { nodes { author { id } changes { field before after hidden } } } } }`;
    const [seen] = (await anonymous().ok(Q, { slug: org.slug })).organization.history.nodes;
    expect(seen.author).toEqual({ id: admin.id });
    expect(seen.changes).toEqual(
      expect.arrayContaining([
        { field: "phone", before: null, after: null, hidden: true },
        { field: "shortDescription", before: null, after: "Open hours", hidden: null },
      ]),
    );
    const [own] = (await admin.agent.ok(Q, { slug: org.slug })).organization.history.nodes;
    expect(own.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: "phone", after: "05 55 55 55 55" })]),
    );
  });

  it("never take a slug the web app uses as a path", async () => {
    const org = await createOrganization(admin, { name: "New" });
    expect(org.slug).toMatch(/^new-[a-z0-9]{6}$/);
  });

  it("get a random suffix when the plain slug is taken, so that a private element's slug tells nothing", async () => {
    const secret = await createOrganization(admin, { name: "Secret Support Group" });
    await admin.agent.ok(SETTINGS, { input: { id: secret.id, private: true } });
    expect(secret.slug).toBe("secret-support-group");
    // A stranger cannot tell a hidden holder from a public one, nor count them.
    const mine = await createOrganization(stranger, { name: "Secret Support Group" });
    expect(mine.slug).toMatch(/^secret-support-group-[a-z0-9]{6}$/);
    const again = await createOrganization(stranger, { name: "Secret Support Group" });
    expect(again.slug).toMatch(/^secret-support-group-[a-z0-9]{6}$/);
    expect(again.slug).not.toBe(mine.slug);
  });

  it("list newest first with cursors, without gaps or repeats", async () => {
    const created: string[] = [];
    for (let i = 0; i < 3; i++) created.push((await createOrganization(admin, { name: `Paged ${i}` })).id);
    const PAGE = `query($after: String) { organizations(first: 2, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`;
    // Other test files may add organizations meanwhile: check order and completeness, not positions.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { organizations }: any = await anonymous().ok(PAGE, { after });
      expect(organizations.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...organizations.nodes.map((n: { id: string }) => n.id));
      after = organizations.pageInfo.hasNextPage ? organizations.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => created.includes(id))).toEqual([...created].reverse());
    expect(codeOf(await anonymous().gql(PAGE, { after: "garbage" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await anonymous().gql(`{ organizations(first: 101) { totalCount } }`))).toBe("BAD_USER_INPUT");
  });

  it("are deleted in two steps: another administrator can refuse within the delay", async () => {
    const org = await createOrganization(admin);
    const REQUEST = `mutation($id: ID!) { requestElementDeletion(input: { id: $id }) { id deletionRequestedAt } }`;
    const REFUSE = `mutation($id: ID!) { refuseElementDeletion(input: { id: $id }) { id deletionRequestedAt } }`;
    expect(codeOf(await stranger.agent.gql(REQUEST, { id: org.id }))).toBe("FORBIDDEN");
    const { requestElementDeletion } = await admin.agent.ok(REQUEST, { id: org.id });
    expect(requestElementDeletion.deletionRequestedAt).toBeTruthy();
    expect(codeOf(await admin.agent.gql(REFUSE, { id: org.id }))).toBe("FORBIDDEN");
    expect((await anonymous().ok(BY_SLUG, { slug: org.slug })).organization.id).toBe(org.id);

    await server.database.dataSource.query(
      `UPDATE element SET deletion_requested_at = now() - make_interval(days => $2) WHERE id = $1`,
      [org.id, server.config.deletionDelayDays + 1],
    );
    expect((await anonymous().ok(BY_SLUG, { slug: org.slug })).organization).toBeNull();
    expect((await admin.agent.ok(BY_SLUG, { slug: org.slug })).organization).toBeNull();

    // The hourly purge then removes the row and everything hanging off it.
    expect(await server.app.services.elements.purgeExpiredDeletions()).toBeGreaterThanOrEqual(1);
    const rows = await server.database.dataSource.query(
      `SELECT (SELECT count(*) FROM element WHERE id = $1)::int AS elements, (SELECT count(*) FROM link WHERE element_id = $1)::int AS links`,
      [org.id],
    );
    expect(rows[0]).toEqual({ elements: 0, links: 0 });
  });
});
