import { createOrganization } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { picture, upload } from "../support/media";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let editor: PersonFixture;

const HISTORY = `query($slug: String!) { element(slug: $slug) { ... on CommunityElement {
  history(first: 20) { nodes { changes { field before after } } } } } }`;

/** Every change of an element's history, newest revision first, as one list. */
async function changesOf(slug: string) {
  const { element } = await admin.agent.ok(HISTORY, { slug });
  return element.history.nodes.flatMap((revision: { changes: unknown[] }) => revision.changes);
}

async function create(kind: "Project" | "Event", input: Record<string, unknown>) {
  const data = await admin.agent.ok(
    `mutation($input: Create${kind}Input!) { create${kind}(input: $input) { id slug } }`,
    {
      input,
    },
  );
  return data[`create${kind}`] as { id: string; slug: string };
}

beforeAll(async () => {
  server = await startTestServer();
  [admin, editor] = await Promise.all([createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("the history", () => {
  it("names fields and enum values as the API does", async () => {
    const event = await create("Event", {
      name: "Fête de la musique",
      type: "CONCERT",
      startsAt: "2030-06-21T18:00:00Z",
      timeZone: "Europe/Paris",
    });
    const image = (await upload(server.url, editor.agent, await picture("png"))).body.id;
    await editor.agent.ok(`mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`, {
      input: {
        id: event.id,
        type: "FESTIVAL",
        imageId: image,
        extraLinks: [{ kind: "WEBSITE", url: "https://fete.example.org" }],
      },
    });
    expect(await changesOf(event.slug)).toEqual(
      expect.arrayContaining([
        { field: "type", before: "CONCERT", after: "FESTIVAL" },
        { field: "image", before: null, after: image },
        { field: "extraLinks", before: [], after: [{ kind: "WEBSITE", url: "https://fete.example.org", label: null }] },
      ]),
    );

    const organization = await createOrganization(admin, { type: "NGO" });
    await admin.agent.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
      input: {
        id: organization.id,
        type: "COOPERATIVE",
        socialLinks: [{ network: "MASTODON", url: "https://m.example" }],
      },
    });
    expect(await changesOf(organization.slug)).toEqual(
      expect.arrayContaining([
        { field: "type", before: "NGO", after: "COOPERATIVE" },
        { field: "socialLinks", before: [], after: [{ network: "MASTODON", url: "https://m.example" }] },
      ]),
    );
  });

  it("shows a change of carrier as one `carrier` change, from one carrier's id to the other's", async () => {
    const project = await create("Project", { name: "Compost partagé", stage: "IDEA" });
    const organization = await createOrganization(admin);
    await admin.agent.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
      input: { id: project.id, carrierOrganizationId: organization.id, stage: "STARTED" },
    });
    const changes = await changesOf(project.slug);
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: "carrier", before: admin.id, after: organization.id },
        { field: "stage", before: "IDEA", after: "STARTED" },
      ]),
    );
    expect(changes.map((change: { field: string }) => change.field)).toHaveLength(2);
  });

  it("reads revisions stored before it spoke the API's terms", async () => {
    const event = await create("Event", {
      name: "Marché de Noël",
      type: "MARKET",
      startsAt: "2030-12-20T09:00:00Z",
      timeZone: "Europe/Paris",
    });
    await server.database.dataSource.query(
      `INSERT INTO element_revision (element_id, author_id, changes) VALUES ($1, $2, $3)`,
      [event.id, admin.id, JSON.stringify([{ field: "eventType", before: "concert", after: "market" }])],
    );
    expect(await changesOf(event.slug)).toEqual([{ field: "type", before: "CONCERT", after: "MARKET" }]);
  });
});
