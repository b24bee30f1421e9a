import { GEOGRAPHY_COLUMNS } from "../geography/address";
import { DateTime } from "luxon";
import { type DataSource, type EntityManager, In, IsNull, Not } from "typeorm";
import { Conflict, Forbidden, InvalidInput, NotFound } from "../../graphql/errors";
import { Person, VERIFIED } from "../accounts/person.entity";
import { ActivityVerb } from "../activity/activity.entity";
import { recordActivity } from "../activity/activity.record";
import { descriptiveChanges } from "../elements/element.changes";
import { Element, ElementKind } from "../elements/element.entity";
import { loadVisibleElements } from "../elements/element.loaders";
import { elementPage } from "../elements/element.pages";
import { whereVisible } from "../policy/visibility";
import type { ElementService } from "../elements/element.service";
import { COMMUNITY_LINK, Link, LinkState, LinkType } from "../links/link.entity";
import { may } from "../policy/policy";
import { loadStandings } from "../policy/standing";
import { Event } from "./event.entity";
import type {
  CancelOccurrenceInput,
  ChangeOccurrenceInput,
  CreateEventInput,
  RestoreOccurrenceInput,
  SetEventOrganizersInput,
  UpdateEventInput,
} from "./event.inputs";
import { soonestFirst, upcomingEvents, type EventRange } from "./event.lists";
import { EARLIEST, isOccurrence, LATEST, normaliseRule, occurrencesOf, occursUntil, type Schedule } from "./recurrence";

/** The times of an event as given: normalised and checked by `checkSchedule`. */
interface ScheduleInput extends Schedule {
  allDay: boolean;
}

/** Bounds on what a series keeps, so that expanding it stays cheap. */
const MAX_EXCEPTIONS = 1000;
const MAX_CHANGED = 500;
export const MAX_OCCURRENCES = 500;
const MAX_RANGE_DAYS = 366;
const EVENTS_ORDER = soonestFirst("events");

/** Fields a changed occurrence copies from its series unless the change gives them. */
const OCCURRENCE_COPIES = [
  "name",
  "shortDescription",
  "description",
  "tags",
  "imageId",
  "bannerId",
  "email",
  "phone",
  "website",
  "socialLinks",
  "extraLinks",
  ...GEOGRAPHY_COLUMNS,
  "eventType",
  "timeZone",
  "allDay",
  "onlineUrl",
  "attendeeLimit",
  "parentEventId",
] as const;

/**
 * Events follow the rules of every element; in addition they have organizers (elements
 * their administrators commit, or persons), may be part of a larger event, and may recur.
 */
