import { createInstance, type TFunction } from "i18next";
import { DateTime } from "luxon";
import en from "../../client/src/i18n/en.json";
import fr from "../../client/src/i18n/fr.json";
import {
  buildRule,
  defaultRepetition,
  describeRule,
  readRepetition,
  type Repetition,
} from "../../client/src/recurrence";
import { expand, normaliseRule } from "../../server/modules/events/recurrence";

/**
 * Unit tests of the web app's recurrence picker logic (pure functions): the rules it writes, that
 * the API accepts them with the event's start as first occurrence, and their summaries.
 */

async function translator(language: "fr" | "en"): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources: { [language]: { translation: language === "fr" ? fr : en } } });
  return i18n.t;
}

/** The starts of the first occurrences the API expands from a rule the picker wrote, in Paris. */
function firstStarts(rule: string, start: string, count: number): string[] {
  const startsAt = DateTime.fromISO(start, { zone: "Europe/Paris" }).toJSDate();
  const stored = normaliseRule(rule, startsAt, "Europe/Paris");
  return expand(
    { startsAt, endsAt: null, timeZone: "Europe/Paris", recurrenceRule: stored },
    startsAt,
    new Date("2200-01-01T00:00:00Z"),
    count,
  ).map((occurrence) =>
    DateTime.fromJSDate(occurrence.startsAt, { zone: "Europe/Paris" }).toFormat("ccc yyyy-MM-dd HH:mm"),
  );
}

describe("the recurrence picker's rules", () => {
  // Wednesday 10 March 2027, 19:00, the second Wednesday of its month.
  const start = "2027-03-10T19:00";
  const weekly = defaultRepetition(start);
  const with_ = (changes: Partial<Repetition>) => buildRule({ ...weekly, ...changes }, start);

  it("write rules the API accepts, starting on the event's start", () => {
    expect(with_({})).toBe("FREQ=WEEKLY;BYDAY=WE");
    expect(firstStarts(with_({ weekdays: [5] }), start, 3)).toEqual([
      "Wed 2027-03-10 19:00",
      "Sat 2027-03-13 19:00",
      "Wed 2027-03-17 19:00",
    ]);
    const secondWednesday = with_({ frequency: "MONTHLY", monthly: "WEEKDAY", end: "COUNT", count: 3 });
    expect(secondWednesday).toBe("FREQ=MONTHLY;BYDAY=+2WE;COUNT=3");
    expect(firstStarts(secondWednesday, start, 5)).toEqual([
      "Wed 2027-03-10 19:00",
      "Wed 2027-04-14 19:00",
      "Wed 2027-05-12 19:00",
    ]);
    const lastFriday = buildRule(
      { ...defaultRepetition("2027-03-26"), frequency: "MONTHLY", monthly: "LAST_WEEKDAY" },
      "2027-03-26",
    );
    expect(firstStarts(lastFriday, "2027-03-26T20:00", 2)).toEqual(["Fri 2027-03-26 20:00", "Fri 2027-04-30 20:00"]);
    // UNTIL as a date alone: that whole local day is included.
    const fortnightly = with_({ interval: 2, end: "UNTIL", until: "2027-04-07" });
    expect(fortnightly).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20270407");
    expect(firstStarts(fortnightly, start, 10)).toEqual([
      "Wed 2027-03-10 19:00",
      "Wed 2027-03-24 19:00",
      "Wed 2027-04-07 19:00",
    ]);
    expect(firstStarts(with_({ frequency: "DAILY", end: "COUNT", count: 2 }), start, 5)).toHaveLength(2);
  });

  it("read back what they wrote, and leave other rules to the Advanced text", () => {
    for (const repetition of [
      weekly,
      { ...weekly, weekdays: [0, 2, 4], end: "COUNT" as const, count: 7 },
      { ...weekly, frequency: "MONTHLY" as const, monthly: "WEEKDAY" as const, interval: 3 },
      { ...weekly, frequency: "DAILY" as const, end: "UNTIL" as const, until: "2027-06-01" },
    ]) {
      const rule = buildRule(repetition, start);
      expect({ rule, read: buildRule(readRepetition(rule, start)!, start) }).toEqual({ rule, read: rule });
    }
    // Written by hand in an equivalent way: the picker shows it.
    expect(readRepetition("FREQ=WEEKLY;COUNT=3", start)).toMatchObject({
      frequency: "WEEKLY",
      weekdays: [2],
      count: 3,
    });
    expect(readRepetition("RRULE:FREQ=MONTHLY;BYMONTHDAY=10", start)).toMatchObject({ monthly: "DAY" });
    for (const rule of ["FREQ=YEARLY", "FREQ=MONTHLY;BYDAY=1MO,3MO", "FREQ=WEEKLY;BYMONTH=6", "not a rule"]) {
      expect({ rule, read: readRepetition(rule, start) }).toEqual({ rule, read: null });
    }
  });

  it("say the rule in French and in English", async () => {
    const [tFr, tEn] = await Promise.all([translator("fr"), translator("en")]);
    const say = (rule: string) => [describeRule(rule, tFr, "fr"), describeRule(rule, tEn, "en")];
    expect(say("FREQ=WEEKLY;BYDAY=WE,SA;COUNT=5")).toEqual([
      "toutes les semaines, le mercredi et le samedi, 5 fois",
      "every week, on Wednesday and Saturday, 5 times",
    ]);
    expect(say("FREQ=MONTHLY;INTERVAL=2;BYDAY=+2WE")).toEqual([
      "tous les 2 mois, le deuxième mercredi du mois",
      "every 2 months, on the second Wednesday of the month",
    ]);
    expect(say("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630")).toEqual([
      "tous les mois, le dernier vendredi du mois, jusqu’au 30 juin 2027",
      "every month, on the last Friday of the month, until June 30, 2027",
    ]);
    expect(say("FREQ=DAILY;COUNT=1")).toEqual(["tous les jours, 1 fois", "every day, 1 time"]);
    expect(say("FREQ=MONTHLY;BYMONTHDAY=10")).toEqual([
      "tous les mois, le 10 du mois",
      "every month, on day 10 of the month",
    ]);
    expect(say("nonsense")).toEqual([null, null]);
  });
});
