import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/authorization";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import { ElementInterface } from "../elements/element.interface";
import { ElementPreview } from "../elements/element.preview";
import { Organization } from "../organizations/organization.entity";
import { requireViewer } from "../policy/policy";
import { tiedPerson } from "../policy/tied-person";
import { Link, LinkState } from "./link.entity";
import { LinkRemoval, removalOf } from "./link-removal";
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
  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "The person following, member, contributor or attendee. Null for an invitation by e-mail not yet " +
      "accepted (see invitedEmail), except to the person invited",
  })
  person(@Root() link: Link, @Ctx() ctx: Context) {
    if (!link.personId || (byAddress(link) && link.personId !== ctx.viewer?.id)) return null;
    return ctx.loaders.personById.load(link.personId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "For an invitation by e-mail not yet accepted: the address as the inviter typed it. Such an invitation " +
      "is listed by this address, never by the person who owns it, until they accept",
  })
  invitedEmail(@Root() link: Link): string | null {
    return byAddress(link) ? link.invitedEmail : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The organization that is a member (networks)" })
  memberOrganization(@Root() link: Link, @Ctx() ctx: Context) {
    return link.memberElementId ? ctx.loaders.visibleElement.load(link.memberElementId) : null;
  }

  @FieldResolver(() => ElementInterface, {
    nullable: true,
    description:
      "The element followed or joined; for an invitation to a private element, only its public face (ElementPreview)",
  })
  async element(@Root() link: Link, @Ctx() ctx: Context): Promise<Element | ElementPreview | null> {
    if (!link.elementId) return null;
    const visible = await ctx.loaders.visibleElement.load(link.elementId);
    if (visible || link.state !== LinkState.INVITED) return visible;
    const inviting = await ctx.loaders.invitingElement.load(link.elementId);
    return inviting && ElementPreview.of(inviting);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person followed" })
  followedPerson(@Root() link: Link, @Ctx() ctx: Context) {
    return link.followedPersonId ? ctx.loaders.personById.load(link.followedPersonId) : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who invited or added this member; null when their directory setting hides them from you",
  })
  invitedBy(@Root() link: Link, @Ctx() ctx: Context) {
    return link.elementId ? tiedPerson(ctx, link.invitedById, link.elementId) : null;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Follows an element or a person; following again changes nothing" })
  follow(
    @Arg("input", { description: "Exactly one of elementId and personId" }) input: FollowTargetInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.follows.follow(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => LinkRemoval, { description: "Stops following; linkId is null when you did not follow" })
  async unfollow(
    @Arg("input", { description: "Exactly one of elementId and personId" }) input: FollowTargetInput,
    @Ctx() ctx: Context,
  ) {
    const removed = await ctx.services.follows.unfollow(requireViewer(ctx), input);
    return removalOf(removed, { elementId: input.elementId, followedPersonId: input.personId });
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, {
    description:
      "Joins an element's community (member, contributor, attendee): at once for a public event, an element " +
      "without administrators or one you administer; otherwise as a request an administrator validates. " +
      "Joining with an invitation waiting accepts it.",
  })
  joinElement(
    @Arg("input", { description: "The element to join, and the organization joining when not yourself" })
    input: JoinElementInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.links.join(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Adds a person or an organization at once (administrators)" })
  addToElement(
    @Arg("input", { description: "The element, and the person or organization to add" }) input: AddToElementInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.links.add(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, {
    description: "Invites a person or an organization, who accepts or declines (administrators)",
  })
  inviteToElement(
    @Arg("input", { description: "The element, and the person or organization to invite" }) input: InviteToElementInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.links.invite(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Element, {
    description:
      "Invites an e-mail address (administrators); answers the element, whose pending invitations changed, " +
      "the same whether or not the address has an account",
  })
  async inviteByEmail(
    @Arg("input", { description: "The element, and the address to invite" }) input: InviteByEmailInput,
    @Ctx() ctx: Context,
  ) {
    await ctx.services.emailInvitations.invite(requireViewer(ctx), input);
    return ctx.loaders.visibleElement.load(input.elementId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "The one invited accepts" })
  acceptInvitation(
    @Arg("input", { description: "The invitation's link" }) { linkId }: LinkIdInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.links.acceptInvitation(requireViewer(ctx), linkId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => LinkRemoval, { description: "The one invited declines" })
  async declineInvitation(
    @Arg("input", { description: "The invitation's link" }) { linkId }: LinkIdInput,
    @Ctx() ctx: Context,
  ) {
    return removalOf(await ctx.services.links.declineInvitation(requireViewer(ctx), linkId));
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Accepts a request to join (administrators)" })
  validateRequest(@Arg("input", { description: "The request's link" }) { linkId }: LinkIdInput, @Ctx() ctx: Context) {
    return ctx.services.links.validateRequest(requireViewer(ctx), linkId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => LinkRemoval, { description: "Refuses a request to join (administrators)" })
  async refuseRequest(
    @Arg("input", { description: "The request's link" }) { linkId }: LinkIdInput,
    @Ctx() ctx: Context,
  ) {
    return removalOf(await ctx.services.links.refuseRequest(requireViewer(ctx), linkId));
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => LinkRemoval, {
    description: "Leaves a community (or withdraws a request); the last administrator names a successor",
  })
  async leaveElement(
    @Arg("input", { description: "The community to leave, and a successor if needed" }) input: LeaveElementInput,
    @Ctx() ctx: Context,
  ) {
    return removalOf(await ctx.services.links.leave(requireViewer(ctx), input));
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => LinkRemoval, { description: "Removes a member or withdraws an invitation (administrators)" })
  async removeFromElement(
    @Arg("input", { description: "The member's or the invitation's link" }) { linkId }: LinkIdInput,
    @Ctx() ctx: Context,
  ) {
    return removalOf(await ctx.services.links.remove(requireViewer(ctx), linkId));
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, {
    description: "A member asks to administer; granted at once when the element has no administrator",
  })
  requestAdministration(
    @Arg("input", { description: "The element to administer" }) { elementId }: RequestAdministrationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.administration.request(requireViewer(ctx), elementId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Grants a member's request to administer (administrators)" })
  validateAdministration(
    @Arg("input", { description: "The link of the member who asked" }) { linkId }: LinkIdInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.administration.validate(requireViewer(ctx), linkId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Refuses a member's request to administer (administrators)" })
  refuseAdministration(
    @Arg("input", { description: "The link of the member who asked" }) { linkId }: LinkIdInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.administration.refuse(requireViewer(ctx), linkId);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Stops administering; the last administrator names a successor" })
  stepDown(
    @Arg("input", { description: "The element, and a successor if needed" }) input: StepDownInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.administration.stepDown(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Link, { description: "Sets the roles of a member (administrators)" })
  setRoles(
    @Arg("input", { description: "The member's link and the roles to set" }) { linkId, roles }: SetRolesInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.administration.setRoles(requireViewer(ctx), linkId, roles);
  }
}

/** An invitation by e-mail waiting for an answer: listed by its address. */
const byAddress = (link: Link) => link.state === LinkState.INVITED && link.invitedEmail !== null;
