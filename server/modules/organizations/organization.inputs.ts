import { IsEnum, IsOptional, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ElementFieldsInput, NAME_LENGTH } from "../elements/element.inputs";
import { OrganizationType } from "./organization.entity";

@InputType()
export class CreateOrganizationInput extends ElementFieldsInput {
  @Field()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, { message: "must not be blank" })
  name: string;

  @Field(() => OrganizationType)
  @IsEnum(OrganizationType)
  type: OrganizationType;
}

@InputType()
export class UpdateOrganizationInput extends ElementFieldsInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be an organization id" })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, { message: "must not be blank" })
  name?: string;

  @Field(() => OrganizationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationType)
  type?: OrganizationType;
}
