import { registerEnumType } from "type-graphql";

/** Who may read a profile field, as on the reference platform. */
export enum Visibility {
  PUBLIC = "PUBLIC",
  /** People linked to the owner (follows and memberships, see the actor graph). */
  CONTACTS = "CONTACTS",
  HIDDEN = "HIDDEN",
}
registerEnumType(Visibility, { name: "Visibility", description: "Who may read a profile field" });

export const PRIVATE_FIELDS = ["email", "phone", "birthDate", "locality", "directory"] as const;
export type PrivateField = (typeof PRIVATE_FIELDS)[number];
export type PrivacySettings = Record<PrivateField, Visibility>;

export const DEFAULT_PRIVACY: PrivacySettings = {
  email: Visibility.CONTACTS,
  phone: Visibility.CONTACTS,
  birthDate: Visibility.CONTACTS,
  locality: Visibility.PUBLIC,
  directory: Visibility.PUBLIC,
};

/** The relation of a viewer to a profile's owner, worked out once per pair. */
export type Relation = "self" | "contact" | "stranger" | "anonymous";

/** The single rule every read path uses to decide whether a private field shows. */
export function canSee(visibility: Visibility, relation: Relation): boolean {
  if (relation === "self") return true;
  if (visibility === Visibility.PUBLIC) return true;
  if (visibility === Visibility.CONTACTS) return relation === "contact";
  return false;
}
