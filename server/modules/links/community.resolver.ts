import { Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Connection, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import { Organization } from "../organizations/organization.entity";
import { Link, LinkState } from "./link.entity";
import { CommunityArgs, MembershipArgs } from "./link.inputs";
import { inCommunity, may } from "../policy/policy";

export const LinkConnection = Connection("Link", Link);

/**
 * The community of every element — members of an organization, contributors of a project,
 * attendees of an event — and its followers. Counts are for everyone who sees the element;
 * entries for those the element's settings allow.
 */
@Resolver(() => Element)
export class CommunityResolver {
  @FieldResolver(() => Int, { description: "Active members, contributors or attendees" })
  communityCount(@Root() element: Element, @Ctx() ctx: Context) {
    return ctx.loaders.links.communityCount.load(element.id);
  }

  @FieldResolver(() => LinkConnection, {
    nullable: true,
    description:
      "Members (organization), contributors (project) or attendees (event), newest first. Active entries are " +
      "shown as the member list setting allows (null otherwise: communityCount still tells how many); pending " +
      "requests and invitations to administrators, and to each person concerned their own. People whose " +
      "directory setting hides them from you are left out unless you are in the community; totalCount counts " +
      "them all.",
  })
  async community(@Root() element: Element, @Args() args: CommunityArgs, @Ctx() ctx: Context) {
    const standing = await ctx.loaders.standingIn.load(element.id);
    // Active entries follow the member list setting; pending ones are for administrators, and each person's own.
    const all = may(ctx.viewer, args.state === LinkState.ACTIVE ? "element:see-community" : "element:see-pending", {
      element,
      standing,
    });
    if (!all && (args.state === LinkState.ACTIVE || !ctx.viewer)) return null;
    return ctx.loaders.links.community.load({
      parentId: element.id,
      args: {
        state: args.state,
        role: args.role ?? null,
        first: args.first,
        after: args.after,
        ownOnly: !all,
        everyone: inCommunity(standing),
      },
    });
  }

  @FieldResolver(() => [Person], {
    nullable: true,
    description: "At most 100, shown to those who may see the member list (null otherwise)",
  })
  async administrators(@Root() element: Element, @Ctx() ctx: Context) {
    const standing = await ctx.loaders.standingIn.load(element.id);
    if (!may(ctx.viewer, "element:see-community", { element, standing })) return null;
    return ctx.loaders.links.administrators.load({ elementId: element.id, everyone: inCommunity(standing) });
  }

  @FieldResolver(() => Int, { description: "How many people follow it" })
  followerCount(@Root() element: Element, @Ctx() ctx: Context) {
    return ctx.loaders.links.elementFollowerCount.load(element.id);
  }

  @FieldResolver(() => LinkConnection, {
    description: "Newest first, without those whose directory setting hides them from you; totalCount counts all",
  })
  followers(@Root() element: Element, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.links.elementFollowers.load({ parentId: element.id, args: { first, after } });
  }

  @FieldResolver(() => Link, { nullable: true, description: "Your own place in the community, in any state" })
  viewerLink(@Root() element: Element, @Ctx() ctx: Context) {
    return ctx.loaders.links.viewerLink.load(element.id);
  }

  @FieldResolver(() => Boolean, { description: "You follow this element" })
  viewerFollows(@Root() element: Element, @Ctx() ctx: Context) {
    return ctx.loaders.links.viewerFollows.load(element.id);
  }
}

/** Networks: the organizations an organization is a member of. */
@Resolver(() => Organization)
export class NetworkResolver {
  @FieldResolver(() => LinkConnection, {
    nullable: true,
    description:
      "The organizations (networks, federations) this one is a member of, among those showing their members to " +
      "you; all of them, pending ones included, for its administrators",
  })
  async memberOf(@Root() organization: Organization, @Args() args: MembershipArgs, @Ctx() ctx: Context) {
    const standing = await ctx.loaders.standingIn.load(organization.id);
    const own = may(ctx.viewer, "element:see-pending", { element: organization, standing });
    if (args.state !== LinkState.ACTIVE && !own) return null;
    return ctx.loaders.links.memberOf.load({
      parentId: organization.id,
      args: { state: args.state, own, first: args.first, after: args.after },
    });
  }
}
