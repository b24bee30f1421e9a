import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { COMMUNITY_TYPES, LinkState, LinkType } from "../links/link.entity";
import { NewsAudience } from "../news/news.entity";
import { contactCondition } from "../profiles/relations";

/**
 * The rules of ./policy.ts that lists apply in SQL, so that a page and its count leave
 * out what the viewer may not see. Each function here mirrors one action of `may`.
 */

/**
 * How far the viewer reaches: an element's community sees it in full; an invitation shows
 * the element's public face to the one invited (or to the administrators of the invited
 * organization), even when it is private, so that they can decide.
 */
export type Reach = "community" | "invitation";

/** SQL true when the viewer (`:visibilityViewerId`) is an active member, contributor or attendee of `element`. */
function inCommunitySql(element: string): string {
  return `EXISTS (SELECT 1 FROM link community WHERE community.element_id = ${element}
    AND community.person_id = :visibilityViewerId AND community.state = :activeState
    AND community.type IN (:...communityTypes))`;
}

/** SQL true when the viewer is invited to `element`, or administers an organization invited to it. */
function invitedSql(element: string): string {
  return `EXISTS (SELECT 1 FROM link invitation WHERE invitation.element_id = ${element}
    AND invitation.state = :invitedState AND (invitation.person_id = :visibilityViewerId
      OR invitation.member_element_id IN (SELECT answering.element_id FROM link answering
        WHERE answering.person_id = :visibilityViewerId AND answering.is_admin AND answering.state = :activeState)))`;
}

const parameters = (viewerId: string) => ({
  visibilityViewerId: viewerId,
  activeState: LinkState.ACTIVE,
  invitedState: LinkState.INVITED,
  communityTypes: COMMUNITY_TYPES,
});

/**
 * Limits a query on `element` (under `alias`) to what the viewer may see ("element:view"):
 * not deleted, not past its deletion delay, and not private unless the viewer is in its
 * community (or, with the invitation reach, invited to it). Every list and lookup of
 * elements goes through here.
 */
export function whereVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  viewerId: string | null,
  deletionDelayDays: number,
  reach: Reach = "community",
): SelectQueryBuilder<T> {
  query
    .andWhere(`${alias}.deleted_at IS NULL`)
    .andWhere(
      `(${alias}.deletion_requested_at IS NULL OR ${alias}.deletion_requested_at > now() - make_interval(days => :deletionDelayDays))`,
      { deletionDelayDays },
    );
  if (!viewerId) return query.andWhere(`NOT ${alias}.private`);
  const invited = reach === "invitation" ? `OR ${invitedSql(`${alias}.id`)}` : "";
  return query.andWhere(`(NOT ${alias}.private OR ${inCommunitySql(`${alias}.id`)} ${invited})`, parameters(viewerId));
}

/**
 * SQL true when the viewer may see the active community of the element whose id is the
 * expression `element` ("element:see-community": its member list setting, or being in it).
 */
export function communityShownSql(element: string, viewerId: string | null): [string, ObjectLiteral] {
  const listed = `EXISTS (SELECT 1 FROM element listing WHERE listing.id = ${element}
    AND listing.settings->>'memberList' = 'PUBLIC')`;
  if (!viewerId) return [listed, {}];
  return [`(${listed} OR ${inCommunitySql(element)})`, parameters(viewerId)];
}

/**
 * SQL true when the person whose id is the expression `person` shows to the viewer where
 * they are tied to something ("person:show-tie" without the community exception): their
 * directory setting is public, or for contacts and the viewer is one, or it is the viewer.
 */
export function directoryShowsSql(person: string, viewerId: string | null): [string, ObjectLiteral] {
  if (!viewerId) {
    return [
      `EXISTS (SELECT 1 FROM person listed WHERE listed.id = ${person} AND listed.privacy->>'directory' = 'PUBLIC')`,
      {},
    ];
  }
  return [
    `(${person} = :directoryViewerId OR EXISTS (SELECT 1 FROM person listed WHERE listed.id = ${person}
      AND (listed.privacy->>'directory' = 'PUBLIC' OR (listed.privacy->>'directory' = 'CONTACTS'
        AND ${contactCondition(":directoryViewerId", "listed.id")}))))`,
    { directoryViewerId: viewerId },
  ];
}

/** SQL true when the viewer (`:newsViewerId`) is in the community of the element whose id is `element`. */
const inWallCommunitySql = (element: string) =>
  `EXISTS (SELECT 1 FROM link news_community WHERE news_community.element_id = ${element}
    AND news_community.person_id = :newsViewerId AND news_community.state = :newsActive
    AND news_community.type IN (:...newsCommunityTypes))`;

/**
 * Limits a query on `news` (under `alias`) to the items the viewer (null: anonymous) may read
 * ("news:read"): every list of the Live (walls, the Live, my feed, lookups, images, counts).
 * Subscriptions and notifications apply the rule itself to the facts of news.audience.ts.
 */
export function whereNewsVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  viewerId: string | null,
  deletionDelayDays: number,
): SelectQueryBuilder<T> {
  const privateWall = viewerId ? `(NOT wall.private OR ${inWallCommunitySql("wall.id")})` : "NOT wall.private";
  query.andWhere(`${alias}.hidden_at IS NULL`).andWhere(
    `(${alias}.wall_element_id IS NULL OR EXISTS (SELECT 1 FROM element wall WHERE wall.id = ${alias}.wall_element_id
        AND wall.deleted_at IS NULL
        AND (wall.deletion_requested_at IS NULL OR wall.deletion_requested_at > now() - make_interval(days => :newsDeletionDelay))
        AND ${privateWall}))`,
    { newsDeletionDelay: deletionDelayDays },
  );
  if (!viewerId) return query.andWhere(`${alias}.audience = :newsPublic`, { newsPublic: NewsAudience.PUBLIC });
  return query.andWhere(
    `(${alias}.audience = :newsPublic OR ${alias}.author_id = :newsViewerId OR ${alias}.wall_person_id = :newsViewerId
      OR ${inWallCommunitySql(`${alias}.wall_element_id`)}
      OR (${alias}.audience = :newsRestricted AND EXISTS (SELECT 1 FROM link news_follow
        WHERE news_follow.type = :newsFollow AND news_follow.person_id = :newsViewerId
          AND (news_follow.element_id = ${alias}.wall_element_id OR news_follow.followed_person_id = ${alias}.wall_person_id))))`,
    {
      newsPublic: NewsAudience.PUBLIC,
      newsRestricted: NewsAudience.RESTRICTED,
      newsViewerId: viewerId,
      newsActive: LinkState.ACTIVE,
      newsCommunityTypes: COMMUNITY_TYPES,
      newsFollow: LinkType.FOLLOW,
    },
  );
}
