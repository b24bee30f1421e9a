import type { TypedDocumentNode } from "@apollo/client";
import { useApolloClient, useQuery, useSubscription } from "@apollo/client/react";
import { useCallback, useState } from "react";
import type { NewsFeedChangeFragment, NewsItemFragment, NewsPageFragment } from "../../graphql/generated/graphql";
import { NEWS_BY_ID } from "../../graphql/news";

interface FeedOptions<Q, V extends Record<string, unknown>, S, SV extends Record<string, unknown>> {
  query: TypedDocumentNode<Q, V>;
  variables: V;
  /** The page of the query's answer. */
  page: (data: Q) => NewsPageFragment | null | undefined;
  /** The answer with another page in its place. */
  withPage: (data: Q, page: NewsPageFragment) => Q;
  subscription: TypedDocumentNode<S, SV>;
  subscriptionVariables: SV;
  change: (data: S) => NewsFeedChangeFragment;
  skip?: boolean;
}

/**
 * A news list kept current: the query's pages, and the changes its subscription brings. New
 * items wait in `pending` (their ids, shown as "n new posts") so that the list does not jump
 * under the reader, and are read when shown; an edited item in the list is read again and
 * replaced where it stands (the cache merges items by id); removed items leave the list at once.
 */
export function useFeed<Q, V extends Record<string, unknown>, S, SV extends Record<string, unknown>>(
  options: FeedOptions<Q, V, S, SV>,
) {
  const client = useApolloClient();
  const { query, variables, page, withPage, skip } = options;
  const result = useQuery<Q, V>(query, { variables, skip, fetchPolicy: "cache-and-network" } as never);
  const [pending, setPending] = useState<string[]>([]);
  const current = result.data ? page(result.data as Q) : null;

  /** Puts items at the top of the list, in the cache (every view of this list follows). */
  const prepend = useCallback(
    (items: NewsItemFragment[]) => {
      client.cache.updateQuery<Q, V>({ query, variables }, (data) => {
        const shown = data ? page(data) : null;
        if (!data || !shown) return data;
        const known = new Set(shown.nodes.map((node) => node.id));
        const fresh = items.filter((item) => !known.has(item.id));
        return withPage(data, {
          ...shown,
          totalCount: shown.totalCount + fresh.length,
          nodes: [...fresh, ...shown.nodes],
        });
      });
    },
    [client, query, variables, page, withPage],
  );

  /** The items of `ids` as the reader may see them now (fresh from the server; those gone are left out). */
  const read = useCallback(
    async (ids: string[]) => {
      const items = await Promise.all(
        ids.map((id) =>
          client.query({ query: NEWS_BY_ID, variables: { id }, fetchPolicy: "network-only" }).then(
            (result) => result.data?.news ?? null,
            () => null,
          ),
        ),
      );
      return items.filter((item): item is NewsItemFragment => item !== null);
    },
    [client],
  );

  useSubscription<S, SV>(options.subscription, {
    variables: options.subscriptionVariables,
    skip,
    onData: ({ data }: { data: { data?: S | null } }) => {
      if (!data.data) return;
      const { change, newsId } = options.change(data.data);
      const shown = client.cache.readQuery<Q, V>({ query, variables });
      const inList = shown ? Boolean(page(shown)?.nodes.some((node) => node.id === newsId)) : false;
      if (change === "REMOVED") {
        setPending((ids) => ids.filter((id) => id !== newsId));
        client.cache.evict({ id: client.cache.identify({ __typename: "News", id: newsId }) });
        client.cache.gc();
      } else if (change === "EDITED" && inList) {
        void read([newsId]);
      } else if (change === "POSTED" && !inList) {
        setPending((ids) => (ids.includes(newsId) ? ids : [newsId, ...ids]));
      }
    },
  } as never);

  const reveal = useCallback(async () => {
    setPending([]);
    prepend(await read(pending));
  }, [pending, prepend, read]);

  /** The page after `after`, appended to the list. */
  const loadMore = useCallback(
    (after: string) => result.fetchMore({ variables: { ...variables, after } } as never),
    [result, variables],
  );

  return { ...result, feed: current, pending, reveal, prepend, loadMore };
}
