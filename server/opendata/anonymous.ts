import { execute, type DocumentNode, type GraphQLSchema, parse } from "graphql";
import type { Context } from "../graphql/context";
import { OpenDataRequestError } from "./request-error";

/**
 * Exports read what an anonymous visitor of the API reads, through the same GraphQL schema and
 * its privacy rules: never a second set of SQL that could drift from them.
 */
export type ReadAnonymously = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** `anonymousContext` gives a fresh context without a viewer (its own loaders) for each read. */
export function anonymousReader(schema: GraphQLSchema, anonymousContext: () => Context): ReadAnonymously {
  const documents = new Map<string, DocumentNode>();
  return async <T>(query: string, variables?: Record<string, unknown>) => {
    let document = documents.get(query);
    if (!document) documents.set(query, (document = parse(query)));
    const result = await execute({ schema, document, variableValues: variables, contextValue: anonymousContext() });
    const error = result.errors?.[0];
    if (error) {
      // Refused filter values are the caller's to fix; anything else is ours.
      if (error.extensions?.code === "BAD_USER_INPUT" || error.originalError?.constructor.name === "InvalidInput") {
        throw new OpenDataRequestError(null, error.message);
      }
      throw error.originalError ?? error;
    }
    return result.data as T;
  };
}

interface Connection<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of a connection, page by page: `query` takes `$first` and `$after` and `connection`
 * picks the connection out of its data. Memory stays that of one page however long the list.
 */
export async function* everyPage<N, D>(
  read: ReadAnonymously,
  query: string,
  variables: Record<string, unknown>,
  connection: (data: D) => Connection<N>,
  pageSize = 100,
): AsyncGenerator<N[]> {
  let after: string | null = null;
  for (;;) {
    const page = connection(await read<D>(query, { ...variables, first: pageSize, after }));
    if (page.nodes.length) yield page.nodes;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}
