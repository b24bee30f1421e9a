import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import { Agent } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

/**
 * Date filters of `search` and `mapMarkers`: a recurring event matches only when one of its
 * occurrences (cancelled ones left out, changed ones at their new times) falls in the
 * range, and TODAY / THIS_WEEK end at midnight in the instance's time zone. Every event
 * carries this run's tag, so that the shared database does not disturb the results.
 */
let server: TestServer;
let admin: PersonFixture;
const anonymous = () => new Agent(server.url);
const TAG = `dates${randomBytes(3).toString("hex")}`;
const TODAY_TAG = `${TAG}today`;
const POINT = { latitude: -45.5, longitude: -150.5 };

/**
 * The instance's zone for this run: one where it is now between 06:00 and 16:00 (so that
 * "today" has hours left) and whose midnight lies at least three hours from UTC's (so
 * that measuring the day in UTC would give other answers).
 */
const ZONE = (() => {
  for (let offset = -12; offset <= 14; offset++) {
    const zone = offset === 0 ? "Etc/UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
    const hour = DateTime.now().setZone(zone).hour;
    if (hour >= 6 && hour < 16 && Math.abs(offset) >= 3 && Math.abs(offset) <= 21) return zone;
  }
  throw new Error("no zone fits, which cannot happen");
})();

const SEARCH = `query($filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {
  search(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id }
  }
}`;
const MARKERS = `query($box: BoundingBoxInput!, $filter: SearchFilter) {
  mapMarkers(box: $box, zoom: 10, filter: $filter) { total markers { id } }
}`;
const OCCURRENCES = `query($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  event(id: $id) { occurrences(from: $from, to: $to, first: 1) { startsAt } }
}`;
const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
const CANCEL = `mutation($eventId: ID!, $start: DateTimeISO!) {
  cancelOccurrence(input: { eventId: $eventId, originalStart: $start }) { id } }`;
const CHANGE = `mutation($input: ChangeOccurrenceInput!) { changeOccurrence(input: $input) { id } }`;

async function createEvent(input: Record<string, unknown>, tag = TAG): Promise<string> {
  const { createEvent } = await admin.agent.ok(CREATE, {
    input: { type: "WORKSHOP", timeZone: "Europe/Paris", tags: [tag], location: POINT, ...input },
  });
  return createEvent.id;
}

/** Every page of a search, one by one, with the total the first page gave. */
async function searchAll(dates: Record<string, unknown>, sort = "NAME", tag = TAG) {
  const ids: string[] = [];
  let after: string | undefined;
  let totalCount: number | undefined;
  for (;;) {
    const { search } = await anonymous().ok(SEARCH, { filter: { tags: [tag], dates }, sort, first: 1, after });
    totalCount ??= search.totalCount;
    ids.push(...search.nodes.map((node: { id: string }) => node.id));
    if (!search.pageInfo.hasNextPage) break;
    after = search.pageInfo.endCursor;
  }
  expect(ids.length).toBe(totalCount);
  return ids;
}

beforeAll(async () => {
  server = await startTestServer({ env: { TIME_ZONE: ZONE } });
  admin = await createPerson(server);
});
afterAll(() => server.stop());

