import { setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let stranger: PersonFixture;

const FESTIVAL = { start: "2031-07-10T08:00:00.000Z", end: "2031-07-13T22:00:00.000Z" };

async function createEvent(input: Record<string, unknown>) {
  const { createEvent } = await admin.agent.ok(
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id slug } }`,
    { input: { type: "FESTIVAL", timeZone: "Europe/Paris", ...input } },
  );
  return createEvent as { id: string; slug: string };
}

const move = (by: PersonFixture, id: string, startsAt: string, endsAt: string) =>
  by.agent.gql(`mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id startsAt endsAt } }`, {
    input: { id, startsAt, endsAt },
  });

/** A festival and one concert inside it, both administered by `admin`. */
async function festivalWithConcert() {
  const festival = await createEvent({ name: "Festival des Jardins", startsAt: FESTIVAL.start, endsAt: FESTIVAL.end });
  const concert = await createEvent({
    name: "Concert d’ouverture",
    type: "CONCERT",
    startsAt: "2031-07-10T18:00:00.000Z",
    endsAt: "2031-07-10T20:00:00.000Z",
    parentEventId: festival.id,
  });
  return { festival, concert };
}

beforeAll(async () => {
  server = await startTestServer();
  [admin, stranger] = await Promise.all([createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("checks against events the caller cannot see", () => {
  it("refuse to move a public sub-event of a hidden parent, inside or outside it alike, without its times", async () => {
    const { festival, concert } = await festivalWithConcert();
    await setElementSettings(admin, festival.id, { private: true });
    const inside = await move(stranger, concert.id, "2031-07-11T18:00:00.000Z", "2031-07-11T20:00:00.000Z");
    const outside = await move(stranger, concert.id, "2031-08-01T18:00:00.000Z", "2031-08-01T20:00:00.000Z");
    for (const answer of [inside, outside]) {
      expect(answer.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "PARENT_NOT_VISIBLE" });
      expect(answer.errors?.[0].message).not.toMatch(/2031|within/);
    }
    // Other fields follow open edition as before; those who see the parent are told its span.
    const renamed = await stranger.agent.gql(
      `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`,
      { input: { id: concert.id, shortDescription: "En plein air" } },
    );
    expect(renamed.errors).toBeUndefined();
    const told = await move(admin, concert.id, "2031-08-01T18:00:00.000Z", "2031-08-01T20:00:00.000Z");
    expect(told.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(told.errors?.[0].message).toContain(FESTIVAL.start);
  });

  it("bound a parent's times only by the sub-events the caller can see", async () => {
    const { festival, concert } = await festivalWithConcert();
    // The only sub-event is private: a stranger's change of the festival's times does not depend on it.
    await setElementSettings(admin, concert.id, { private: true });
    const shortened = await move(stranger, festival.id, "2031-07-11T08:00:00.000Z", FESTIVAL.end);
    expect(shortened.errors).toBeUndefined();
    expect(shortened.data?.updateEvent.startsAt).toBe("2031-07-11T08:00:00.000Z");
    expect((await move(stranger, festival.id, "2031-07-10T09:00:00.000Z", FESTIVAL.end)).errors).toBeUndefined();

    // A public sub-event still holds its parent, and says so without more than the stranger sees.
    await setElementSettings(admin, concert.id, { private: false });
    const refused = await move(stranger, festival.id, "2031-07-11T08:00:00.000Z", FESTIVAL.end);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "startsAt", message: "must stay before the start of its sub-events" }],
    });
  });
});
