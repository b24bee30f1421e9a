import type { ElementDetailsFragment, ElementKind } from "./graphql/generated/graphql";

/** Where each kind of element lives in the app. */
const KIND_PATHS: Record<ElementKind, string> = {
  PERSON: "/people",
  ORGANIZATION: "/organizations",
  PROJECT: "/projects",
  EVENT: "/events",
};

export function elementPath(element: { kind: ElementKind; slug: string }): string {
  return `${KIND_PATHS[element.kind]}/${element.slug}`;
}

/**
 * Days other administrators have to refuse a deletion. Mirrors the server's default
 * (DELETION_DELAY_DAYS): the API does not say which value an instance uses.
 */
export const DELETION_DELAY_DAYS = 5;

/** The last moment a requested deletion can be refused. */
export function deletionDeadline(requestedAt: string): string {
  return new Date(new Date(requestedAt).getTime() + DELETION_DELAY_DAYS * 24 * 3600 * 1000).toISOString();
}

/** Whether the API shows the viewer the element's e-mail and phone (the same rule as the server's). */
export function canSeeContacts(element: Pick<ElementDetailsFragment, "settings" | "viewer">): boolean {
  return element.settings.contactFields === "PUBLIC" || element.viewer.inCommunity || element.viewer.isAdmin;
}
