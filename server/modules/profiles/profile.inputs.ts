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
import { IsPhone, IsWebUrl, says } from "../../graphql/validators";
import { Field, ID, InputType } from "type-graphql";
import { Language, SocialNetwork } from "../accounts/person.entity";
import { Visibility } from "./privacy";
import { LocalDateScalar, UrlScalar } from "../../graphql/scalars";

@InputType({ description: "A link to a profile on a social network" })
export class SocialLinkInput {
  @Field(() => SocialNetwork, { description: "The social network" })
  @IsEnum(SocialNetwork)
  network: SocialNetwork;

  @Field(() => UrlScalar, { description: "The profile's address on that network: http(s), at most 300 characters" })
  @IsWebUrl()
  url: string;
}

/** Every field is optional: leave it out to keep it, send null to clear it. */
@InputType({ description: "Profile fields to change: leave a field out to keep it, send null to clear it" })
export class UpdateProfileInput {
  @Field({ nullable: true, description: "Shown to others, 1 to 80 characters; a pseudonym is fine" })
  @IsOptional()
  @Length(1, 80)
  @Matches(/\S/, says("validation.notBlank"))
  displayName?: string;

  @Field(() => String, { nullable: true, description: "One sentence shown in lists and cards; at most 280 characters" })
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

  @Field(() => UrlScalar, { nullable: true, description: "A personal website: http(s), at most 300 characters" })
  @IsOptional()
  @IsWebUrl()
  website?: string | null;

  @Field(() => [SocialLinkInput], {
    nullable: true,
    description: "At most 10 links to social networks; replaces the whole list",
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  socialLinks?: SocialLinkInput[];

  @Field(() => Language, { nullable: true, description: "Language of the interface and of mails" })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => ID, { nullable: true, description: "Avatar: an image you uploaded to POST /media" })
  @IsOptional()
  @IsUUID("all", says("validation.imageId"))
  imageId?: string | null;

  @Field(() => String, { nullable: true, description: "Digits, spaces and + ( ) . -; 4 to 30 characters" })
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "A date written YYYY-MM-DD, between 1900-01-01 and today",
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, says("validation.date"))
  @IsISO8601({ strict: true }, says("validation.realDate"))
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: "City or postal code" })
  @IsOptional()
  @MaxLength(100)
  locality?: string | null;
}

@InputType({ description: "Who may read each private field: leave a field out to keep its setting" })
export class UpdatePrivacySettingsInput {
  @Field(() => Visibility, { nullable: true, description: "Who sees my e-mail address" })
  @IsOptional()
  @IsEnum(Visibility)
  email?: Visibility;

  @Field(() => Visibility, { nullable: true, description: "Who sees my phone number" })
  @IsOptional()
  @IsEnum(Visibility)
  phone?: Visibility;

  @Field(() => Visibility, { nullable: true, description: "Who sees my birth date" })
  @IsOptional()
  @IsEnum(Visibility)
  birthDate?: Visibility;

  @Field(() => Visibility, { nullable: true, description: "Who sees my town" })
  @IsOptional()
  @IsEnum(Visibility)
  locality?: Visibility;

  @Field(() => Visibility, { nullable: true, description: "Who sees my memberships and follows" })
  @IsOptional()
  @IsEnum(Visibility)
  directory?: Visibility;
}
