import { registerEnumType } from "type-graphql";

/**
 * What a notification is about. An open list: a later feature (messages, votes…) adds its
 * kinds here, with a default delivery and whether it is important (see KIND_RULES); stored as
 * text, so adding one needs no migration.
 */
export enum NotificationKind {
  JOIN_REQUESTED = "join_requested",
  ADMINISTRATION_REQUESTED = "administration_requested",
  REQUEST_VALIDATED = "request_validated",
  REQUEST_REFUSED = "request_refused",
  ADMINISTRATION_GRANTED = "administration_granted",
  INVITED = "invited",
  NEW_FOLLOWER = "new_follower",
  MENTIONED = "mentioned",
  ELEMENT_MENTIONED = "element_mentioned",
  COMMENTED = "commented",
  WALL_POSTED = "wall_posted",
  DELETION_REQUESTED = "deletion_requested",
}
registerEnumType(NotificationKind, {
  name: "NotificationKind",
  description: "What a notification is about (later features add kinds)",
  valuesConfig: {
    JOIN_REQUESTED: { description: "Someone asked to join an element you administer" },
    ADMINISTRATION_REQUESTED: { description: "A member asked to administer an element you administer" },
    REQUEST_VALIDATED: { description: "Your request to join was validated" },
    REQUEST_REFUSED: { description: "Your request to join was refused" },
    ADMINISTRATION_GRANTED: { description: "You now administer the element (your request was validated)" },
    INVITED: { description: "You were invited to join an element" },
    NEW_FOLLOWER: { description: "Someone follows you" },
    MENTIONED: { description: "Someone mentioned you in a news item or a comment" },
    ELEMENT_MENTIONED: {
      description:
        "Someone mentioned an element you administer in a news item or a comment (the element is the one mentioned)",
    },
    COMMENTED: { description: "Someone commented on a news item you wrote or commented on" },
    WALL_POSTED: { description: "Someone posted on the wall of an element you administer" },
    DELETION_REQUESTED: { description: "Another administrator asked to delete an element you administer" },
  },
});

/** How a person receives a kind of notification by mail (in the app, they always see it). */
export enum MailDelivery {
  IMMEDIATELY = "immediately",
  DIGEST = "digest",
  NEVER = "never",
}
registerEnumType(MailDelivery, {
  name: "MailDelivery",
  description: "When a kind of notification goes by mail",
  valuesConfig: {
    IMMEDIATELY: { description: "A mail at once" },
    DIGEST: { description: "Gathered with the day's others in one daily mail" },
    NEVER: { description: "No mail (the notification stays in the app)" },
  },
});

/** What a person hears about an element they follow or joined. */
export enum NotificationLevel {
  EVERYTHING = "everything",
  IMPORTANT = "important",
  NOTHING = "nothing",
}
registerEnumType(NotificationLevel, {
  name: "NotificationLevel",
  description: "What you are notified of about an element you follow or joined",
  valuesConfig: {
    EVERYTHING: { description: "Every notification about it" },
    IMPORTANT: { description: "Only requests, invitations and answers to yours" },
    NOTHING: { description: "No notification about it" },
  },
});

interface KindRule {
  /** Mail delivery until the person chooses. */
  delivery: MailDelivery;
  /** Kept at the IMPORTANT level. */
  important: boolean;
}

/** Requests and invitations by mail at once; the rest in the daily digest. */
export const KIND_RULES: Record<NotificationKind, KindRule> = {
  [NotificationKind.JOIN_REQUESTED]: { delivery: MailDelivery.IMMEDIATELY, important: true },
  [NotificationKind.ADMINISTRATION_REQUESTED]: { delivery: MailDelivery.IMMEDIATELY, important: true },
  [NotificationKind.INVITED]: { delivery: MailDelivery.IMMEDIATELY, important: true },
  [NotificationKind.REQUEST_VALIDATED]: { delivery: MailDelivery.DIGEST, important: true },
  [NotificationKind.REQUEST_REFUSED]: { delivery: MailDelivery.DIGEST, important: true },
  [NotificationKind.ADMINISTRATION_GRANTED]: { delivery: MailDelivery.DIGEST, important: true },
  [NotificationKind.NEW_FOLLOWER]: { delivery: MailDelivery.DIGEST, important: false },
  [NotificationKind.MENTIONED]: { delivery: MailDelivery.DIGEST, important: false },
  [NotificationKind.ELEMENT_MENTIONED]: { delivery: MailDelivery.DIGEST, important: false },
  [NotificationKind.COMMENTED]: { delivery: MailDelivery.DIGEST, important: false },
  [NotificationKind.WALL_POSTED]: { delivery: MailDelivery.DIGEST, important: false },
  [NotificationKind.DELETION_REQUESTED]: { delivery: MailDelivery.DIGEST, important: false },
};

/** The kinds caused by a news item or a comment: withdrawn when it is hidden or deleted. */
export const NEWS_KINDS: readonly NotificationKind[] = [
  NotificationKind.MENTIONED,
  NotificationKind.ELEMENT_MENTIONED,
  NotificationKind.COMMENTED,
  NotificationKind.WALL_POSTED,
];

export const NOTIFICATION_KINDS = Object.values(NotificationKind);
