import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from "class-validator";
import { IsPhone, IsWebUrl, says } from "../../graphql/validators";
import { Field, ID, InputType } from "type-graphql";
import { SocialLinkInput } from "../profiles/profile.inputs";
import { Audience, ExtraLinkKind } from "./element.entity";
import { EmailAddressScalar, UrlScalar } from "../../graphql/scalars";
import { AddressInput, GeoPointInput } from "../geography/address";

export { WEB_URL } from "../../graphql/validators";

@InputType({ description: "A link to a chat room, documentation, a funding page…" })
export class ExtraLinkInput {
  @Field(() => ExtraLinkKind, { description: "What the link points to" })
  @IsEnum(ExtraLinkKind)
  kind: ExtraLinkKind;

  @Field(() => UrlScalar, { description: "The address: http(s), at most 300 characters" })
  @IsWebUrl()
  url: string;

  @Field(() => String, { nullable: true, description: "Text shown instead of the address; at most 60 characters" })
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

  @Field(() => ID, { nullable: true, description: "Logo: an image uploaded to POST /media" })
  @IsOptional()
  @IsUUID("all", says("validation.imageId"))
  imageId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Banner shown wide at the top of the page: an image uploaded to POST /media",
  })
  @IsOptional()
  @IsUUID("all", says("validation.imageId"))
  bannerId?: string | null;

  @Field(() => EmailAddressScalar, {
    nullable: true,
    description: "A contact address, shown as the element's settings allow; at most 254 characters",
  })
  @IsOptional()
  @IsEmail({}, says("validation.email"))
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A contact number, shown as the element's settings allow: digits, spaces and + ( ) . -; 4 to 30 characters",
  })
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @Field(() => UrlScalar, { nullable: true, description: "Its website: http(s), at most 300 characters" })
  @IsOptional()
  @IsWebUrl()
  website?: string | null;

  @Field(() => [SocialLinkInput], {
    nullable: true,
    description: "At most 10 links to its profiles on social networks; replaces the whole list",
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  socialLinks?: SocialLinkInput[];

  @Field(() => [ExtraLinkInput], {
    nullable: true,
    description: "At most 10 links to a chat room, documentation, a funding page…; replaces the whole list",
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  extraLinks?: ExtraLinkInput[];

  @Field(() => AddressInput, {
    nullable: true,
    description: "Postal address in parts, replacing the whole address; null clears it",
  })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput | null;

  @Field(() => GeoPointInput, {
    nullable: true,
    description:
      "Where it is on the map; null clears it. Left out while the town or postal code changes: the town's point",
  })
  @IsOptional()
  @ValidateNested()
  location?: GeoPointInput | null;
}

export const NAME_LENGTH = { min: 2, max: 120 };

@InputType({ description: "The element and the settings to change: leave a setting out to keep it" })
export class UpdateElementSettingsInput {
  @Field(() => ID, { description: "The element's id" })
  @IsUUID("all", says("validation.elementId"))
  id: string;

  @Field({ nullable: true, description: "Only the element's community sees it" })
  @IsOptional()
  private?: boolean;

  @Field(() => Audience, { nullable: true, description: "Who sees the member list; others see only the count" })
  @IsOptional()
  @IsEnum(Audience)
  memberList?: Audience;

  @Field(() => Audience, { nullable: true, description: "Who sees the e-mail and phone" })
  @IsOptional()
  @IsEnum(Audience)
  contactFields?: Audience;

  @Field({ nullable: true, description: "Any logged-in person may edit the descriptive fields (with history)" })
  @IsOptional()
  openEdition?: boolean;

  @Field({ nullable: true, description: "Anyone may join at once, without an administrator's validation" })
  @IsOptional()
  openMembership?: boolean;
}

@InputType({ description: "An element, by id" })
export class ElementIdInput {
  @Field(() => ID, { description: "The element's id" })
  @IsUUID("all", says("validation.elementId"))
  id: string;
}

@InputType({ description: "The revision to undo" })
export class RevertRevisionInput {
  @Field(() => ID, { description: "The id of the revision to undo, from the element's history" })
  @IsUUID("all", says("validation.revisionId"))
  revisionId: string;
}
