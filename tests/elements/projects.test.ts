import { Agent, codeOf, type GraphQLResponse } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { QUIET_JOBS_MS, startTestServer, type TestServer } from "../support/server";
import { statementsDuring } from "../support/statements";

let server: TestServer;
let admin: PersonFixture;
let stranger: PersonFixture;
const anonymous = () => new Agent(server.url);

const CARRIER = `carrier { __typename ... on Organization { id name } ... on Person { id username } }`;
const FIELDS = `id slug name kind stage startsOn endsOn licence ${CARRIER}
  viewer { inCommunity isAdmin canEdit } creator { id }`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { ${FIELDS} } }`;
const BY_ID = `query($id: ID!) { project(id: $id) { ${FIELDS} } }`;
const BY_SLUG = `query($slug: String!) { project(slug: $slug) { ${FIELDS} } }`;
const SETTINGS = `mutation($input: UpdateElementSettingsInput!) { updateElementSettings(input: $input) { id } }`;
const ORG_PROJECTS = `query($id: ID!, $after: String) { organization(id: $id) {
  projects(first: 2, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } } }`;

async function createProject(by: PersonFixture, input: Record<string, unknown> = {}) {
  const { createProject } = await by.agent.ok(CREATE, { input: { name: "Repair Café", ...input } });
  return createProject;
}

async function createOrganization(by: PersonFixture, name = "Atelier Vélo") {
  const { createOrganization } = await by.agent.ok(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id slug } }`,
    { input: { name, type: "NGO" } },
  );
  return createOrganization as { id: string; slug: string };
}

const fieldsOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.fields?.map((f) => f.field);
// Other test files write elements at the same time: count this file's people's projects only.
const countProjects = async () =>
  (
    await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM element WHERE kind = 'project' AND creator_id IN ($1, $2)`,
      [admin.id, stranger.id],
    )
  )[0].n;

/** Every id of a connection, page after page. */
async function allIds(agent: Agent, query: string, pick: (data: any) => any, variables = {}) {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const connection = pick(await agent.ok(query, { ...variables, after }));
    ids.push(...connection.nodes.map((n: { id: string }) => n.id));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

beforeAll(async () => {
  // Statements are counted: no job queue poll may fall in between, and every request reads its session
  // (none is remembered from one request to the next), so that two requests make the same count.
  server = await startTestServer({ jobPollMs: QUIET_JOBS_MS, sessionCacheMs: 0 });
  [admin, stranger] = await Promise.all([createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("projects", () => {
  it("are created by any logged-in person, who becomes administrator and carrier by default", async () => {
    const project = await createProject(admin, {
      stage: "DEVELOPMENT",
      startsOn: "2026-03-01",
      endsOn: "2026-12-31",
      licence: "CC-BY-SA-4.0",
    });
    expect(project).toMatchObject({
      kind: "PROJECT",
      name: "Repair Café",
      stage: "DEVELOPMENT",
      startsOn: "2026-03-01",
      endsOn: "2026-12-31",
      licence: "CC-BY-SA-4.0",
      carrier: { __typename: "Person", id: admin.id, username: admin.username },
      viewer: { inCommunity: true, isAdmin: true, canEdit: true },
      creator: { id: admin.id },
    });
    expect(project.slug).toMatch(/^repair-cafe(-[a-z0-9]{6})?$/);
    expect((await createProject(stranger)).stage).toBe("IDEA");

    const { element } = await anonymous().ok(`query($slug: String!) { element(slug: $slug) { __typename id } }`, {
      slug: project.slug,
    });
    expect(element).toEqual({ __typename: "Project", id: project.id });
    expect((await anonymous().ok(BY_SLUG, { slug: project.slug })).project.id).toBe(project.id);
  });

  it("are carried by an organization only when its administrator says so", async () => {
    const org = await createOrganization(admin);
    const carried = await createProject(admin, { carrierOrganizationId: org.id });
    expect(carried.carrier).toEqual({ __typename: "Organization", id: org.id, name: "Atelier Vélo" });

    const before = await countProjects();
    const refused = await stranger.agent.gql(CREATE, { input: { name: "Hijack", carrierOrganizationId: org.id } });
    expect(codeOf(refused)).toBe("FORBIDDEN");

    const someone = await stranger.agent.gql(CREATE, { input: { name: "For a friend", carrierPersonId: admin.id } });
    expect(someone.data?.createProject.carrier).toMatchObject({ __typename: "Person", id: admin.id });

    const both = await admin.agent.gql(CREATE, {
      input: { name: "Both", carrierOrganizationId: org.id, carrierPersonId: admin.id },
    });
    expect(codeOf(both)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(both)).toEqual(["carrierPersonId"]);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(codeOf(await admin.agent.gql(CREATE, { input: { name: "Ghost", carrierOrganizationId: unknown } }))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await admin.agent.gql(CREATE, { input: { name: "Ghost", carrierPersonId: unknown } }))).toBe(
      "NOT_FOUND",
    );

    // A private organization cannot be named by someone outside it, not even found.
    const hidden = await createOrganization(admin, "Cercle discret");
    await admin.agent.ok(SETTINGS, { input: { id: hidden.id, private: true } });
    expect(
      codeOf(await stranger.agent.gql(CREATE, { input: { name: "Guess", carrierOrganizationId: hidden.id } })),
    ).toBe("NOT_FOUND");
    expect(await countProjects()).toBe(before + 1);
  });

  it("refuse anonymous creation and bad input, naming the field and writing nothing", async () => {
    expect(codeOf(await anonymous().gql(CREATE, { input: { name: "Nope" } }))).toBe("UNAUTHENTICATED");
    const before = await countProjects();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: " " }, "name"],
      [{ startsOn: "2026-02-30" }, "startsOn"],
      [{ startsOn: "1st of May" }, "startsOn"],
      [{ startsOn: "2026-05-02", endsOn: "2026-05-01" }, "endsOn"],
      [{ licence: "MIT; DROP TABLE" }, "licence"],
      [{ licence: "x".repeat(41) }, "licence"],
      [{ carrierOrganizationId: "nope" }, "carrierOrganizationId"],
      [{ website: "nope" }, "website"],
    ];
    for (const [bad, field] of cases) {
      const result = await admin.agent.gql(CREATE, { input: { name: "Valid name", ...bad } });
      expect([codeOf(result), fieldsOf(result)]).toEqual(["BAD_USER_INPUT", expect.arrayContaining([field])]);
    }
    const stage = await admin.agent.gql(CREATE, { input: { name: "Valid name", stage: "FINISHED" } });
    expect(codeOf(stage)).toBe("BAD_USER_INPUT");
    expect(await countProjects()).toBe(before);

    const ok = await createProject(admin, { licence: "GPL-3.0-or-later OR MIT", startsOn: "2026-05-01" });
    expect(ok.licence).toBe("GPL-3.0-or-later OR MIT");
    const early = await admin.agent.gql(UPDATE, { input: { id: ok.id, endsOn: "2026-04-30" } });
    expect([codeOf(early), fieldsOf(early)]).toEqual(["BAD_USER_INPUT", ["endsOn"]]);
    const cleared = await admin.agent.gql(UPDATE, { input: { id: ok.id, stage: null } });
    expect([codeOf(cleared), fieldsOf(cleared)]).toEqual(["BAD_USER_INPUT", ["stage"]]);
    expect((await anonymous().ok(BY_ID, { id: ok.id })).project).toMatchObject({ endsOn: null, stage: "IDEA" });
  });

  it("are open to edition with history; the carrier is for administrators", async () => {
    const project = await createProject(admin);
    const { updateProject } = await stranger.agent.ok(UPDATE, {
      input: { id: project.id, stage: "TESTING", startsOn: "2026-01-15", licence: "MIT" },
    });
    expect(updateProject).toMatchObject({ stage: "TESTING", startsOn: "2026-01-15", licence: "MIT" });
    const HISTORY = `query($id: ID!) { project(id: $id) { history { nodes { id changes { field before after } } } } }`;
    const [revision] = (await anonymous().ok(HISTORY, { id: project.id })).project.history.nodes;
    expect(revision.changes).toEqual(
      expect.arrayContaining([
        // The history keeps stored values (enum values in lower case).
        { field: "stage", before: "IDEA", after: "TESTING" },
        { field: "startsOn", before: null, after: "2026-01-15" },
        { field: "licence", before: null, after: "MIT" },
      ]),
    );

    const strangersOrg = await createOrganization(stranger, "Chez le voisin");
    const takeOver = await stranger.agent.gql(UPDATE, {
      input: { id: project.id, carrierOrganizationId: strangersOrg.id },
    });
    expect(codeOf(takeOver)).toBe("FORBIDDEN");
    const adminsOrg = await createOrganization(admin, "Chez l'admin");
    const notTheirs = await admin.agent.gql(UPDATE, {
      input: { id: project.id, carrierOrganizationId: strangersOrg.id },
    });
    expect(codeOf(notTheirs)).toBe("FORBIDDEN");
    const cleared = await admin.agent.gql(UPDATE, { input: { id: project.id, carrierPersonId: null } });
    expect([codeOf(cleared), fieldsOf(cleared)]).toEqual(["BAD_USER_INPUT", ["carrierPersonId"]]);
    expect((await anonymous().ok(BY_ID, { id: project.id })).project.carrier.id).toBe(admin.id);

    const moved = await admin.agent.ok(UPDATE, { input: { id: project.id, carrierOrganizationId: adminsOrg.id } });
    expect(moved.updateProject.carrier).toMatchObject({ __typename: "Organization", id: adminsOrg.id });
    const { project: after } = await anonymous().ok(HISTORY, { id: project.id });
    expect(after.history.nodes[0].changes).toEqual([{ field: "carrier", before: admin.id, after: adminsOrg.id }]);

    await admin.agent.ok(SETTINGS, { input: { id: project.id, openEdition: false } });
    expect(codeOf(await stranger.agent.gql(UPDATE, { input: { id: project.id, stage: "MATURE" } }))).toBe("FORBIDDEN");
    expect(codeOf(await anonymous().gql(UPDATE, { input: { id: project.id, stage: "MATURE" } }))).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("hide a private project from strangers in every query and list", async () => {
    const org = await createOrganization(admin, "Réseau privé");
    const project = await createProject(admin, { name: "Projet secret", carrierOrganizationId: org.id });
    const open = await createProject(admin, { name: "Projet ouvert", carrierOrganizationId: org.id });
    await admin.agent.ok(SETTINGS, { input: { id: project.id, private: true } });
    const LIST = `query($after: String) { projects(first: 100, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`;

    for (const agent of [anonymous(), stranger.agent]) {
      expect((await agent.ok(BY_ID, { id: project.id })).project).toBeNull();
      expect((await agent.ok(BY_SLUG, { slug: project.slug })).project).toBeNull();
      expect(
        (await agent.ok(`query($slug: String!) { element(slug: $slug) { id } }`, { slug: project.slug })).element,
      ).toBeNull();
      expect(await allIds(agent, LIST, (data) => data.projects)).not.toContain(project.id);
      const carried = await allIds(agent, ORG_PROJECTS, (data) => data.organization.projects, { id: org.id });
      expect(carried).toEqual([open.id]);
      expect((await agent.ok(ORG_PROJECTS, { id: org.id })).organization.projects.totalCount).toBe(1);
      expect(codeOf(await agent.gql(UPDATE, { input: { id: project.id, name: "Found" } }))).toMatch(
        /NOT_FOUND|UNAUTHENTICATED/,
      );
    }
    expect(await allIds(admin.agent, ORG_PROJECTS, (data) => data.organization.projects, { id: org.id })).toEqual([
      open.id,
      project.id,
    ]);

    // A private carrier is hidden from those who may see the project but not the carrier.
    await admin.agent.ok(SETTINGS, { input: { id: org.id, private: true } });
    expect((await stranger.agent.ok(BY_ID, { id: open.id })).project.carrier).toBeNull();
    expect((await admin.agent.ok(BY_ID, { id: open.id })).project.carrier.id).toBe(org.id);
  });

  it("list newest first with cursors, also per organization", async () => {
    const org = await createOrganization(admin, "Fabrique");
    const created: string[] = [];
    for (let i = 0; i < 5; i++)
      created.push((await createProject(admin, { name: `Paged ${i}`, carrierOrganizationId: org.id })).id);
    const newestFirst = [...created].reverse();
    const PAGE = `query($after: String) { projects(first: 2, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`;
    const seen = await allIds(anonymous(), PAGE, (data) => data.projects);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => created.includes(id))).toEqual(newestFirst);

    expect(await allIds(anonymous(), ORG_PROJECTS, (data) => data.organization.projects, { id: org.id })).toEqual(
      newestFirst,
    );
    const first = (await anonymous().ok(ORG_PROJECTS, { id: org.id })).organization.projects;
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    expect(codeOf(await anonymous().gql(ORG_PROJECTS, { id: org.id, after: "garbage" }))).toBe("BAD_USER_INPUT");
  });

  it("load carriers and organizations' projects in a constant number of statements", async () => {
    for (let i = 0; i < 15; i++) {
      const org = await createOrganization(admin, `Batch ${i}`);
      await createProject(admin, { name: `Batch project ${i}`, carrierOrganizationId: org.id });
    }
    const PAGE = `query($first: Int!) { organizations(first: $first) { nodes { id
      projects(first: 3) { totalCount nodes { id ${CARRIER} } } } } }`;
    const statements = async (first: number) => {
      let nodes: unknown[] = [];
      const run = await statementsDuring(server, async () => {
        ({ nodes } = (await stranger.agent.ok(PAGE, { first })).organizations);
      });
      expect(nodes).toHaveLength(first);
      return run.length;
    };
    expect(await statements(15)).toBe(await statements(3));
  });
});
