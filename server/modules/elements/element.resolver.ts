import { Length } from "class-validator";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Access } from "../../graphql/authorization";
import { Connection, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import { Element, ElementSettings } from "./element.entity";
import { ElementIdInput, RevertRevisionInput, UpdateElementSettingsInput } from "./element.inputs";
import { can } from "./element.policy";
import { renderMarkdown } from "./markdown";
import { ElementRevision } from "./revision.entity";

@ObjectType({ description: "The viewer's place in an element" })
class ViewerStanding {
  @Field({ description: "An active member, contributor or attendee" })
  inCommunity: boolean;

  @Field()
  isAdmin: boolean;

  @Field({ description: "May edit the descriptive fields" })
  canEdit: boolean;
}

const RevisionConnection = Connection("ElementRevision", ElementRevision);

@ArgsType()
class SlugArgs {
  @Field()
  @Length(1, 80)
  slug: string;
}

@Resolver(() => ElementRevision)
export class ElementRevisionResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who made the change; null once their account is deleted",
  })
  author(@Root() revision: ElementRevision, @Ctx() ctx: Context): Promise<Person | null> | null {
    return revision.authorId ? ctx.loaders.personById.load(revision.authorId) : null;
  }
}

/** Fields and operations every element has, whatever its kind. */
@Resolver(() => Element)
export class ElementResolver {
  @Query(() => Element, { nullable: true, description: "An organization, project or event by its slug" })
  element(@Args() { slug }: SlugArgs, @Ctx() ctx: Context): Promise<Element | null> {
    return ctx.services.elements.findVisible(ctx.viewer, { slug });
  }

  @FieldResolver(() => String, { nullable: true, description: "The description as sanitized HTML" })
  descriptionHtml(@Root() element: Element): string | null {
    return renderMarkdown(element.description);
  }

  @FieldResolver(() => String, { nullable: true, description: "Shown as the element's settings allow" })
  async email(@Root() element: Element, @Ctx() ctx: Context): Promise<string | null> {
    const standing = await ctx.loaders.standingIn.load(element.id);
    return can(ctx.viewer, "element:see-contacts", element, standing) ? element.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Shown as the element's settings allow" })
  async phone(@Root() element: Element, @Ctx() ctx: Context): Promise<string | null> {
    const standing = await ctx.loaders.standingIn.load(element.id);
    return can(ctx.viewer, "element:see-contacts", element, standing) ? element.phone : null;
  }

  @FieldResolver(() => ElementSettings)
  settings(@Root() element: Element): ElementSettings {
    return element.settings;
  }

  @FieldResolver(() => Person, { nullable: true })
  creator(@Root() element: Element, @Ctx() ctx: Context): Promise<Person | null> | null {
    return element.creatorId ? ctx.loaders.personById.load(element.creatorId) : null;
  }

  @FieldResolver(() => ViewerStanding)
  async viewer(@Root() element: Element, @Ctx() ctx: Context): Promise<ViewerStanding> {
    const standing = await ctx.loaders.standingIn.load(element.id);
    return { ...standing, canEdit: can(ctx.viewer, "element:edit", element, standing) };
  }

  @FieldResolver(() => RevisionConnection, { description: "Edits of the descriptive fields, newest first" })
  history(@Root() element: Element, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.elements.history(ctx.viewer, element.id, first, after);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Element, { description: "Privacy and open edition (administrators)" })
  updateElementSettings(@Arg("input") { id, ...settings }: UpdateElementSettingsInput, @Ctx() ctx: Context) {
    return ctx.services.elements.updateSettings(ctx.viewer, id, settings);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Element, { description: "Puts back what a revision changed (administrators)" })
  revertElementRevision(@Arg("input") { revisionId }: RevertRevisionInput, @Ctx() ctx: Context) {
    return ctx.services.elements.revert(ctx.viewer, revisionId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Element, {
    description: "Asks to delete the element (administrators); done unless another administrator refuses in time",
  })
  requestElementDeletion(@Arg("input") { id }: ElementIdInput, @Ctx() ctx: Context) {
    return ctx.services.elements.requestDeletion(ctx.viewer, id);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Element, { description: "Keeps an element whose deletion another administrator asked for" })
  refuseElementDeletion(@Arg("input") { id }: ElementIdInput, @Ctx() ctx: Context) {
    return ctx.services.elements.refuseDeletion(ctx.viewer, id);
  }
}
