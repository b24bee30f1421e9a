import { says } from "../../graphql/validators";
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
import { ElementFieldsInput, NAME_LENGTH, WEB_URL } from "../elements/element.inputs";
import { EventType } from "./event.entity";
import { TimeZoneScalar, UrlScalar } from "../../graphql/scalars";

export const MAX_ORGANIZERS = 10;
export const MAX_ATTENDEE_LIMIT = 100000;

/** An IANA time zone name known to this server's time zone database, such as Europe/Paris. */
function IsTimeZone() {
  return ValidateBy(
    {
      name: "isTimeZone",
      validator: {
        validate: (value) => typeof value === "string" && value.length <= 64 && IANAZone.isValidZone(value),
      },
    },
    says("validation.timeZone"),
  );
}

const TIMES_DESCRIPTION =
  "With allDay, only the dates of startsAt and endsAt in timeZone count: the event is stored from the start of its first day to the end of its last day in that zone.";

/** Fields shared by the creation and the edition of an event. */
@InputType({ description: "Fields of an event" })
abstract class EventFieldsInput extends ElementFieldsInput {
  @Field(() => UrlScalar, {
    nullable: true,
    description: "A link to follow the event online; give it, an address, both or neither",
  })
  @IsOptional()
  @IsUrl(WEB_URL, says("validation.webUrl"))
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
  @Field({ description: "2 to 120 characters" })
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, says("validation.notBlank"))
  name: string;

  @Field(() => EventType, { description: "What kind of event it is" })
  @IsEnum(EventType)
  type: EventType;

  @Field({ description: "When it starts (for a recurring event, its first occurrence)" })
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: "On or after startsAt" })
  @IsOptional()
  endsAt?: Date | null;

  @Field(() => TimeZoneScalar, { description: "The time zone in which the event happens, such as Europe/Paris" })
  @IsTimeZone()
  timeZone: string;

  @Field({ defaultValue: false, description: "Whether it lasts whole days, without times; false by default" })
  allDay: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: `Organizations and projects you administer, or your own person id (at most ${MAX_ORGANIZERS}); you alone by default`,
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORGANIZERS)
  @ArrayUnique()
  @IsUUID("all", says("validation.organizerIds", { each: true }))
  organizerIds?: string[];

  @Field(() => ID, {
    nullable: true,
    description:
      "The event this one is part of (a festival for its concerts): you must administer it, and this event must lie within it",
  })
  @IsOptional()
  @IsUUID("all", says("validation.eventId"))
  parentEventId?: string;
}

@InputType({ description: TIMES_DESCRIPTION })
export class UpdateEventInput extends EventFieldsInput {
  @Field(() => ID, { description: "The event's id" })
  @IsUUID("all", says("validation.eventId"))
  id: string;

  @Field({ nullable: true, description: "2 to 120 characters" })
  @IsOptional()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, says("validation.notBlank"))
  name?: string;

  @Field(() => EventType, { nullable: true, description: "What kind of event it is" })
  @IsOptional()
  @IsEnum(EventType)
  type?: EventType;

  @Field({ nullable: true, description: "When it starts (for a recurring event, its first occurrence)" })
  @IsOptional()
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: "On or after startsAt; null when unknown" })
  @IsOptional()
  endsAt?: Date | null;

  @Field(() => TimeZoneScalar, {
    nullable: true,
    description: "The time zone in which the event happens, such as Europe/Paris",
  })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @Field({ nullable: true, description: "Whether it lasts whole days, without times" })
  @IsOptional()
  allDay?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "Moves the event into another one (administrators of both), or out of its parent with null",
  })
  @IsOptional()
  @IsUUID("all", says("validation.eventId"))
  parentEventId?: string | null;
}

@InputType({ description: "Replaces the organizers (the event's administrators)" })
export class SetEventOrganizersInput {
  @Field(() => ID, { description: "The event's id" })
  @IsUUID("all", says("validation.eventId"))
  eventId: string;

  @Field(() => [ID], {
    description: `Organizations and projects (those added must be administered by you), persons already organizing, or yourself; 1 to ${MAX_ORGANIZERS}`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORGANIZERS)
  @ArrayUnique()
  @IsUUID("all", says("validation.organizerIdsAny", { each: true }))
  organizerIds: string[];
}

/** One occurrence of a recurring event, by the start its rule gives it. */
@InputType({ description: "An occurrence of a recurring event" })
abstract class OccurrenceInput {
  @Field(() => ID, { description: "The recurring event's id" })
  @IsUUID("all", says("validation.eventId"))
  eventId: string;

  @Field({ description: "The start the recurrence rule gives the occurrence" })
  originalStart: Date;
}

@InputType({ description: "The recurring event and the occurrence to cancel" })
export class CancelOccurrenceInput extends OccurrenceInput {}

@InputType({ description: "The recurring event and the cancelled occurrence to put back" })
export class RestoreOccurrenceInput extends OccurrenceInput {}

@InputType({
  description:
    "Moves or edits one occurrence: it becomes an event of its own, linked to its series. Fields left out are copied from the series.",
})
export class ChangeOccurrenceInput extends ElementFieldsInput {
  @Field(() => ID, { description: "The recurring event's id" })
  @IsUUID("all", says("validation.eventId"))
  eventId: string;

  @Field({ description: "The start the recurrence rule gives the occurrence" })
  originalStart: Date;

  @Field({ description: "When the changed occurrence starts" })
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: "The series' duration by default" })
  @IsOptional()
  endsAt?: Date | null;

  @Field({ nullable: true, description: "2 to 120 characters; the series' name by default" })
  @IsOptional()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, says("validation.notBlank"))
  name?: string;

  @Field(() => UrlScalar, {
    nullable: true,
    description: "A link to follow it online: http(s), at most 300 characters",
  })
  @IsOptional()
  @IsUrl(WEB_URL, says("validation.webUrl"))
  @MaxLength(300)
  onlineUrl?: string | null;
}
