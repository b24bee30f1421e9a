import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { publishAfterCommit } from "../../graphql/pubsub";
import { tagKey } from "../discovery/search.filter";
import type { NewsRouting } from "./news.audience";
import type { GivenPlace, News, NewsPlace } from "./news.entity";
import type { NewsChange } from "./news.events";

/** What an item's events carry for the subscribers' filters. */
export function routingOf(
  news: News,
  places: Pick<NewsPlace, "inseeCode" | "postalCodes" | "latitude" | "longitude">[],
): NewsRouting {
  return {
    newsId: news.id,
    authorId: news.authorId,
    wallElementId: news.wallElementId,
    wallPersonId: news.wallPersonId,
    audience: news.audience,
    activity: Boolean(news.activityId),
    tagKeys: news.tags.map(tagKey),
    places: places.map(({ inseeCode, postalCodes, latitude, longitude }) => ({
      inseeCode,
      postalCodes,
      latitude,
      longitude,
    })),
  };
}

export function publishNews(tx: EntityManager, change: NewsChange, news: News, places: GivenPlace[]) {
  publishAfterCommit(tx, "NEWS_CHANGED", { eventId: randomUUID(), change, routing: routingOf(news, places) });
}
