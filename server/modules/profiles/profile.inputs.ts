import {
  ArrayMaxSize,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { IsPhone, IsWebUrl } from "../../graphql/validators";
import { Field, ID, InputType } from "type-graphql";
import { Language, SocialNetwork } from "../accounts/person.entity";
import { Visibility } from "./privacy";

@InputType()
export class SocialLinkInput {
  @Field(() => SocialNetwork)
  @IsEnum(SocialNetwork)
  network: SocialNetwork;

  @Field()
  @IsWebUrl()
  url: string;
}

/** Every field is optional: leave it out to keep it, send null to clear it. */
@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80)
  @Matches(/\S/, { message: "must not be blank" })
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(280)
  shortDescription?: string | null;

  @Field(() => String, { nullable: true, description: "Markdown" })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "At most 20 tags of 1 to 40 characters" })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 40, { each: true })
  tags?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebUrl()
  website?: string | null;

  @Field(() => [SocialLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  socialLinks?: SocialLinkInput[];

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => ID, { nullable: true, description: "Avatar: an image you uploaded to POST /media" })
  @IsOptional()
  @IsUUID("all", { message: "must be the id of an uploaded image" })
  imageId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date written YYYY-MM-DD" })
  @IsISO8601({ strict: true }, { message: "must be a real date" })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: "City or postal code" })
  @IsOptional()
  @MaxLength(100)
  locality?: string | null;
}

@InputType()
export class UpdatePrivacySettingsInput {
  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  email?: Visibility;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  phone?: Visibility;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  birthDate?: Visibility;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  locality?: Visibility;

  @Field(() => Visibility, { nullable: true, description: "Who sees my memberships and follows" })
  @IsOptional()
  @IsEnum(Visibility)
  directory?: Visibility;
}
