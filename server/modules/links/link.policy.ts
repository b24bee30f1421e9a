import type { Person } from "../accounts/person.entity";
import { type Element, ElementKind } from "../elements/element.entity";
import { can, type Standing } from "../elements/element.policy";
import { type Link, LinkState } from "./link.entity";

/** The viewer's place in an element's community, read inside the transaction that acts on it. */
export interface CommunityStanding {
  /** The viewer's own community link to the element, in any state. */
  link: Link | null;
  /** False for an element nobody administers (one made by an import, or whose admins left). */
  hasAdministrators: boolean;
}

export type CommunityVerb =
  /** Add someone directly, invite (a person, an organization or an e-mail address), validate or refuse a request. */
  | "community:manage"
  /** Remove someone, set roles, validate or refuse a request for administration. */
  | "community:moderate"
  | "community:ask-administration"
  | "community:step-down";

const isActive = (link: Link | null): link is Link => link?.state === LinkState.ACTIVE;

/**
 * Who may act on an element's community (the README's authorization matrix). Anyone may
 * manage the community of an element without administrators, so that imported elements
 * can be taken in hand; the first to ask for administration there gets it at once.
 */
export function mayInCommunity(verb: CommunityVerb, standing: CommunityStanding): boolean {
  const isAdmin = isActive(standing.link) && standing.link.isAdmin;
  switch (verb) {
    case "community:manage":
      return isAdmin || !standing.hasAdministrators;
    case "community:moderate":
    case "community:step-down":
      return isAdmin;
    case "community:ask-administration":
      return isActive(standing.link);
  }
}

/**
 * The state of a link someone asks for themselves: active at once when nobody administers
 * the element, when they administer it, or for a public event (anyone may attend one);
 * otherwise a request awaiting an administrator.
 */
export function joiningState(element: Element, standing: CommunityStanding): LinkState {
  if (mayInCommunity("community:manage", standing)) return LinkState.ACTIVE;
  if (element.kind === ElementKind.EVENT && !element.settings.private) return LinkState.ACTIVE;
  return LinkState.REQUESTED;
}

/**
 * Which entries of a community list the viewer reads: every entry, only their own (and
 * those of organizations they administer), or none (only the count shows). Active
 * entries follow the element's member list setting; pending requests and invitations
 * are for administrators and the people concerned.
 */
export function communityListAccess(
  viewer: Person | null,
  element: Element,
  standing: Standing,
  state: LinkState,
): "all" | "own" | "none" {
  if (state === LinkState.ACTIVE) return can(viewer, "element:see-members", element, standing) ? "all" : "none";
  if (standing.isAdmin) return "all";
  return viewer ? "own" : "none";
}
