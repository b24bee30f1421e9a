import {
  Arg,
  Args,
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
import { ElementInterface } from "./element.interface";
import { ElementRefArgs, elementWhere } from "./element.ref";
import { ElementIdInput, RevertRevisionInput, UpdateElementSettingsInput } from "./element.inputs";
import { inCommunity, may, requireViewer } from "../policy/policy";
import { tiedPerson } from "../policy/tied-person";
import { changedAt, mayRead } from "./element.fields";
import { renderMarkdown } from "./markdown";
import { ElementRevision } from "./revision.entity";
import { EmailAddressScalar } from "../../graphql/scalars";

@ObjectType({ description: "The viewer's place in an element" })
class ViewerStanding {
  @Field({ description: "An active member, contributor or attendee" })
  inCommunity: boolean;

  @Field({ description: "Administers the element" })
  isAdmin: boolean;

  @Field({ description: "May edit the descriptive fields" })
  canEdit: boolean;
}

const RevisionConnection = Connection("ElementRevision", ElementRevision);

@Resolver(() => ElementRevision)
export class ElementRevisionResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who made the change; null once their account is deleted, or when their directory setting hides them",
  })
  author(@Root() revision: ElementRevision, @Ctx() ctx: Context): Promise<Person | null> {
    return tiedPerson(ctx, revision.authorId, revision.elementId);
  }
}

/** Fields and operations every element has, whatever its kind. */
@Resolver(() => Element)
export class ElementResolver {
  @Query(() => ElementInterface, {
    nullable: true,
    description:
      "Any element — person, organization, project or event — by id or by slug (exactly one of them). " +
      "Organizations, projects and events share one set of slugs; a slug none of them has names the " +
      "person with that username. Null when there is none you may see.",
  })
  async element(@Args() ref: ElementRefArgs, @Ctx() ctx: Context): Promise<Element | Person | null> {
    const where = elementWhere(ref);
    const element = await ctx.services.elements.findVisible(ctx.viewer, where);
    if (element) return element;
    return where.id !== undefined
      ? ctx.loaders.personById.load(where.id)
      : ctx.services.profiles.findByUsername(where.slug);
  }

  @FieldResolver(() => String, { nullable: true, description: "The description as sanitized HTML" })
  descriptionHtml(@Root() element: Element): string | null {
    return renderMarkdown(element.description);
  }

  @FieldResolver(() => EmailAddressScalar, { nullable: true, description: "Shown as the element's settings allow" })
  async email(@Root() element: Element, @Ctx() ctx: Context): Promise<string | null> {
    const standing = await ctx.loaders.standingIn.load(element.id);
    return mayRead(ctx.viewer, "email", element, standing) ? element.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Shown as the element's settings allow" })
  async phone(@Root() element: Element, @Ctx() ctx: Context): Promise<string | null> {
    const standing = await ctx.loaders.standingIn.load(element.id);
    return mayRead(ctx.viewer, "phone", element, standing) ? element.phone : null;
  }

  @FieldResolver(() => Date, { description: "When it last changed, as far as you may tell" })
  async updatedAt(@Root() element: Element, @Ctx() ctx: Context): Promise<Date> {
    // Without hidden fields, no need for the viewer's standing.
    if (element.settings.contactFields === "PUBLIC") return element.updatedAt;
    return changedAt(ctx.viewer, element, await ctx.loaders.standingIn.load(element.id));
  }

  @FieldResolver(() => ElementSettings, { description: "Privacy and edition settings" })
  settings(@Root() element: Element): ElementSettings {
    return element.settings;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who created it; null once their account is deleted, or when their directory setting hides them",
  })
  creator(@Root() element: Element, @Ctx() ctx: Context): Promise<Person | null> {
    return tiedPerson(ctx, element.creatorId, element.id);
  }

  @FieldResolver(() => ViewerStanding, {
    description: "The logged-in person's place in the element (all false when logged out)",
  })
  async viewer(@Root() element: Element, @Ctx() ctx: Context): Promise<ViewerStanding> {
    const standing = await ctx.loaders.standingIn.load(element.id);
    return {
      inCommunity: inCommunity(standing),
      isAdmin: standing.isAdmin,
      canEdit: may(ctx.viewer, "element:edit", { element, standing }),
    };
  }

  @FieldResolver(() => RevisionConnection, { description: "Edits of the descriptive fields, newest first" })
  history(@Root() element: Element, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.elements.history(ctx.viewer, element.id, first, after);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Element, { description: "Privacy and open edition (administrators)" })
  updateElementSettings(
    @Arg("input", { description: "The element and the settings to change" })
    { id, ...settings }: UpdateElementSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.elements.updateSettings(requireViewer(ctx), id, settings);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Element, { description: "Puts back what a revision changed (administrators)" })
  revertElementRevision(
    @Arg("input", { description: "The revision to undo" }) { revisionId }: RevertRevisionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.elements.revert(requireViewer(ctx), revisionId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Element, {
    description: "Asks to delete the element (administrators); done unless another administrator refuses in time",
  })
  requestElementDeletion(
    @Arg("input", { description: "The element to delete" }) { id }: ElementIdInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.elements.requestDeletion(requireViewer(ctx), id);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Element, { description: "Keeps an element whose deletion another administrator asked for" })
  refuseElementDeletion(
    @Arg("input", { description: "The element to keep" }) { id }: ElementIdInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.elements.refuseDeletion(requireViewer(ctx), id);
  }
}
