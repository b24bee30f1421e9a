import type { Router } from "express";
import type { ICalCalendar } from "ical-generator";
import { elementPages } from "./elements";
import { addEvent, eventCalendar, newCalendar } from "./event-calendar";
import type { DataSourceName } from "./freshness";
import type { DataLicence } from "./licence";
import { type OneExport, type OpenDataDeps, answerNotFound, exportHandler, queryOf, startExport } from "./respond";

const TYPE = "text/calendar; charset=utf-8";
const SOURCES: DataSourceName[] = ["elements", "links"];

/** iCalendar has no licence property: the calendar's description and an X- property say it. */
function stateLicence(file: ICalCalendar, licence: DataLicence): ICalCalendar {
  file.description(`${licence.attribution} ${licence.url}`);
  file.x("X-LICENSE", licence.url);
  return file;
}

export function calendarRoutes(router: Router, deps: OpenDataDeps): void {
  /**
   * The public events matching the filters, each with its recurrence rule, cancelled dates and
   * changed occurrences (changed occurrences come with their series, not on their own).
   */
  router.get(
    "/events.ics",
    exportHandler(async (req, res) => {
      const query = queryOf(req);
      query.set("kind", "event");
      const pages = elementPages(deps.read, query);
      const first = await pages.next();
      const licence = await startExport(deps, req, res, { type: TYPE, filename: "events.ics", sources: SOURCES });
      if (!licence) return;
      const file = stateLicence(newCalendar("Events"), licence);
      file.url(`${deps.publicUrl}/events`);
      const add = async (nodes: { id: string; recurrenceOriginalStart?: string | null }[]) => {
        for (const node of nodes) {
          if (node.recurrenceOriginalStart) continue;
          // The service reads as an anonymous visitor too (no viewer), with its changed occurrences.
          const found = await deps.services.calendar.publicCalendar({ id: node.id });
          if (found) addEvent(file, found.event, found.changed, deps.publicUrl);
        }
      };
      if (!first.done) {
        await add(first.value);
        for await (const page of pages) await add(page);
      }
      res.send(file.toString());
    }),
  );
}

/** /open-data/events/<slug>.ics: one event (the web app's "add to my calendar"). */
export const calendarOfOne: OneExport = async (deps, req, res, path, slug) => {
  const found = path === "events" ? await deps.services.calendar.publicCalendar({ slug }) : null;
  if (!found) return answerNotFound(res);
  const licence = await startExport(deps, req, res, { type: TYPE, filename: `${slug}.ics`, sources: SOURCES });
  if (!licence) return;
  res.send(stateLicence(eventCalendar(found.event, found.changed, deps.publicUrl), licence).toString());
};
