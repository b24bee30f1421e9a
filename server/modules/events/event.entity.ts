import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { ChildEntity, Column } from "typeorm";
import { Element, ElementKind } from "../elements/element.entity";

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
  kind = ElementKind.EVENT;

  @Field(() => EventType)
  @Column({ name: "event_type", type: "text" })
  type: EventType;

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
}
