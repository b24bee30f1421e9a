import { DateTime } from "luxon";
import { Frequency, type Options, RRule } from "rrule";
import { InvalidInput } from "../../graphql/errors";
import type { MessageKey, MessageParams } from "../../graphql/messages";

/**
 * RFC 5545 recurrence, expanded by the `rrule` library in the event's time zone.
 *
 * rrule computes in "floating" time: dates whose UTC fields are read as local wall-clock
 * time. Expanding there and converting each result into the event's zone keeps a weekly
 * 19:00 event at 19:00 local time across daylight-saving changes.
 *
 * Rules are bounded so that no request can make the library iterate for long: no
 * frequency below daily, COUNT and INTERVAL capped, and the parts that can describe rules
 * with rare or no occurrences (BYMONTHDAY, BYSETPOS, ordinal BYDAY) only with MONTHLY and
 * YEARLY frequencies, whose iteration is cheap (one step per month or year; a rule that
 * never matches costs a bounded scan of well under a second).
 */

export interface Schedule {
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  recurrenceRule: string | null;
}

export const MAX_COUNT = 1000;
export const MAX_INTERVAL = 100;
/** Events and ranges stay within these years, so that expansions stay short. */
export const EARLIEST = new Date("1900-01-01T00:00:00Z");
export const LATEST = new Date("2200-01-01T00:00:00Z");

const DAY = 24 * 60 * 60 * 1000;
const WEEKDAYS = "(MO|TU|WE|TH|FR|SA|SU)";
const PLAIN_DAYS = new RegExp(`^${WEEKDAYS}(,${WEEKDAYS})*$`);
const ORDINAL_DAYS = new RegExp(`^([+-]?\\d{1,2})?${WEEKDAYS}(,([+-]?\\d{1,2})?${WEEKDAYS})*$`);
const COMMON_PARTS = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTH", "WKST"];
const PARTS: Record<string, string[]> = {
  DAILY: COMMON_PARTS,
  WEEKLY: COMMON_PARTS,
  MONTHLY: [...COMMON_PARTS, "BYMONTHDAY", "BYSETPOS"],
  YEARLY: [...COMMON_PARTS, "BYMONTHDAY", "BYSETPOS"],
};

function problem(key: MessageKey, params?: MessageParams) {
  return new InvalidInput([{ field: "recurrenceRule", key, params }]);
}

/**
 * Checks a rule such as FREQ=WEEKLY;BYDAY=TU;COUNT=10 against the event it repeats and
 * returns it in its stored form (upper case, without the RRULE: prefix). The event's start
 * must be the rule's first occurrence, as RFC 5545 expects of DTSTART.
 */
export function normaliseRule(text: string, startsAt: Date, timeZone: string): string {
  const rule = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, "");
  const parts = rule.split(";").map((part) => part.split("="));
  if (parts.some((part) => part.length !== 2 || !part[0] || !part[1])) {
    throw problem("recurrence.syntax");
  }
  const names = parts.map(([name]) => name);
  if (new Set(names).size !== names.length) throw problem("recurrence.repeatedPart");
  const values = Object.fromEntries(parts);
  if (!values.FREQ) throw problem("recurrence.noFrequency");
  if (!PARTS[values.FREQ]) throw problem("recurrence.badFrequency");
  const unsupported = names.find((name) => !PARTS[values.FREQ].includes(name));
  if (unsupported) throw problem("recurrence.unsupportedPart", { part: unsupported, frequency: values.FREQ });
  if (values.COUNT && values.UNTIL) throw problem("recurrence.countAndUntil");
  if (
    values.BYDAY &&
    !(values.FREQ === "MONTHLY" || values.FREQ === "YEARLY" ? ORDINAL_DAYS : PLAIN_DAYS).test(values.BYDAY)
  ) {
    throw problem("recurrence.byDay");
  }
  checkIntegers(values.COUNT, "COUNT", 1, MAX_COUNT);
  checkIntegers(values.INTERVAL, "INTERVAL", 1, MAX_INTERVAL);
  checkIntegers(values.BYMONTH, "BYMONTH", 1, 12);
  checkIntegers(values.BYMONTHDAY, "BYMONTHDAY", -31, 31);
  checkIntegers(values.BYSETPOS, "BYSETPOS", -366, 366);
  if (values.BYSETPOS && !values.BYDAY && !values.BYMONTHDAY) throw problem("recurrence.bySetPos");

  let recurrence: RRule;
  try {
    recurrence = floatingRule(rule, startsAt, timeZone);
  } catch {
    throw problem("recurrence.invalid");
  }
  if (recurrence.options.until && recurrence.options.until < floating(startsAt, timeZone)) {
    throw problem("recurrence.untilBeforeStart");
  }
  const [first] = recurrence.all((_date, index) => index < 1);
  if (first?.getTime() !== floating(startsAt, timeZone).getTime()) {
    throw problem("recurrence.firstOccurrence");
  }
  return rule;
}

