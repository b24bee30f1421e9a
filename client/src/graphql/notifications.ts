import { graphql } from "./generated";

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const UNREAD_NOTIFICATION_COUNT_CHANGED = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`);

export const NOTIFICATIONS = graphql(`
  query Notifications($after: String) {
    unreadNotificationCount
    notifications(first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        count
        read
        updatedAt
        actors {
          id
          displayName
          username
        }
        element {
          id
          kind
          slug
          name
        }
        news {
          id
          wall {
            id
            kind
            slug
          }
        }
      }
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      id
      read
    }
  }
`);

export const MARK_ALL_NOTIFICATIONS_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NOTIFICATION_SETTINGS = graphql(`
  query NotificationSettings {
    notificationSettings {
      deliveries {
        kind
        delivery
      }
      elements {
        level
        element {
          id
          kind
          slug
          name
        }
      }
    }
  }
`);

export const SET_MAIL_DELIVERY = graphql(`
  mutation SetMailDelivery($input: SetMailDeliveryInput!) {
    setMailDelivery(input: $input) {
      kind
      delivery
    }
  }
`);

export const SET_NOTIFICATION_LEVEL = graphql(`
  mutation SetNotificationLevel($input: SetNotificationLevelInput!) {
    setNotificationLevel(input: $input) {
      level
      element {
        id
      }
    }
  }
`);
