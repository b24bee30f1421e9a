import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** One client for the app: same-origin HTTP with the session cookie (the server answers JSON POSTs only). */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
    cache: new InMemoryCache({
      typePolicies: {
        Person: {
          fields: {
            // Lists and settings without ids: a new value replaces the old one whole.
            tags: { merge: false },
            socialLinks: { merge: false },
            privacySettings: { merge: true },
          },
        },
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
