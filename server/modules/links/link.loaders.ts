import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { newestFirst, type Ordering } from "../../graphql/connection";
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
  scopes: (args: A) => {
    entries: Scope;
    counted: Scope;
    /** A loader already counting the same links (the same scope), whose statement the page then shares. */
    counter?: DataLoader<string, number>;
  },
  /** The request's loader of people by id, given the links' people read with them (lists of people's links). */
  people?: PeopleById,
) {
  return parentPageLoader<Link, A>(order, async (args, parentIds, first) => {
    const { entries, counted, counter } = scopes(args);
    const [found, counts] = await Promise.all([
      lists.firstOfEach(column, parentIds, entries, order, first, args.after, people !== undefined),
      counter ? loadAll(counter, parentIds) : lists.countOfEach(column, parentIds, counted),
    ]);
    if (people) {
      for (const [id, { person, verified }] of found.people) people.prime(id, verified ? person : null);
    }
    return new Map(parentIds.map((id, i) => [id, { rows: found.pages[i], totalCount: counts[i] }]));
  });
}

type PeopleById = DataLoader<string, Person | null>;

async function loadAll<V>(loader: DataLoader<string, V>, keys: string[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  for (const value of values) if (value instanceof Error) throw value;
  return values as V[];
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
export function createLinkLoaders(
  dataSource: DataSource,
  viewer: Person | null,
  deletionDelayDays: number,
  people: PeopleById,
) {
  const lists = new LinkLists(dataSource, deletionDelayDays);
  const viewerId = viewer?.id ?? null;
  const links = dataSource.getRepository(Link);
  /** Active community links counted for everyone: communityCount, and the totalCount of its pages. */
  const communityCount = countLoader(
    lists,
    "element_id",
    both(inCommunity(LinkState.ACTIVE), lists.visibleMember(viewerId)),
  );

  return {
    /**
     * Members, contributors or attendees of elements; totalCount counts every entry of the state and
     * role, people whose directory hides them included, private member organizations not.
     */
    community: linkPageLoader<CommunityPageArgs>(
      lists,
      "element_id",
      ORDERS.community,
      (args) => {
        const counted = both(
          inCommunity(args.state, args.role),
          lists.visibleMember(viewerId),
          args.ownOnly ? ownedBy(viewerId!) : () => {},
        );
        // The active community of everyone, counted as communityCount counts it: one statement for both.
        const sameAsCount = args.state === LinkState.ACTIVE && !args.role && !args.ownOnly;
        return {
          counted,
          counter: sameAsCount ? communityCount : undefined,
          entries: both(counted, args.everyone ? () => {} : directoryAllows(viewerId)),
        };
      },
      people,
    ),
    communityCount,
    /**
     * The administrators of each element (at most 100 each), their people read with their links: one
     * statement for those the viewer is in the community of, one for the others.
     */
    administrators: new DataLoader<{ elementId: string; everyone: boolean }, Person[], string>(
      async (keys) => {
        const found = new Map<string, Person[]>();
        for (const everyone of [true, false]) {
          const elementIds = [...new Set(keys.filter((k) => k.everyone === everyone).map((k) => k.elementId))];
          if (elementIds.length === 0) continue;
          const scope = both(administrators, everyone ? () => {} : directoryAllows(viewerId));
          const { pages, people: tied } = await lists.firstOfEach(
            "element_id",
            elementIds,
            scope,
            ORDERS.administrators,
            ADMINISTRATORS_SHOWN,
            undefined,
            true,
          );
          elementIds.forEach((id, i) =>
            found.set(
              `${everyone}:${id}`,
              pages[i].slice(0, ADMINISTRATORS_SHOWN).flatMap((link) => tied.get(link.personId!)?.person ?? []),
            ),
          );
        }
        return keys.map((key) => found.get(`${key.everyone}:${key.elementId}`) ?? []);
      },
      { cacheKeyFn: ({ elementId, everyone }) => `${everyone}:${elementId}` },
    ),
    elementFollowers: linkPageLoader<PageArguments>(
      lists,
      "element_id",
      ORDERS.elementFollowers,
      () => ({ counted: follows, entries: both(follows, directoryAllows(viewerId)) }),
      people,
    ),
    elementFollowerCount: countLoader(lists, "element_id", follows),
    personFollowers: linkPageLoader<PageArguments>(
      lists,
      "followed_person_id",
      ORDERS.personFollowers,
      () => ({ counted: follows, entries: both(follows, directoryAllows(viewerId)) }),
      people,
    ),
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
