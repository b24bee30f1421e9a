import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { DEFAULT_PAGE_SIZE, type Page, toPage } from "../../graphql/connection";
import { Person } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import { COMMUNITY_TYPES, whereVisible } from "../elements/element.visibility";
import { Link, LinkState, LinkType } from "./link.entity";
import {
  administrators,
  both,
  directoryAllows,
  follows,
  inCommunity,
  LinkLists,
  ownedBy,
  type ParentColumn,
  type Scope,
} from "./link.lists";

export interface PageRequest {
  first?: number;
  after?: string;
}

export interface CommunityPageArgs extends PageRequest {
  state: LinkState;
  role?: string | null;
  /** Only the viewer's own entries (pending lists for non-administrators). */
  ownOnly: boolean;
  /** Keep people whose directory is hidden from the viewer (the viewer is in the community). */
  everyone: boolean;
}

/** Lists hold at most this many administrators. */
const ADMINISTRATORS_SHOWN = 100;

interface Keyed<A> {
  parentId: string;
  args: A;
}

/**
 * A loader of pages keyed by parent and arguments: keys sharing the same arguments are read
 * together, so a list of 50 elements asking for `community(first: 5)` costs one page query
 * and one count query.
 */
function pageLoader<A extends PageRequest>(
  lists: LinkLists,
  column: ParentColumn,
  scopes: (args: A) => { entries: Scope; counted: Scope },
) {
  return new DataLoader<Keyed<A>, Page<Link>, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; parentIds: string[] }>();
      for (const { parentId, args } of keys) {
        const signature = JSON.stringify(args);
        const group = groups.get(signature) ?? { args, parentIds: [] };
        if (!group.parentIds.includes(parentId)) group.parentIds.push(parentId);
        groups.set(signature, group);
      }
      const pages = new Map<string, Page<Link>>();
      for (const [signature, { args, parentIds }] of groups) {
        const first = args.first ?? DEFAULT_PAGE_SIZE;
        const { entries, counted } = scopes(args);
        const [rows, counts] = await Promise.all([
          lists.firstOfEach(column, parentIds, entries, first, args.after),
          lists.countOfEach(column, parentIds, counted),
        ]);
        parentIds.forEach((id, i) => pages.set(signature + id, toPage(rows[i], first, counts[i])));
      }
      return keys.map(({ parentId, args }) => pages.get(JSON.stringify(args) + parentId)!);
    },
    { cacheKeyFn: ({ parentId, args }) => JSON.stringify([parentId, args]) },
  );
}

function countLoader(lists: LinkLists, column: ParentColumn, scope: Scope) {
  return new DataLoader<string, number>((ids) => lists.countOfEach(column, ids, scope));
}

/** The per-request loaders of the links module (built in the request's context). */
export function createLinkLoaders(dataSource: DataSource, viewer: Person | null, deletionDelayDays: number) {
  const lists = new LinkLists(dataSource, deletionDelayDays);
  const viewerId = viewer?.id ?? null;
  const links = dataSource.getRepository(Link);

  const visibleElements = (ids: readonly string[]) =>
    whereVisible(
      dataSource.getRepository(Element).createQueryBuilder("element").where("element.id IN (:...ids)", { ids }),
      "element",
      viewerId,
      deletionDelayDays,
    ).getMany();

  return {
    /** Members, contributors or attendees of elements; totalCount counts every entry of the state and role. */
    community: pageLoader<CommunityPageArgs>(lists, "element_id", (args) => {
      const counted = both(inCommunity(args.state, args.role), args.ownOnly ? ownedBy(viewerId!) : () => {});
      return {
        counted,
        entries: both(
          counted,
          lists.visibleEnd("member_element_id", viewerId),
          args.everyone ? () => {} : directoryAllows(viewerId),
        ),
      };
    }),
    communityCount: countLoader(lists, "element_id", inCommunity(LinkState.ACTIVE)),
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
          const pages = await lists.firstOfEach("element_id", elementIds, scope, ADMINISTRATORS_SHOWN);
          elementIds.forEach((id, i) => found.set(`${everyone}:${id}`, pages[i].slice(0, ADMINISTRATORS_SHOWN)));
        }
        const personIds = [...new Set([...found.values()].flat().map((link) => link.personId!))];
        const people = personIds.length ? await dataSource.getRepository(Person).findBy({ id: In(personIds) }) : [];
        const byId = new Map(people.map((person) => [person.id, person]));
        return keys.map((key) =>
          (found.get(`${key.everyone}:${key.elementId}`) ?? []).flatMap((link) => byId.get(link.personId!) ?? []),
        );
      },
      { cacheKeyFn: ({ elementId, everyone }) => `${everyone}:${elementId}` },
    ),
    elementFollowers: pageLoader<PageRequest>(lists, "element_id", () => ({
      counted: follows,
      entries: both(follows, directoryAllows(viewerId)),
    })),
    elementFollowerCount: countLoader(lists, "element_id", follows),
    personFollowers: pageLoader<PageRequest>(lists, "followed_person_id", () => ({
      counted: follows,
      entries: both(follows, directoryAllows(viewerId)),
    })),
    personFollowerCount: countLoader(lists, "followed_person_id", follows),
    /** What people follow, among what the viewer may see. */
    following: pageLoader<PageRequest>(lists, "person_id", () => {
      const scope = both(follows, lists.visibleEnd("element_id", viewerId));
      return { counted: scope, entries: scope };
    }),
    /** People's community links, among elements the viewer may see (their own invitations too). */
    memberships: pageLoader<PageRequest & { state: LinkState; self: boolean }>(lists, "person_id", (args) => {
      const scope = both(
        inCommunity(args.state),
        args.self ? lists.visibleOrInvitingElement(viewerId!) : lists.visibleEnd("element_id", viewerId),
      );
      return { counted: scope, entries: scope };
    }),
    /** The networks organizations belong to. */
    memberOf: pageLoader<PageRequest & { state: LinkState }>(lists, "member_element_id", (args) => {
      const scope = both(inCommunity(args.state), lists.visibleEnd("element_id", viewerId));
      return { counted: scope, entries: scope };
    }),
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
    visibleElement: new DataLoader<string, Element | null>(async (ids) => {
      const rows = await visibleElements(ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    /** Elements whatever their privacy (not deleted): only for the viewer's own invitations. */
    invitingElement: new DataLoader<string, Element | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(Element)
        .createQueryBuilder("element")
        .where("element.id IN (:...ids) AND element.deleted_at IS NULL", { ids })
        .getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}

export type LinkLoaders = ReturnType<typeof createLinkLoaders>;
