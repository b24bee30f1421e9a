import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Page } from "../../graphql/connection";
import { InvalidInput } from "../../graphql/errors";
import type { Element } from "../elements/element.entity";
import { SearchSort } from "./search.inputs";

const CURSOR_ALPHABET = /^[A-Za-z0-9_-]{1,200}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The SQL TypeORM wrote for each shape of search (see `writtenQuery`), a bounded number kept. */
const writtenQueries = new Map<string, string>();
const WRITTEN_QUERIES_KEPT = 500;

/**
 * `query.getQuery()`, remembered by what it is written from: its selections, conditions and order,
 * not its parameters' values (which stay placeholders). A search builds the same few shapes
 * again and again, and writing one (aliases and property names resolved over the whole text)
 * cost TypeORM more than the rest of building it. Queries with joins are written each time.
 */
function writtenQuery<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): string {
  const map = query.expressionMap;
  if (map.joinAttributes.length || map.relationIdAttributes.length) {
    return query.getQuery();
  }
  const shape = JSON.stringify([
    map.mainAlias?.name,
    map.mainAlias?.hasMetadata ? map.mainAlias.metadata.tableName : map.mainAlias?.tablePath,
    map.selects,
    map.wheres,
    map.orderBys,
    map.groupBys,
    map.havings,
    map.limit,
    map.offset,
    map.take,
    map.skip,
    map.selectDistinct,
    map.withDeleted,
  ]);
  let sql = writtenQueries.get(shape);
  if (sql === undefined) {
    if (writtenQueries.size >= WRITTEN_QUERIES_KEPT) writtenQueries.clear();
    writtenQueries.set(shape, (sql = query.getQuery()));
  }
  return sql;
}

/**
 * A search's order: a sort key computed in SQL (a rank, a distance, a date or a name) and
 * the id, read forwards by keyset. Cursors carry the sort's name, the key and the id, and
 * only the sort that made one accepts it.
 */
export class SearchOrder {
  constructor(
    readonly sort: SearchSort,
    /** SQL of the key over `element`, with its parameters. */
    private readonly key: string,
    private readonly parameters: ObjectLiteral,
    private readonly direction: "ASC" | "DESC",
    /** The SQL type the key compares as. */
    private readonly type: "double precision" | "timestamptz" | "text",
  ) {}

  /**
   * One page of `matched` (a query on `element` selecting `id`, made by `keyed`) after the
   * cursor, `limit` rows with every column of their element and their sort_key, and the count
   * of all that matched: one statement, which reads the matching rows once (a search's count
   * needs all of them anyway) and the page's elements by id. Without `counted` (a page that
   * does not ask for totalCount, as exports read theirs), the matches are not all read: the
   * page comes straight from an index on the sort key where there is one (NAME's), and
   * totalCount is null.
   */
  async page<T extends ObjectLiteral>(
    db: DataSource,
    matched: SelectQueryBuilder<T>,
    columns: string,
    limit: number,
    cursor: string | undefined,
    counted = true,
  ): Promise<{ rows: (Record<string, unknown> & { sort_key: unknown })[]; totalCount: number | null }> {
    const parameters: ObjectLiteral = { ...matched.getParameters(), pageLimit: limit };
    let after = "";
    if (cursor !== undefined && cursor !== null) {
      const [value, id] = this.decode(cursor);
      const comparison = this.direction === "DESC" ? "<" : ">";
      after = `WHERE (sort_key, id) ${comparison} (CAST(:cursorKey AS ${this.type}), CAST(:cursorId AS uuid))`;
      Object.assign(parameters, { cursorKey: value, cursorId: id });
    }
    const order = (alias: string) => `${alias}.sort_key ${this.direction}, ${alias}.id ${this.direction}`;
    // Not materialized when uncounted, so that the cursor's condition and the order reach
    // the element table (and its index on the key) rather than a copy of every match.
    const [sql, values] = db.driver.escapeQueryWithParameters(
      counted
        ? `WITH matched AS MATERIALIZED (${writtenQuery(matched)}),
           page AS (SELECT id, sort_key FROM matched ${after} ORDER BY ${order("matched")} LIMIT :pageLimit)
           SELECT total.count AS total_count, page.sort_key, ${columns}
           FROM (SELECT count(*)::int AS count FROM matched) total
           LEFT JOIN (page JOIN element element ON element.id = page.id) ON true
           ORDER BY ${order("page")}`
        : `WITH page AS (SELECT id, sort_key FROM (${writtenQuery(matched)}) matched ${after}
             ORDER BY ${order("matched")} LIMIT :pageLimit)
           SELECT NULL AS total_count, page.sort_key, ${columns}
           FROM page JOIN element element ON element.id = page.id
           ORDER BY ${order("page")}`,
      parameters,
    );
    const rows: (Record<string, unknown> & { sort_key: unknown; total_count: number | null })[] = await db.query(
      sql,
      values,
    );
    return {
      rows: rows.filter((row) => row.id !== null),
      totalCount: counted ? (rows[0]?.total_count ?? 0) : null,
    };
  }

