import { type ApolloCache, ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { isSubscriptionOperation } from "@apollo/client/utilities";
import { type Client, createClient } from "graphql-ws";
import { connectionTypePolicies } from "./connections";

/** The types implementing the CommunityElement interface (and, with Person, Element), for fragments. */
const ELEMENT_TYPES = ["Organization", "Project", "Event"];

/** Lists and objects without ids are replaced or merged whole. */
const WHOLE_VALUES = {
  tags: { merge: false },
  socialLinks: { merge: false },
  extraLinks: { merge: false },
  settings: { merge: true },
  viewer: { merge: true },
  privacySettings: { merge: true },
};

/** Each type's policies: its values kept whole, and its connections read page after page. */
function typePolicies(): TypePolicies {
  const connections = connectionTypePolicies();
  const types = new Set(["Query", "Person", ...ELEMENT_TYPES, ...Object.keys(connections)]);
  return Object.fromEntries(
    [...types].map((type) => [
      type,
      { fields: { ...(type === "Query" ? {} : WHOLE_VALUES), ...connections[type]?.fields } },
    ]),
  );
}

/**
 * The WebSocket of subscriptions (the Live): opened on the first subscription, on the same
 * origin so the browser sends the session cookie. The server closes it when the session
 * ends; forgetSession reopens it for the new one.
 */
let sockets: Client | null = null;

function subscriptionsLink() {
  const url = new URL("/graphql", window.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  sockets = createClient({ url: url.toString(), lazy: true, retryAttempts: 5 });
  return new GraphQLWsLink(sockets);
}

/**
 * One client for the app: same-origin HTTP with the session cookie (the server answers JSON
 * POSTs only), and subscriptions over a WebSocket.
 */
export function createApolloClient() {
  const http = new HttpLink({ uri: "/graphql", credentials: "same-origin" });
  return new ApolloClient({
    link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), subscriptionsLink(), http),
    cache: new InMemoryCache({
      // An ElementPreview is the public face of a private element inviting the viewer.
      possibleTypes: { Element: ["Person", "ElementPreview", ...ELEMENT_TYPES], CommunityElement: ELEMENT_TYPES },
      typePolicies: typePolicies(),
    }),
  });
}

/**
 * Empties the cache after the session changed (logout, account deleted, password reset) and refetches
 * what is on screen. Queries of a page being left are torn down meanwhile and reject with AbortError;
 * any other failure shows in the queries' own error states, so nothing is left to handle here.
 */
export async function forgetSession(client: ApolloClient): Promise<void> {
  // Open subscriptions belong to the old session: the socket is closed and opened again.
  sockets?.terminate();
  await client.resetStore().catch(() => undefined);
}

/**
 * The `update` of a mutation answering a LinkRemoval under `field` (unfollow, leaveElement…):
 * evicts the removed link, so every cached list holding it drops it, pages not on screen included.
 * The link's ends come back in the answer and merge by id (counts, viewerLink, viewerFollows).
 */
export function evictRemovedLink<Field extends string>(field: Field) {
  return (cache: ApolloCache, { data }: { data?: { [key in Field]?: { linkId?: string | null } } | null }) => {
    const linkId = data?.[field]?.linkId;
    if (!linkId) return;
    cache.evict({ id: cache.identify({ __typename: "Link", id: linkId }) });
    cache.gc();
  };
}
