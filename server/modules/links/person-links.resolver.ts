import { Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { decodeCursor, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import { canSee } from "../profiles/privacy";
import { LinkConnection } from "./community.resolver";
import { LinkState } from "./link.entity";
import { MembershipArgs } from "./link.inputs";

/** Whether the viewer may read this person's memberships and follows (their "directory" setting). */
async function directoryVisible(person: Person, ctx: Context): Promise<boolean> {
  return canSee(person.privacy.directory, await ctx.loaders.relationTo.load(person.id));
}

/** A person's memberships, follows and followers. */
@Resolver(() => Person)
export class PersonLinksResolver {
  @FieldResolver(() => LinkConnection, {
    nullable: true,
    description:
      "Organizations, projects and events this person is in, among those you may see; as their directory setting " +
      "allows (null otherwise). Pending requests and invitations only for the person themselves.",
  })
  async memberships(@Root() person: Person, @Args() args: MembershipArgs, @Ctx() ctx: Context) {
    decodeCursor(args.after);
    const self = ctx.viewer?.id === person.id;
    if (args.state !== LinkState.ACTIVE && !self) return null;
    if (!(await directoryVisible(person, ctx))) return null;
    return ctx.loaders.links.memberships.load({
      parentId: person.id,
      args: { state: args.state, self, first: args.first, after: args.after },
    });
  }

  @FieldResolver(() => LinkConnection, {
    nullable: true,
    description: "Elements and people this person follows, as their directory setting allows (null otherwise)",
  })
  async following(@Root() person: Person, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    decodeCursor(after);
    if (!(await directoryVisible(person, ctx))) return null;
    return ctx.loaders.links.following.load({ parentId: person.id, args: { first, after } });
  }

  @FieldResolver(() => LinkConnection, {
    description: "Newest first, without those whose directory setting hides them from you; totalCount counts all",
  })
  followers(@Root() person: Person, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    decodeCursor(after);
    return ctx.loaders.links.personFollowers.load({ parentId: person.id, args: { first, after } });
  }

  @FieldResolver(() => Int)
  followerCount(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.links.personFollowerCount.load(person.id);
  }

  @FieldResolver(() => Boolean, { description: "You follow this person" })
  viewerFollows(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.links.viewerFollows.load(person.id);
  }
}
