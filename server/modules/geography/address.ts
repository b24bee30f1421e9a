import { IsLatitude, IsLongitude, IsOptional, Matches, MaxLength } from "class-validator";
import { Field, Float, InputType, ObjectType } from "type-graphql";

@ObjectType({ description: "A point on Earth (WGS 84 degrees)" })
export class GeoPoint {
  @Field(() => Float, { description: "Degrees north, -90 to 90" })
  latitude: number;

  @Field(() => Float, { description: "Degrees east, -180 to 180" })
  longitude: number;
}

@ObjectType({ description: "A postal address in parts" })
export class Address {
  @Field(() => String, { nullable: true, description: "Number and street, or what precedes the postal code" })
  street: string | null;

  @Field(() => String, { nullable: true, description: "Postal code" })
  postalCode: string | null;

  @Field(() => String, { nullable: true, description: "Town or city" })
  city: string | null;

  @Field(() => String, { nullable: true, description: "Country as an ISO 3166-1 alpha-2 code (FR)" })
  country: string | null;

  @Field(() => String, {
    nullable: true,
    description: "INSEE code of the French commune, set by the server when the town is recognised",
  })
  inseeCode: string | null;
}

@InputType({ description: "A point on Earth (WGS 84 degrees)" })
export class GeoPointInput {
  @Field(() => Float, { description: "Degrees north, -90 to 90" })
  @IsLatitude({ message: "must be a latitude between -90 and 90" })
  latitude: number;

  @Field(() => Float, { description: "Degrees east, -180 to 180" })
  @IsLongitude({ message: "must be a longitude between -180 and 180" })
  longitude: number;
}

@InputType({
  description:
    "A postal address in parts; replaces the whole address. Without a point, a known town or postal code places the element there",
})
export class AddressInput {
  @Field(() => String, { nullable: true, description: "Number and street; at most 300 characters" })
  @IsOptional()
  @MaxLength(300)
  street?: string | null;

  @Field(() => String, { nullable: true, description: "Postal code; at most 12 characters" })
  @IsOptional()
  @MaxLength(12)
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: "Town or city; at most 120 characters" })
  @IsOptional()
  @MaxLength(120)
  city?: string | null;

  @Field(() => String, { nullable: true, description: "Country as an ISO 3166-1 alpha-2 code; FR by default" })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: "must be a two-letter country code (ISO 3166-1)" })
  country?: string | null;
}

/** The element columns that hold an address and a point (see the StructuredAddresses migration). */
export const ADDRESS_COLUMNS = ["street", "postalCode", "city", "country", "inseeCode"] as const;
export const POINT_COLUMNS = ["latitude", "longitude"] as const;
export const GEOGRAPHY_COLUMNS = [...ADDRESS_COLUMNS, ...POINT_COLUMNS] as const;
export type GeographyColumn = (typeof GEOGRAPHY_COLUMNS)[number];

export interface GeographyValues {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  inseeCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** The address object of stored columns; null when no part is set. */
export function addressOf(values: GeographyValues): Address | null {
  const address = {
    street: values.street,
    postalCode: values.postalCode,
    city: values.city,
    country: values.country,
    inseeCode: values.inseeCode,
  };
  return Object.values(address).some((value) => value !== null && value !== undefined) ? address : null;
}

/** The address on one line, as calendars and exports show it ("12 rue du Lavoir, 93100 Montreuil"). */
export function addressLine(address: Address | null): string | null {
  if (!address) return null;
  const town = [address.postalCode, address.city].filter(Boolean).join(" ");
  return [address.street?.replace(/\s*\n\s*/g, ", "), town].filter(Boolean).join(", ") || null;
}

export function pointOf(values: Pick<GeographyValues, "latitude" | "longitude">): GeoPoint | null {
  return values.latitude === null || values.latitude === undefined || values.longitude === null
    ? null
    : { latitude: values.latitude, longitude: values.longitude };
}
