import { IsInt, IsOptional, Length, Max, Min } from "class-validator";
import { ArgsType, ClassType, Field, Int, ObjectType } from "type-graphql";
import { InvalidInput } from "./errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} by default` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page" })
  @IsOptional()
  @Length(1, 200)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A cursor connection type: `nodes`, `pageInfo` and a `totalCount`. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T> | object) {
  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Page<T> {
    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

/** Keyset cursors over (created_at, id), newest first. */
export interface Keyset {
  createdAt: string;
  id: string;
}

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (!cursor) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof createdAt === "string" && typeof id === "string" && !Number.isNaN(Date.parse(createdAt))) {
      return { createdAt, id };
    }
  } catch {
    // fall through
  }
  throw new InvalidInput([{ field: "after", message: "is not a cursor from this list" }]);
}

/** Builds a page from rows fetched with one extra row to know whether more follow. */
export function toPage<T extends { createdAt: Date; id: string }>(
  rows: T[],
  size: number,
  totalCount: number,
): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: { endCursor: last ? encodeCursor(last) : null, hasNextPage: rows.length > size },
  };
}
