import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from "class-validator";
import { IsPhone, IsWebUrl } from "../../graphql/validators";
import { Field, ID, InputType } from "type-graphql";
import { SocialLinkInput } from "../profiles/profile.inputs";
import { Audience, ExtraLinkKind } from "./element.entity";

export { URL_MESSAGE, WEB_URL } from "../../graphql/validators";

@InputType()
export class ExtraLinkInput {
  @Field(() => ExtraLinkKind)
  @IsEnum(ExtraLinkKind)
  kind: ExtraLinkKind;

  @Field()
  @IsWebUrl()
  url: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  label?: string | null;
}

/**
 * The descriptive fields every element has; each kind's create and update inputs extend
 * this. Leave a field out to keep it; send null to clear it.
 */
@InputType({ description: "Descriptive fields shared by every element kind" })
export abstract class ElementFieldsInput {
  @Field(() => String, { nullable: true, description: "At most 280 characters" })
  @IsOptional()
  @MaxLength(280)
  shortDescription?: string | null;

  @Field(() => String, { nullable: true, description: "Markdown, at most 20,000 characters" })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "At most 30 tags of 1 to 40 characters" })
  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 40, { each: true })
  tags?: string[];

  @Field(() => ID, { nullable: true, description: "An image uploaded to POST /media" })
  @IsOptional()
  @IsUUID("all", { message: "must be the id of an uploaded image" })
  imageId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: "must be a valid e-mail address" })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebUrl()
  website?: string | null;

  @Field(() => [SocialLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  socialLinks?: SocialLinkInput[];

  @Field(() => [ExtraLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  extraLinks?: ExtraLinkInput[];

  @Field(() => String, { nullable: true, description: "Postal address as text" })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;
}

export const NAME_LENGTH = { min: 2, max: 120 };

@InputType()
export class UpdateElementSettingsInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be an element id" })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  private?: boolean;

  @Field(() => Audience, { nullable: true })
  @IsOptional()
  @IsEnum(Audience)
  memberList?: Audience;

  @Field(() => Audience, { nullable: true })
  @IsOptional()
  @IsEnum(Audience)
  contactFields?: Audience;

  @Field({ nullable: true })
  @IsOptional()
  openEdition?: boolean;
}

@InputType()
export class ElementIdInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be an element id" })
  id: string;
}

@InputType()
export class RevertRevisionInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a revision id" })
  revisionId: string;
}
