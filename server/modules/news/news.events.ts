import type { NewsRouting } from "./news.audience";

/** What happened to a news item, for the feeds that show it. */
export type NewsChange = "posted" | "edited" | "removed";

export interface NewsEvent {
  /** Unique per publication: every process reads the item's audience once per event. */
  eventId: string;
  change: NewsChange;
  routing: NewsRouting;
}

export type NewsActivityChange = "commented" | "reacted" | "comment_removed";

export interface NewsActivityEvent {
  eventId: string;
  change: NewsActivityChange;
  routing: NewsRouting;
  commentId: string | null;
}
