import { InvalidInput } from "../../server/graphql/errors";
import {
  expand,
  isOccurrence,
  normaliseRule,
  occurrencesOf,
  occursUntil,
  type Schedule,
} from "../../server/modules/events/recurrence";

/** Unit tests of the recurrence rules (pure logic); the API tests are in events.test.ts. */

const at = (iso: string) => new Date(iso);
const starts = (schedule: Schedule, from: string, to: string, limit = 100) =>
  expand(schedule, at(from), at(to), limit).map((o) => [o.startsAt.toISOString(), o.endsAt?.toISOString() ?? null]);

function schedule(startsAt: string, endsAt: string | null, rule: string | null, timeZone = "Europe/Paris"): Schedule {
  const start = at(startsAt);
  return {
    startsAt: start,
    endsAt: endsAt ? at(endsAt) : null,
    timeZone,
    recurrenceRule: rule && normaliseRule(rule, start, timeZone),
  };
}

describe("recurrence", () => {
  it("keeps local times when clocks go back, and durations in local time across the change", () => {
    // Saturdays 23:00–03:00 in Paris; clocks go back at 03:00 on Sunday 2037-10-25.
    const night = schedule("2037-10-17T21:00:00Z", "2037-10-18T01:00:00Z", "FREQ=WEEKLY;COUNT=3");
    expect(starts(night, "2037-10-01T00:00:00Z", "2037-11-30T00:00:00Z")).toEqual([
      ["2037-10-17T21:00:00.000Z", "2037-10-18T01:00:00.000Z"],
      ["2037-10-24T21:00:00.000Z", "2037-10-25T02:00:00.000Z"],
      ["2037-10-31T22:00:00.000Z", "2037-11-01T02:00:00.000Z"],
    ]);
  });

  it("keeps all-day occurrences on whole local days, 23 or 25 hours long included", () => {
    // Sundays, all day, in Paris (stored from 00:00 to 23:59:59.999 local).
    const market = schedule("2037-03-21T23:00:00Z", "2037-03-22T22:59:59.999Z", "FREQ=WEEKLY;COUNT=2");
    expect(starts(market, "2037-03-01T00:00:00Z", "2037-04-30T00:00:00Z")).toEqual([
      ["2037-03-21T23:00:00.000Z", "2037-03-22T22:59:59.999Z"],
      ["2037-03-28T23:00:00.000Z", "2037-03-29T21:59:59.999Z"],
    ]);
  });

  it("reads UNTIL as a local date (the whole day) or as a UTC instant", () => {
    const byDate = schedule("2036-01-08T18:00:00Z", null, "FREQ=WEEKLY;UNTIL=20360122");
    expect(starts(byDate, "2036-01-01T00:00:00Z", "2036-03-01T00:00:00Z").map(([start]) => start)).toEqual([
      "2036-01-08T18:00:00.000Z",
      "2036-01-15T18:00:00.000Z",
      "2036-01-22T18:00:00.000Z",
    ]);
    const byInstant = schedule("2036-01-08T18:00:00Z", null, "FREQ=WEEKLY;UNTIL=20360122T175959Z");
    expect(starts(byInstant, "2036-01-01T00:00:00Z", "2036-03-01T00:00:00Z")).toHaveLength(2);
    expect(occursUntil(byDate)?.toISOString()).toBe("2036-01-22T22:59:59.999Z");
  });

  it("knows when a series ends: its last occurrence, an UNTIL bound, or never", () => {
    const counted = schedule("2036-01-08T18:00:00Z", "2036-01-08T20:00:00Z", "FREQ=WEEKLY;COUNT=3");
    expect(occursUntil(counted)?.toISOString()).toBe("2036-01-22T20:00:00.000Z");
    expect(occursUntil(schedule("2036-01-08T18:00:00Z", null, "FREQ=DAILY"))).toBeNull();
    expect(occursUntil(schedule("2036-01-08T18:00:00Z", null, null))?.toISOString()).toBe("2036-01-08T18:00:00.000Z");
    expect(isOccurrence(counted, at("2036-01-15T18:00:00Z"))).toBe(true);
    expect(isOccurrence(counted, at("2036-01-29T18:00:00Z"))).toBe(false);
    expect(isOccurrence(counted, at("2036-01-15T18:30:00Z"))).toBe(false);
  });

  it("expands far from the start correctly", () => {
    // (In UTC: Paris was on its local mean time, 00:09:21 ahead, in 1900.)
    const daily = schedule("1900-01-01T08:00:00Z", "1900-01-01T09:00:00Z", "FREQ=DAILY;INTERVAL=3", "UTC");
    const late = starts(daily, "2199-12-01T00:00:00Z", "2199-12-08T00:00:00Z");
    // 2199-12-01 is 109,542 days, a multiple of 3, after 1900-01-01.
    expect(late).toEqual([
      ["2199-12-01T08:00:00.000Z", "2199-12-01T09:00:00.000Z"],
      ["2199-12-04T08:00:00.000Z", "2199-12-04T09:00:00.000Z"],
      ["2199-12-07T08:00:00.000Z", "2199-12-07T09:00:00.000Z"],
    ]);
  });

  it("refuses unbounded or unsupported rules, even those that never occur", () => {
    const start = at("2039-02-01T18:00:00Z");
    for (const rule of [
      "FREQ=HOURLY",
      "FREQ=DAILY;BYHOUR=1",
      "FREQ=DAILY;BYSETPOS=1;BYDAY=MO",
      "FREQ=WEEKLY;BYYEARDAY=1",
      "FREQ=WEEKLY;BYDAY=2TU",
      "FREQ=WEEKLY;COUNT=1001",
      "FREQ=WEEKLY;INTERVAL=101",
      "FREQ=WEEKLY;;COUNT=2",
      "FREQ=WEEKLY;FREQ=DAILY",
      "FREQ=MONTHLY;BYMONTHDAY=0",
      "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30",
      "FREQ=YEARLY;BYDAY=MO;BYSETPOS=60",
    ]) {
      // A rule the checks let through would make rrule scan day by day to 9999 (minutes): the
      // test's own timeout catches that, without a wall-clock bound that busy cores would break.
      expect(() => normaliseRule(rule, start, "Europe/Paris")).toThrow(InvalidInput);
    }
    expect(normaliseRule(" rrule:FREQ=monthly;BYDAY=1TU ", start, "Europe/Paris")).toBe("FREQ=MONTHLY;BYDAY=1TU");
    expect(normaliseRule("FREQ=YEARLY;BYMONTH=2;BYDAY=-4TU", start, "Europe/Paris")).toBe(
      "FREQ=YEARLY;BYMONTH=2;BYDAY=-4TU",
    );
  });

  it("leaves cancelled occurrences out and shows changed ones at their new time", () => {
    const series = {
      ...schedule("2036-01-08T18:00:00Z", "2036-01-08T20:00:00Z", "FREQ=WEEKLY;COUNT=4"),
      recurrenceExceptions: [at("2036-01-15T18:00:00Z")],
    };
    const changed = [
      // Moved into the next month: its original start is gone from January.
      { originalStart: at("2036-01-22T18:00:00Z"), startsAt: at("2036-02-10T18:00:00Z"), endsAt: null, event: "moved" },
    ];
    const january = occurrencesOf(series, changed, at("2036-01-01T00:00:00Z"), at("2036-02-01T00:00:00Z"), 10);
    expect(january.map((o) => [o.startsAt.toISOString(), o.changedEvent])).toEqual([
      ["2036-01-08T18:00:00.000Z", null],
      ["2036-01-29T18:00:00.000Z", null],
    ]);
    const february = occurrencesOf(series, changed, at("2036-02-01T00:00:00Z"), at("2036-03-01T00:00:00Z"), 10);
    expect(february.map((o) => [o.startsAt.toISOString(), o.originalStart.toISOString(), o.changedEvent])).toEqual([
      ["2036-02-10T18:00:00.000Z", "2036-01-22T18:00:00.000Z", "moved"],
    ]);
  });
});
