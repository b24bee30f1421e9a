import { IsEnum, IsISO8601, IsOptional, IsUUID, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ElementFieldsInput, NAME_LENGTH } from "../elements/element.inputs";
import { ProjectStage } from "./project.entity";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: "must be a date written YYYY-MM-DD" };
const REAL_DATE = { message: "must be a real date" };

/** An SPDX licence id or a simple expression of ids ("MIT", "CC-BY-SA-4.0", "GPL-3.0-or-later OR MIT"). */
const LICENCE = /^[A-Za-z0-9.+-]{1,40}( (AND|OR|WITH) [A-Za-z0-9.+-]{1,40})*$/;
const LICENCE_MESSAGE = { message: "must be an SPDX licence identifier such as MIT or CC-BY-SA-4.0" };

/** Fields shared by the creation and the edition of a project. */
@InputType({ description: "Fields of a project" })
abstract class ProjectFieldsInput extends ElementFieldsInput {
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, REAL_DATE)
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, on or after startsOn" })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, REAL_DATE)
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: "SPDX licence identifier or expression (MIT, CC-BY-SA-4.0…)" })
  @IsOptional()
  @MaxLength(200)
  @Matches(LICENCE, LICENCE_MESSAGE)
  licence?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The organization carrying the project (you must administer it); not with carrierPersonId",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be an organization id" })
  carrierOrganizationId?: string;

  @Field(() => ID, { nullable: true, description: "The person carrying the project; not with carrierOrganizationId" })
  @IsOptional()
  @IsUUID("all", { message: "must be a person id" })
  carrierPersonId?: string;
}

@InputType({ description: "Without a carrier, you carry the project yourself" })
export class CreateProjectInput extends ProjectFieldsInput {
  @Field()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, { message: "must not be blank" })
  name: string;

  @Field(() => ProjectStage, { defaultValue: ProjectStage.IDEA })
  @IsEnum(ProjectStage)
  stage: ProjectStage;
}

@InputType({ description: "Changing the carrier is for the project's administrators" })
export class UpdateProjectInput extends ProjectFieldsInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a project id" })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, { message: "must not be blank" })
  name?: string;

  @Field(() => ProjectStage, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStage)
  stage?: ProjectStage;
}
