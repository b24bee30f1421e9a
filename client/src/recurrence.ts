import type { TFunction } from "i18next";
import { DateTime } from "luxon";
import { Frequency, type Options, RRule, Weekday } from "rrule";

/**
 * Recurrence rules (RFC 5545 RRULE) as the event form's picker edits them, written and read
 * with the `rrule` library. The picker covers what people ask for (every day, week or month,
 * some weekdays, the n-th weekday of the month, until a date or a number of times); any other
 * rule stays editable as text under "Advanced".
 */

export type RepeatFrequency = "DAILY" | "WEEKLY" | "MONTHLY";
export type RepeatEnd = "NEVER" | "UNTIL" | "COUNT";

export interface Repetition {
  frequency: RepeatFrequency;
  interval: number;
  /** Weekly: the days, Monday being 0; the start's own day is always among them. */
  weekdays: number[];
  /** Monthly: on the start's day of the month, or on its weekday's rank in the month (2nd Tuesday, last Friday). */
  monthly: "DAY" | "WEEKDAY" | "LAST_WEEKDAY";
  end: RepeatEnd;
  /** The last possible date (yyyy-MM-dd, a whole local day), with end UNTIL. */
  until: string;
  /** How many times, with end COUNT. */
  count: number;
}

export const MAX_COUNT = 1000;
export const MAX_INTERVAL = 100;

const FREQUENCIES: Record<RepeatFrequency, Frequency> = {
  DAILY: Frequency.DAILY,
  WEEKLY: Frequency.WEEKLY,
  MONTHLY: Frequency.MONTHLY,
};

/** The start as the form holds it ("2027-03-10T19:00" or "2027-03-10"), read as a calendar date. */
function startDate(start: string): DateTime | null {
  const date = DateTime.fromISO(start.slice(0, 10), { zone: "utc" });
  return date.isValid ? date : null;
}

/** Monday 0 … Sunday 6. */
export function weekdayOf(start: string): number | null {
  const date = startDate(start);
  return date ? date.weekday - 1 : null;
}

/** Which occurrence of its weekday the start is in its month (1 to 5), and whether it is the last one. */
export function weekdayRank(start: string): { rank: number; last: boolean } | null {
  const date = startDate(start);
  if (!date) return null;
  return { rank: Math.ceil(date.day / 7), last: date.day + 7 > date.daysInMonth! };
}

/** A new repetition for an event starting then: weekly on its day, without end. */
export function defaultRepetition(start: string, frequency: RepeatFrequency = "WEEKLY"): Repetition {
  const day = weekdayOf(start);
  const end = startDate(start)?.plus({ months: 3 }).toISODate() ?? "";
  return {
    frequency,
    interval: 1,
    weekdays: day === null ? [] : [day],
    monthly: "DAY",
    end: "NEVER",
    until: end,
    count: 10,
  };
}

/** Writes the rule; it repeats from `start` (the form's start), which must be its first occurrence. */
export function buildRule(repetition: Repetition, start: string): string {
  const date = startDate(start);
  const options: Partial<Options> = {
    freq: FREQUENCIES[repetition.frequency],
    interval: repetition.interval > 1 ? Math.min(repetition.interval, MAX_INTERVAL) : undefined,
  };
  if (repetition.frequency === "WEEKLY") {
    const own = weekdayOf(start);
    const days = new Set(repetition.weekdays);
    if (own !== null) days.add(own);
    if (days.size > 0) options.byweekday = [...days].sort().map((day) => new Weekday(day));
  }
  if (repetition.frequency === "MONTHLY" && date) {
    if (repetition.monthly === "DAY") options.bymonthday = date.day;
    else {
      const rank = repetition.monthly === "LAST_WEEKDAY" ? -1 : Math.ceil(date.day / 7);
      options.byweekday = [new Weekday(date.weekday - 1, rank)];
    }
  }
  if (repetition.end === "COUNT") options.count = Math.max(1, Math.min(repetition.count || 1, MAX_COUNT));
  const until = repetition.end === "UNTIL" ? DateTime.fromISO(repetition.until, { zone: "utc" }) : null;
  if (until?.isValid) options.until = until.toJSDate();
  // rrule writes UNTIL as a UTC instant; the API reads a date alone as that whole local day, which is meant here.
  return new RRule(options)
    .toString()
    .replace(/^RRULE:/, "")
    .replace(/UNTIL=(\d{8})T\d{6}Z/, "UNTIL=$1");
}

/** The rule's parts, or null when rrule cannot read it. */
function parts(rule: string): Partial<Options> | null {
  try {
    const options = RRule.parseString(rule.trim().replace(/^RRULE:/i, ""));
    return options.freq === undefined ? null : options;
  } catch {
    return null;
  }
}

function weekdays(options: Partial<Options>): Weekday[] {
  const days = options.byweekday;
  if (days == null) return [];
  return (Array.isArray(days) ? days : [days]).map((day) =>
    day instanceof Weekday ? day : typeof day === "number" ? new Weekday(day) : RRule[day],
  );
}

