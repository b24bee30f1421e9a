import { IsInt, IsOptional, Length, Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Place } from "./place";
import { PLACES_DEFAULT, PLACES_MAX } from "./place.service";

@ArgsType()
class PlacesArgs {
  @Field({ description: "The start of a town's name, or of a French postal code (2 to 5 digits); 1 to 100 characters" })
  @Length(1, 100)
  search: string;

  @Field(() => Int, { nullable: true, description: `1 to ${PLACES_MAX}; ${PLACES_DEFAULT} by default` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(PLACES_MAX)
  first?: number;
}

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => [Place], {
    description:
      "Towns for autocompletion, most populated first: by the start of their name (accents and case aside) " +
      "or of a French postal code. From the gazetteer shipped with the server (see `instance { dataSources }`)",
  })
  places(@Args() { search, first }: PlacesArgs, @Ctx() ctx: Context): Promise<Place[]> {
    return ctx.services.places.search(search, first ?? PLACES_DEFAULT);
  }
}
