import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { newestFirst, type Ordering } from "../../graphql/connection";
import { EntityRows } from "../../db/rows";
import { type PageArguments, parentPageLoader } from "../../graphql/page-loader";
import { Person } from "../accounts/person.entity";
import { COMMUNITY_TYPES, Link, LinkState, LinkType } from "./link.entity";
import {
  administrators,
  both,
  communityShown,
  directoryAllows,
  follows,
  inCommunity,
  LinkLists,
  ownedBy,
  type ParentColumn,
  type Scope,
} from "./link.lists";

export interface CommunityPageArgs extends PageArguments {
  state: LinkState;
  role?: string | null;
  /** Only the viewer's own entries (pending lists for non-administrators). */
  ownOnly: boolean;
  /** Keep people whose directory is hidden from the viewer (the viewer is in the community). */
  everyone: boolean;
}

/** Lists hold at most this many administrators. */
const ADMINISTRATORS_SHOWN = 100;

/** Every list of links is newest first; each names its own cursors. */
const ORDERS = {
  community: newestFirst<Link>("community", "link"),
  elementFollowers: newestFirst<Link>("element-followers", "link"),
  personFollowers: newestFirst<Link>("person-followers", "link"),
  following: newestFirst<Link>("following", "link"),
  memberships: newestFirst<Link>("memberships", "link"),
  memberOf: newestFirst<Link>("member-of", "link"),
  administrators: newestFirst<Link>("administrators", "link"),
};

/**
 * A loader of pages of links keyed by parent and arguments (see parentPageLoader): a list
 * of 50 elements asking for `community(first: 5)` costs one page query and one count query.
 */
function linkPageLoader<A extends PageArguments>(
  lists: LinkLists,
  column: ParentColumn,
  order: Ordering<Link>,
  scopes: (args: A) => { entries: Scope; counted: Scope },
) {
  return parentPageLoader<Link, A>(order, async (args, parentIds, first) => {
    const { entries, counted } = scopes(args);
    const [rows, counts] = await Promise.all([
      lists.firstOfEach(column, parentIds, entries, order, first, args.after),
      lists.countOfEach(column, parentIds, counted),
    ]);
    return new Map(parentIds.map((id, i) => [id, { rows: rows[i], totalCount: counts[i] }]));
  });
}

function countLoader(lists: LinkLists, column: ParentColumn, scope: Scope) {
  return new DataLoader<string, number>((ids) => lists.countOfEach(column, ids, scope));
}

/**
 * The link rule for lists reached through a person or a member organization: their own
 * links (elements inviting them included), or links to elements the viewer may see and
 * whose community shows to the viewer.
 */
function ownOrShown(lists: LinkLists, viewerId: string | null, own: boolean): Scope {
  if (own) return lists.visibleEnd("element_id", viewerId, "invitation");
  return both(lists.visibleEnd("element_id", viewerId), communityShown(viewerId));
}

