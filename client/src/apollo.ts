import { ApolloClient, type FieldPolicy, HttpLink, InMemoryCache } from "@apollo/client";

/** The types implementing the CommunityElement interface (and, with Person, Element), for fragments. */
const ELEMENT_TYPES = ["Organization", "Project", "Event"];

/**
 * A cursor connection read page after page: "load more" appends a page (asked with `after`),
 * while asking for the first page again starts over.
 */
function cursorPages(): FieldPolicy<{ nodes: unknown[] }> {
  return {
    keyArgs: false,
    merge(existing, incoming, { args }) {
      return existing && args?.after ? { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] } : incoming;
    },
  };
}

/** Fields of an element: lists and objects without ids are replaced or merged whole. */
const elementPolicy = {
  fields: {
    tags: { merge: false },
    socialLinks: { merge: false },
    extraLinks: { merge: false },
    settings: { merge: true },
    viewer: { merge: true },
    history: cursorPages(),
  },
};

/** One client for the app: same-origin HTTP with the session cookie (the server answers JSON POSTs only). */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
    cache: new InMemoryCache({
      possibleTypes: { Element: ["Person", ...ELEMENT_TYPES], CommunityElement: ELEMENT_TYPES },
      typePolicies: {
        Query: {
          fields: {
            organizations: cursorPages(),
          },
        },
        Person: {
          fields: {
            // Lists and settings without ids: a new value replaces the old one whole.
            tags: { merge: false },
            socialLinks: { merge: false },
            privacySettings: { merge: true },
          },
        },
        ...Object.fromEntries(ELEMENT_TYPES.map((type) => [type, elementPolicy])),
      },
    }),
  });
}

/**
 * Empties the cache after the session changed (logout, account deleted, password reset) and refetches
 * what is on screen. Queries of a page being left are torn down meanwhile and reject with AbortError;
 * any other failure shows in the queries' own error states, so nothing is left to handle here.
 */
export async function forgetSession(client: ApolloClient): Promise<void> {
  await client.resetStore().catch(() => undefined);
}
