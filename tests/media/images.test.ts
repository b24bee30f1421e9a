import type { DataSource } from "typeorm";
import { Agent, codeOf } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { picture, upload } from "../support/media";
import { QUIET_JOBS_MS, startTestServer, type TestServer } from "../support/server";

const NOT_YOURS = { messageKey: "media.notYourImage", messageParams: {} };

let server: TestServer;
let admin: PersonFixture;
let stranger: PersonFixture;
const anonymous = () => new Agent(server.url);

const IMAGE = `image { id width height url(size: THUMB) medium: url urls { thumb medium large original } }`;
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id slug ${IMAGE} } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id ${IMAGE} } }`;
const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id ${IMAGE} } }`;

async function uploadAs(person: PersonFixture, width = 640, height = 480) {
  const { status, body } = await upload(server.url, person.agent, await picture("jpeg", width, height));
  expect(status).toBe(201);
  return body as { id: string; width: number; height: number; urls: Record<string, string> };
}

/** Counts the SQL statements run while `work` runs, by listening to TypeORM's query events. */
async function countStatements(dataSource: DataSource, work: () => Promise<unknown>, matching: RegExp) {
  const seen: string[] = [];
  const listener = { beforeQuery: (event: { query: string }) => void seen.push(event.query) };
  dataSource.subscribers.push(listener);
  try {
    await work();
  } finally {
    dataSource.subscribers.splice(dataSource.subscribers.indexOf(listener), 1);
  }
  return seen.filter((query) => matching.test(query)).length;
}

