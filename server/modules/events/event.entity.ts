import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BeforeInsert, BeforeUpdate, ChildEntity, Column } from "typeorm";
import { type CommunityKind, Element, ElementKind } from "../elements/element.entity";
import { occursUntil } from "./recurrence";

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
registerEnumType(EventType, { name: "EventType" });

@ObjectType({ implements: Element, description: "An event, possibly recurring, possibly part of a larger one" })
@ChildEntity(ElementKind.EVENT)
export class Event extends Element {
  kind: CommunityKind = ElementKind.EVENT;

  // Not `type`: with single-table inheritance, TypeORM maps a property name to one column
  // for every kind, and Organization.type is organization_type.
  @Field(() => EventType, { name: "type" })
  @Column({ name: "event_type", type: "text" })
  eventType: EventType;

  @Field()
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "ends_at", type: "timestamptz", nullable: true })
  endsAt: Date | null;

  @Field({ description: "IANA time zone, such as Europe/Paris" })
  @Column({ name: "time_zone", type: "text" })
  timeZone: string;

  @Field()
  @Column({ name: "all_day", type: "boolean", default: false })
  allDay: boolean;

  @Field(() => String, { nullable: true })
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

  @Field(() => Int, { nullable: true })
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
