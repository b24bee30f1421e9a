import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from "class-validator";
import { IANAZone } from "luxon";
import { Field, ID, InputType, Int } from "type-graphql";
import { ElementFieldsInput, NAME_LENGTH, URL_MESSAGE, WEB_URL } from "../elements/element.inputs";
import { EventType } from "./event.entity";

export const MAX_ORGANIZERS = 10;
export const MAX_ATTENDEE_LIMIT = 100000;

/** An IANA time zone name known to this server's time zone database, such as Europe/Paris. */
function IsTimeZone() {
  return ValidateBy({
    name: "isTimeZone",
    validator: {
      validate: (value) => typeof value === "string" && value.length <= 64 && IANAZone.isValidZone(value),
      defaultMessage: () => "must be an IANA time zone such as Europe/Paris",
    },
  });
}

const TIMES_DESCRIPTION =
  "With allDay, only the dates of startsAt and endsAt in timeZone count: the event is stored from the start of its first day to the end of its last day in that zone.";

/** Fields shared by the creation and the edition of an event. */
@InputType({ description: "Fields of an event" })
abstract class EventFieldsInput extends ElementFieldsInput {
  @Field(() => String, {
    nullable: true,
    description: "A link to follow the event online; give it, an address, both or neither",
  })
  @IsOptional()
  @IsUrl(WEB_URL, URL_MESSAGE)
  @MaxLength(300)
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: `1 to ${MAX_ATTENDEE_LIMIT}; none when null` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ATTENDEE_LIMIT)
  attendeeLimit?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU;COUNT=10 (DAILY, WEEKLY, MONTHLY or YEARLY), expanded in timeZone; startsAt must be its first occurrence",
  })
  @IsOptional()
  @MaxLength(300)
  recurrenceRule?: string | null;
}

@InputType({ description: TIMES_DESCRIPTION })
export class CreateEventInput extends EventFieldsInput {
  @Field()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, { message: "must not be blank" })
  name: string;

  @Field(() => EventType)
  @IsEnum(EventType)
  type: EventType;

  @Field()
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: "On or after startsAt" })
  @IsOptional()
  endsAt?: Date | null;

  @Field({ description: "IANA time zone in which the event happens, such as Europe/Paris" })
  @IsTimeZone()
  timeZone: string;

  @Field({ defaultValue: false })
  allDay: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: `Organizations and projects you administer, or your own person id (at most ${MAX_ORGANIZERS}); you alone by default`,
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORGANIZERS)
  @ArrayUnique()
  @IsUUID("all", { each: true, message: "must be ids of organizations, projects or yourself" })
  organizerIds?: string[];

  @Field(() => ID, {
    nullable: true,
    description:
      "The event this one is part of (a festival for its concerts): you must administer it, and this event must lie within it",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be an event id" })
  parentEventId?: string;
}

@InputType({ description: TIMES_DESCRIPTION })
export class UpdateEventInput extends EventFieldsInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be an event id" })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, { message: "must not be blank" })
  name?: string;

  @Field(() => EventType, { nullable: true })
  @IsOptional()
  @IsEnum(EventType)
  type?: EventType;

  @Field({ nullable: true })
  @IsOptional()
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  endsAt?: Date | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @Field({ nullable: true })
  @IsOptional()
  allDay?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "Moves the event into another one (administrators of both), or out of its parent with null",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be an event id" })
  parentEventId?: string | null;
}

@InputType({ description: "Replaces the organizers (the event's administrators)" })
export class SetEventOrganizersInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be an event id" })
  eventId: string;

  @Field(() => [ID], {
    description: `Organizations and projects (those added must be administered by you), persons already organizing, or yourself; 1 to ${MAX_ORGANIZERS}`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORGANIZERS)
  @ArrayUnique()
  @IsUUID("all", { each: true, message: "must be ids of organizations, projects or persons" })
  organizerIds: string[];
}

/** One occurrence of a recurring event, by the start its rule gives it. */
@InputType({ description: "An occurrence of a recurring event" })
abstract class OccurrenceInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be an event id" })
  eventId: string;

  @Field({ description: "The start the recurrence rule gives the occurrence" })
  originalStart: Date;
}

@InputType()
export class CancelOccurrenceInput extends OccurrenceInput {}

@InputType()
export class RestoreOccurrenceInput extends OccurrenceInput {}

@InputType({
  description:
    "Moves or edits one occurrence: it becomes an event of its own, linked to its series. Fields left out are copied from the series.",
})
export class ChangeOccurrenceInput extends ElementFieldsInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be an event id" })
  eventId: string;

  @Field({ description: "The start the recurrence rule gives the occurrence" })
  originalStart: Date;

  @Field()
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: "The series' duration by default" })
  @IsOptional()
  endsAt?: Date | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, { message: "must not be blank" })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(WEB_URL, URL_MESSAGE)
  @MaxLength(300)
  onlineUrl?: string | null;
}
