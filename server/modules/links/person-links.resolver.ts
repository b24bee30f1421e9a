import { Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import { may } from "../policy/policy";
import { LinkConnection } from "./community.resolver";
import { LinkState } from "./link.entity";
import { MembershipArgs } from "./link.inputs";

/** Whether the viewer may read this person's memberships and follows (their "directory" setting). */
async function directoryVisible(person: Person, ctx: Context): Promise<boolean> {
  const relation = await ctx.loaders.relationTo.load(person.id);
  return may(ctx.viewer, "profile:read-field", { visibility: person.privacy.directory, relation });
}

/** A person's memberships, follows and followers. */
@Resolver(() => Person)
export class PersonLinksResolver {
  @FieldResolver(() => LinkConnection, {
    nullable: true,
    description:
      "Organizations, projects and events this person is in, as their directory setting allows (null otherwise), " +
      "among those you may see that show their members to you. Pending requests and invitations only for the " +
      "person themselves.",
  })
  async memberships(@Root() person: Person, @Args() args: MembershipArgs, @Ctx() ctx: Context) {
    const own = ctx.viewer?.id === person.id;
    if (args.state !== LinkState.ACTIVE && !own) return null;
    if (!(await directoryVisible(person, ctx))) return null;
    return ctx.loaders.links.memberships.load({
      parentId: person.id,
      args: { state: args.state, own, first: args.first, after: args.after },
    });
  }

  @FieldResolver(() => LinkConnection, {
    nullable: true,
    description: "Elements and people this person follows, as their directory setting allows (null otherwise)",
  })
  async following(@Root() person: Person, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    if (!(await directoryVisible(person, ctx))) return null;
    return ctx.loaders.links.following.load({ parentId: person.id, args: { first, after } });
  }

  @FieldResolver(() => LinkConnection, {
    description: "Newest first, without those whose directory setting hides them from you; totalCount counts all",
  })
  followers(@Root() person: Person, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.links.personFollowers.load({ parentId: person.id, args: { first, after } });
  }

  @FieldResolver(() => Int, { description: "How many people follow this person" })
  followerCount(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.links.personFollowerCount.load(person.id);
  }

  @FieldResolver(() => Boolean, { description: "You follow this person" })
  viewerFollows(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.links.viewerFollows.load(person.id);
  }
}
