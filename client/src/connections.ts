import type { FieldPolicy, TypePolicies } from "@apollo/client";

/**
 * Every cursor connection of the API, by the type holding it (tests/client/connections.test.ts
 * checks this list against schema.graphql, so a new connection cannot be forgotten here).
 */
export const CONNECTION_FIELDS: Record<string, readonly string[]> = {
  Query: [
    "organizations",
    "projects",
    "events",
    "people",
    "search",
    "live",
    "myFeed",
    "newsReports",
    "notifications",
    "instanceReports",
  ],
  Person: ["memberships", "following", "followers", "news"],
  Organization: ["projects", "events", "community", "followers", "history", "memberOf", "news"],
  Project: ["events", "community", "followers", "history", "news"],
  Event: ["subEvents", "community", "followers", "history", "news"],
  News: ["comments", "revisions"],
  Comment: ["replies"],
};

/** Arguments that choose a page rather than a list. */
const PAGE_ARGUMENTS = new Set(["first", "after"]);

interface PageInfoShape {
  startCursor?: string | null;
  hasPreviousPage?: boolean;
  [field: string]: unknown;
}

interface ConnectionShape {
  nodes?: unknown[];
  edges?: unknown[];
  pageInfo?: PageInfoShape;
  [field: string]: unknown;
}

/**
 * A connection read page after page. Lists are told apart by their other arguments (the
 * members of one state and those of another are two lists); "load more" (a page asked with
 * `after`) appends to the list, while asking for the first page again starts it over.
 */
export function connectionPolicy(): FieldPolicy<ConnectionShape> {
  return {
    keyArgs: (args) => {
      const listArguments = Object.keys(args ?? {})
        .filter((name) => !PAGE_ARGUMENTS.has(name))
        .sort();
      return listArguments.length > 0 ? listArguments : false;
    },
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const appended = (field: "nodes" | "edges") =>
        existing[field] && incoming[field] ? { [field]: [...existing[field], ...incoming[field]] } : {};
      return {
        ...incoming,
        ...appended("nodes"),
        ...appended("edges"),
        // The merged list starts where the first page did.
        ...(existing.pageInfo && incoming.pageInfo
          ? {
              pageInfo: {
                ...incoming.pageInfo,
                ...("startCursor" in existing.pageInfo ? { startCursor: existing.pageInfo.startCursor } : {}),
                ...("hasPreviousPage" in existing.pageInfo
                  ? { hasPreviousPage: existing.pageInfo.hasPreviousPage }
                  : {}),
              },
            }
          : {}),
      };
    },
  };
}

/** The field policies of every connection, to spread into InMemoryCache's typePolicies. */
export function connectionTypePolicies(): TypePolicies {
  return Object.fromEntries(
    Object.entries(CONNECTION_FIELDS).map(([type, fields]) => [
      type,
      { fields: Object.fromEntries(fields.map((field) => [field, connectionPolicy()])) },
    ]),
  );
}
