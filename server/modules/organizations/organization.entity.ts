import { Field, ObjectType, registerEnumType } from "type-graphql";
import { ChildEntity, Column } from "typeorm";
import { type CommunityKind, Element, ElementKind } from "../elements/element.entity";

export enum OrganizationType {
  NGO = "ngo",
  LOCAL_BUSINESS = "local_business",
  INFORMAL_GROUP = "informal_group",
  PUBLIC_BODY = "public_body",
  COOPERATIVE = "cooperative",
}
registerEnumType(OrganizationType, {
  name: "OrganizationType",
  valuesConfig: {
    NGO: { description: "An association (schema.org NGO)" },
    PUBLIC_BODY: { description: "schema.org GovernmentOrganization" },
  },
});

@ObjectType({ implements: Element, description: "A page for an association, a business, a group or a public body" })
@ChildEntity(ElementKind.ORGANIZATION)
export class Organization extends Element {
  kind: CommunityKind = ElementKind.ORGANIZATION;

  @Field(() => OrganizationType)
  @Column({ name: "organization_type", type: "text" })
  type: OrganizationType;
}