beforeAll(async () => {
  // Statements are counted: no job queue poll may fall in between.
  server = await startTestServer({ jobPollMs: QUIET_JOBS_MS });
  [admin, stranger] = await Promise.all([createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("images of organizations", () => {
  it("are set with an uploaded image's id and read by anyone through every query", async () => {
    const logo = await uploadAs(admin, 800, 400);
    const { createOrganization } = await admin.agent.ok(CREATE, {
      input: { name: "Atelier Vélo", type: "NGO", imageId: logo.id },
    });
    const expected = {
      id: logo.id,
      width: 800,
      height: 400,
      url: logo.urls.thumb,
      medium: logo.urls.medium,
      urls: logo.urls,
    };
    expect(createOrganization.image).toEqual(expected);

    const read = await anonymous().ok(
      `query($slug: String!) {
        organization(slug: $slug) { ${IMAGE} }
        element(slug: $slug) { ... on Element { ${IMAGE} } }
      }`,
      { slug: createOrganization.slug },
    );
    expect(read.organization.image).toEqual(expected);
    expect(read.element.image).toEqual(expected);
    const served = await fetch(read.organization.image.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
  });

  it("refuse an image someone else uploaded, or an unknown one, and change nothing", async () => {
    const theirs = await uploadAs(stranger);
    const countElements = async () =>
      // Only this person's: other test files create elements at the same time.
      (
        await server.database.dataSource.query(`SELECT count(*)::int AS n FROM element WHERE creator_id = $1`, [
          admin.id,
        ])
      )[0].n;
    const before = await countElements();
    for (const imageId of [theirs.id, "00000000-0000-4000-8000-000000000000"]) {
      const result = await admin.agent.gql(CREATE, { input: { name: "Nope", type: "NGO", imageId } });
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.fields).toEqual([
        { field: "imageId", message: "must be the id of an image you uploaded", ...NOT_YOURS },
      ]);
    }
    const notAnId = await admin.agent.gql(CREATE, { input: { name: "Nope", type: "NGO", imageId: "logo.png" } });
    expect(codeOf(notAnId)).toBe("BAD_USER_INPUT");
    expect(await countElements()).toBe(before);

    const mine = await uploadAs(admin);
    const { createOrganization: org } = await admin.agent.ok(CREATE, {
      input: { name: "Repair Café", type: "NGO", imageId: mine.id },
    });
    const refused = await admin.agent.gql(UPDATE, { input: { id: org.id, imageId: theirs.id, name: "Renamed" } });
    expect(codeOf(refused)).toBe("BAD_USER_INPUT");
    const { organization } = await anonymous().ok(
      `query($id: ID!) { organization(id: $id) { name image { id } history(first: 5) { totalCount } } }`,
      { id: org.id },
    );
    expect(organization).toEqual({ name: "Repair Café", image: { id: mine.id }, history: { totalCount: 0 } });
  });

  it("can be changed by open edition to the editor's own upload, and kept while editing other fields", async () => {
    const mine = await uploadAs(admin);
    const { createOrganization: org } = await admin.agent.ok(CREATE, {
      input: { name: "Jardin du Lavoir", type: "NGO", imageId: mine.id },
    });
    // The stranger resends the current image (uploaded by the admin) with another change.
    const kept = await stranger.agent.ok(UPDATE, {
      input: { id: org.id, imageId: mine.id, shortDescription: "Un potager" },
    });
    expect(kept.updateOrganization.image.id).toBe(mine.id);

    const theirs = await uploadAs(stranger);
    const changed = await stranger.agent.ok(UPDATE, { input: { id: org.id, imageId: theirs.id } });
    expect(changed.updateOrganization.image.id).toBe(theirs.id);
    const { organization } = await admin.agent.ok(
      `query($id: ID!) { organization(id: $id) { history(first: 1) { nodes { changes { field before after } } } } }`,
      { id: org.id },
    );
    expect(organization.history.nodes[0].changes).toEqual([{ field: "image", before: mine.id, after: theirs.id }]);

    const cleared = await admin.agent.ok(UPDATE, { input: { id: org.id, imageId: null } });
    expect(cleared.updateOrganization.image).toBeNull();
  });

  it("are loaded in one statement for a whole page of organizations", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const logo = await uploadAs(admin, 64, 64);
      const { createOrganization } = await admin.agent.ok(CREATE, {
        input: { name: `Batch ${i}`, type: "NGO", imageId: logo.id },
      });
      ids.push(createOrganization.id);
    }
    let nodes: { id: string; image: { id: string } | null }[] = [];
    const readPage = async () => {
      const { organizations } = await anonymous().ok(`query { organizations(first: 50) { nodes { id ${IMAGE} } } }`);
      nodes = organizations.nodes;
    };
    const mediaReads = await countStatements(server.database.dataSource, readPage, /FROM "media"/i);
    const withImages = nodes.filter((node) => node.image);
    expect(nodes.map((node) => node.id)).toEqual(expect.arrayContaining(ids));
    expect(withImages.length).toBeGreaterThanOrEqual(4);
    expect(mediaReads).toBe(1);
  });
});

describe("banners of organizations, projects and events", () => {
  const BANNER = `banner { id url(size: LARGE) }`;

  it("are set apart from the logo, read by anyone, recorded in the history and cleared with null", async () => {
    const logo = await uploadAs(admin, 200, 200);
    const banner = await uploadAs(admin, 1600, 400);
    const { createOrganization: org } = await admin.agent.ok(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id slug image { id } ${BANNER} } }`,
      { input: { name: "Maison du Vélo", type: "NGO", imageId: logo.id, bannerId: banner.id } },
    );
    expect(org.image).toEqual({ id: logo.id });
    expect(org.banner).toEqual({ id: banner.id, url: banner.urls.large });

    const { createProject } = await admin.agent.ok(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${BANNER} } }`,
      { input: { name: "Vélo-école", bannerId: banner.id } },
    );
    expect(createProject.banner.id).toBe(banner.id);

    const read = await anonymous().ok(
      `query($slug: String!) { element(slug: $slug) { ... on CommunityElement { ${BANNER} } } }`,
      {
        slug: org.slug,
      },
    );
    expect(read.element.banner).toEqual(org.banner);

    const other = await uploadAs(admin, 1200, 300);
    await admin.agent.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
      input: { id: org.id, bannerId: other.id },
    });
    const { organization } = await admin.agent.ok(
      `query($id: ID!) { organization(id: $id) { ${BANNER} history(first: 1) { nodes { changes { field before after } } } } }`,
      { id: org.id },
    );
    expect(organization.banner.id).toBe(other.id);
    expect(organization.history.nodes[0].changes).toEqual([{ field: "banner", before: banner.id, after: other.id }]);

    const cleared = await admin.agent.ok(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${BANNER} } }`,
      { input: { id: org.id, bannerId: null } },
    );
    expect(cleared.updateOrganization.banner).toBeNull();
  });

  it("refuse someone else's upload, naming the banner field", async () => {
    const theirs = await uploadAs(stranger);
    const result = await admin.agent.gql(CREATE, { input: { name: "Nope", type: "NGO", bannerId: theirs.id } });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions!.fields).toEqual([
      { field: "bannerId", message: "must be the id of an image you uploaded", ...NOT_YOURS },
    ]);
  });
});

describe("a person's avatar", () => {
  it("is set from the person's own upload, shown to anyone, and cleared with null", async () => {
    const avatar = await uploadAs(admin, 300, 300);
    const { updateProfile } = await admin.agent.ok(UPDATE_PROFILE, { input: { imageId: avatar.id } });
    expect(updateProfile.image).toMatchObject({ id: avatar.id, width: 300, height: 300, urls: avatar.urls });

    const { person } = await anonymous().ok(`query($id: ID!) { person(id: $id) { ${IMAGE} } }`, { id: admin.id });
    expect(person.image).toMatchObject({ id: avatar.id, url: avatar.urls.thumb });

    const cleared = await admin.agent.ok(UPDATE_PROFILE, { input: { imageId: null } });
    expect(cleared.updateProfile.image).toBeNull();
  });

  it("cannot be someone else's upload or an unknown image", async () => {
    const mine = await uploadAs(stranger);
    await stranger.agent.ok(UPDATE_PROFILE, { input: { imageId: mine.id } });
    const theirs = await uploadAs(admin);
    for (const imageId of [theirs.id, "00000000-0000-4000-8000-000000000000"]) {
      const result = await stranger.agent.gql(UPDATE_PROFILE, { input: { imageId, displayName: "Changed" } });
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.fields).toEqual([
        { field: "imageId", message: "must be the id of an image you uploaded", ...NOT_YOURS },
      ]);
    }
    const { person } = await anonymous().ok(`query($id: ID!) { person(id: $id) { displayName image { id } } }`, {
      id: stranger.id,
    });
    expect(person.image).toEqual({ id: mine.id });
    expect(person.displayName).not.toBe("Changed");
  });
});
