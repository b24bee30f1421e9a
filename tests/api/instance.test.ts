import { readFileSync } from "node:fs";
import { Agent, codeOf } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

const INSTANCE = `{ instance {
  name description url dataLicence contactEmail contactUrl version
  area { place { id name } radiusKm }
  licence { id name url attribution }
  counts { people organizations projects events publicPosts }
} }`;
const UPDATE = `mutation($input: UpdateInstanceInput!) { updateInstance(input: $input) {
  name description contactEmail contactUrl area { place { id name } radiusKm } licence { id name url attribution }
} }`;
const ME = `{ me { id isInstanceAdmin } }`;

const adminName = uniqueName("admin");
let server: TestServer;
let admin: PersonFixture;
let someone: PersonFixture;
beforeAll(async () => {
  server = await startTestServer({
    env: { INSTANCE_ADMINS: `nobody, ${adminName.toUpperCase()}`, INSTANCE_NAME: "Lyon en commun" },
  });
  // Earlier test files may have made the first account: start from the configured defaults.
  await server.database.dataSource.query("DELETE FROM instance_settings");
  [admin, someone] = await Promise.all([createPerson(server, { username: adminName }), createPerson(server)]);
});
afterAll(async () => {
  await server.database.dataSource.query("DELETE FROM instance_settings");
  await server.stop();
});

describe("the instance query", () => {
  it("tells anyone the instance's name, licence with its credit, address, version and public counts", async () => {
    const { instance } = await new Agent(server.url).ok(INSTANCE);
    expect(instance).toMatchObject({
      name: "Lyon en commun",
      description: null,
      area: null,
      url: server.url,
      dataLicence: "ODbL-1.0",
      contactEmail: null,
      version: JSON.parse(readFileSync("package.json", "utf8")).version,
      licence: {
        id: "ODBL_1_0",
        name: "Open Database License (ODbL) 1.0",
        url: "https://opendatacommons.org/licenses/odbl/1-0/",
      },
    });
    expect(instance.licence.attribution).toContain(`Lyon en commun (${server.url})`);
    for (const count of Object.values(instance.counts)) expect(Number.isInteger(count)).toBe(true);
  });

  it("counts public elements only", async () => {
    const before = (await new Agent(server.url).ok(INSTANCE)).instance.counts;
    await createOrganization(admin);
    const hidden = await createOrganization(admin);
    await setElementSettings(admin, hidden.id, { private: true });
    const after = (await new Agent(server.url).ok(INSTANCE)).instance.counts;
    expect(after.organizations).toBe(before.organizations + 1);
  });
});

describe("updateInstance", () => {
  it("lets an administrator named by INSTANCE_ADMINS change the settings, which anyone then reads", async () => {
    expect((await admin.agent.ok(ME)).me.isInstanceAdmin).toBe(true);
    const { updateInstance } = await admin.agent.ok(UPDATE, {
      input: {
        name: "Communect Rhône",
        description: "Le réseau des associations du Rhône",
        area: { placeId: "fr:69123", radiusKm: 30 },
        licence: "ETALAB_2_0",
        contactEmail: "contact@example.org",
        contactUrl: "https://example.org/contact",
      },
    });
    expect(updateInstance).toMatchObject({
      name: "Communect Rhône",
      area: { place: { id: "fr:69123", name: "Lyon" }, radiusKm: 30 },
      licence: { id: "ETALAB_2_0", name: "Licence Ouverte / Open Licence 2.0" },
      contactEmail: "contact@example.org",
    });
    const { instance } = await new Agent(server.url).ok(INSTANCE);
    expect(instance).toMatchObject({
      name: "Communect Rhône",
      description: "Le réseau des associations du Rhône",
      dataLicence: "etalab-2.0",
      contactUrl: "https://example.org/contact",
    });
    expect(instance.licence.attribution).toContain("Communect Rhône");

    // Fields left out are kept; null clears.
    const { updateInstance: cleared } = await admin.agent.ok(UPDATE, { input: { area: null, contactUrl: null } });
    expect(cleared).toMatchObject({
      name: "Communect Rhône",
      area: null,
      contactUrl: null,
      contactEmail: "contact@example.org",
    });
  });

  it("refuses a stranger and a person who does not administer the instance, changing nothing", async () => {
    const before = (await new Agent(server.url).ok(INSTANCE)).instance;
    const stranger = await new Agent(server.url).gql(UPDATE, { input: { name: "Pirate" } });
    expect(codeOf(stranger)).toBe("UNAUTHENTICATED");
    const refused = await someone.agent.gql(UPDATE, { input: { name: "Pirate" } });
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect(refused.errors?.[0].extensions?.messageKey).toBe("forbidden.instanceAdministrators");
    expect((await someone.agent.ok(ME)).me.isInstanceAdmin).toBe(false);
    expect((await new Agent(server.url).ok(INSTANCE)).instance).toEqual(before);
  });

  it("tells isInstanceAdmin to the person only", async () => {
    const { person } = await someone.agent.ok(`query($u: String!) { person(username: $u) { isInstanceAdmin } }`, {
      u: adminName,
    });
    expect(person.isInstanceAdmin).toBeNull();
  });

  it("validates every field, and changes nothing when one is wrong", async () => {
    const before = (await new Agent(server.url).ok(INSTANCE)).instance;
    const result = await admin.agent.gql(UPDATE, {
      input: {
        name: "x".repeat(101),
        description: "d".repeat(2001),
        contactEmail: "not an address",
        contactUrl: "ftp://example.org",
        area: { placeId: "fr:69123", radiusKm: 500 },
      },
    });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    const fields = (result.errors?.[0].extensions?.fields ?? []).map((f) => f.field).sort();
    expect(fields).toEqual(["area.radiusKm", "contactEmail", "contactUrl", "description", "name"]);
    const blank = await admin.agent.gql(UPDATE, { input: { name: "   " } });
    expect(codeOf(blank)).toBe("BAD_USER_INPUT");
    const unknownPlace = await admin.agent.gql(UPDATE, {
      input: { name: "Ailleurs", area: { placeId: "fr:00000", radiusKm: 5 } },
    });
    expect(codeOf(unknownPlace)).toBe("BAD_USER_INPUT");
    expect(unknownPlace.errors?.[0].extensions?.fields?.[0].field).toBe("area.placeId");
    expect((await new Agent(server.url).ok(INSTANCE)).instance).toEqual(before);
  });
});