/** The per-request loaders of the links module (built in the request's context). */
export function createLinkLoaders(dataSource: DataSource, viewer: Person | null, deletionDelayDays: number) {
  const lists = new LinkLists(dataSource, deletionDelayDays);
  const viewerId = viewer?.id ?? null;
  const links = dataSource.getRepository(Link);

  return {
    /**
     * Members, contributors or attendees of elements; totalCount counts every entry of the state and
     * role, people whose directory hides them included, private member organizations not.
     */
    community: linkPageLoader<CommunityPageArgs>(lists, "element_id", ORDERS.community, (args) => {
      const counted = both(
        inCommunity(args.state, args.role),
        lists.visibleMember(viewerId),
        args.ownOnly ? ownedBy(viewerId!) : () => {},
      );
      return { counted, entries: both(counted, args.everyone ? () => {} : directoryAllows(viewerId)) };
    }),
    communityCount: countLoader(
      lists,
      "element_id",
      both(inCommunity(LinkState.ACTIVE), lists.visibleMember(viewerId)),
    ),
    /**
     * The administrators of each element (at most 100 each), people included, in two statements
     * of their own (not batched with other people, so that the count of statements is steady).
     */
    administrators: new DataLoader<{ elementId: string; everyone: boolean }, Person[], string>(
      async (keys) => {
        const found = new Map<string, Link[]>();
        for (const everyone of [true, false]) {
          const elementIds = [...new Set(keys.filter((k) => k.everyone === everyone).map((k) => k.elementId))];
          if (elementIds.length === 0) continue;
          const scope = both(administrators, everyone ? () => {} : directoryAllows(viewerId));
          const pages = await lists.firstOfEach(
            "element_id",
            elementIds,
            scope,
            ORDERS.administrators,
            ADMINISTRATORS_SHOWN,
          );
          elementIds.forEach((id, i) => found.set(`${everyone}:${id}`, pages[i].slice(0, ADMINISTRATORS_SHOWN)));
        }
        const personIds = [...new Set([...found.values()].flat().map((link) => link.personId!))];
        const people = await EntityRows.of(dataSource, Person).byIds(personIds);
        const byId = new Map(people.map((person) => [person.id, person]));
        return keys.map((key) =>
          (found.get(`${key.everyone}:${key.elementId}`) ?? []).flatMap((link) => byId.get(link.personId!) ?? []),
        );
      },
      { cacheKeyFn: ({ elementId, everyone }) => `${everyone}:${elementId}` },
    ),
    elementFollowers: linkPageLoader<PageArguments>(lists, "element_id", ORDERS.elementFollowers, () => ({
      counted: follows,
      entries: both(follows, directoryAllows(viewerId)),
    })),
    elementFollowerCount: countLoader(lists, "element_id", follows),
    personFollowers: linkPageLoader<PageArguments>(lists, "followed_person_id", ORDERS.personFollowers, () => ({
      counted: follows,
      entries: both(follows, directoryAllows(viewerId)),
    })),
    personFollowerCount: countLoader(lists, "followed_person_id", follows),
    /** What people follow, among what the viewer may see. */
    following: linkPageLoader<PageArguments>(lists, "person_id", ORDERS.following, () => {
      const scope = both(follows, lists.visibleEnd("element_id", viewerId));
      return { counted: scope, entries: scope };
    }),
    /**
     * People's community links: one's own (with the elements inviting them), or someone
     * else's among elements that show their community to the viewer (the person's directory
     * setting, the other end, is checked before).
     */
    memberships: linkPageLoader<PageArguments & { state: LinkState; own: boolean }>(
      lists,
      "person_id",
      ORDERS.memberships,
      (args) => {
        const scope = both(inCommunity(args.state), ownOrShown(lists, viewerId, args.own));
        return { counted: scope, entries: scope };
      },
    ),
    /** The networks organizations belong to: all of them for their administrators, else as each network shows. */
    memberOf: linkPageLoader<PageArguments & { state: LinkState; own: boolean }>(
      lists,
      "member_element_id",
      ORDERS.memberOf,
      (args) => {
        const scope = both(inCommunity(args.state), ownOrShown(lists, viewerId, args.own));
        return { counted: scope, entries: scope };
      },
    ),
    /** The viewer's own community link to each element, in any state. */
    viewerLink: new DataLoader<string, Link | null>(async (elementIds) => {
      if (!viewerId) return elementIds.map(() => null);
      const rows = await links.findBy({
        personId: viewerId,
        elementId: In([...elementIds]),
        type: In(COMMUNITY_TYPES),
      });
      return elementIds.map((id) => rows.find((row) => row.elementId === id) ?? null);
    }),
    /** Whether the viewer follows each element or person. */
    viewerFollows: new DataLoader<string, boolean>(async (ids) => {
      if (!viewerId) return ids.map(() => false);
      const rows = await links
        .createQueryBuilder("link")
        .where("link.type = :type AND link.person_id = :viewerId", { type: LinkType.FOLLOW, viewerId })
        .andWhere("(link.element_id IN (:...ids) OR link.followed_person_id IN (:...ids))", { ids })
        .getMany();
      const followed = new Set(rows.map((row) => row.elementId ?? row.followedPersonId));
      return ids.map((id) => followed.has(id));
    }),
  };
}

export type LinkLoaders = ReturnType<typeof createLinkLoaders>;
