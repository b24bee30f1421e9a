import { randomBytes } from "node:crypto";
import { Person } from "../../server/modules/accounts/person.entity";
import { Activity } from "../../server/modules/activity/activity.entity";
import { Organization, OrganizationType } from "../../server/modules/organizations/organization.entity";
import { listenToActivity, type ActivityListener } from "../support/activity";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";
import { sleep, until } from "../support/subscriptions";

let server: TestServer;
let listener: ActivityListener;
let person: PersonFixture;

beforeAll(async () => {
  server = await startTestServer();
  listener = listenToActivity(server.app.services.events);
  person = await createPerson(server);
  // Listening is registered asynchronously (through Redis on CI): wait until a change is heard.
  for (let attempt = 0; ; attempt++) {
    if (attempt >= 50) throw new Error("no activity event was ever heard");
    const created = await createOrganization(person);
    await sleep(100);
    if (listener.about(created.id).length > 0) break;
  }
});
afterAll(async () => {
  await listener?.stop();
  await server?.stop();
});

/** Creates an organization through the service, running `alongside` in its transaction after the write. */
async function createThroughService(alongside: (saved: Organization) => Promise<void>): Promise<Organization> {
  const { dataSource } = server.database;
  const viewer = await dataSource.getRepository(Person).findOneByOrFail({ id: person.id });
  const organization = dataSource
    .getRepository(Organization)
    .create({ name: `Activity ${randomBytes(3).toString("hex")}`, type: OrganizationType.NGO });
  return server.app.services.elements.create(viewer, organization, (_tx, saved) => alongside(saved));
}

describe("activity events", () => {
  it("publishes a change's activity once its transaction committed, never before", async () => {
    let heardBeforeCommit = -1;
    const created = await createThroughService(async (saved) => {
      // The activity row is written; the transaction is still open.
      await sleep(500);
      heardBeforeCommit = listener.about(saved.id).length;
    });
    expect(heardBeforeCommit).toBe(0);

    await until(() => listener.about(created.id).length > 0, 15_000, "the activity event");
    const [event] = listener.about(created.id);
    expect(event).toEqual({
      id: expect.any(String),
      verb: "created",
      actorId: person.id,
      elementId: created.id,
      personId: null,
      data: {},
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(await server.database.dataSource.getRepository(Activity).existsBy({ id: event.id })).toBe(true);
  });

  it("publishes nothing for a change that was rolled back", async () => {
    let rolledBackId = "";
    await expect(
      createThroughService(async (saved) => {
        rolledBackId = saved.id;
        throw new Error("refused after the activity was written");
      }),
    ).rejects.toThrow("refused after the activity was written");
    expect(rolledBackId).not.toBe("");

    // A later change is heard, so the listener was listening; the rolled-back one never was.
    const later = await createOrganization(person);
    await until(() => listener.about(later.id).length > 0, 15_000, "the later change's event");
    await sleep(200);
    expect(listener.about(rolledBackId)).toEqual([]);
    expect(await server.database.dataSource.getRepository(Activity).existsBy({ elementId: rolledBackId })).toBe(false);
  });

  it("carries what filtering needs, as small JSON: the verb, the ids and the record's data", async () => {
    const organization = await createOrganization(person);
    await setElementSettings(person, organization.id, { memberList: "MEMBERS" });
    await until(() => listener.about(organization.id).length >= 2, 15_000, "the settings event");
    expect(listener.about(organization.id).map(({ verb, actorId, data }) => ({ verb, actorId, data }))).toEqual([
      { verb: "created", actorId: person.id, data: {} },
      { verb: "settings_changed", actorId: person.id, data: { memberList: "MEMBERS" } },
    ]);
  });
});
