import { IsInt, IsOptional, Max, Min } from "class-validator";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  createUnionType,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Access } from "../../graphql/authorization";
import { Connection, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { ElementRefArgs, elementWhere } from "../elements/element.ref";
import { Person } from "../accounts/person.entity";
import { ElementKind } from "../elements/element.entity";
import { Organization } from "../organizations/organization.entity";
import { requireViewer } from "../policy/policy";
import { tiedPerson } from "../policy/tied-person";
import { Project } from "../projects/project.entity";
import { Event } from "./event.entity";
import {
  CancelOccurrenceInput,
  ChangeOccurrenceInput,
  CreateEventInput,
  RestoreOccurrenceInput,
  SetEventOrganizersInput,
  UpdateEventInput,
} from "./event.inputs";
import { MAX_OCCURRENCES } from "./event.service";
import { EARLIEST } from "./recurrence";

const EventConnection = Connection("Event", Event);

export const Organizer = createUnionType({
  name: "Organizer",
  description: "Who organizes an event: an organization, a project or a person",
  types: () => [Organization, Project, Person] as const,
  resolveType: (value) =>
    value instanceof Person ? "Person" : value.kind === ElementKind.PROJECT ? "Project" : "Organization",
});

@ObjectType({ description: "One occurrence of an event (a single event has one)" })
class EventOccurrence {
  @Field({ description: "Where the recurrence rule places it: identifies it to cancel or change it" })
  originalStart: Date;

  @Field({ description: "When this occurrence starts" })
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: "When this occurrence ends, if known" })
  endsAt: Date | null;

  @Field(() => Event, { nullable: true, description: "The event replacing this occurrence, when it was changed" })
  changedEvent: Event | null;
}

@ArgsType()
class EventListArgs extends PageArgs {
  @Field({ nullable: true, description: "Events that have not ended by then; now by default" })
  @IsOptional()
  from?: Date;

  @Field({ nullable: true, description: "Events that start before then" })
  @IsOptional()
  to?: Date;
}

@ArgsType()
class SubEventArgs extends PageArgs {
  @Field({ nullable: true, description: "Sub-events that have not ended by then; all by default" })
  @IsOptional()
  from?: Date;

  @Field({ nullable: true, description: "Sub-events that start before then" })
  @IsOptional()
  to?: Date;
}

@ArgsType()
class OccurrenceArgs {
  @Field({ description: "Start of the period: occurrences that have not ended by then" })
  from: Date;

  @Field({ description: "At most a year after from" })
  to: Date;

  @Field(() => Int, { defaultValue: 100, description: `1 to ${MAX_OCCURRENCES}` })
  @IsInt()
  @Min(1)
  @Max(MAX_OCCURRENCES)
  first: number;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, {
    nullable: true,
    description: "An event by id or by slug (exactly one of them); null when there is none you may see",
  })
  event(@Args() ref: ElementRefArgs, @Ctx() ctx: Context) {
    return ctx.services.calendar.find(ctx.viewer, elementWhere(ref));
  }

  @Query(() => EventConnection, {
    description: "Events overlapping a range (upcoming by default), soonest first; a recurring event appears once",
  })
  events(@Args() args: EventListArgs, @Ctx() ctx: Context) {
    return ctx.services.calendar.list(ctx.viewer, args);
  }

  @FieldResolver(() => [Organizer], {
    description:
      "Organizers you may see: organizations, projects, then persons (those whose directory setting hides them " +
      "from you are left out)",
  })
  async organizers(@Root() event: Event, @Ctx() ctx: Context) {
    const organizers = await ctx.loaders.organizersOf.load(event.id);
    const shown = await Promise.all(
      organizers.map((organizer) =>
        organizer instanceof Person ? tiedPerson(ctx, organizer.id, event.id) : organizer,
      ),
    );
    return shown.filter((organizer) => organizer !== null);
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event this one is part of" })
  parentEvent(@Root() event: Event, @Ctx() ctx: Context) {
    return event.parentEventId ? ctx.loaders.visibleElement.load(event.parentEventId) : null;
  }

  @FieldResolver(() => EventConnection, { description: "Events that are part of this one, soonest first" })
  subEvents(@Root() event: Event, @Args() { first, after, from, to }: SubEventArgs, @Ctx() ctx: Context) {
    return ctx.loaders.subEventsOf.load({ parentId: event.id, args: { first, after, from: from ?? EARLIEST, to } });
  }

  @FieldResolver(() => Event, { nullable: true, description: "For a changed occurrence: its recurring event" })
  recurrenceSeries(@Root() event: Event, @Ctx() ctx: Context) {
    return event.recurrenceSeriesId ? ctx.loaders.visibleElement.load(event.recurrenceSeriesId) : null;
  }

  @FieldResolver(() => [EventOccurrence], {
    description: "Occurrences overlapping [from, to), soonest first: cancelled ones left out, changed ones moved",
  })
  async occurrences(@Root() event: Event, @Args() args: OccurrenceArgs, @Ctx() ctx: Context) {
    const changed = event.recurrenceRule ? await ctx.loaders.changedOccurrencesOf.load(event.id) : [];
    return ctx.services.calendar.occurrences(event, changed, args);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Event, { description: "Creates an event; you become its administrator" })
  createEvent(
    @Arg("input", { description: "The new event's name, type, times, organizers and descriptive fields" })
    input: CreateEventInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.calendar.create(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Event, { description: "Edits the event (open edition, kept in the history)" })
  updateEvent(
    @Arg("input", { description: "The event and the fields to change" }) input: UpdateEventInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.calendar.update(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Event, { description: "Replaces the organizers (the event's administrators)" })
  setEventOrganizers(
    @Arg("input", { description: "The event and its new organizers" }) input: SetEventOrganizersInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.calendar.setOrganizers(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Event, { description: "Cancels one occurrence of a recurring event (open edition, in the history)" })
  cancelOccurrence(
    @Arg("input", { description: "The recurring event and the occurrence to cancel" }) input: CancelOccurrenceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.calendar.cancelOccurrence(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Event, { description: "Puts back a cancelled occurrence (open edition, in the history)" })
  restoreOccurrence(
    @Arg("input", { description: "The recurring event and the occurrence to put back" }) input: RestoreOccurrenceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.calendar.restoreOccurrence(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Event, {
    description: "Moves or edits one occurrence of a recurring event (its administrators); returns the new event",
  })
  changeOccurrence(
    @Arg("input", { description: "The occurrence and its new times and fields" }) input: ChangeOccurrenceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.calendar.changeOccurrence(requireViewer(ctx), input);
  }
}

/** The events an organization organizes, on its page. */
@Resolver(() => Organization)
export class OrganizationEventsResolver {
  @FieldResolver(() => EventConnection, {
    description: "Events the organization organizes, overlapping a range (upcoming by default), soonest first",
  })
  events(@Root() organization: Organization, @Args() { first, after, from, to }: EventListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.eventsOrganizedBy.load({ parentId: organization.id, args: { first, after, from, to } });
  }
}

/** The events a project organizes, on its page. */
@Resolver(() => Project)
export class ProjectEventsResolver {
  @FieldResolver(() => EventConnection, {
    description: "Events the project organizes, overlapping a range (upcoming by default), soonest first",
  })
  events(@Root() project: Project, @Args() { first, after, from, to }: EventListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.eventsOrganizedBy.load({ parentId: project.id, args: { first, after, from, to } });
  }
}
