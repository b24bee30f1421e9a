import { DateTime } from "luxon";

// Forms only (luxon reads wall times in a zone): kept apart from events.ts, which every list uses.

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