export class EventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly elements: ElementService,
  ) {}

  async create(viewer: Person, input: CreateEventInput): Promise<Event> {
    const { organizerIds, parentEventId, type, ...fields } = input;
    const schedule = checkSchedule({
      ...input,
      endsAt: input.endsAt ?? null,
      recurrenceRule: input.recurrenceRule ?? null,
    });
    if (parentEventId) await this.checkParent(viewer, parentEventId, schedule);
    const organizers = await this.checkOrganizers(viewer, organizerIds ?? [viewer.id], []);
    const event = this.dataSource
      .getRepository(Event)
      .create({ ...descriptiveChanges(fields), eventType: type, ...schedule, parentEventId: parentEventId ?? null });
    return this.elements.create(viewer, event, async (tx, saved) => {
      await tx.insert(
        Link,
        organizers.map((organizer) => organizerLink(saved.id, organizer)),
      );
    });
  }

  /**
   * Descriptive fields and times follow open edition; moving into another event and the
   * attendee limit (the organizers' capacity decision) are for administrators.
   */
  async update(viewer: Person, input: UpdateEventInput): Promise<Event> {
    const { id, parentEventId, type, ...changes } = descriptiveChanges(input, [
      "type",
      "startsAt",
      "timeZone",
      "allDay",
    ]);
    const verb =
      parentEventId === undefined && changes.attendeeLimit === undefined ? "element:edit" : "element:administer";
    const event = (await this.elements.authorize(viewer, id, verb, ElementKind.EVENT)).element as Event;
    if (event.recurrenceSeriesId && changes.recurrenceRule) {
      throw new InvalidInput([{ field: "recurrenceRule", key: "recurrence.changedOccurrence" }]);
    }
    const schedule = checkSchedule({
      startsAt: changes.startsAt ?? event.startsAt,
      endsAt: changes.endsAt === undefined ? event.endsAt : changes.endsAt,
      timeZone: changes.timeZone ?? event.timeZone,
      allDay: changes.allDay ?? event.allDay,
      recurrenceRule: changes.recurrenceRule === undefined ? event.recurrenceRule : changes.recurrenceRule,
    });
    if (parentEventId) await this.checkParent(viewer, parentEventId, schedule, event.id);
    // Unchanged times are not checked again: editing a description never depends on other events.
    else if (parentEventId === undefined && event.parentEventId && movesSpan(event, schedule))
      await this.checkWithinParent(viewer, event.parentEventId, schedule);
    if (movesSpan(event, schedule)) await this.checkSubEventsFit(viewer, event.id, schedule);
    return this.elements.update<Event>(viewer, id, ElementKind.EVENT, {
      ...changes,
      eventType: type,
      ...schedule,
      ...(parentEventId === undefined ? {} : { parentEventId }),
    });
  }

  async find(viewer: Person | null, where: { id?: string; slug?: string }) {
    return (await this.elements.findVisible(viewer, where, ElementKind.EVENT)) as Event | null;
  }

  /**
   * A public event and, for a series, its public changed occurrences: what a calendar file
   * (opendata) shows to anyone, whether or not they have an account.
   */
  async publicCalendar(where: { id?: string; slug?: string }): Promise<{ event: Event; changed: Event[] } | null> {
    const event = await this.find(null, where);
    if (!event) return null;
    if (!event.recurrenceRule) return { event, changed: [] };
    const query = this.dataSource
      .getRepository(Event)
      .createQueryBuilder("element")
      .where("element.recurrence_series_id = :id", { id: event.id })
      .orderBy("element.recurrence_original_start")
      .limit(MAX_CHANGED);
    const changed = (await whereVisible(query, "element", null, this.elements.deletionDelayDays).getMany()) as Event[];
    return { event, changed };
  }

  /** Visible events overlapping a range (from now on by default), soonest first; a series appears once. */
  list(viewer: Person | null, range: EventRange & { first?: number; after?: string }) {
    return elementPage<Event>(this.dataSource, viewer?.id ?? null, this.elements.deletionDelayDays, {
      scope: (query) => upcomingEvents(query, range),
      order: EVENTS_ORDER,
      first: range.first,
      after: range.after,
    });
  }

  /**
   * The occurrences of an event overlapping [from, to) (at most a year), soonest first:
   * cancelled ones left out, changed ones at their new times with their own event.
   */
  occurrences(event: Event, changed: Event[], { from, to, first }: { from: Date; to: Date; first: number }) {
    if (to <= from) throw new InvalidInput([{ field: "to", key: "event.toNotAfterFrom" }]);
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 24 * 3600 * 1000) {
      throw new InvalidInput([{ field: "to", key: "event.rangeTooLong", params: { count: MAX_RANGE_DAYS } }]);
    }
    if (from < EARLIEST || to > LATEST) {
      throw new InvalidInput([
        {
          field: "from",
          key: "event.rangeOutside",
          params: { earliest: EARLIEST.toISOString(), latest: LATEST.toISOString() },
        },
      ]);
    }
    const replacements = changed.map((occurrence) => ({
      originalStart: occurrence.recurrenceOriginalStart!,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      event: occurrence,
    }));
    return occurrencesOf(event, replacements, from, to, first);
  }

  /** Replaces the organizers: for the event's administrators, who may add only elements they administer. */
  async setOrganizers(viewer: Person, input: SetEventOrganizersInput): Promise<Event> {
    const { element } = await this.elements.authorize(viewer, input.eventId, "element:administer", ElementKind.EVENT);
    const current = await this.dataSource
      .getRepository(Link)
      .findBy({ elementId: element.id, type: LinkType.ORGANIZER });
    const kept = new Set(current.map((link) => link.personId ?? link.memberElementId!));
    const organizers = await this.checkOrganizers(viewer, input.organizerIds, current);
    const wanted = new Set(input.organizerIds);
    await this.dataSource.transaction(async (tx) => {
      const removed = current.filter((link) => !wanted.has(link.personId ?? link.memberElementId!));
      if (removed.length) await tx.delete(Link, { id: In(removed.map((link) => link.id)) });
      const added = organizers.filter((organizer) => !kept.has(organizer.id));
      if (added.length)
        await tx.insert(
          Link,
          added.map((organizer) => organizerLink(element.id, organizer)),
        );
      await recordActivity(tx, ActivityVerb.EDITED, viewer.id, element.id, { data: { fields: ["organizers"] } });
    });
    return element as Event;
  }

  /** Cancels one occurrence of a series (open edition, kept in the history). */
  async cancelOccurrence(viewer: Person, { eventId, originalStart }: CancelOccurrenceInput): Promise<Event> {
    const series = await this.recurringEvent(viewer, eventId, "element:edit");
    const start = originalStart.getTime();
    if (series.recurrenceExceptions.some((cancelled) => cancelled.getTime() === start)) return series;
    if (!isOccurrence(series, originalStart)) throw notAnOccurrence();
    if (series.recurrenceExceptions.length >= MAX_EXCEPTIONS) {
      throw new InvalidInput([
        { field: "originalStart", key: "event.tooManyCancelled", params: { count: MAX_EXCEPTIONS } },
      ]);
    }
    const exceptions = [...series.recurrenceExceptions, originalStart].sort((a, b) => a.getTime() - b.getTime());
    return this.elements.update<Event>(viewer, eventId, ElementKind.EVENT, { recurrenceExceptions: exceptions });
  }

  async restoreOccurrence(viewer: Person, { eventId, originalStart }: RestoreOccurrenceInput): Promise<Event> {
    const series = await this.recurringEvent(viewer, eventId, "element:edit");
    const exceptions = series.recurrenceExceptions.filter(
      (cancelled) => cancelled.getTime() !== originalStart.getTime(),
    );
    if (exceptions.length === series.recurrenceExceptions.length) {
      throw new InvalidInput([{ field: "originalStart", key: "event.notCancelled" }]);
    }
    return this.elements.update<Event>(viewer, eventId, ElementKind.EVENT, { recurrenceExceptions: exceptions });
  }

  /**
   * Moves or edits one occurrence: it becomes an event of its own (administrators of the
   * series only, since it creates an element), with the series' settings, organizers and
   * administrators.
   */
  async changeOccurrence(viewer: Person, input: ChangeOccurrenceInput): Promise<Event> {
    const series = await this.recurringEvent(viewer, input.eventId, "element:administer");
    const { eventId, originalStart, startsAt, endsAt, ...fields } = descriptiveChanges(input, ["startsAt"]);
    if (series.recurrenceExceptions.some((cancelled) => cancelled.getTime() === originalStart.getTime())) {
      throw new InvalidInput([{ field: "originalStart", key: "event.cancelledFirst" }]);
    }
    if (!isOccurrence(series, originalStart)) throw notAnOccurrence();
    const repository = this.dataSource.getRepository(Event);
    if (await repository.existsBy({ recurrenceSeriesId: eventId, recurrenceOriginalStart: originalStart })) {
      throw new Conflict("conflict.occurrenceChanged", "originalStart");
    }
    if ((await repository.countBy({ recurrenceSeriesId: eventId })) >= MAX_CHANGED) {
      throw new InvalidInput([{ field: "eventId", key: "event.tooManyChanged", params: { count: MAX_CHANGED } }]);
    }
    const duration = series.endsAt ? series.endsAt.getTime() - series.startsAt.getTime() : null;
    const schedule = checkSchedule({
      startsAt,
      endsAt: endsAt !== undefined ? endsAt : duration === null ? null : new Date(startsAt.getTime() + duration),
      timeZone: series.timeZone,
      allDay: series.allDay,
      recurrenceRule: null,
    });
    if (series.parentEventId) await this.checkWithinParent(viewer!, series.parentEventId, schedule);
    const copied = Object.fromEntries(OCCURRENCE_COPIES.map((field) => [field, series[field]]));
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const occurrence = repository.create({
      ...copied,
      ...defined,
      ...schedule,
      recurrenceSeriesId: series.id,
      recurrenceOriginalStart: originalStart,
    });
    return this.elements.create(viewer, occurrence, async (tx, saved) => {
      saved.settings = series.settings;
      await tx.update(Element, { id: saved.id }, { settings: series.settings });
      await copyCommunity(tx, series.id, saved.id, viewer.id);
    });
  }

  private async recurringEvent(viewer: Person, id: string, verb: "element:edit" | "element:administer") {
    const event = (await this.elements.authorize(viewer, id, verb, ElementKind.EVENT)).element as Event;
    if (!event.recurrenceRule) throw new InvalidInput([{ field: "eventId", key: "event.notRecurring" }]);
    return event;
  }

  /**
   * The organizers the viewer may name: organizations or projects they administer,
   * themselves, or organizers the event already has (`current`, when replacing them).
   */
  private async checkOrganizers(viewer: Person, ids: string[], current: Link[]): Promise<Organizer[]> {
    const persons = new Set([viewer.id, ...current.flatMap((link) => (link.personId ? [link.personId] : []))]);
    const keptElements = new Set(current.flatMap((link) => (link.memberElementId ? [link.memberElementId] : [])));
    const added = ids.filter((id) => !persons.has(id) && !keptElements.has(id));
    if (added.length) {
      const [elements, standings] = await Promise.all([
        loadVisibleElements(this.dataSource, viewer.id, this.elements.deletionDelayDays, added),
        loadStandings(this.dataSource, viewer.id, added),
      ]);
      for (const [index, element] of elements.entries()) {
        if (!element) {
          if (await this.dataSource.getRepository(Person).existsBy({ id: added[index], ...VERIFIED })) {
            throw new Forbidden("forbidden.organizeAsPerson");
          }
          throw new NotFound("organizer");
        }
        if (element.kind === ElementKind.EVENT) {
          throw new InvalidInput([{ field: "organizerIds", key: "event.organizerKinds" }]);
        }
        if (!may(viewer, "element:administer", { element, standing: standings[index] })) {
          throw new Forbidden("forbidden.organizeAsElement");
        }
      }
    }
    return ids.map((id) => ({ id, isPerson: persons.has(id) }));
  }

  /** A sub-event needs the parent's administrators' consent, and must lie within the parent. */
  private async checkParent(viewer: Person, parentId: string, schedule: Schedule, eventId?: string) {
    const parent = await this.find(viewer, { id: parentId });
    if (!parent) throw new NotFound("parentEvent");
    if (parent.recurrenceSeriesId) {
      throw new InvalidInput([{ field: "parentEventId", key: "event.parentIsOccurrence" }]);
    }
    if (
      !may(viewer, "element:administer", { element: parent, standing: await this.elements.standing(viewer, parent.id) })
    ) {
      throw new Forbidden("forbidden.addSubEvent");
    }
    if (eventId && (await this.isWithin(parentId, eventId))) {
      throw new InvalidInput([{ field: "parentEventId", key: "event.parentIsWithin" }]);
    }
    checkWithin(parent, schedule);
  }

  /**
   * New times of a sub-event must lie within its parent. Someone who cannot see the parent
   * may not move the sub-event at all: checking their times against it, even with a bare
   * yes or no, would let them find its times by bisection.
   */
  private async checkWithinParent(viewer: Person, parentId: string, schedule: Schedule) {
    const parent = await this.find(viewer, { id: parentId });
    if (parent) return checkWithin(parent, schedule);
    const exists = await this.dataSource.getRepository(Event).existsBy({ id: parentId, deletedAt: IsNull() });
    if (exists) {
      throw new Forbidden("forbidden.parentNotVisible", "PARENT_NOT_VISIBLE");
    }
  }

  /** Whether `eventId` is `candidateId` or one of its ancestors' descendants, i.e. whether nesting would loop. */
  private async isWithin(candidateId: string, eventId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH RECURSIVE ancestors(id, parent_event_id, depth) AS (
         SELECT id, parent_event_id, 0 FROM element WHERE id = $1
         UNION ALL
         SELECT e.id, e.parent_event_id, a.depth + 1 FROM element e JOIN ancestors a ON e.id = a.parent_event_id
         WHERE a.depth < 50)
       SELECT 1 FROM ancestors WHERE id = $2 LIMIT 1`,
      [candidateId, eventId],
    );
    return rows.length > 0;
  }

  /**
   * A parent's new times must still hold the sub-events the viewer can see. Those they
   * cannot see neither refuse the change nor show in its answer (their times would be found
   * by bisection); they keep their times, and their own next move must fit again.
   */
  private async checkSubEventsFit(viewer: Person, eventId: string, schedule: Schedule) {
    const query = this.dataSource
      .getRepository(Event)
      .createQueryBuilder("sub")
      .select("min(sub.starts_at)", "first")
      .addSelect("max(sub.occurs_until)", "last")
      .addSelect("bool_or(sub.occurs_until IS NULL)", "endless")
      .where("sub.parent_event_id = :eventId", { eventId });
    const span: { first: Date | null; last: Date | null; endless: boolean } | undefined = await whereVisible(
      query,
      "sub",
      viewer.id,
      this.elements.deletionDelayDays,
    ).getRawOne();
    if (!span?.first) return;
    const end = spanEnd(schedule);
    if (schedule.startsAt > span.first) {
      throw new InvalidInput([{ field: "startsAt", key: "event.beforeSubEvents" }]);
    }
    if (end && (span.endless || span.last! > end)) {
      throw new InvalidInput([{ field: "endsAt", key: "event.afterSubEvents" }]);
    }
  }
}

interface Organizer {
  id: string;
  isPerson: boolean;
}

function organizerLink(eventId: string, organizer: Organizer): Partial<Link> {
  return {
    type: LinkType.ORGANIZER,
    state: LinkState.ACTIVE,
    elementId: eventId,
    ...(organizer.isPerson ? { personId: organizer.id } : { memberElementId: organizer.id }),
  };
}

/** A changed occurrence has its series' organizers and administrators. */
async function copyCommunity(tx: EntityManager, seriesId: string, occurrenceId: string, creatorId: string) {
  const organizers = await tx.findBy(Link, { elementId: seriesId, type: LinkType.ORGANIZER });
  const admins = await tx.findBy(Link, {
    elementId: seriesId,
    type: COMMUNITY_LINK[ElementKind.EVENT],
    isAdmin: true,
    state: LinkState.ACTIVE,
    personId: Not(IsNull()),
  });
  const links = [
    ...organizers.map(({ personId, memberElementId }) => ({ type: LinkType.ORGANIZER, personId, memberElementId })),
    ...admins
      .filter((admin) => admin.personId !== creatorId)
      .map(({ personId }) => ({ type: COMMUNITY_LINK[ElementKind.EVENT], personId, isAdmin: true })),
  ];
  if (links.length) {
    await tx.insert(
      Link,
      links.map((link) => ({ ...link, state: LinkState.ACTIVE, elementId: occurrenceId })),
    );
  }
}

function notAnOccurrence() {
  return new InvalidInput([{ field: "originalStart", key: "event.notOccurrence" }]);
}

/**
 * Normalises and checks an event's times: all-day events span whole days in their zone;
 * dates stay within the supported years; the end follows the start; the rule is valid.
 */
export function checkSchedule(input: ScheduleInput): ScheduleInput {
  let { startsAt, endsAt } = input;
  const { timeZone, allDay } = input;
  if (allDay) {
    startsAt = DateTime.fromJSDate(startsAt, { zone: timeZone }).startOf("day").toJSDate();
    endsAt = DateTime.fromJSDate(endsAt ?? startsAt, { zone: timeZone })
      .endOf("day")
      .toJSDate();
  }
  for (const [field, value] of [
    ["startsAt", startsAt],
    ["endsAt", endsAt],
  ] as const) {
    if (value && (value < EARLIEST || value >= LATEST)) {
      throw new InvalidInput([
        {
          field,
          key: "event.yearOutside",
          params: { earliest: EARLIEST.getUTCFullYear(), latest: LATEST.getUTCFullYear() - 1 },
        },
      ]);
    }
  }
  if (endsAt && endsAt < startsAt) throw new InvalidInput([{ field: "endsAt", key: "event.endsBeforeStart" }]);
  const recurrenceRule = input.recurrenceRule ? normaliseRule(input.recurrenceRule, startsAt, timeZone) : null;
  return { startsAt, endsAt: endsAt ?? null, timeZone, allDay, recurrenceRule };
}

/** When an event's span ends; null when it has no end (no end time, or a series without end). */
function spanEnd(event: Schedule): Date | null {
  if (event.recurrenceRule) return occursUntil(event);
  return event.endsAt;
}

/** Whether new times differ from the event's own (a change of zone or of all-day moves it too). */
function movesSpan(event: Event, schedule: ScheduleInput): boolean {
  const time = (date: Date | null) => (date ? new Date(date).getTime() : null);
  return (
    time(event.startsAt) !== time(schedule.startsAt) ||
    time(event.endsAt) !== time(schedule.endsAt) ||
    event.recurrenceRule !== schedule.recurrenceRule
  );
}

/** A sub-event starts no earlier than its parent and, when the parent has an end, ends by then. */
function checkWithin(parent: Event, schedule: Schedule) {
  const parentEnd = spanEnd(parent);
  const outside = (field: string) =>
    new InvalidInput([
      parentEnd
        ? {
            field,
            key: "event.withinParent",
            params: { start: parent.startsAt.toISOString(), end: parentEnd.toISOString() },
          }
        : { field, key: "event.withinEndlessParent", params: { start: parent.startsAt.toISOString() } },
    ]);
  if (schedule.startsAt < parent.startsAt) {
    throw outside("startsAt");
  }
  const end = occursUntil(schedule);
  if (parentEnd && (!end || end > parentEnd)) {
    throw outside("endsAt");
  }
}
