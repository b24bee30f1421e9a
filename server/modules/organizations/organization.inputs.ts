import { says } from "../../graphql/validators";
import { IsEnum, IsOptional, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ElementFieldsInput, NAME_LENGTH } from "../elements/element.inputs";
import { OrganizationType } from "./organization.entity";

@InputType({ description: "A new organization's name, type and descriptive fields" })
export class CreateOrganizationInput extends ElementFieldsInput {
  @Field({ description: "2 to 120 characters" })
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, says("validation.notBlank"))
  name: string;

  @Field(() => OrganizationType, { description: "Its legal or practical form" })
  @IsEnum(OrganizationType)
  type: OrganizationType;
}

@InputType({
  description: "The organization and the fields to change: leave a field out to keep it, send null to clear it",
})
export class UpdateOrganizationInput extends ElementFieldsInput {
  @Field(() => ID, { description: "The organization's id" })
  @IsUUID("all", says("validation.organizationId"))
  id: string;

  @Field({ nullable: true, description: "2 to 120 characters" })
  @IsOptional()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, says("validation.notBlank"))
  name?: string;

  @Field(() => OrganizationType, { nullable: true, description: "Its legal or practical form" })
  @IsOptional()
  @IsEnum(OrganizationType)
  type?: OrganizationType;
}
