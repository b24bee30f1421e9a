import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { Router } from "express";
import ical, { type ICalCalendar, type ICalLocation } from "ical-generator";
import { DateTime } from "luxon";
import type { Event } from "../modules/events/event.entity";
import { addressLine } from "../modules/geography/address";
import type { EventService } from "../modules/events/event.service";

const SLUG_OR_ID = /^[a-z0-9][a-z0-9-]{0,79}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /events/<slug or id>.ics: a public event as an iCalendar file (RFC 5545) that calendar
 * apps import, with its recurrence rule, its cancelled dates (EXDATE) and its changed dates
 * (RECURRENCE-ID). Events that are private or deleted answer 404 like unknown ones.
 */
export function eventCalendarRoutes(calendar: EventService, publicUrl: string): Router {
  const router = Router();
  router.get("/events/:file", async (req, res, next) => {
    const match = /^(.+)\.ics$/.exec(req.params.file);
    if (!match) return next();
    const ref = match[1];
    const found = SLUG_OR_ID.test(ref)
      ? await calendar.publicCalendar(UUID.test(ref) ? { id: ref } : { slug: ref })
      : null;
    if (!found) {
      res.status(404).type("text/plain").send("No public event here.\n");
      return;
    }
    res
      .type("text/calendar; charset=utf-8")
      .setHeader("Content-Disposition", `attachment; filename="${found.event.slug}.ics"`)
      .send(eventCalendar(found.event, found.changed, publicUrl).toString());
  });
  return router;
}

/** The calendar file of an event and its changed occurrences, in the event's own time zone. */
export function eventCalendar(event: Event, changed: Event[], publicUrl: string): ICalCalendar {
  const file = newCalendar(event.name);
  addEvent(file, event, changed, publicUrl);
  return file;
}

/** An empty calendar file that describes the time zones of the events it is given. */
export function newCalendar(name: string): ICalCalendar {
  return ical({
    prodId: { company: "Communect", product: "Communect", language: "EN" },
    name,
    // Writes a VTIMEZONE for each zone the events use, so that every calendar app reads the times alike.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
}

/** Adds an event (a series with its rule and cancelled dates) and its changed occurrences to `file`. */
export function addEvent(file: ICalCalendar, event: Event, changed: Event[], publicUrl: string): void {
  const host = new URL(publicUrl).host;
  const uid = `${event.id}@${host}`;
  const url = `${publicUrl}/events/${event.slug}`;
  file.createEvent({
    id: uid,
    ...times(event),
    summary: event.name,
    description: event.shortDescription ?? null,
    location: placeOf(event),
    url,
    repeating: event.recurrenceRule ? recurrence(event) : null,
  });
  for (const occurrence of changed) {
    file.createEvent({
      id: uid,
      ...times(occurrence),
      recurrenceId: local(occurrence.recurrenceOriginalStart!, event),
      summary: occurrence.name,
      description: occurrence.shortDescription ?? null,
      location: placeOf(occurrence),
      url: `${publicUrl}/events/${occurrence.slug}`,
    });
  }
}

type Times = Pick<Event, "startsAt" | "endsAt" | "timeZone" | "allDay">;

/** An instant as the event's wall clock (a date alone for all-day events). */
function local(instant: Date, event: Times): DateTime {
  const moment = DateTime.fromJSDate(instant, { zone: event.timeZone });
  return event.allDay ? moment.startOf("day") : moment;
}

function times(event: Times) {
  // All-day events are stored up to the last instant of their last day; iCalendar ends them the next day.
  const end = event.endsAt && (event.allDay ? new Date(event.endsAt.getTime() + 1) : event.endsAt);
  return {
    start: local(event.startsAt, event),
    end: end ? local(end, event) : null,
    timezone: event.timeZone,
    allDay: event.allDay,
  };
}

/**
 * The stored RRULE, with UNTIL in the form RFC 5545 asks with a zoned start (UTC, or a date
 * for all-day events), followed by the cancelled starts (EXDATE).
 */
function recurrence(event: Event): string {
  const rule = event.recurrenceRule!.replace(/UNTIL=(\d{8})(T\d{6})?(Z)?/, (_all, date, time, utc) => {
    const until = utc
      ? DateTime.fromFormat(`${date}${time}`, "yyyyMMdd'T'HHmmss", { zone: "utc" })
      : time
        ? DateTime.fromFormat(`${date}${time}`, "yyyyMMdd'T'HHmmss", { zone: event.timeZone })
        : DateTime.fromFormat(date, "yyyyMMdd", { zone: event.timeZone }).endOf("day");
    return `UNTIL=${
      event.allDay ? until.setZone(event.timeZone).toFormat("yyyyMMdd") : until.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")
    }`;
  });
  const lines = [`RRULE:${rule}`];
  if (event.recurrenceExceptions.length) {
    const dates = event.recurrenceExceptions.map((start) =>
      local(start, event).toFormat(event.allDay ? "yyyyMMdd" : "yyyyMMdd'T'HHmmss"),
    );
    lines.push(`EXDATE;${event.allDay ? "VALUE=DATE" : `TZID=${event.timeZone}`}:${dates.join(",")}`);
  }
  return lines.join("\r\n");
}

/** Where an event takes place, as calendars read it: its address on one line, and its point when known. */
function placeOf(event: Event): ICalLocation | null {
  const title = addressLine(event.address);
  if (!title) return null;
  const point = event.location;
  return point ? { title, geo: { lat: point.latitude, lon: point.longitude } } : { title };
}
