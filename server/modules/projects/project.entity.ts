import { Field, ObjectType, registerEnumType } from "type-graphql";
import { ChildEntity, Column } from "typeorm";
import { type CommunityKind, Element, ElementKind } from "../elements/element.entity";

export enum ProjectStage {
  IDEA = "idea",
  CONCEPT = "concept",
  STARTED = "started",
  DEVELOPMENT = "development",
  TESTING = "testing",
  MATURE = "mature",
}
registerEnumType(ProjectStage, { name: "ProjectStage" });

@ObjectType({ implements: Element, description: "A project carried by an organization or a person" })
@ChildEntity(ElementKind.PROJECT)
export class Project extends Element {
  kind: CommunityKind = ElementKind.PROJECT;

  @Field(() => ProjectStage)
  @Column({ name: "project_stage", type: "text" })
  stage: ProjectStage;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" })
  @Column({ name: "project_starts_on", type: "date", nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" })
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
