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
