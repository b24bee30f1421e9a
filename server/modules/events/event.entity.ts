import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BeforeInsert, BeforeUpdate, ChildEntity, Column } from "typeorm";
import { type CommunityKind, Element, ElementKind } from "../elements/element.entity";
import { occursUntil } from "./recurrence";
import { TimeZoneScalar, UrlScalar } from "../../graphql/scalars";

export enum EventType {
  COMPETITION = "competition",
  CONCERT = "concert",
  CONTEST = "contest",
  EXHIBITION = "exhibition",
  FESTIVAL = "festival",
  GET_TOGETHER = "get_together",
  MARKET = "market",
  MEETING = "meeting",
  COURSE = "course",
  WORKSHOP = "workshop",
  CONFERENCE = "conference",
  DEBATE = "debate",
  FILM = "film",
  STAND = "stand",
  CROWDFUNDING = "crowdfunding",
  OTHER = "other",
}
registerEnumType(EventType, {
  name: "EventType",
  description: "The kind of an event, as the reference platform lists them",
  valuesConfig: {
    COMPETITION: { description: "A sports or game competition" },
    CONCERT: { description: "A concert" },
    CONTEST: { description: "A contest with entries and a jury" },
    EXHIBITION: { description: "An exhibition" },
    FESTIVAL: { description: "A festival, often made of sub-events" },
    GET_TOGETHER: { description: "A friendly get-together" },
    MARKET: { description: "A market or a fair" },
    MEETING: { description: "A meeting" },
    COURSE: { description: "A course or a training" },
    WORKSHOP: { description: "A hands-on workshop" },
    CONFERENCE: { description: "A conference or a talk" },
    DEBATE: { description: "A debate" },
    FILM: { description: "A film screening" },
    STAND: { description: "A stand at a larger event" },
    CROWDFUNDING: { description: "A crowdfunding campaign" },
    OTHER: { description: "Any other kind of event" },
  },
});

@ObjectType({ implements: Element, description: "An event, possibly recurring, possibly part of a larger one" })
@ChildEntity(ElementKind.EVENT)
export class Event extends Element {
  kind: CommunityKind = ElementKind.EVENT;

  // Not `type`: with single-table inheritance, TypeORM maps a property name to one column
  // for every kind, and Organization.type is organization_type.
  @Field(() => EventType, { name: "type", description: "What kind of event it is" })
  @Column({ name: "event_type", type: "text" })
  eventType: EventType;

  @Field({ description: "When it starts (for a recurring event, its first occurrence)" })
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: "When it ends, if known" })
  @Column({ name: "ends_at", type: "timestamptz", nullable: true })
  endsAt: Date | null;

  @Field(() => TimeZoneScalar, { description: "Such as Europe/Paris" })
  @Column({ name: "time_zone", type: "text" })
  timeZone: string;

  @Field({ description: "Whether it lasts whole days, without times" })
  @Column({ name: "all_day", type: "boolean", default: false })
  allDay: boolean;

  @Field(() => UrlScalar, { nullable: true, description: "A link to follow the event online" })
  @Column({ name: "online_url", type: "text", nullable: true })
  onlineUrl: string | null;

  @Column({ name: "parent_event_id", type: "uuid", nullable: true })
  parentEventId: string | null;

  @Field(() => String, { nullable: true, description: "RFC 5545 RRULE, such as FREQ=WEEKLY;BYDAY=TU" })
  @Column({ name: "recurrence_rule", type: "text", nullable: true })
  recurrenceRule: string | null;

  @Field(() => [Date], { description: "Occurrences cancelled from the series (their start times)" })
  @Column({ name: "recurrence_exceptions", type: "timestamptz", array: true, default: () => "'{}'" })
  recurrenceExceptions: Date[];

  @Column({ name: "recurrence_series_id", type: "uuid", nullable: true })
  recurrenceSeriesId: string | null;

  @Field(() => Date, { nullable: true, description: "For a changed occurrence: the start it replaces" })
  @Column({ name: "recurrence_original_start", type: "timestamptz", nullable: true })
  recurrenceOriginalStart: Date | null;

  @Field(() => Int, { nullable: true, description: "At most this many attendees, when set by an administrator" })
  @Column({ name: "attendee_limit", type: "integer", nullable: true })
  attendeeLimit: number | null;

  /** End of the last occurrence, null for a series without end: lets lists filter by date in SQL. */
  @Column({ name: "occurs_until", type: "timestamptz", nullable: true })
  occursUntil: Date | null;

  /**
   * Keeps `occursUntil` in step on every save, edits and history reverts alike (a revert
   * puts back dates as the history stores them, ISO strings: they become dates again here).
   */
  @BeforeInsert()
  @BeforeUpdate()
  protected deriveSpan() {
    this.startsAt = new Date(this.startsAt);
    this.endsAt = this.endsAt == null ? null : new Date(this.endsAt);
    this.recurrenceExceptions = (this.recurrenceExceptions ?? []).map((start) => new Date(start));
    this.occursUntil = occursUntil(this);
  }
}
