import type { DataSource, SelectQueryBuilder } from "typeorm";
import { EntityRows } from "../../db/rows";
import { DEFAULT_PAGE_SIZE, type Ordering, type Page } from "../../graphql/connection";
import { type PageArguments, parentPageLoader } from "../../graphql/page-loader";
import { Element } from "./element.entity";
import { whereVisible } from "../policy/visibility";

/** A list of elements that belong to a parent: the projects an organization carries, an event's sub-events… */
export interface ElementListing<T extends Element, A extends PageArguments> {
  /** SQL giving each row's parent id, over `element` and whatever `scope` joins. */
  parent: string;
  /** Restricts a query on `element` to the given parents and to the list's own conditions. */
  scope(query: SelectQueryBuilder<Element>, parentIds: string[], args: A): void;
  order: Ordering<T>;
}

/**
 * A per-request loader of list pages for many parents at once: keys sharing their
 * arguments are answered with three statements (counts, ranked ids, elements), whatever
 * the number of parents. Only elements the viewer may see are listed or counted.
 */
export function elementPageLoader<T extends Element, A extends PageArguments = PageArguments>(
  dataSource: DataSource,
  viewerId: string | null,
  deletionDelayDays: number,
  listing: ElementListing<T, A>,
) {
  const { order } = listing;
  return parentPageLoader<T, A>(order, async (args, parentIds, first) => {
    const scoped = () => {
      const query = dataSource.getRepository(Element).createQueryBuilder("element");
      listing.scope(query, parentIds, args);
      return whereVisible(query, "element", viewerId, deletionDelayDays);
    };

    const counts: { parent: string; total: number }[] = await scoped()
      .select(listing.parent, "parent")
      .addSelect("count(*)::int", "total")
      .groupBy(listing.parent)
      .getRawMany();

    const ranked = order.after(
      scoped().select(listing.parent, "parent").addSelect("element.id", "id").addSelect(order.key, "sort"),
      args.after,
    );
    const [sql, parameters] = ranked.getQueryAndParameters();
    const rows: { parent: string; id: string }[] = await dataSource.query(
      `SELECT parent, id FROM (
         SELECT scoped.parent, scoped.id, row_number() OVER (
           PARTITION BY scoped.parent ORDER BY scoped.sort ${order.direction}, scoped.id ${order.direction}) AS rank
         FROM (${sql}) scoped) ranked
       WHERE rank <= $${parameters.length + 1} ORDER BY parent, rank`,
      [...parameters, first + 1],
    );

    const ids = [...new Set(rows.map((row) => row.id))];
    const elements = await EntityRows.of(dataSource, Element).byIds(ids);
    const byId = new Map(elements.map((element) => [element.id, element as T]));
    const totals = new Map(counts.map((count) => [count.parent, count.total]));
    return new Map(
      parentIds.map((parentId) => [
        parentId,
        {
          rows: rows.filter((row) => row.parent === parentId).map((row) => byId.get(row.id)!),
          totalCount: totals.get(parentId) ?? 0,
        },
      ]),
    );
  });
}

/** One page of a list that has no parent (such as every upcoming event), with its total. */
export function elementPage<T extends Element>(
  dataSource: DataSource,
  viewerId: string | null,
  deletionDelayDays: number,
  list: { scope(query: SelectQueryBuilder<Element>): void; order: Ordering<T>; first?: number; after?: string },
): Promise<Page<T>> {
  const query = dataSource.getRepository(Element).createQueryBuilder("element");
  list.scope(query);
  whereVisible(query, "element", viewerId, deletionDelayDays);
  return list.order.read(query, list.first ?? DEFAULT_PAGE_SIZE, list.after);
}
