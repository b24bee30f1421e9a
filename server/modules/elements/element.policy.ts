import type { Person } from "../accounts/person.entity";
import type { Element } from "./element.entity";

/** The viewer's place in an element's community. */
export interface Standing {
  /** An active member, contributor or attendee. */
  inCommunity: boolean;
  isAdmin: boolean;
}

export const OUTSIDER: Standing = { inCommunity: false, isAdmin: false };

export type ElementVerb =
  "element:view" | "element:edit" | "element:administer" | "element:see-members" | "element:see-contacts";

/**
 * Who may do what with an element, as one table of rules (see the README's matrix).
 * Anonymous viewers only ever read public things.
 */
export function can(viewer: Person | null, verb: ElementVerb, element: Element, standing: Standing): boolean {
  const visible = !element.settings.private || standing.inCommunity || standing.isAdmin;
  switch (verb) {
    case "element:view":
      return visible;
    case "element:edit":
      if (!viewer || !visible) return false;
      return standing.isAdmin || standing.inCommunity || element.settings.openEdition;
    case "element:administer":
      return Boolean(viewer) && standing.isAdmin;
    case "element:see-members":
      return visible && (element.settings.memberList === "PUBLIC" || standing.inCommunity || standing.isAdmin);
    case "element:see-contacts":
      return visible && (element.settings.contactFields === "PUBLIC" || standing.inCommunity || standing.isAdmin);
  }
}
