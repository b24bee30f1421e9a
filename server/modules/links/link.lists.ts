import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { Ordering } from "../../graphql/connection";
import { EntityRows } from "../../db/rows";
import { Element } from "../elements/element.entity";
import { communityShownSql, directoryShowsSql, type Reach, whereVisible } from "../policy/visibility";
import { COMMUNITY_TYPES, Link, LinkState, LinkType } from "./link.entity";
import { Person, VERIFIED_SQL } from "../accounts/person.entity";

/** A link's person, read with the link, and whether the loader of people by id would give them. */
export interface TiedPerson {
  person: Person;
  verified: boolean;
}

export type LinkQuery = SelectQueryBuilder<Link>;
/** Narrows a query on `link` (under the alias "link"). */
export type Scope = (query: LinkQuery) => void;

/** The end of a link that lists are grouped by. */
const PARENT_PROPERTY = {
  element_id: "elementId",
  person_id: "personId",
  followed_person_id: "followedPersonId",
  member_element_id: "memberElementId",
} as const;
export type ParentColumn = keyof typeof PARENT_PROPERTY;

/**
 * Reads links for a batch of parents (elements or people) in a constant number of
 * statements: the first entries of every parent in one query (ranked per parent with a
 * window function), the counts in another. The per-request loaders build on this.
 */
export class LinkLists {
  constructor(
    private readonly db: DataSource,
    private readonly deletionDelayDays: number,
  ) {}

  /**
   * Up to `first + 1` links per parent in the list's order, after the cursor (the extra one tells a next
   * page), in one statement whose text depends only on the list's shape (prepared once per connection
   * where the data source allows it). With `people`, each link's person comes in the same statement,
   * with whether they are verified (VERIFIED_SQL, as the loader of people by id requires).
   */
  async firstOfEach(
    column: ParentColumn,
    parentIds: readonly string[],
    scope: Scope,
    order: Ordering<Link>,
    first: number,
    after?: string,
    people = false,
  ): Promise<{ pages: Link[][]; people: Map<string, TiedPerson> }> {
    const links = EntityRows.of(this.db, Link);
    const ranked = this.db
      .getRepository(Link)
      .createQueryBuilder("link")
      .select(links.select("link"))
      .addSelect(`row_number() OVER (PARTITION BY link.${column} ORDER BY ${order.orderSql})`, "position")
      .where(`link.${column} = ANY(CAST(:parentIds AS uuid[]))`, { parentIds });
    scope(ranked);
    order.after(ranked, after);
    const [inner, parameters] = ranked.getQueryAndParameters();
    const persons = EntityRows.of(this.db, Person);
    const sql =
      `SELECT ${links.select("link")}` +
      (people ? `, ${persons.select("person", "person_")}, (${VERIFIED_SQL}) AS "person_verified"` : "") +
      ` FROM (${inner}) link` +
      (people ? ` LEFT JOIN ${persons.table} person ON person.id = link.person_id` : "") +
      ` WHERE link.position <= $${parameters.length + 1} ORDER BY ${order.orderSql}`;
    const rows = await EntityRows.query(this.db, sql, [...parameters, first + 1]);
    const property = PARENT_PROPERTY[column];
    const byParent = new Map<string, Link[]>(parentIds.map((id) => [id, []]));
    const tied = new Map<string, TiedPerson>();
    for (const row of rows) {
      const link = links.hydrate(row);
      byParent.get(link[property]!)?.push(link);
      if (people && row.person_id !== null && !tied.has(link.personId!)) {
        tied.set(link.personId!, { person: persons.hydrate(row, "person_"), verified: row.person_verified === true });
      }
    }
    return { pages: parentIds.map((id) => byParent.get(id)!), people: tied };
  }

