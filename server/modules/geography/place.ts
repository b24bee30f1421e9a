import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { GeoPoint } from "./address";

@ObjectType({ description: "A town of the gazetteer: a French commune or a town of 1000+ people elsewhere" })
export class Place {
  @Field(() => ID, { description: "fr:<INSEE code> for a French commune, geonames:<id> elsewhere" })
  id: string;

  @Field({ description: "Its name" })
  name: string;

  @Field({ description: "Country as an ISO 3166-1 alpha-2 code" })
  country: string;

  @Field(() => String, {
    nullable: true,
    description: "The département code for a French commune (69), the GeoNames first-level division elsewhere",
  })
  region: string | null;

  @Field(() => String, { nullable: true, description: "INSEE code of a French commune" })
  inseeCode: string | null;

  @Field(() => [String], { description: "Its postal codes (French communes)" })
  postalCodes: string[];

  @Field(() => Int, { description: "Its population" })
  population: number;

  @Field(() => Float, { description: "Degrees north" })
  latitude: number;

  @Field(() => Float, { description: "Degrees east" })
  longitude: number;

  @Field(() => GeoPoint, { description: "Its point" })
  location: GeoPoint;

  @Field({
    description: "The point is that of a nearby chief town: the shipped data has no point for this small commune",
  })
  approximate: boolean;
}