function checkIntegers(value: string | undefined, name: string, min: number, max: number) {
  if (value === undefined) return;
  const ok = value
    .split(",")
    .every((item) => /^[+-]?\d{1,4}$/.test(item) && +item >= min && +item <= max && +item !== 0);
  if (!ok)
    throw problem(min < 0 ? "recurrence.wholeNumbersNotZero" : "recurrence.wholeNumbers", { part: name, min, max });
}

/** The rule with a floating start; UNTIL, given in UTC or as a local date, becomes floating too. */
function floatingRule(rule: string, startsAt: Date, timeZone: string, dtstart = floating(startsAt, timeZone)): RRule {
  const options: Partial<Options> = RRule.parseString(rule);
  const until = /UNTIL=(\d{8})(T\d{6})?(Z)?/.exec(rule);
  if (until && options.until) {
    // A date alone includes that whole day; a UTC time is an instant; a time without Z is already local.
    if (!until[2]) options.until = new Date(options.until.getTime() + DAY - 1);
    else if (until[3]) options.until = floating(options.until, timeZone);
  }
  return new RRule({ ...options, dtstart, tzid: null });
}

/** The wall-clock time of an instant in a zone, as a floating date. */
function floating(instant: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return new Date(
    Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond),
  );
}

/** The instant at which a floating wall-clock time happens in a zone (shifted forward inside a DST gap). */
function instant(floatingDate: Date, timeZone: string): Date {
  return DateTime.fromObject(
    {
      year: floatingDate.getUTCFullYear(),
      month: floatingDate.getUTCMonth() + 1,
      day: floatingDate.getUTCDate(),
      hour: floatingDate.getUTCHours(),
      minute: floatingDate.getUTCMinutes(),
      second: floatingDate.getUTCSeconds(),
      millisecond: floatingDate.getUTCMilliseconds(),
    },
    { zone: timeZone },
  ).toJSDate();
}

export interface Occurrence {
  /** When the rule (or the single event) places it. */
  originalStart: Date;
  startsAt: Date;
  endsAt: Date | null;
}

/**
 * The occurrences of a schedule that overlap [from, to), soonest first, at most `limit`,
 * ignoring cancellations and changes (see `occurrencesOf`). Durations are kept in local
 * time: a 19:00–21:00 event stays 19:00–21:00 on the day the clocks change.
 */
export function expand(schedule: Schedule, from: Date, to: Date, limit: number): Occurrence[] {
  const { startsAt, endsAt, timeZone, recurrenceRule } = schedule;
  const overlaps = (start: Date, end: Date | null) => start < to && (end && end > start ? end > from : start >= from);
  if (!recurrenceRule) {
    return overlaps(startsAt, endsAt) ? [{ originalStart: startsAt, startsAt, endsAt }] : [];
  }
  const start = floating(startsAt, timeZone);
  const duration = endsAt ? floating(endsAt, timeZone).getTime() - start.getTime() : null;
  // A day of margin on both sides covers any offset between floating and real time.
  const after = new Date(floating(from, timeZone).getTime() - (duration ?? 0) - DAY);
  const before = new Date(floating(to, timeZone).getTime() + DAY);
  const found: Occurrence[] = [];
  expansionRule(recurrenceRule, startsAt, timeZone, after).between(after, before, true, (date) => {
    const occurrenceStart = instant(date, timeZone);
    const occurrenceEnd = duration === null ? null : instant(new Date(date.getTime() + duration), timeZone);
    if (overlaps(occurrenceStart, occurrenceEnd)) {
      found.push({ originalStart: occurrenceStart, startsAt: occurrenceStart, endsAt: occurrenceEnd });
    }
    return found.length < limit;
  });
  return found;
}

