import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/authorization";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import { Organization } from "../organizations/organization.entity";
import { Link, LinkState } from "./link.entity";
import {
  AddToElementInput,
  FollowTargetInput,
  InviteByEmailInput,
  InviteToElementInput,
  JoinElementInput,
  LeaveElementInput,
  LinkIdInput,
  RequestAdministrationInput,
  SetRolesInput,
  StepDownInput,
} from "./link.inputs";

/** Follows, communities, administration and roles; the rules live in the services. */
@Resolver(() => Link)
export class LinkResolver {
  @FieldResolver(() => Person, { nullable: true, description: "The person following, member, contributor or attendee" })
  person(@Root() link: Link, @Ctx() ctx: Context) {
    return link.personId ? ctx.loaders.personById.load(link.personId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The organization that is a member (networks)" })
  async memberOrganization(@Root() link: Link, @Ctx() ctx: Context) {
    return link.memberElementId ? ctx.loaders.links.visibleElement.load(link.memberElementId) : null;
  }

  @FieldResolver(() => Element, { nullable: true, description: "The element followed or joined" })
  async element(@Root() link: Link, @Ctx() ctx: Context) {
    if (!link.elementId) return null;
    const visible = await ctx.loaders.links.visibleElement.load(link.elementId);
    // Whoever is invited sees the element inviting them, even a private one, to decide.
    const invitedHere = link.state === LinkState.INVITED && ctx.viewer && link.personId === ctx.viewer.id;
    return visible ?? (invitedHere ? ctx.loaders.links.invitingElement.load(link.elementId) : null);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person followed" })
  followedPerson(@Root() link: Link, @Ctx() ctx: Context) {
    return link.followedPersonId ? ctx.loaders.personById.load(link.followedPersonId) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who invited or added this member" })
  invitedBy(@Root() link: Link, @Ctx() ctx: Context) {
    return link.invitedById ? ctx.loaders.personById.load(link.invitedById) : null;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Follows an element or a person; following again changes nothing" })
  follow(@Arg("input") input: FollowTargetInput, @Ctx() ctx: Context) {
    return ctx.services.follows.follow(ctx.viewer, input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "Stops following; true even when you did not follow" })
  async unfollow(@Arg("input") input: FollowTargetInput, @Ctx() ctx: Context) {
    await ctx.services.follows.unfollow(ctx.viewer, input);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, {
    description:
      "Joins an element's community (member, contributor, attendee): at once for a public event, an element " +
      "without administrators or one you administer; otherwise as a request an administrator validates. " +
      "Joining with an invitation waiting accepts it.",
  })
  joinElement(@Arg("input") input: JoinElementInput, @Ctx() ctx: Context) {
    return ctx.services.links.join(ctx.viewer, input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Adds a person or an organization at once (administrators)" })
  addToElement(@Arg("input") input: AddToElementInput, @Ctx() ctx: Context) {
    return ctx.services.links.add(ctx.viewer, input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, {
    description: "Invites a person or an organization, who accepts or declines (administrators)",
  })
  inviteToElement(@Arg("input") input: InviteToElementInput, @Ctx() ctx: Context) {
    return ctx.services.links.invite(ctx.viewer, input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, {
    description: "Invites an e-mail address (administrators); answers true whether or not it has an account",
  })
  async inviteByEmail(@Arg("input") input: InviteByEmailInput, @Ctx() ctx: Context) {
    await ctx.services.emailInvitations.invite(ctx.viewer, input);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "The one invited accepts" })
  acceptInvitation(@Arg("input") { linkId }: LinkIdInput, @Ctx() ctx: Context) {
    return ctx.services.links.acceptInvitation(ctx.viewer, linkId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "The one invited declines" })
  async declineInvitation(@Arg("input") { linkId }: LinkIdInput, @Ctx() ctx: Context) {
    await ctx.services.links.declineInvitation(ctx.viewer, linkId);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Accepts a request to join (administrators)" })
  validateRequest(@Arg("input") { linkId }: LinkIdInput, @Ctx() ctx: Context) {
    return ctx.services.links.validateRequest(ctx.viewer, linkId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "Refuses a request to join (administrators)" })
  async refuseRequest(@Arg("input") { linkId }: LinkIdInput, @Ctx() ctx: Context) {
    await ctx.services.links.refuseRequest(ctx.viewer, linkId);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, {
    description: "Leaves a community (or withdraws a request); the last administrator names a successor",
  })
  async leaveElement(@Arg("input") input: LeaveElementInput, @Ctx() ctx: Context) {
    await ctx.services.links.leave(ctx.viewer, input);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "Removes a member or withdraws an invitation (administrators)" })
  async removeFromElement(@Arg("input") { linkId }: LinkIdInput, @Ctx() ctx: Context) {
    await ctx.services.links.remove(ctx.viewer, linkId);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, {
    description: "A member asks to administer; granted at once when the element has no administrator",
  })
  requestAdministration(@Arg("input") { elementId }: RequestAdministrationInput, @Ctx() ctx: Context) {
    return ctx.services.administration.request(ctx.viewer, elementId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Grants a member's request to administer (administrators)" })
  validateAdministration(@Arg("input") { linkId }: LinkIdInput, @Ctx() ctx: Context) {
    return ctx.services.administration.validate(ctx.viewer, linkId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Refuses a member's request to administer (administrators)" })
  refuseAdministration(@Arg("input") { linkId }: LinkIdInput, @Ctx() ctx: Context) {
    return ctx.services.administration.refuse(ctx.viewer, linkId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Stops administering; the last administrator names a successor" })
  stepDown(@Arg("input") input: StepDownInput, @Ctx() ctx: Context) {
    return ctx.services.administration.stepDown(ctx.viewer, input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Sets the roles of a member (administrators)" })
  setRoles(@Arg("input") { linkId, roles }: SetRolesInput, @Ctx() ctx: Context) {
    return ctx.services.administration.setRoles(ctx.viewer, linkId, roles);
  }
}
