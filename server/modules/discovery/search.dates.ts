import { DateTime } from "luxon";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { InvalidInput } from "../../graphql/errors";
import type { MessageKey, MessageParams } from "../../graphql/messages";
import { EARLIEST, LATEST, occurrencesOf } from "../events/recurrence";
import { type DateRangeInput, DatePreset } from "./search.inputs";

/** The [from, to) range of a date filter; `to` is open (null) for UPCOMING. */
export interface DateWindow {
  from: Date;
  to: Date | null;
}

/**
 * A date filter ready for SQL: its range, and the recurring series that really have an
 * occurrence in it, each with the start of its first such occurrence (the DATE sort's key)
 * when the order needs it, else null.
 */
export interface DateMatch extends DateWindow {
  series: Map<string, Date | null>;
}

function refuse(field: string, key: MessageKey, params?: MessageParams): never {
  throw new InvalidInput([{ field, key, params }]);
}

/**
 * The range of a date filter. TODAY and THIS_WEEK end at midnight in the instance's time
 * zone (the end of the day, the end of Sunday), not in UTC: "today" in Paris ends at 23:00
 * or 22:00 UTC.
 */
export function dateRange(dates: DateRangeInput, now: Date, timeZone: string): DateWindow {
  const given = dates.from !== undefined || dates.to !== undefined;
  if (dates.preset && given) refuse("filter.dates", "search.datesPresetOrRange");
  if (!dates.preset && !given) refuse("filter.dates", "search.datesMissing");
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (dates.preset === DatePreset.UPCOMING) return { from: now, to: null };
  if (dates.preset === DatePreset.TODAY) {
    return { from: now, to: local.startOf("day").plus({ days: 1 }).toJSDate() };
  }
  if (dates.preset === DatePreset.THIS_WEEK) {
    return { from: now, to: local.startOf("week").plus({ weeks: 1 }).toJSDate() };
  }
  const from = dates.from ?? now;
  const to = dates.to ?? null;
  for (const [field, date] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (date && (date < EARLIEST || date > LATEST)) {
      refuse(`filter.dates.${field}`, "search.dateOutOfRange", {
        earliest: EARLIEST.toISOString(),
        latest: LATEST.toISOString(),
      });
    }
  }
  if (to && to <= from) refuse("filter.dates.to", "search.dateOrder");
  return { from, to };
}

/** SQL true when an event's span (first start to end of last occurrence) overlaps the range. */
function spanOverlaps(alias: string, window: DateWindow): string {
  const ends = `(${alias}.occurs_until IS NULL OR ${alias}.occurs_until >= :rangeFrom)`;
  return window.to ? `(${ends} AND ${alias}.starts_at < :rangeTo)` : ends;
}

const rangeParameters = (window: DateWindow) => ({ rangeFrom: window.from, rangeTo: window.to });

/**
 * Narrows a query on `element` to the recurring series worth expanding for a range: their
 * span overlaps it, or one of their changed occurrences (which may move outside the span) does.
 */
export function whereRecurringCandidate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  window: DateWindow,
): SelectQueryBuilder<T> {
  const changedInRange = `EXISTS (SELECT 1 FROM element changed WHERE changed.recurrence_series_id = element.id
    AND changed.deleted_at IS NULL AND coalesce(changed.ends_at, changed.starts_at) >= :rangeFrom
    ${window.to ? "AND changed.starts_at < :rangeTo" : ""})`;
  return query
    .andWhere("element.kind = 'event' AND element.recurrence_rule IS NOT NULL")
    .andWhere(`(${spanOverlaps("element", window)} OR ${changedInRange})`, rangeParameters(window));
}

/**
 * Limits a query on `element` to events in the range: a single event when its time
 * overlaps it, a recurring series only when one of its occurrences does (found beforehand,
 * see `firstOccurrences`), so that counts and keyset pages stay exact SQL.
 */
export function whereDates<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, match: DateMatch) {
  return query.andWhere("element.kind = 'event'").andWhere(
    // An event that ends exactly when the range begins is over, as in `occurrences`.
    `((element.recurrence_rule IS NULL AND ${spanOverlaps("element", match)}
        AND (element.ends_at IS NULL OR element.ends_at <= element.starts_at OR element.ends_at > :rangeFrom))
        OR element.id = ANY(CAST(:matchedSeries AS uuid[])))`,
    { ...rangeParameters(match), matchedSeries: [...match.series.keys()] },
  );
}

export interface SeriesSchedule {
  id: string;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  recurrenceRule: string;
  recurrenceExceptions: Date[];
}

export interface ChangedOccurrenceTimes {
  seriesId: string;
  originalStart: Date;
  startsAt: Date;
  endsAt: Date | null;
}

/**
 * Expands each series over the range (in its own zone, cancelled occurrences left out,
 * changed ones at their new times, as `occurrences` does) and keeps those with an
 * occurrence there, with the start of the first one when `withStarts`.
 *
 * Expanding costs a tenth of a millisecond or more a series, so it is skipped where the
 * answer is known: from a date on (UPCOMING), a series that nothing cancelled or changed
 * and whose end is exact (COUNT, or no end at all; UNTIL only bounds it) has an occurrence
 * exactly when its last one ends after that date, which the SQL has already checked.
 */
export function firstOccurrences(
  series: SeriesSchedule[],
  changed: ChangedOccurrenceTimes[],
  window: DateWindow,
  withStarts: boolean,
): Map<string, Date | null> {
  const changesOf = new Map<string, { originalStart: Date; startsAt: Date; endsAt: Date | null; event: null }[]>();
  for (const change of changed) {
    const list = changesOf.get(change.seriesId) ?? [];
    list.push({ ...change, event: null });
    changesOf.set(change.seriesId, list);
  }
  const found = new Map<string, Date | null>();
  for (const schedule of series) {
    const untouched = !schedule.recurrenceExceptions.length && !changesOf.has(schedule.id);
    if (!withStarts && !window.to && untouched && !/UNTIL=/.test(schedule.recurrenceRule)) {
      found.set(schedule.id, null);
      continue;
    }
    const [first] = occurrencesOf(schedule, changesOf.get(schedule.id) ?? [], window.from, window.to ?? LATEST, 1);
    if (first) found.set(schedule.id, first.startsAt);
  }
  return found;
}
