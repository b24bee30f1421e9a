import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Person } from "../accounts/person.entity";
import { COMMUNITY_TYPES, LinkState, LinkType } from "../links/link.entity";
import { may } from "../policy/policy";
import type { NewsAudience } from "./news.entity";

/**
 * Where the Live's audience rule ("news:read" of ../policy/policy.ts, twinned in SQL by
 * whereNewsVisible in ../policy/visibility.ts) meets its facts: "my feed" in SQL and in memory,
 * and the facts one publication reads once for every subscriber and recipient.
 */

const parameters = (viewerId: string) => ({
  newsViewerId: viewerId,
  newsActive: LinkState.ACTIVE,
  newsCommunityTypes: COMMUNITY_TYPES,
  newsFollow: LinkType.FOLLOW,
});

/**
 * Limits a query on `news` to "my feed": what is posted on my wall or by me, on the walls of
 * the elements I belong to or follow, on the walls of the people I follow or by them, and what
 * mentions me (visibility is applied apart, with whereNewsVisible of ../policy/visibility.ts). Activity items (someone
 * joined...) reach the followers of their element, not those of the person concerned: what a
 * person joins is shown where their directory setting allows, not pushed to their followers.
 */
export function whereInFeedOf<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  viewerId: string,
): SelectQueryBuilder<T> {
  return query.andWhere(
    `(${alias}.author_id = :newsViewerId OR ${alias}.wall_person_id = :newsViewerId
      OR EXISTS (SELECT 1 FROM link feed WHERE feed.person_id = :newsViewerId AND feed.state = :newsActive AND (
        (feed.element_id = ${alias}.wall_element_id AND (feed.type = :newsFollow OR feed.type IN (:...newsCommunityTypes)))
        OR (feed.type = :newsFollow AND (feed.followed_person_id = ${alias}.wall_person_id
          OR (feed.followed_person_id = ${alias}.author_id AND ${alias}.activity_id IS NULL)))))
      OR EXISTS (SELECT 1 FROM news_mention feed_mention WHERE feed_mention.news_id = ${alias}.id
        AND feed_mention.comment_id IS NULL AND feed_mention.person_id = :newsViewerId))`,
    parameters(viewerId),
  );
}

/** A place of an item, as routing and matching need it. */
export interface PlacePoint {
  inseeCode: string | null;
  postalCodes: string[];
  latitude: number | null;
  longitude: number | null;
}

/** What subscribers' filters need to know of an item, carried by its events (small, JSON-safe). */
export interface NewsRouting {
  newsId: string;
  authorId: string;
  wallElementId: string | null;
  wallPersonId: string | null;
  audience: NewsAudience;
  /** It shows an activity record: those who follow its person do not get it in their feed. */
  activity: boolean;
  tagKeys: string[];
  places: PlacePoint[];
}

/** An item's audience as read once per publication: who may see it, who follows its wall. */
export interface AudienceFacts {
  routing: NewsRouting;
  hidden: boolean;
  /** Its wall element is deleted (or past its deletion delay). */
  wallGone: boolean;
  wallPrivate: boolean;
  community: Set<string>;
  /** Followers of the wall's element or person. */
  followers: Set<string>;
  /** Followers of the author (their posts are in their followers' feeds). */
  authorFollowers: Set<string>;
  mentioned: Set<string>;
}

/** Whether the viewer (null: anonymous) may read the item ("news:read"), from its facts. */
export function mayReceive(facts: AudienceFacts, viewer: Person | null): boolean {
  return may(viewer, "news:read", {
    news: facts.routing,
    hidden: facts.hidden,
    wallGone: facts.wallGone,
    wallPrivate: facts.wallPrivate,
    inCommunity: viewer !== null && facts.community.has(viewer.id),
    follows: viewer !== null && facts.followers.has(viewer.id),
  });
}

/** The in-memory twin of whereInFeedOf. */
export function inFeedOf(facts: AudienceFacts, viewerId: string): boolean {
  const { authorId, wallPersonId } = facts.routing;
  return (
    viewerId === authorId ||
    viewerId === wallPersonId ||
    facts.community.has(viewerId) ||
    facts.followers.has(viewerId) ||
    (!facts.routing.activity && facts.authorFollowers.has(viewerId)) ||
    facts.mentioned.has(viewerId)
  );
}

interface FactsRow {
  hidden: boolean | null;
  wall_gone: boolean;
  wall_private: boolean;
  community: string[];
  followers: string[];
  author_followers: string[];
  mentioned: string[];
}

/**
 * Reads an item's audience in one statement. `routing` comes with the event, so that an
 * item already deleted can still be withdrawn from the feeds of those who saw it.
 */
export async function loadAudienceFacts(
  db: Pick<EntityManager, "query">,
  routing: NewsRouting,
  deletionDelayDays: number,
): Promise<AudienceFacts> {
  const [row] = (await db.query(
    `SELECT
       (SELECT news.hidden_at IS NOT NULL FROM news WHERE news.id = $1) AS hidden,
       coalesce((SELECT wall.deleted_at IS NOT NULL
          OR wall.deletion_requested_at <= now() - make_interval(days => $5) FROM element wall WHERE wall.id = $2), false) AS wall_gone,
       coalesce((SELECT wall.private FROM element wall WHERE wall.id = $2), false) AS wall_private,
       ARRAY(SELECT person_id FROM link WHERE element_id = $2 AND state = 'active' AND person_id IS NOT NULL
         AND type IN ('member', 'contributor', 'attendee')) AS community,
       ARRAY(SELECT person_id FROM link WHERE type = 'follow' AND person_id IS NOT NULL
         AND (element_id = $2 OR followed_person_id = $3)) AS followers,
       ARRAY(SELECT person_id FROM link WHERE type = 'follow' AND followed_person_id = $4) AS author_followers,
       ARRAY(SELECT person_id FROM news_mention WHERE news_id = $1 AND comment_id IS NULL AND person_id IS NOT NULL) AS mentioned`,
    [routing.newsId, routing.wallElementId, routing.wallPersonId, routing.authorId, deletionDelayDays],
  )) as FactsRow[];
  return {
    routing,
    // A deleted item (no row) is routed for withdrawal: its audience is what it was.
    hidden: Boolean(row.hidden),
    wallGone: row.wall_gone,
    wallPrivate: row.wall_private,
    community: new Set(row.community),
    followers: new Set(row.followers),
    authorFollowers: new Set(row.author_followers),
    mentioned: new Set(row.mentioned),
  };
}
