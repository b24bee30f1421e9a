import DataLoader from "dataloader";
import { type DataSource, In, type SelectQueryBuilder } from "typeorm";
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, type Page } from "../../graphql/connection";
import { Element } from "./element.entity";
import { whereVisible } from "./element.visibility";

/** How a list is sorted; its cursors hold the sort value and the id. */
export interface PageOrder {
  /** SQL over the `element` alias. */
  column: string;
  direction: "ASC" | "DESC";
  value(element: Element): Date;
}

export const NEWEST_FIRST: PageOrder = {
  column: "element.created_at",
  direction: "DESC",
  value: (element) => element.createdAt,
};

/** One parent's page of a list, with the list's own arguments (such as a date range). */
export interface PageRequest {
  parentId: string;
  first?: number;
  after?: string;
}

/** A list of elements that belong to a parent: the projects an organization carries, an event's sub-events… */
export interface ElementListing<R extends PageRequest> {
  /** SQL giving each row's parent id, over `element` and whatever `scope` joins. */
  parent: string;
  /** Restricts a query on `element` to the given parents and to the list's own conditions. */
  scope(query: SelectQueryBuilder<Element>, parentIds: string[], request: Omit<R, "parentId">): void;
  order: PageOrder;
}

/**
 * A per-request loader of list pages for many parents at once: requests sharing their
 * arguments are answered with three statements (counts, ranked ids, elements), whatever
 * the number of parents. Only elements the viewer may see are listed or counted.
 */
export function elementPageLoader<T extends Element, R extends PageRequest = PageRequest>(
  dataSource: DataSource,
  viewerId: string | null,
  deletionDelayDays: number,
  listing: ElementListing<R>,
) {
  const { column, direction } = listing.order;

  async function loadGroup(request: Omit<R, "parentId">, parentIds: string[]): Promise<Map<string, Page<T>>> {
    const first = request.first ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(request.after);
    const scoped = () => {
      const query = dataSource.getRepository(Element).createQueryBuilder("element");
      listing.scope(query, parentIds, request);
      return whereVisible(query, "element", viewerId, deletionDelayDays);
    };

    const counts: { parent: string; total: number }[] = await scoped()
      .select(listing.parent, "parent")
      .addSelect("count(*)::int", "total")
      .groupBy(listing.parent)
      .getRawMany();

    const ranked = scoped().select(listing.parent, "parent").addSelect("element.id", "id").addSelect(column, "sort");
    if (cursor) {
      ranked.andWhere(`(${column}, element.id) ${direction === "DESC" ? "<" : ">"} (:cursorSort, :cursorId)`, {
        cursorSort: cursor.createdAt,
        cursorId: cursor.id,
      });
    }
    const [sql, parameters] = ranked.getQueryAndParameters();
    const rows: { parent: string; id: string }[] = await dataSource.query(
      `SELECT parent, id FROM (
         SELECT scoped.parent, scoped.id, row_number() OVER (
           PARTITION BY scoped.parent ORDER BY scoped.sort ${direction}, scoped.id ${direction}) AS rank
         FROM (${sql}) scoped) ranked
       WHERE rank <= $${parameters.length + 1} ORDER BY parent, rank`,
      [...parameters, first + 1],
    );

    const ids = [...new Set(rows.map((row) => row.id))];
    const elements = ids.length ? await dataSource.getRepository(Element).findBy({ id: In(ids) }) : [];
    const byId = new Map(elements.map((element) => [element.id, element as T]));
    const totals = new Map(counts.map((count) => [count.parent, count.total]));
    return new Map(
      parentIds.map((parentId) => {
        const found = rows.filter((row) => row.parent === parentId).map((row) => byId.get(row.id)!);
        return [parentId, toPage(found, first, totals.get(parentId) ?? 0, listing.order)];
      }),
    );
  }

  return new DataLoader<R, Page<T>, string>(
    async (requests) => {
      const groups = new Map<string, { request: Omit<R, "parentId">; parentIds: Set<string> }>();
      for (const { parentId, ...request } of requests) {
        const key = JSON.stringify(request);
        const group = groups.get(key) ?? { request, parentIds: new Set<string>() };
        group.parentIds.add(parentId);
        groups.set(key, group);
      }
      const answers = new Map<string, Map<string, Page<T>>>();
      for (const [key, group] of groups) answers.set(key, await loadGroup(group.request, [...group.parentIds]));
      return requests.map(({ parentId, ...request }) => answers.get(JSON.stringify(request))!.get(parentId)!);
    },
    { cacheKeyFn: (request) => JSON.stringify(request) },
  );
}

/** A page from rows fetched with one extra row, with a cursor on the list's sort value. */
export function toPage<T extends Element>(rows: T[], size: number, totalCount: number, order: PageOrder): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      endCursor: last ? encodeCursor({ createdAt: order.value(last), id: last.id }) : null,
      hasNextPage: rows.length > size,
    },
  };
}

/** One page of a list that has no parent (such as every upcoming event), with its total. */
export async function elementPage<T extends Element>(
  dataSource: DataSource,
  viewerId: string | null,
  deletionDelayDays: number,
  list: { scope(query: SelectQueryBuilder<Element>): void; order: PageOrder; first?: number; after?: string },
): Promise<Page<T>> {
  const { column, direction } = list.order;
  const first = list.first ?? DEFAULT_PAGE_SIZE;
  const cursor = decodeCursor(list.after);
  const scoped = () => {
    const query = dataSource.getRepository(Element).createQueryBuilder("element");
    list.scope(query);
    return whereVisible(query, "element", viewerId, deletionDelayDays);
  };
  const page = scoped()
    .orderBy(column, direction)
    .addOrderBy("element.id", direction)
    .take(first + 1);
  if (cursor) {
    page.andWhere(`(${column}, element.id) ${direction === "DESC" ? "<" : ">"} (:cursorSort, :cursorId)`, {
      cursorSort: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const [rows, totalCount] = await Promise.all([page.getMany(), scoped().getCount()]);
  return toPage(rows as T[], first, totalCount, list.order);
}