describe("date filters over recurring events", () => {
  // Tuesdays 19:00–21:00 in Paris, from 7 January 2031, ten times (to 11 March).
  let weekly: string;
  // First Saturday of the month at 10:00 in Paris, from 4 January 2031, six times.
  let monthly: string;
  // One Wednesday morning.
  let single: string;
  // One Sunday.
  let sunday: string;

  beforeAll(async () => {
    weekly = await createEvent({
      name: "Weekly rehearsal",
      startsAt: "2031-01-07T18:00:00Z",
      endsAt: "2031-01-07T20:00:00Z",
      recurrenceRule: "FREQ=WEEKLY;BYDAY=TU;COUNT=10",
    });
    monthly = await createEvent({
      name: "Monthly market",
      startsAt: "2031-01-04T09:00:00Z",
      endsAt: "2031-01-04T12:00:00Z",
      recurrenceRule: "FREQ=MONTHLY;BYDAY=1SA;COUNT=6",
    });
    single = await createEvent({
      name: "Single workshop",
      startsAt: "2031-01-15T10:00:00Z",
      endsAt: "2031-01-15T12:00:00Z",
    });
    sunday = await createEvent({ name: "Sunday walk", startsAt: "2031-02-02T09:00:00Z", endsAt: null });
  });

  const between = (from: string, to: string) => searchAll({ from, to });

  it("matches a series only when an occurrence falls in the range, not when its span merely covers it", async () => {
    // A Wednesday: inside both series' spans, but neither has an occurrence then.
    expect(await between("2031-01-15T00:00:00Z", "2031-01-16T00:00:00Z")).toEqual([single]);
    expect(await between("2031-01-14T00:00:00Z", "2031-01-15T00:00:00Z")).toEqual([weekly]);
    expect(await between("2031-01-30T00:00:00Z", "2031-02-02T00:00:00Z")).toEqual([monthly]);
    // An occurrence under way when the range begins counts.
    expect(await between("2031-01-14T19:30:00Z", "2031-01-14T23:00:00Z")).toEqual([weekly]);
  });

  it("agrees with each event's own occurrences over many ranges, with exact totals across pages", async () => {
    const events = [weekly, monthly, single, sunday];
    let start = DateTime.fromISO("2031-01-01T00:00:00Z", { zone: "utc" });
    const lengths = [{ hours: 6 }, { days: 1 }, { days: 2 }, { days: 5 }];
    let checked = 0;
    let nonEmpty = 0;
    while (start < DateTime.fromISO("2031-03-20T00:00:00Z")) {
      const from = start.toISO()!;
      const to = start.plus(lengths[checked % lengths.length]).toISO()!;
      const expected: string[] = [];
      for (const id of events) {
        const { event } = await anonymous().ok(OCCURRENCES, { id, from, to });
        if (event.occurrences.length) expected.push(id);
      }
      expect([from, to, (await between(from, to)).sort()]).toEqual([from, to, expected.sort()]);
      nonEmpty += expected.length ? 1 : 0;
      checked++;
      start = start.plus({ hours: 37 });
    }
    expect(nonEmpty).toBeGreaterThan(10);
    expect(nonEmpty).toBeLessThan(checked);
  });

  it("sorts a series by its first occurrence in the range, not by its first start", async () => {
    // February: the market on the 1st, the walk on the 2nd, the rehearsal on the 4th.
    expect(await searchAll({ from: "2031-02-01T00:00:00Z", to: "2031-03-01T00:00:00Z" }, "DATE")).toEqual([
      monthly,
      sunday,
      weekly,
    ]);
  });

  it("leaves out cancelled occurrences and finds changed ones at their new time, even outside the span", async () => {
    const rehearsal = await createEvent({
      name: "Rehearsal with changes",
      startsAt: "2032-03-02T18:00:00Z",
      endsAt: "2032-03-02T20:00:00Z",
      recurrenceRule: "FREQ=WEEKLY;COUNT=3",
    });
    const days = (from: string, to: string) => between(`${from}T00:00:00Z`, `${to}T00:00:00Z`);
    expect(await days("2032-03-09", "2032-03-10")).toEqual([rehearsal]);
    await admin.agent.ok(CANCEL, { eventId: rehearsal, start: "2032-03-09T18:00:00Z" });
    expect(await days("2032-03-09", "2032-03-10")).toEqual([]);

    // The last occurrence moves ten days later, past the end of the series.
    await admin.agent.ok(CHANGE, {
      input: {
        eventId: rehearsal,
        originalStart: "2032-03-16T18:00:00Z",
        startsAt: "2032-03-26T18:00:00Z",
        endsAt: "2032-03-26T20:00:00Z",
      },
    });
    expect(await days("2032-03-16", "2032-03-17")).toEqual([]);
    expect(await days("2032-03-26", "2032-03-27")).toEqual([rehearsal]);
    // The changed occurrence is reached through its series, never listed on its own.
    expect(await days("2032-03-01", "2032-04-01")).toEqual([rehearsal]);
  });

  it("applies the same rule on the map", async () => {
    const box = { south: -46, west: -151, north: -45, east: -150 };
    const filter = { tags: [TAG], dates: { from: "2031-01-15T00:00:00Z", to: "2031-01-16T00:00:00Z" } };
    const { mapMarkers } = await anonymous().ok(MARKERS, { box, filter });
    expect(mapMarkers).toEqual({ total: 1, markers: [{ id: single }] });
  });

  it("refuses dates out of the supported years", async () => {
    const result = await anonymous().gql(SEARCH, { filter: { dates: { from: "1800-01-01T00:00:00Z" } } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "filter.dates.from" }],
    });
  });
});

