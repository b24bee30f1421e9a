import { registerEnumType } from "type-graphql";

/** Who may read a profile field, as on the reference platform. */
export enum Visibility {
  PUBLIC = "PUBLIC",
  /** People linked to the owner (follows and memberships, see the actor graph). */
  CONTACTS = "CONTACTS",
  HIDDEN = "HIDDEN",
}
registerEnumType(Visibility, {
  name: "Visibility",
  description: "Who may read a profile field",
  valuesConfig: {
    PUBLIC: { description: "Everyone, signed in or not" },
    CONTACTS: { description: "The owner's contacts: mutual follows, or fellow members who both consent" },
    HIDDEN: { description: "Only the owner" },
  },
});

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

/* Whether a private field shows is the "profile:read-field" action of the policy (modules/policy/policy.ts). */
