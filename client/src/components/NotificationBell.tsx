import { useApolloClient, useQuery, useSubscription } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { UNREAD_NOTIFICATION_COUNT, UNREAD_NOTIFICATION_COUNT_CHANGED } from "../graphql/notifications";

function BellIcon() {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" focusable="false">
      <path
        d="M10 2.5a5 5 0 0 0-5 5v3.2L3.5 14h13L15 10.7V7.5a5 5 0 0 0-5-5ZM8 16a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The bell of the signed-in person: the unread count, kept up to date by a subscription (each
 * change of their notifications sends the new count), and announced politely when it changes.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT);
  useSubscription(UNREAD_NOTIFICATION_COUNT_CHANGED, {
    onData: ({ data: event }) => {
      const count = event.data?.unreadNotificationCountChanged;
      if (typeof count === "number") {
        client.writeQuery({ query: UNREAD_NOTIFICATION_COUNT, data: { unreadNotificationCount: count } });
      }
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/notifications" className="notification-bell">
      <BellIcon />
      <span className="visually-hidden">{t("notifications.title")}</span>
      {count > 0 && (
        <span className="notification-count" aria-hidden="true">
          {count > 99 ? "99+" : count}
        </span>
      )}
      <span className="visually-hidden" aria-live="polite">
        {count > 0 ? t("notifications.unread", { count }) : ""}
      </span>
    </NavLink>
  );
}
