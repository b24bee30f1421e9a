import type { SelectQueryBuilder, ObjectLiteral } from "typeorm";
import { LinkState, LinkType } from "../links/link.entity";

export const COMMUNITY_TYPES = [LinkType.MEMBER, LinkType.CONTRIBUTOR, LinkType.ATTENDEE];

/**
 * Limits a query on `element` (under `alias`) to what the viewer may see: not deleted, not
 * past its deletion delay, and not private unless the viewer is in its community. Every
 * list and lookup of elements goes through here.
 */
export function whereVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  viewerId: string | null,
  deletionDelayDays: number,
): SelectQueryBuilder<T> {
  query
    .andWhere(`${alias}.deleted_at IS NULL`)
    .andWhere(
      `(${alias}.deletion_requested_at IS NULL OR ${alias}.deletion_requested_at > now() - make_interval(days => :deletionDelayDays))`,
      { deletionDelayDays },
    );
  if (!viewerId) return query.andWhere(`NOT (${alias}.settings->>'private')::boolean`);
  return query.andWhere(
    `(NOT (${alias}.settings->>'private')::boolean OR EXISTS (
      SELECT 1 FROM link community WHERE community.element_id = ${alias}.id AND community.person_id = :viewerId
        AND community.state = :activeState AND community.type IN (:...communityTypes)))`,
    { viewerId, activeState: LinkState.ACTIVE, communityTypes: COMMUNITY_TYPES },
  );
}