  /** Adds the sort key, as `sort_key`, to a query on `element`. */
  keyed<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return query.addSelect(this.key, "sort_key").setParameters(this.parameters);
  }

  encode(key: unknown, id: string): string {
    const value = key instanceof Date ? key.toISOString() : String(key);
    return Buffer.from(JSON.stringify([`search:${this.sort}`, value, id])).toString("base64url");
  }

  private decode(cursor: string): [string, string] {
    const refused = new InvalidInput([{ field: "after", key: "search.badCursor" }]);
    if (!CURSOR_ALPHABET.test(cursor)) throw refused;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    } catch {
      throw refused;
    }
    if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === "string"))
      throw refused;
    const [name, value, id] = parsed as string[];
    if (name !== `search:${this.sort}` || !UUID.test(id) || value.length > 150) throw refused;
    if (this.type === "double precision" && !Number.isFinite(Number(value))) throw refused;
    if (this.type === "timestamptz" && value !== "infinity" && Number.isNaN(Date.parse(value))) throw refused;
    return [value, id];
  }

  /**
   * A connection from rows read with one extra, each with its sort key. A page read without
   * its count (null) must not be asked for it: reading totalCount then throws.
   */
  connection(
    rows: { element: Element; key: unknown }[],
    first: number,
    totalCount: number | null,
    after?: string,
  ): Page<Element> {
    const kept = rows.slice(0, first);
    const edges = kept.map((row) => ({ cursor: this.encode(row.key, row.element.id), node: row.element }));
    return {
      nodes: edges.map((edge) => edge.node),
      edges,
      get totalCount(): number {
        if (totalCount === null) throw new Error("search: totalCount read from a page read without it");
        return totalCount;
      },
      pageInfo: {
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== undefined && after !== null,
      },
    };
  }
}

/**
 * The order of a search. With a date filter, `occurrenceStarts` gives each recurring
 * series' first occurrence in the range: DATE sorts a series there rather than at its
 * first start, which may lie years back (looked up in a jsonb object: one binary search
 * per row, however many series matched).
 */
export function searchOrder(
  sort: SearchSort,
  near: { latitude: number; longitude: number } | undefined,
  textQuery: string | null,
  occurrenceStarts?: Map<string, Date | null>,
): SearchOrder {
  switch (sort) {
    case SearchSort.RELEVANCE:
      if (!textQuery) throw new InvalidInput([{ field: "sort", key: "search.relevanceNeedsText" }]);
      return new SearchOrder(
        sort,
        "ts_rank(element.search_vector, to_tsquery('simple', :rankQuery))::double precision",
        { rankQuery: textQuery },
        "DESC",
        "double precision",
      );
    case SearchSort.DISTANCE:
      if (!near) throw new InvalidInput([{ field: "sort", key: "search.distanceNeedsNear" }]);
      // The straight-line distance through the earth (`<->` on the stored point) orders as the
      // distance along its surface does, and lets the GiST index return the nearest first.
      return new SearchOrder(
        sort,
        "element.geo <-> geo_point(:originLatitude, :originLongitude)",
        { originLatitude: near.latitude, originLongitude: near.longitude },
        "ASC",
        "double precision",
      );
    case SearchSort.DATE:
      if (occurrenceStarts?.size) {
        return new SearchOrder(
          sort,
          "coalesce(CAST(CAST(:occurrenceStarts AS jsonb) ->> CAST(element.id AS text) AS timestamptz), element.starts_at, 'infinity'::timestamptz)",
          { occurrenceStarts: JSON.stringify(Object.fromEntries(occurrenceStarts)) },
          "ASC",
          "timestamptz",
        );
      }
      return new SearchOrder(sort, "coalesce(element.starts_at, 'infinity'::timestamptz)", {}, "ASC", "timestamptz");
    case SearchSort.NAME:
      return new SearchOrder(sort, "lower(element.name)", {}, "ASC", "text");
  }
}
