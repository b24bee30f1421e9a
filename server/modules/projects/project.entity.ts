import { Field, ObjectType, registerEnumType } from "type-graphql";
import { ChildEntity, Column } from "typeorm";
import { type CommunityKind, Element, ElementKind } from "../elements/element.entity";
import { LocalDateScalar } from "../../graphql/scalars";

export enum ProjectStage {
  IDEA = "idea",
  CONCEPT = "concept",
  STARTED = "started",
  DEVELOPMENT = "development",
  TESTING = "testing",
  MATURE = "mature",
}
registerEnumType(ProjectStage, {
  name: "ProjectStage",
  description: "How far a project has come, from the idea to maturity",
  valuesConfig: {
    IDEA: { description: "An idea looking for people" },
    CONCEPT: { description: "The idea is being shaped into a plan" },
    STARTED: { description: "Work has started" },
    DEVELOPMENT: { description: "Being built or developed" },
    TESTING: { description: "Being tried out" },
    MATURE: { description: "Running and established" },
  },
});

@ObjectType({ implements: Element, description: "A project carried by an organization or a person" })
@ChildEntity(ElementKind.PROJECT)
export class Project extends Element {
  kind: CommunityKind = ElementKind.PROJECT;

  @Field(() => ProjectStage, { description: "How far the project has come" })
  @Column({ name: "project_stage", type: "text" })
  stage: ProjectStage;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the project starts or started (a date, no time)" })
  @Column({ name: "project_starts_on", type: "date", nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the project ends or ended (a date, no time)" })
  @Column({ name: "project_ends_on", type: "date", nullable: true })
  endsOn: string | null;

  @Field(() => String, { nullable: true, description: "Licence of the works the project produces (SPDX id)" })
  @Column({ type: "text", nullable: true })
  licence: string | null;

  @Column({ name: "carrier_element_id", type: "uuid", nullable: true })
  carrierElementId: string | null;

  @Column({ name: "carrier_person_id", type: "uuid", nullable: true })
  carrierPersonId: string | null;
}