describe("presets", () => {
  it("TODAY and THIS_WEEK end at midnight in the instance's time zone, and count only real occurrences", async () => {
    const now = DateTime.now().setZone(ZONE);
    const endOfDay = now.startOf("day").plus({ days: 1 });
    const endOfWeek = now.startOf("week").plus({ weeks: 1 });
    const at = (time: DateTime) => time.toUTC().toISO();
    const tonight = endOfDay.minus({ hours: 1 });
    const events = {
      tonight: await createEvent({ name: "Tonight", startsAt: at(tonight), endsAt: null, timeZone: "UTC" }, TODAY_TAG),
      tomorrow: await createEvent(
        {
          name: "Tomorrow",
          startsAt: at(endOfDay.plus({ hours: 1 })),
          endsAt: null,
          timeZone: "UTC",
        },
        TODAY_TAG,
      ),
      // Began a week ago: an occurrence tonight.
      weeklyTonight: await createEvent(
        {
          name: "Weekly tonight",
          startsAt: at(tonight.minus({ weeks: 1 })),
          endsAt: null,
          timeZone: "UTC",
          recurrenceRule: "FREQ=WEEKLY;COUNT=5",
        },
        TODAY_TAG,
      ),
      // Began three days ago: its span covers today, its next occurrence is in four days.
      weeklyLater: await createEvent(
        {
          name: "Weekly later",
          startsAt: at(tonight.minus({ days: 3 })),
          endsAt: null,
          timeZone: "UTC",
          recurrenceRule: "FREQ=WEEKLY;COUNT=5",
        },
        TODAY_TAG,
      ),
    };
    const nextStart = {
      tonight,
      tomorrow: endOfDay.plus({ hours: 1 }),
      weeklyTonight: tonight,
      weeklyLater: tonight.plus({ days: 4 }),
    };
    const before = (end: DateTime) =>
      Object.entries(nextStart)
        .filter(([, start]) => start < end)
        .map(([name]) => events[name as keyof typeof events])
        .sort();

    expect((await searchAll({ preset: "TODAY" }, "NAME", TODAY_TAG)).sort()).toEqual(
      [events.tonight, events.weeklyTonight].sort(),
    );
    expect((await searchAll({ preset: "THIS_WEEK" }, "NAME", TODAY_TAG)).sort()).toEqual(before(endOfWeek));
    expect((await searchAll({ preset: "UPCOMING" }, "NAME", TODAY_TAG)).sort()).toEqual(Object.values(events).sort());
  });

  it("UPCOMING leaves out a series whose remaining occurrences were cancelled, whatever the order", async () => {
    const tag = `${TAG}cancelled`;
    const start = DateTime.now().toUTC().startOf("hour").minus({ days: 3 });
    const series = await createEvent(
      { name: "Twice", startsAt: start.toISO(), endsAt: null, timeZone: "UTC", recurrenceRule: "FREQ=WEEKLY;COUNT=2" },
      tag,
    );
    for (const sort of ["NAME", "DATE"]) expect(await searchAll({ preset: "UPCOMING" }, sort, tag)).toEqual([series]);
    await admin.agent.ok(CANCEL, { eventId: series, start: start.plus({ weeks: 1 }).toISO() });
    for (const sort of ["NAME", "DATE"]) expect(await searchAll({ preset: "UPCOMING" }, sort, tag)).toEqual([]);
  });
});
