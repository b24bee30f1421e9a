import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/authorization";
import type { Context } from "../../graphql/context";
import { NotFound } from "../../graphql/errors";
import { Person } from "../accounts/person.entity";
import { requireViewer } from "../policy/policy";
import { HOME_RADIUS_DEFAULT_KM, HomeArea, HomeAreaInput } from "./home-area";

@Resolver(() => Person)
export class HomeAreaResolver {
  @FieldResolver(() => HomeArea, { nullable: true, description: "Only for the owner: their home area, if chosen" })
  async homeArea(@Root() person: Person, @Ctx() ctx: Context): Promise<HomeArea | null> {
    if (ctx.viewer?.id !== person.id || !person.homePlaceId || !person.homeRadiusKm) return null;
    const place = await ctx.services.places.byId(person.homePlaceId);
    return place && { place, radiusKm: person.homeRadiusKm };
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Person, { description: "Chooses the logged-in person's home area (their 'communexion')" })
  async setHomeArea(
    @Arg("input", { description: "The town and the radius" }) input: HomeAreaInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    const viewer = requireViewer(ctx);
    if (!(await ctx.services.places.byId(input.placeId))) throw new NotFound("place");
    return ctx.services.profiles.setHomeArea(viewer, input.placeId, input.radiusKm ?? HOME_RADIUS_DEFAULT_KM);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Person, { description: "Forgets the logged-in person's home area" })
  clearHomeArea(@Ctx() ctx: Context): Promise<Person> {
    return ctx.services.profiles.setHomeArea(requireViewer(ctx), null, null);
  }
}
