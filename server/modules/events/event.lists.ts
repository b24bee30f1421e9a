import DataLoader from "dataloader";
import { type DataSource, In, type SelectQueryBuilder } from "typeorm";
import { InvalidInput } from "../../graphql/errors";
import { Person } from "../accounts/person.entity";
import { loadVisibleElements } from "../elements/element.loaders";
import { Element, ElementKind } from "../elements/element.entity";
import { Ordering } from "../../graphql/connection";
import type { PageArguments } from "../../graphql/page-loader";
import { elementPageLoader } from "../elements/element.pages";
import { whereVisible } from "../policy/visibility";
import { Link, LinkType } from "../links/link.entity";
import type { Event } from "./event.entity";

/** Soonest first, on `starts_at` (a series by its first start); each list names its own cursors. */
export function soonestFirst(list: string): Ordering<Event> {
  return new Ordering<Event>(`${list}:soonest`, {
    alias: "element",
    column: "starts_at",
    direction: "ASC",
    value: (event) => event.startsAt,
  });
}

export interface EventRange {
  /** Now by default: lists show what has not ended yet. */
  from?: Date;
  to?: Date;
}

/**
 * Limits a query on `element` to events overlapping a range. A series appears once (its
 * changed occurrences are reached through its `occurrences`), sorted by its first start.
 */
export function upcomingEvents(query: SelectQueryBuilder<Element>, { from, to }: EventRange) {
  const start = from ?? new Date();
  if (to && to <= start) throw new InvalidInput([{ field: "to", key: "event.toNotAfterFromOrNow" }]);
  query
    .andWhere("element.kind = :eventKind", { eventKind: ElementKind.EVENT })
    .andWhere("element.recurrence_series_id IS NULL")
    .andWhere("(element.occurs_until IS NULL OR element.occurs_until >= :rangeFrom)", { rangeFrom: start });
  if (to) query.andWhere("element.starts_at < :rangeTo", { rangeTo: to });
  return query;
}

type EventPageArguments = PageArguments & EventRange;

/** Per-request loaders of the events module (see graphql/loaders.ts). */
export function eventLoaders(dataSource: DataSource, viewerId: string | null, deletionDelayDays: number) {
  return {
    /** Pages of the events each organization or project organizes, soonest first. */
    eventsOrganizedBy: elementPageLoader<Event, EventPageArguments>(dataSource, viewerId, deletionDelayDays, {
      parent: "organizer.member_element_id",
      scope: (query, organizerIds, range) => {
        query.innerJoin(
          Link,
          "organizer",
          "organizer.element_id = element.id AND organizer.type = :organizerType AND organizer.member_element_id IN (:...organizerIds)",
          { organizerType: LinkType.ORGANIZER, organizerIds },
        );
        upcomingEvents(query, range);
      },
      order: soonestFirst("organizer-events"),
    }),

    /** Pages of each event's sub-events, soonest first. */
    subEventsOf: elementPageLoader<Event, EventPageArguments>(dataSource, viewerId, deletionDelayDays, {
      parent: "element.parent_event_id",
      scope: (query, parentIds, range) => {
        query.andWhere("element.parent_event_id IN (:...parentIds)", { parentIds });
        upcomingEvents(query, range);
      },
      order: soonestFirst("sub-events"),
    }),

    /**
     * Each event's organizers the viewer may see: organizations, projects, then persons,
     * each in the order they were added. Resolved
     * here rather than through the element and person loaders, so that a page costs the
     * same three statements however its loads fall into batches.
     */
    organizersOf: new DataLoader<string, (Element | Person)[]>(async (eventIds) => {
      const links = await dataSource.getRepository(Link).find({
        where: { type: LinkType.ORGANIZER, elementId: In([...eventIds]) },
        order: { createdAt: "ASC", id: "ASC" },
      });
      const personIds = [...new Set(links.flatMap((link) => (link.personId ? [link.personId] : [])))];
      const elementIds = [...new Set(links.flatMap((link) => (link.memberElementId ? [link.memberElementId] : [])))];
      const [persons, elements] = await Promise.all([
        personIds.length ? dataSource.getRepository(Person).findBy({ id: In(personIds) }) : [],
        loadVisibleElements(dataSource, viewerId, deletionDelayDays, elementIds),
      ]);
      const byId = new Map<string, Element | Person>();
      for (const found of [...persons, ...elements]) if (found) byId.set(found.id, found);
      return eventIds.map((eventId) =>
        links
          .filter((link) => link.elementId === eventId)
          .flatMap((link) => byId.get((link.personId ?? link.memberElementId)!) ?? [])
          .sort((a, b) => organizerRank(a) - organizerRank(b)),
      );
    }),

    /** Each series' changed occurrences that the viewer may see. */
    changedOccurrencesOf: new DataLoader<string, Event[]>(async (seriesIds) => {
      const query = dataSource
        .getRepository(Element)
        .createQueryBuilder("element")
        .where("element.recurrence_series_id IN (:...seriesIds)", { seriesIds: [...seriesIds] });
      const rows = (await whereVisible(query, "element", viewerId, deletionDelayDays).getMany()) as Event[];
      return seriesIds.map((id) => rows.filter((row) => row.recurrenceSeriesId === id));
    }),
  };
}

/** Organizers added together share their creation time: list them by kind. */
function organizerRank(organizer: Element | Person): number {
  if (organizer instanceof Person) return 2;
  return organizer.kind === ElementKind.PROJECT ? 1 : 0;
}
