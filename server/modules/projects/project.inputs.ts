import { says } from "../../graphql/validators";
import { IsEnum, IsISO8601, IsOptional, IsUUID, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ElementFieldsInput, NAME_LENGTH } from "../elements/element.inputs";
import { ProjectStage } from "./project.entity";
import { LocalDateScalar } from "../../graphql/scalars";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = says("validation.date");
const REAL_DATE = says("validation.realDate");

/** An SPDX licence id or a simple expression of ids ("MIT", "CC-BY-SA-4.0", "GPL-3.0-or-later OR MIT"). */
const LICENCE = /^[A-Za-z0-9.+-]{1,40}( (AND|OR|WITH) [A-Za-z0-9.+-]{1,40})*$/;
const LICENCE_MESSAGE = says("validation.licence");

/** Fields shared by the creation and the edition of a project. */
@InputType({ description: "Fields of a project" })
abstract class ProjectFieldsInput extends ElementFieldsInput {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "When the project starts or started: a date written YYYY-MM-DD",
  })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, REAL_DATE)
  startsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "On or after startsOn" })
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
  @IsUUID("all", says("validation.organizationId"))
  carrierOrganizationId?: string;

  @Field(() => ID, { nullable: true, description: "The person carrying the project; not with carrierOrganizationId" })
  @IsOptional()
  @IsUUID("all", says("validation.personId"))
  carrierPersonId?: string;
}

@InputType({ description: "Without a carrier, you carry the project yourself" })
export class CreateProjectInput extends ProjectFieldsInput {
  @Field({ description: "2 to 120 characters" })
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, says("validation.notBlank"))
  name: string;

  @Field(() => ProjectStage, {
    defaultValue: ProjectStage.IDEA,
    description: "How far the project has come; IDEA by default",
  })
  @IsEnum(ProjectStage)
  stage: ProjectStage;
}

@InputType({ description: "Changing the carrier is for the project's administrators" })
export class UpdateProjectInput extends ProjectFieldsInput {
  @Field(() => ID, { description: "The project's id" })
  @IsUUID("all", says("validation.projectId"))
  id: string;

  @Field({ nullable: true, description: "2 to 120 characters" })
  @IsOptional()
  @Length(NAME_LENGTH.min, NAME_LENGTH.max)
  @Matches(/\S/, says("validation.notBlank"))
  name?: string;

  @Field(() => ProjectStage, { nullable: true, description: "How far the project has come" })
  @IsOptional()
  @IsEnum(ProjectStage)
  stage?: ProjectStage;
}
