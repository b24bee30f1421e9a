import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { LoadMore } from "../components/LoadMore";
import { PageTitle } from "../components/PageTitle";
import { RequireLogin } from "../components/RequireLogin";
import { StatusMessage } from "../components/StatusMessage";
import { elementPath } from "../elements";
import { formatDateTime } from "../format";
import { apiProblem } from "../graphql/errors";
import type { NotificationsQuery } from "../graphql/generated/graphql";
import {
  MARK_ALL_NOTIFICATIONS_READ,
  MARK_NOTIFICATIONS_READ,
  NOTIFICATIONS,
  UNREAD_NOTIFICATION_COUNT,
} from "../graphql/notifications";

type Item = NotificationsQuery["notifications"]["nodes"][number];

/**
 * Where a notification leads: the wall of the news item it is about (mentions, comments, wall
 * posts), its element's page, or the page of who acted (a new follower).
 */
function targetOf(item: Item): string | null {
  const wall = item.news?.wall;
  if (wall) return wall.kind === "PERSON" ? elementPath(wall) : `${elementPath(wall)}/news`;
  if (item.element) return elementPath(item.element);
  const actor = item.actors[0];
  return actor ? `/people/${actor.username}` : null;
}

function NotificationItem({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const [markRead, { loading }] = useMutation(MARK_NOTIFICATIONS_READ, {
    refetchQueries: [{ query: UNREAD_NOTIFICATION_COUNT }],
  });
  const text = t(`notifications.kinds.${item.kind}`, {
    count: item.count,
    actor: item.actors[0]?.displayName ?? "",
    element: item.element?.name ?? t("notifications.hiddenElement"),
  });
  const target = targetOf(item);
  const read = () => markRead({ variables: { input: { ids: [item.id] } } }).catch(() => undefined);
  return (
    <li className={item.read ? "notification" : "notification notification-unread"}>
      <div>
        <p>
          {!item.read && <span className="visually-hidden">{t("notifications.unreadMark")} </span>}
          {target ? (
            <Link to={target} onClick={() => void (!item.read && read())}>
              {text}
            </Link>
          ) : (
            text
          )}
        </p>
        <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt, i18n.language)}</time>
      </div>
      {!item.read && (
        <button type="button" className="button button-quiet" onClick={read} disabled={loading} aria-busy={loading}>
          {t("notifications.markRead")}
        </button>
      )}
    </li>
  );
}

function NotificationList() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore, refetch } = useQuery(NOTIFICATIONS, { fetchPolicy: "cache-and-network" });
  const [markAll, { loading: marking }] = useMutation(MARK_ALL_NOTIFICATIONS_READ);
  const [done, setDone] = useState(false);
  if (loading && !data) return <Loading />;
  if (error && !data) return <FormError problem={apiProblem(error)} />;
  if (!data) return null;
  const { notifications, unreadNotificationCount } = data;

  async function readAll() {
    setDone(false);
    await markAll().catch(() => undefined);
    await refetch().catch(() => undefined);
    setDone(true);
  }

  return (
    <>
      <div className="actions">
        <p>{t("notifications.unread", { count: unreadNotificationCount })}</p>
        {unreadNotificationCount > 0 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={readAll}
            disabled={marking}
            aria-busy={marking}
          >
            {t("notifications.markAllRead")}
          </button>
        )}
        <Link to="/settings/notifications">{t("notifications.settingsLink")}</Link>
      </div>
      <StatusMessage>{done ? t("notifications.allRead") : null}</StatusMessage>
      {notifications.nodes.length === 0 ? (
        <p className="empty-state">{t("notifications.empty")}</p>
      ) : (
        <ul className="notification-list">
          {notifications.nodes.map((item) => (
            <NotificationItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      <LoadMore
        pageInfo={notifications.pageInfo}
        load={(after) => fetchMore({ variables: { after } })}
        label={t("notifications.loadMore")}
      />
    </>
  );
}

export function Notifications() {
  const { t } = useTranslation();
  return (
    <RequireLogin>
      <section>
        <PageTitle>{t("notifications.title")}</PageTitle>
        <h1>{t("notifications.title")}</h1>
        <NotificationList />
      </section>
    </RequireLogin>
  );
}
