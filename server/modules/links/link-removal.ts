import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import type { Link } from "./link.entity";

/**
 * What a mutation that deletes a link answers (unfollow, leave, decline, refuse, remove):
 * the link's id, for a client to take it out of the lists it holds, and what the link tied,
 * as it is now (counts, the viewer's link and follow), for the client to update them.
 */
@ObjectType({
  description: "A removed link: its id, to take it out of lists, and the element or people it tied, as they are now",
})
export class LinkRemoval {
  @Field(() => ID, {
    nullable: true,
    description: "The link that no longer exists; null when there was none (unfollowing what you did not follow)",
  })
  linkId: string | null;

  elementId: string | null;
  personId: string | null;
  followedPersonId: string | null;
}

/** The removal of `link` (null when nothing was removed), with the ends named by `ends` when there was no link. */
export function removalOf(
  link: Pick<Link, "id" | "elementId" | "personId" | "followedPersonId"> | null,
  ends: Partial<Pick<Link, "elementId" | "personId" | "followedPersonId">> = {},
): LinkRemoval {
  return Object.assign(new LinkRemoval(), {
    linkId: link?.id ?? null,
    elementId: link?.elementId ?? ends.elementId ?? null,
    personId: link?.personId ?? ends.personId ?? null,
    followedPersonId: link?.followedPersonId ?? ends.followedPersonId ?? null,
  });
}

/** The ends of a removed link, resolved as the viewer may see them now. */
@Resolver(() => LinkRemoval)
export class LinkRemovalResolver {
  @FieldResolver(() => Element, {
    nullable: true,
    description: "The element followed or joined, as it is now; null when you may no longer see it",
  })
  element(@Root() removal: LinkRemoval, @Ctx() ctx: Context) {
    return removal.elementId ? ctx.loaders.visibleElement.load(removal.elementId) : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The person who followed, was a member, or was invited or asked to be",
  })
  person(@Root() removal: LinkRemoval, @Ctx() ctx: Context) {
    return removal.personId ? ctx.loaders.personById.load(removal.personId) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person no longer followed, as they are now" })
  followedPerson(@Root() removal: LinkRemoval, @Ctx() ctx: Context) {
    return removal.followedPersonId ? ctx.loaders.personById.load(removal.followedPersonId) : null;
  }
}
