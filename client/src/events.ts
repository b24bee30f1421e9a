import { DateTime } from "luxon";

/** The browser's own time zone, which a new event starts in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every IANA zone the browser knows, with the browser's own first if it were missing. */
export function timeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  const own = browserTimeZone();
  return zones.includes(own) ? zones : [own, ...zones];
}

/** A moment as a form control shows it in a zone: a date for all-day events, else a local date and time. */
export function toLocalInput(iso: string, timeZone: string, allDay: boolean): string {
  const moment = DateTime.fromISO(iso, { zone: "utc" }).setZone(timeZone);
  return moment.toFormat(allDay ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm");
}

/** What a date or date-and-time control holds, read as wall time in the zone, as an ISO instant (null if empty). */
export function fromLocalInput(value: string, timeZone: string, allDay: boolean): string | null {
  if (!value) return null;
  const moment = DateTime.fromISO(allDay ? value.slice(0, 10) : value, { zone: timeZone });
  return moment.isValid ? moment.toUTC().toISO() : null;
}

/** When an event happens, in its own zone: "samedi 5 décembre 2026, 19:00 – 22:00 (Europe/Paris)". */
export function formatEventTime(
  event: { startsAt: string; endsAt?: string | null; timeZone: string; allDay: boolean },
  language: string,
): string {
  const options: Intl.DateTimeFormatOptions = event.allDay
    ? { dateStyle: "full", timeZone: event.timeZone }
    : { dateStyle: "full", timeStyle: "short", timeZone: event.timeZone };
  const format = new Intl.DateTimeFormat(language, options);
  const start = new Date(event.startsAt);
  const range = event.endsAt ? format.formatRange(start, new Date(event.endsAt)) : format.format(start);
  return event.allDay ? range : `${range} (${event.timeZone})`;
}

const FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
export type Frequency = (typeof FREQUENCIES)[number];
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** The parts of an RRULE a summary needs; null when it cannot be read. */
export function readRule(rule: string): {
  frequency: Frequency;
  interval: number;
  days: number[];
  count?: number;
  until?: string;
} | null {
  const parts = new Map(
    rule
      .replace(/^RRULE:/i, "")
      .split(";")
      .map((part) => part.split("=") as [string, string]),
  );
  const frequency = parts.get("FREQ")?.toUpperCase() as Frequency | undefined;
  if (!frequency || !FREQUENCIES.includes(frequency)) return null;
  const days = (parts.get("BYDAY") ?? "")
    .split(",")
    .map((day) => WEEKDAYS.indexOf(day.replace(/^[+-]?\d+/, "").toUpperCase()))
    .filter((day) => day >= 0);
  const until = parts.get("UNTIL");
  return {
    frequency,
    interval: Number(parts.get("INTERVAL") ?? 1) || 1,
    days,
    count: parts.has("COUNT") ? Number(parts.get("COUNT")) : undefined,
    until: until ? (DateTime.fromISO(until.replace(/Z$/, ""), { zone: "utc" }).toISO() ?? undefined) : undefined,
  };
}

/** A weekday's name in a language, Monday being 0. */
export function weekdayName(day: number, language: string): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 1 + day)),
  );
}
