import { useTranslation } from "react-i18next";
import { apiProblem } from "../../graphql/errors";
import type { NewsPageFragment } from "../../graphql/generated/graphql";
import { FormError } from "../FormError";
import { LoadMore } from "../LoadMore";
import { Loading } from "../Loading";
import { NewsItem } from "./NewsItem";

interface NewsFeedProps {
  feed: NewsPageFragment | null | undefined;
  loading: boolean;
  error: unknown;
  /** Ids of new items not shown yet. */
  pending: string[];
  reveal: () => Promise<void>;
  loadMore: (after: string) => Promise<unknown>;
  empty: string;
  /** The wall being shown, which its items then do not repeat. */
  wallId?: string;
}

/**
 * A news list with the bar that tells of new items: they wait there, announced politely to
 * screen readers, until the reader chooses to show them, so that the list never jumps.
 */
export function NewsFeed({ feed, loading, error, pending, reveal, loadMore, empty, wallId }: NewsFeedProps) {
  const { t } = useTranslation();
  return (
    <div className="news-feed">
      <div aria-live="polite" className="news-pending">
        {pending.length > 0 && (
          <button type="button" className="button button-primary news-pending-bar" onClick={() => void reveal()}>
            {t("live.pending", { count: pending.length })}
          </button>
        )}
      </div>
      {loading && !feed ? (
        <Loading />
      ) : error && !feed ? (
        <FormError problem={apiProblem(error)} />
      ) : feed && feed.nodes.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : feed ? (
        <>
          <ol className="news-list" aria-label={t("live.listLabel")}>
            {feed.nodes.map((item) => (
              <NewsItem key={item.id} item={item} wallId={wallId} />
            ))}
          </ol>
          <LoadMore pageInfo={feed.pageInfo} load={loadMore} label={t("live.more")} />
        </>
      ) : null}
    </div>
  );
}
