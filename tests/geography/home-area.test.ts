import { Agent, codeOf } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let alice: PersonFixture;
let bob: PersonFixture;

const HOME = `homeArea { place { id name inseeCode location { latitude longitude } } radiusKm }`;
const SET = `mutation($input: HomeAreaInput!) { setHomeArea(input: $input) { id ${HOME} } }`;
const CLEAR = `mutation { clearHomeArea { id ${HOME} } }`;
const ME = `{ me { id ${HOME} } }`;

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = await Promise.all([createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("a person's home area (communexion)", () => {
  it("is chosen among the gazetteer's towns, with a radius, and kept", async () => {
    const { setHomeArea } = await alice.agent.ok(SET, { input: { placeId: "fr:69123", radiusKm: 15 } });
    expect(setHomeArea.homeArea).toMatchObject({
      place: { id: "fr:69123", name: "Lyon", inseeCode: "69123" },
      radiusKm: 15,
    });
    const { me } = await alice.agent.ok(ME);
    expect(me.homeArea.place.location.latitude).toBeCloseTo(45.76, 1);

    // Without a radius, 10 km.
    const { setHomeArea: again } = await alice.agent.ok(SET, { input: { placeId: "fr:42218" } });
    expect(again.homeArea).toMatchObject({ place: { name: "Saint-Étienne" }, radiusKm: 10 });
  });

  it("is shown to its owner only", async () => {
    await bob.agent.ok(SET, { input: { placeId: "fr:69123" } });
    const read = `query($u: String!) { person(username: $u) { id ${HOME} } }`;
    expect((await alice.agent.ok(read, { u: bob.username })).person.homeArea).toBeNull();
    expect((await new Agent(server.url).ok(read, { u: bob.username })).person.homeArea).toBeNull();
    expect((await bob.agent.ok(read, { u: bob.username })).person.homeArea.place.id).toBe("fr:69123");
  });

  it("is forgotten on request", async () => {
    const person = await createPerson(server);
    await person.agent.ok(SET, { input: { placeId: "fr:69123" } });
    expect((await person.agent.ok(CLEAR)).clearHomeArea.homeArea).toBeNull();
    expect((await person.agent.ok(ME)).me.homeArea).toBeNull();
  });

  it("refuses strangers, unknown towns and radii out of bounds, changing nothing", async () => {
    expect(codeOf(await new Agent(server.url).gql(SET, { input: { placeId: "fr:69123" } }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await new Agent(server.url).gql(CLEAR))).toBe("UNAUTHENTICATED");
    const person = await createPerson(server);
    await person.agent.ok(SET, { input: { placeId: "fr:69123", radiusKm: 20 } });
    const unknown = await person.agent.gql(SET, { input: { placeId: "fr:00000" } });
    expect(codeOf(unknown)).toBe("NOT_FOUND");
    expect(unknown.errors![0].extensions!.messageKey).toBe("notFound.place");
    for (const radiusKm of [0, 101]) {
      expect(codeOf(await person.agent.gql(SET, { input: { placeId: "fr:69123", radiusKm } }))).toBe("BAD_USER_INPUT");
    }
    expect(codeOf(await person.agent.gql(SET, { input: { placeId: "x".repeat(41) } }))).toBe("BAD_USER_INPUT");
    expect((await person.agent.ok(ME)).me.homeArea).toMatchObject({ place: { id: "fr:69123" }, radiusKm: 20 });
  });
});
