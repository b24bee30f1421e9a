import ICAL from "ical.js";
import { setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

/** GET /events/<slug or id>.ics, read back with ical.js (Mozilla's RFC 5545 parser). */

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id slug } }`;
const CANCEL = `mutation($eventId: ID!, $start: DateTimeISO!) {
  cancelOccurrence(input: { eventId: $eventId, originalStart: $start }) { id } }`;
const CHANGE = `mutation($input: ChangeOccurrenceInput!) { changeOccurrence(input: $input) { id slug } }`;

let server: TestServer;
let alice: PersonFixture;

beforeAll(async () => {
  server = await startTestServer();
  alice = await createPerson(server);
});

afterAll(async () => {
  await server?.stop();
});

async function createEvent(input: Record<string, unknown>) {
  const { createEvent } = await alice.agent.ok(CREATE, {
    input: { name: uniqueName("Event "), type: "WORKSHOP", timeZone: "Europe/Paris", ...input },
  });
  return createEvent as { id: string; slug: string };
}

async function calendarOf(ref: string) {
  const response = await fetch(`${server.url}/events/${ref}.ics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  // The zones the events use are described in the file itself, so that ical.js can place them.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return { text, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

describe("an event's calendar file", () => {
  it("describes a weekly series in its zone, with a cancelled date and a moved one", async () => {
    // Wednesdays 19:00–21:00 in Paris, from 2037-03-18 (before the clocks change on 03-29).
    const series = await createEvent({
      name: "Chorale du mercredi",
      startsAt: "2037-03-18T18:00:00Z",
      endsAt: "2037-03-18T20:00:00Z",
      address: { street: "Salle des fêtes, 1 place de la Mairie", postalCode: "93100", city: "Montreuil" },
      shortDescription: "On chante; venez, tous niveaux",
      recurrenceRule: "FREQ=WEEKLY;BYDAY=WE;UNTIL=20370415",
    });
    await alice.agent.ok(CANCEL, { eventId: series.id, start: "2037-03-25T18:00:00.000Z" });
    const { changeOccurrence: moved } = await alice.agent.ok(CHANGE, {
      input: { eventId: series.id, originalStart: "2037-04-01T17:00:00.000Z", startsAt: "2037-04-02T17:30:00.000Z" },
    });

    const { events } = await calendarOf(series.slug);
    const [main, changed] = events;
    expect(events).toHaveLength(2);
    expect(main.summary).toBe("Chorale du mercredi");
    expect(main.description).toBe("On chante; venez, tous niveaux");
    expect(main.location).toBe("Salle des fêtes, 1 place de la Mairie, 93100 Montreuil");
    expect(main.startDate.zone.tzid).toBe("Europe/Paris");
    expect(main.startDate.toString()).toBe("2037-03-18T19:00:00");
    expect(main.component.getFirstPropertyValue("url")).toBe(`${server.config.publicUrl}/events/${series.slug}`);
    expect(changed.uid).toBe(main.uid);
    expect(changed.recurrenceId.toJSDate().toISOString()).toBe("2037-04-01T17:00:00.000Z");
    expect(changed.startDate.toJSDate().toISOString()).toBe("2037-04-02T17:30:00.000Z");
    expect(changed.component.getFirstPropertyValue("url")).toBe(`${server.config.publicUrl}/events/${moved.slug}`);

    // Expanded by the parser: local 19:00 kept across the change to summer time, the
    // cancelled date left out, the moved date at its new time, and UNTIL's whole last day.
    main.relateException(changed);
    const iterator = main.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = main.getOccurrenceDetails(next);
      starts.push(details.startDate.toJSDate().toISOString());
    }
    expect(starts).toEqual([
      "2037-03-18T18:00:00.000Z",
      "2037-04-02T17:30:00.000Z",
      "2037-04-08T17:00:00.000Z",
      "2037-04-15T17:00:00.000Z",
    ]);
  });

  it("gives all-day events as dates, ending the day after their last day, by id as by slug", async () => {
    const market = await createEvent({
      name: "Marché de printemps",
      startsAt: "2037-05-09T10:00:00Z",
      endsAt: "2037-05-10T10:00:00Z",
      allDay: true,
    });
    const { events } = await calendarOf(market.id);
    expect(events).toHaveLength(1);
    expect(events[0].startDate.isDate).toBe(true);
    expect(events[0].startDate.toString()).toBe("2037-05-09");
    expect(events[0].endDate.toString()).toBe("2037-05-11");
    expect(events[0].isRecurring()).toBe(false);
  });

  it("answers 404 for a private event, an unknown one and a malformed name", async () => {
    const secret = await createEvent({ startsAt: "2037-06-01T18:00:00Z" });
    await setElementSettings(alice, secret.id, { private: true });
    for (const ref of [secret.slug, secret.id, "no-such-event", "bad%20name"]) {
      const response = await fetch(`${server.url}/events/${ref}.ics`);
      expect({ ref, status: response.status }).toEqual({ ref, status: 404 });
    }
    // Without .ics, the path is the web app's event page.
    const page = await fetch(`${server.url}/events/${secret.slug}`);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
  });
});
