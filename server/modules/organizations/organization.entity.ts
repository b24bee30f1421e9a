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
  description: "The legal or practical form of an organization",
  valuesConfig: {
    NGO: { description: "An association (schema.org NGO)" },
    LOCAL_BUSINESS: { description: "A local company or shop (schema.org LocalBusiness)" },
    INFORMAL_GROUP: { description: "A group of people without legal form" },
    PUBLIC_BODY: { description: "A public body: town hall, school, library… (schema.org GovernmentOrganization)" },
    COOPERATIVE: { description: "A cooperative" },
  },
});

@ObjectType({ implements: Element, description: "A page for an association, a business, a group or a public body" })
@ChildEntity(ElementKind.ORGANIZATION)
export class Organization extends Element {
  kind: CommunityKind = ElementKind.ORGANIZATION;

  @Field(() => OrganizationType, { description: "Its legal or practical form" })
  @Column({ name: "organization_type", type: "text" })
  type: OrganizationType;
}