  /** How many links each parent has, in one statement (a fixed text for each scope's shape, as above). */
  async countOfEach(column: ParentColumn, parentIds: readonly string[], scope: Scope): Promise<number[]> {
    const query = this.db
      .getRepository(Link)
      .createQueryBuilder("link")
      .select(`link.${column}`, "parent")
      .addSelect("count(*)::int", "count")
      .where(`link.${column} = ANY(CAST(:parentIds AS uuid[]))`, { parentIds })
      .groupBy(`link.${column}`);
    scope(query);
    const [sql, parameters] = query.getQueryAndParameters();
    const rows = (await EntityRows.query(this.db, sql, parameters)) as { parent: string; count: number }[];
    const counts = new Map(rows.map((row) => [row.parent, row.count]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  }

  /**
   * Links of people, and of member organizations the viewer may see: what a community counts, so
   * that its totals tell nobody a private organization is in it. A correlated EXISTS, so that
   * links of people cost no look-up.
   */
  visibleMember(viewerId: string | null): Scope {
    return (query) => {
      const member = whereVisible(
        this.db.createQueryBuilder().select("1").from(Element, "member").where("member.id = link.member_element_id"),
        "member",
        viewerId,
        this.deletionDelayDays,
      );
      query
        .andWhere(`(link.member_element_id IS NULL OR EXISTS (${member.getQuery()}))`)
        .setParameters(member.getParameters());
    };
  }

  /**
   * Links whose element (the target, or the member organization) the viewer may see; with
   * the invitation reach, also elements whose invitation the viewer may answer (for their
   * own lists: they see the public face of a private element inviting them, to decide).
   */
  visibleEnd(end: "element_id" | "member_element_id", viewerId: string | null, reach: Reach = "community"): Scope {
    return (query) => {
      const visible = whereVisible(
        this.db.createQueryBuilder().select("visible.id").from(Element, "visible"),
        "visible",
        viewerId,
        this.deletionDelayDays,
        reach,
      );
      query
        .andWhere(`(link.${end} IS NULL OR link.${end} IN (${visible.getQuery()}))`)
        .setParameters(visible.getParameters());
    };
  }
}

/**
 * Community links whose element shows its community to the viewer (its member list setting,
 * or the viewer being in it): the element's end of the link rule, for lists reached through
 * people and member organizations.
 */
export function communityShown(viewerId: string | null): Scope {
  return (query) => {
    const [condition, parameters] = communityShownSql("link.element_id", viewerId);
    query.andWhere(condition, parameters);
  };
}

/** Community links (members, contributors, attendees) in a state, optionally with a role. */
export function inCommunity(state: LinkState, role?: string | null): Scope {
  return (query) => {
    query.andWhere("link.type IN (:...communityTypes)", { communityTypes: COMMUNITY_TYPES });
    query.andWhere("link.state = :linkState", { linkState: state });
    if (role) {
      query.andWhere(
        "EXISTS (SELECT 1 FROM unnest(link.roles) AS given(role) WHERE lower(given.role) = lower(:role))",
        {
          role: role.trim(),
        },
      );
    }
  };
}

export const follows: Scope = (query) => {
  query.andWhere("link.type = :followType", { followType: LinkType.FOLLOW });
};

export const administrators: Scope = (query) => {
  inCommunity(LinkState.ACTIVE)(query);
  query.andWhere("link.is_admin AND link.person_id IS NOT NULL");
};

/** The viewer's own links and those of organizations they administer. */
export function ownedBy(viewerId: string): Scope {
  return (query) => {
    query.andWhere(
      `(link.person_id = :ownerId OR link.member_element_id IN (
        SELECT owned.element_id FROM link owned
        WHERE owned.person_id = :ownerId AND owned.is_admin AND owned.state = :ownedState))`,
      { ownerId: viewerId, ownedState: LinkState.ACTIVE },
    );
  };
}

/**
 * Leaves out people whose directory setting (who sees their memberships and follows) hides
 * them from the viewer: the person's end of the link rule. Links from organizations are kept.
 */
export function directoryAllows(viewerId: string | null): Scope {
  return (query) => {
    const [condition, parameters] = directoryShowsSql("link.person_id", viewerId);
    query.andWhere(`(link.person_id IS NULL OR ${condition})`, parameters);
  };
}

export const both =
  (...scopes: Scope[]): Scope =>
  (query) => {
    for (const scope of scopes) scope(query);
  };
