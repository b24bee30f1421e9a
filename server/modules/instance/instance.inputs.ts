import {
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsWebUrl, says } from "../../graphql/validators";
import { DataLicenceId } from "./licences";

export const INSTANCE_NAME_MAX = 100;
export const INSTANCE_DESCRIPTION_MAX = 2000;
export const INSTANCE_RADIUS_MAX_KM = 200;

@InputType({ description: "The instance's area: a town of the gazetteer and the kilometres around it" })
export class InstanceAreaInput {
  @Field(() => ID, { description: "A town's id, as `places` gives it (fr:69123, geonames:2988507)" })
  @Length(1, 40)
  placeId: string;

  @Field(() => Int, { description: `Kilometres around the town, 1 to ${INSTANCE_RADIUS_MAX_KM}` })
  @IsInt()
  @Min(1)
  @Max(INSTANCE_RADIUS_MAX_KM)
  radiusKm: number;
}

@InputType({ description: "The instance's settings to change: leave a field out to keep it, send null to clear it" })
export class UpdateInstanceInput {
  @Field({ nullable: true, description: `Its name, 1 to ${INSTANCE_NAME_MAX} characters` })
  @IsOptional()
  @Length(1, INSTANCE_NAME_MAX)
  @Matches(/\S/, says("validation.notBlank"))
  name?: string;

  @Field(() => String, { nullable: true, description: `What it is for, up to ${INSTANCE_DESCRIPTION_MAX} characters` })
  @IsOptional()
  @MaxLength(INSTANCE_DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => InstanceAreaInput, { nullable: true, description: "The area it covers; null clears it" })
  @IsOptional()
  @ValidateNested()
  area?: InstanceAreaInput | null;

  @Field(() => DataLicenceId, { nullable: true, description: "The licence of its public data" })
  @IsOptional()
  @IsEnum(DataLicenceId)
  licence?: DataLicenceId;

  @Field(() => String, { nullable: true, description: "An address to write to its administrators" })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, says("validation.email"))
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: "A contact page (http or https)" })
  @IsOptional()
  @IsWebUrl()
  contactUrl?: string | null;
}
