import { Agent, codeOf } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
const anonymous = () => new Agent(server.url);

const PLACES = `query($search: String!, $first: Int) {
  places(search: $search, first: $first) { id name country region inseeCode postalCodes population location { latitude longitude } approximate }
}`;
const GEOGRAPHY = `address { street postalCode city country inseeCode } location { latitude longitude }`;
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id slug ${GEOGRAPHY} } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id ${GEOGRAPHY} } }`;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createPerson(server);
});
afterAll(() => server.stop());

describe("places", () => {
  it("complete a town's name whatever its accents and case, most populated first, with its point", async () => {
    const { places } = await anonymous().ok(PLACES, { search: "SAINT-ETIEN", first: 3 });
    expect(places[0]).toMatchObject({ name: "Saint-Étienne", country: "FR", inseeCode: "42218", approximate: false });
    expect(places[0].location.latitude).toBeCloseTo(45.43, 1);
    const populations = places.map((place: { population: number }) => place.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));

    const { places: accented } = await anonymous().ok(PLACES, { search: "évr" });
    expect(accented.map((place: { name: string }) => place.name)).toContain("Évry-Courcouronnes");
  });

  it("complete a French postal code", async () => {
    const { places } = await anonymous().ok(PLACES, { search: "6900", first: 20 });
    expect(places[0]).toMatchObject({ name: "Lyon", inseeCode: "69123" });
    for (const place of places) expect(place.postalCodes.some((code: string) => code.startsWith("6900"))).toBe(true);
  });

  it("find towns of the whole world", async () => {
    const { places } = await anonymous().ok(PLACES, { search: "montreal", first: 1 });
    expect(places[0]).toMatchObject({ name: "Montréal", country: "CA", inseeCode: null });
  });

  it("refuse an empty or oversized search and an oversized page", async () => {
    for (const variables of [
      { search: "" },
      { search: "  -- " },
      { search: "x".repeat(101) },
      { search: "lyon", first: 21 },
    ]) {
      expect(codeOf(await anonymous().gql(PLACES, variables))).toBe("BAD_USER_INPUT");
    }
  });
});

describe("an element's address", () => {
  it("is placed at its town when no point is given, with the commune's INSEE code", async () => {
    const { createOrganization } = await admin.agent.ok(CREATE, {
      input: { name: "Atelier vélo", type: "NGO", address: { street: " 12 rue du Lavoir ", postalCode: "93100" } },
    });
    expect(createOrganization.address).toEqual({
      street: "12 rue du Lavoir",
      postalCode: "93100",
      city: null,
      country: "FR",
      inseeCode: "93048",
    });
    expect(createOrganization.location.latitude).toBeCloseTo(48.864, 2);
  });

  it("keeps a given point, keeps it when only the street changes, and follows a change of town", async () => {
    const { createOrganization: created } = await admin.agent.ok(CREATE, {
      input: {
        name: "Café associatif",
        type: "NGO",
        address: { street: "1 place Bellecour", postalCode: "69002", city: "Lyon" },
        location: { latitude: 45.7578, longitude: 4.832 },
      },
    });
    expect(created.location).toEqual({ latitude: 45.7578, longitude: 4.832 });
    expect(created.address.inseeCode).toBe("69123");

    const { updateOrganization: street } = await admin.agent.ok(UPDATE, {
      input: { id: created.id, address: { street: "2 place Bellecour", postalCode: "69002", city: "Lyon" } },
    });
    expect(street.location).toEqual({ latitude: 45.7578, longitude: 4.832 });

    const { updateOrganization: moved } = await admin.agent.ok(UPDATE, {
      input: { id: created.id, address: { city: "Grenoble" } },
    });
    expect(moved.address).toMatchObject({ city: "Grenoble", inseeCode: "38185", country: "FR" });
    expect(moved.location.latitude).toBeCloseTo(45.17, 1);

    const { updateOrganization: unknown } = await admin.agent.ok(UPDATE, {
      input: { id: created.id, address: { city: "Nowhere-sur-Rien" } },
    });
    expect(unknown.location).toBeNull();
    expect(unknown.address).toMatchObject({ city: "Nowhere-sur-Rien", inseeCode: null });

    const { updateOrganization: cleared } = await admin.agent.ok(UPDATE, { input: { id: created.id, address: null } });
    expect(cleared.address).toBeNull();
  });

  it("refuses coordinates out of range", async () => {
    for (const location of [
      { latitude: 91, longitude: 0 },
      { latitude: -90.5, longitude: 0 },
      { latitude: 0, longitude: 180.1 },
      { latitude: 0, longitude: -181 },
    ]) {
      const result = await admin.agent.gql(CREATE, { input: { name: "Hors du monde", type: "NGO", location } });
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(result.errors)).toMatch(/location\.(latitude|longitude)/);
    }
  });

  it("credits the gazetteer's sources", async () => {
    const { instance } = await anonymous().ok(`{ instance { dataSources { name licence url } } }`);
    expect(instance.dataSources.map((source: { licence: string }) => source.licence)).toEqual([
      "CC-BY-4.0",
      "Licence Ouverte 2.0 (Etalab)",
    ]);
  });
});
