import { IsInt, IsOptional, Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Place } from "./place";

export const HOME_RADIUS_DEFAULT_KM = 10;
export const HOME_RADIUS_MAX_KM = 100;

@ObjectType({
  description:
    "Where a person lives or acts (their 'communexion'): the default area of their lists, map and Live. " +
    "Shown to the person only",
})
export class HomeArea {
  @Field(() => Place, { description: "The town at its centre" })
  place: Place;

  @Field(() => Int, { description: `Kilometres around the town, 1 to ${HOME_RADIUS_MAX_KM}` })
  radiusKm: number;
}

@InputType({ description: "A home area to choose" })
export class HomeAreaInput {
  @Field(() => ID, { description: "A town's id, as `places` gives it (fr:69123, geonames:2988507)" })
  @Length(1, 40)
  placeId: string;

  @Field(() => Int, {
    nullable: true,
    description: `Kilometres around the town, 1 to ${HOME_RADIUS_MAX_KM}; ${HOME_RADIUS_DEFAULT_KM} by default`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(HOME_RADIUS_MAX_KM)
  radiusKm?: number;
}
