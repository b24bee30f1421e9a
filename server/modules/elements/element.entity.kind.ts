import { registerEnumType } from "type-graphql";

export enum ElementKind {
  PERSON = "person",
  ORGANIZATION = "organization",
  PROJECT = "project",
  EVENT = "event",
}
registerEnumType(ElementKind, {
  name: "ElementKind",
  description: "What an element is: a person or one of the pages people create",
  valuesConfig: {
    PERSON: { description: "A person's profile" },
    ORGANIZATION: { description: "An association, a business, an informal group or a public body" },
    PROJECT: { description: "A project carried by an organization or a person" },
    EVENT: { description: "An event, possibly recurring" },
  },
});

/** The kinds stored in the `element` table, each with a community. */
export type CommunityKind = Exclude<ElementKind, ElementKind.PERSON>;