/** What the picker shows for a rule; null when the picker cannot show it (it stays under Advanced). */
export function readRepetition(rule: string, start: string): Repetition | null {
  const options = parts(rule);
  if (!options) return null;
  const frequency = (Object.keys(FREQUENCIES) as RepeatFrequency[]).find((key) => FREQUENCIES[key] === options.freq);
  if (!frequency) return null;
  const known = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", ...(frequency === "MONTHLY" ? ["BYMONTHDAY"] : [])];
  const names = rule
    .replace(/^RRULE:/i, "")
    .split(";")
    .map((part) => part.split("=")[0].toUpperCase());
  if (names.some((name) => !known.includes(name))) return null;
  const repetition = defaultRepetition(start, frequency);
  repetition.interval = options.interval ?? 1;
  const days = weekdays(options);
  if (frequency === "DAILY" && days.length) return null;
  if (frequency === "WEEKLY") {
    if (days.some((day) => day.n)) return null;
    if (days.length) repetition.weekdays = days.map((day) => day.weekday);
  }
  if (frequency === "MONTHLY") {
    const date = startDate(start);
    const monthDays = options.bymonthday == null ? [] : [options.bymonthday].flat();
    if (days.length === 1 && days[0].n && !monthDays.length) {
      repetition.monthly = days[0].n === -1 ? "LAST_WEEKDAY" : "WEEKDAY";
    } else if (days.length || monthDays.length > 1 || (date && monthDays.length === 1 && monthDays[0] !== date.day)) {
      return null;
    }
  }
  if (options.count) {
    repetition.end = "COUNT";
    repetition.count = options.count;
  } else if (options.until) {
    repetition.end = "UNTIL";
    repetition.until = DateTime.fromJSDate(options.until, { zone: "utc" }).toISODate() ?? "";
  }
  // Written back to the same rule, or the picker would silently change what it shows.
  return canonical(buildRule(repetition, start), start) === canonical(rule, start) ? repetition : null;
}

/**
 * The rule as rrule writes it, with the days it takes from the start made explicit, to compare
 * rules written differently (part order, UNTIL forms, BYDAY left out of a weekly rule).
 */
function canonical(rule: string, start: string): string {
  const options = parts(rule);
  const date = startDate(start);
  if (!options || !date) return rule;
  if (options.freq === Frequency.WEEKLY && options.byweekday == null) options.byweekday = [date.weekday - 1];
  if (options.freq === Frequency.MONTHLY && options.byweekday == null && options.bymonthday == null) {
    options.bymonthday = date.day;
  }
  return new RRule(options)
    .toString()
    .replace(/^RRULE:/, "")
    .replace(/UNTIL=(\d{8})T\d{6}Z/, "UNTIL=$1")
    .split(";")
    .sort()
    .join(";");
}

/** A weekday's name in a language, Monday being 0. */
export function weekdayName(day: number, language: string): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 1 + day)),
  );
}

const RANKS = ["1", "2", "3", "4", "5", "-1"] as const;

/**
 * "Every 2 weeks, on Monday and Wednesday, 10 times": the rule in the interface's language,
 * written from its parts with i18next (rrule's own `toText` speaks English only). Null when
 * rrule cannot read it.
 */
export function describeRule(rule: string, t: TFunction, language: string): string | null {
  const options = parts(rule);
  if (!options) return null;
  const frequency = (["YEARLY", "MONTHLY", "WEEKLY", "DAILY"] as const).find((_name, index) => index === options.freq);
  if (!frequency) return null;
  const list = (items: string[]) => new Intl.ListFormat(language, { type: "conjunction" }).format(items);
  const phrases = [t(`event.recurrence.${frequency}`, { count: options.interval ?? 1 })];
  const days = weekdays(options);
  const ranked = days.filter((day) => day.n);
  if (ranked.length) {
    for (const day of ranked) {
      const rank = String(day.n) as (typeof RANKS)[number];
      if (!RANKS.includes(rank)) return null;
      phrases.push(
        t("event.recurrence.nthWeekday", {
          nth: t(`event.recurrence.ranks.${rank}`),
          day: weekdayName(day.weekday, language),
        }),
      );
    }
  } else if (days.length) {
    const names = days.map((day) => t("event.recurrence.weekday", { day: weekdayName(day.weekday, language) }));
    phrases.push(t("event.recurrence.on", { days: list(names) }));
  }
  const monthDays = options.bymonthday == null ? [] : [options.bymonthday].flat();
  if (monthDays.length) phrases.push(t("event.recurrence.monthDay", { days: list(monthDays.map(String)) }));
  if (options.count) phrases.push(t("event.recurrence.times", { count: options.count }));
  if (options.until) {
    const until = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(options.until);
    phrases.push(t("event.recurrence.until", { date: until }));
  }
  return phrases.join(", ");
}
