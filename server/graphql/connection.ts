import { IsInt, IsOptional, Length, Max, Min } from "class-validator";
import { ArgsType, ClassType, Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { EntityRows } from "../db/rows";
import { InvalidInput } from "./errors";
import type { MessageKey } from "./messages";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Cursors this server hands out are about 150 characters long. */
export const MAX_CURSOR_LENGTH = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} by default` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: "A cursor (endCursor, or an edge's cursor) that this same list gave; the page starts after it",
  })
  @IsOptional()
  @Length(1, MAX_CURSOR_LENGTH)
  after?: string;
}

@ObjectType({ description: "Where a page stands in its list (Relay's PageInfo)" })
export class PageInfo {
  @Field(() => String, { nullable: true, description: "The cursor of the page's first entry; null when empty" })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last entry; null when empty" })
  endCursor: string | null;

  @Field({ description: "More entries follow: ask again with after: endCursor" })
  hasNextPage: boolean;

  @Field({
    description:
      "The page was asked for with `after`, so entries come before it (lists are read forwards only: " +
      "without `after` the page is the first one)",
  })
  hasPreviousPage: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  nodes: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A cursor connection type: `nodes`, Relay's `edges`, `pageInfo` and a `totalCount`. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T> | object) {
  @ObjectType(`${name}Edge`, { description: `An entry of a ${name} list with its cursor` })
  class EdgeClass implements Edge<T> {
    @Field({ description: "Give it as `after` to read the entries that follow this one" })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name} entry itself` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of a ${name} list` })
  class ConnectionClass implements Page<T> {
    @Field(() => [nodeType], { description: "The page's entries (the nodes of `edges`)" })
    nodes: T[];

    @Field(() => [EdgeClass], { description: "The page's entries, each with its cursor" })
    edges: EdgeClass[];

    @Field(() => PageInfo, {
      description: "Where this page stands: its first and last cursors, and whether more follow",
    })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many entries the whole list has" })
    totalCount: number;
  }
  return ConnectionClass;
}

/** Where a page starts: the sort value and id of the last entry already read. */
export interface Keyset {
  /** An ISO date to the millisecond. */
  value: string;
  id: string;
}

const CURSOR_ALPHABET = /^[A-Za-z0-9_-]+$/;
const ISO_MILLISECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function notACursor(key: MessageKey = "cursor.invalid"): InvalidInput {
  return new InvalidInput([{ field: "after", key }]);
}

/**
 * How a list is sorted, and so what its cursors hold: keyset pagination over (a date, id)
 * read forwards. A cursor is the ordering's name, the sort value and the id, as base64url
 * JSON; clients treat it as opaque. A cursor is accepted only by the ordering that made it,
 * so a cursor of another list (or of the same rows in another order) is refused rather
 * than silently starting somewhere else.
 *
 * Sort values are compared to the millisecond, the precision a cursor keeps: comparing
 * PostgreSQL's microseconds with a millisecond cursor would skip rows created within the
 * same millisecond (a transaction's rows share their `now()`). They are truncated in UTC
 * (`AT TIME ZONE 'UTC'`), which makes the expression immutable, so that an index on it
 * (migration NewestFirstIndexes) can serve the ORDER BY; the order is the same.
 */
export class Ordering<T extends { id: string }> {
  constructor(
    /** Unique among the server's lists ("organizations:newest"); carried by cursors. */
    readonly name: string,
    private readonly spec: {
      /** The query's alias for the listed table. */
      alias: string;
      /** The date column sorted on (its database name). */
      column: string;
      direction: "ASC" | "DESC";
      value(row: T): Date;
    },
  ) {}

  /** The sort value as SQL, to the millisecond (a UTC timestamp without time zone). */
  get key(): string {
    return `date_trunc('milliseconds', ${this.spec.alias}.${this.spec.column} AT TIME ZONE 'UTC')`;
  }

  get direction(): "ASC" | "DESC" {
    return this.spec.direction;
  }

  /** The ORDER BY list (for window functions and raw SQL). */
  get orderSql(): string {
    return `${this.key} ${this.spec.direction}, ${this.spec.alias}.id ${this.spec.direction}`;
  }

  /** Sorts a query in this order. */
  sort<Q extends SelectQueryBuilder<ObjectLiteral>>(query: Q): Q {
    query.orderBy(this.key, this.spec.direction).addOrderBy(`${this.spec.alias}.id`, this.spec.direction);
    return query;
  }

  /** Keeps the rows that come after the cursor (none given: every row). Refuses a foreign or forged cursor. */
  after<Q extends SelectQueryBuilder<ObjectLiteral>>(query: Q, cursor: string | undefined): Q {
    const keyset = this.decode(cursor);
    if (keyset) {
      const comparison = this.spec.direction === "DESC" ? "<" : ">";
      query.andWhere(
        `(${this.key}, ${this.spec.alias}.id) ${comparison} (CAST(:cursorValue AS timestamptz) AT TIME ZONE 'UTC', CAST(:cursorId AS uuid))`,
        {
          cursorValue: keyset.value,
          cursorId: keyset.id,
        },
      );
    }
    return query;
  }

  encode(row: T): string {
    const value = this.spec.value(row).toISOString();
    return Buffer.from(JSON.stringify([this.name, value, row.id])).toString("base64url");
  }

  /**
   * The keyset of a cursor, undefined without one. Anything but a cursor this ordering
   * made is BAD_USER_INPUT on `after`, checked before any SQL sees it.
   */
  decode(cursor: string | undefined | null): Keyset | undefined {
    if (cursor === undefined || cursor === null) return undefined;
    if (cursor.length > MAX_CURSOR_LENGTH || !CURSOR_ALPHABET.test(cursor)) throw notACursor();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    } catch {
      throw notACursor();
    }
    if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === "string")) {
      throw notACursor();
    }
    const [name, value, id] = parsed as string[];
    if (name !== this.name) throw notACursor("cursor.otherList");
    if (!ISO_MILLISECONDS.test(value) || Number.isNaN(Date.parse(value)) || !UUID.test(id)) throw notACursor();
    if (new Date(value).toISOString() !== value) throw notACursor();
    return { value, id };
  }

  /**
   * One page of a query's rows in this order, with the query's count as totalCount (one
   * statement, two for an empty page after a cursor). The query reads rows of this ordering's type (an events list queries `Element`).
   */
  async read(query: SelectQueryBuilder<ObjectLiteral>, first: number, after: string | undefined): Promise<Page<T>> {
    const page = this.after(this.sort(query.clone()), after).take(first + 1);
    // One prepared statement: its text depends only on the list's shape (and the page's size).
    const [rows, totalCount] = await EntityRows.getManyAndCount(page, query, after === undefined || after === null);
    return this.page(rows as T[], first, totalCount, after);
  }

  /**
   * A page from rows read with one extra row (which tells that more follow). Cursors are made only
   * when `edges` or the page's cursors are asked for: a directory page asking for `nodes` of 50
   * elements and of their 5 first members would otherwise encode 300 cursors nobody reads.
   */
  page(rows: T[], size: number, totalCount: number, after: string | undefined): Page<T> {
    const nodes = rows.slice(0, size);
    let edges: Edge<T>[] | undefined;
    const edgesOf = () => (edges ??= nodes.map((node) => ({ cursor: this.encode(node), node })));
    return {
      nodes,
      get edges() {
        return edgesOf();
      },
      totalCount,
      pageInfo: {
        get startCursor() {
          return edgesOf()[0]?.cursor ?? null;
        },
        get endCursor() {
          return edgesOf().at(-1)?.cursor ?? null;
        },
        hasNextPage: rows.length > size,
        hasPreviousPage: after !== undefined && after !== null,
      },
    };
  }
}

/** Newest first, on `created_at`. */
export function newestFirst<T extends { id: string; createdAt: Date }>(list: string, alias: string): Ordering<T> {
  return new Ordering<T>(`${list}:newest`, {
    alias,
    column: "created_at",
    direction: "DESC",
    value: (row) => row.createdAt,
  });
}
