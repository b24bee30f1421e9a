import { registerEnumType } from "type-graphql";

export enum ElementKind {
  PERSON = "person",
  ORGANIZATION = "organization",
  PROJECT = "project",
  EVENT = "event",
}
registerEnumType(ElementKind, { name: "ElementKind" });

/** The kinds stored in the `element` table, each with a community. */
export type CommunityKind = Exclude<ElementKind, ElementKind.PERSON>;
