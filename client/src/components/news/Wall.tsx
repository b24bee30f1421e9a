import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { WallNewsQuery } from "../../graphql/generated/graphql";
import { WALL_CHANGES, WALL_NEWS } from "../../graphql/news";
import { NewsComposer } from "./NewsComposer";
import { NewsFeed } from "./NewsFeed";
import { useFeed } from "./useFeed";
import { WallReports } from "./WallReports";

interface WallProps {
  /** An element's id, or a person's (their own wall). */
  wallId: string;
  /** The viewer may post here: a member of the element, or the person themselves. */
  mayPost: boolean;
  /** The viewer handles its reports: an administrator, or the person themselves. */
  administers: boolean;
  /** An element's private page: its posts stay inside. */
  wallPrivate?: boolean;
}

/** A wall: its news and activity, live, with the composer for those who may post and the reports for those who handle them. */
export function Wall({ wallId, mayPost, administers, wallPrivate }: WallProps) {
  const { t } = useTranslation();
  const variables = useMemo(() => ({ id: wallId }), [wallId]);
  const subscriptionVariables = useMemo(() => ({ wallId }), [wallId]);
  const page = useCallback(
    (data: WallNewsQuery) => (data.element && "news" in data.element ? data.element.news : null),
    [],
  );
  const withPage = useCallback(
    (data: WallNewsQuery, news: NonNullable<ReturnType<typeof page>>) =>
      ({ ...data, element: data.element ? { ...data.element, news } : data.element }) as WallNewsQuery,
    [],
  );
  const feed = useFeed({
    query: WALL_NEWS,
    variables,
    page,
    withPage,
    subscription: WALL_CHANGES,
    subscriptionVariables,
    change: (data) => data.wallNews,
  });

  return (
    <section aria-labelledby="wall-title">
      <h2 id="wall-title">{t("live.wallTitle")}</h2>
      {administers && <WallReports wallId={wallId} />}
      {mayPost && <NewsComposer wallId={wallId} wallPrivate={wallPrivate} onPosted={(item) => feed.prepend([item])} />}
      <NewsFeed
        feed={feed.feed}
        loading={feed.loading}
        error={feed.error}
        pending={feed.pending}
        reveal={feed.reveal}
        loadMore={feed.loadMore}
        empty={t("live.wallEmpty")}
        wallId={wallId}
      />
    </section>
  );
}