/**
 * The rule to expand from `after` on. A daily or weekly rule without COUNT repeats with a
 * fixed period, so its expansion can start at the last period before `after` instead of
 * iterating from a start years ago; other rules iterate at most a few thousand months.
 */
function expansionRule(rule: string, startsAt: Date, timeZone: string, after: Date): RRule {
  const recurrence = floatingRule(rule, startsAt, timeZone);
  const { freq, count, interval } = recurrence.options;
  if (count || (freq !== Frequency.DAILY && freq !== Frequency.WEEKLY)) return recurrence;
  const period = interval * (freq === Frequency.WEEKLY ? 7 : 1) * DAY;
  const start = recurrence.options.dtstart.getTime();
  const periods = Math.floor((after.getTime() - start) / period);
  if (periods <= 0) return recurrence;
  return floatingRule(rule, startsAt, timeZone, new Date(start + periods * period));
}

/** Whether a rule places an occurrence at exactly this start. */
export function isOccurrence(schedule: Schedule, start: Date): boolean {
  return expand(schedule, start, new Date(start.getTime() + 1), 10).some(
    (occurrence) => occurrence.originalStart.getTime() === start.getTime(),
  );
}

/**
 * When the last occurrence ends: an upper bound for UNTIL rules, null for a series without
 * end. Stored with the event, so that date-range lists can filter in SQL.
 */
export function occursUntil(schedule: Schedule): Date | null {
  const { startsAt, endsAt, timeZone, recurrenceRule } = schedule;
  if (!recurrenceRule) return endsAt ?? startsAt;
  const recurrence = floatingRule(recurrenceRule, startsAt, timeZone);
  const start = floating(startsAt, timeZone);
  const duration = endsAt ? floating(endsAt, timeZone).getTime() - start.getTime() : 0;
  const { count, until } = recurrence.options;
  const last = count ? recurrence.all().at(-1) : until;
  return last ? instant(new Date(last.getTime() + duration), timeZone) : null;
}

/** A changed occurrence: a separate event replacing one start of the series. */
export interface ChangedOccurrence<T> {
  originalStart: Date;
  startsAt: Date;
  endsAt: Date | null;
  event: T;
}

/**
 * A series' occurrences overlapping [from, to), soonest first: cancelled ones are left
 * out, changed ones appear at their new time (when that time overlaps the range).
 */
export function occurrencesOf<T>(
  schedule: Schedule & { recurrenceExceptions: Date[] },
  changed: ChangedOccurrence<T>[],
  from: Date,
  to: Date,
  limit: number,
): (Occurrence & { changedEvent: T | null })[] {
  const cancelled = new Set(schedule.recurrenceExceptions.map((start) => new Date(start).getTime()));
  const replaced = new Set(changed.map((change) => change.originalStart.getTime()));
  const kept = expand(schedule, from, to, limit + replaced.size + cancelled.size)
    .filter(({ originalStart }) => !cancelled.has(originalStart.getTime()) && !replaced.has(originalStart.getTime()))
    .map((occurrence) => ({ ...occurrence, changedEvent: null }));
  const moved = changed
    .filter((change) => !cancelled.has(change.originalStart.getTime()))
    .filter((change) => change.startsAt < to && (change.endsAt ?? change.startsAt) >= from)
    .map(({ originalStart, startsAt, endsAt, event }) => ({ originalStart, startsAt, endsAt, changedEvent: event }));
  return [...kept, ...moved].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).slice(0, limit);
}
