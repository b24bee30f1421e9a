import { useQuery } from "@apollo/client/react";
import type { ElementDetailsFragment, ElementKind } from "./graphql/generated/graphql";
import { INSTANCE } from "./graphql/viewer";

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

/** Days other administrators have to refuse a deletion, as this instance sets it (null while loading). */
export function useDeletionDelayDays(): number | null {
  const { data } = useQuery(INSTANCE);
  return data?.instance.deletionDelayDays ?? null;
}

/** The map's background tiles as this instance configures them (null when none, or while loading). */
export function useMapTiles() {
  const { data } = useQuery(INSTANCE);
  return data?.instance.mapTiles ?? null;
}

/** The last moment a requested deletion can be refused. */
export function deletionDeadline(requestedAt: string, delayDays: number): string {
  return new Date(new Date(requestedAt).getTime() + delayDays * 24 * 3600 * 1000).toISOString();
}

/** Whether the API shows the viewer the element's e-mail and phone (the same rule as the server's). */
export function canSeeContacts(element: Pick<ElementDetailsFragment, "settings" | "viewer">): boolean {
  return element.settings.contactFields === "PUBLIC" || element.viewer.inCommunity || element.viewer.isAdmin;
}

/** The kinds with a community (organizations, projects, events): every CommunityElement's kind. */
export type CommunityKind = Exclude<ElementKind, "PERSON">;

/** A CommunityElement's kind: the API types it as ElementKind, which also covers people. */
export const communityKind = (kind: ElementKind) => kind as CommunityKind;

/**
 * The element a lookup found, when it has the given field: `element(slug)` may answer any kind,
 * persons included, and only organizations, projects and events have a community and a history.
 */
export function having<T extends object, K extends string>(
  element: T | null | undefined,
  field: K,
): Extract<T, Record<K, unknown>> | null {
  return element && field in element ? (element as Extract<T, Record<K, unknown>>) : null;
}

/** The town of an element's address, shown on cards and in page headers. */
export function townOf(address: { city?: string | null } | null | undefined): string | null {
  return address?.city ?? null;
}

/** An address on lines, as shown on an element's page. */
export function addressLines(
  address: { street?: string | null; postalCode?: string | null; city?: string | null } | null | undefined,
): string {
  if (!address) return "";
  const town = [address.postalCode, address.city].filter(Boolean).join(" ");
  return [address.street, town].filter(Boolean).join("\n");
}
