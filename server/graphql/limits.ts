import { ApolloArmor } from "@escape.tech/graphql-armor";
import { type DocumentNode, type GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from "graphql";

/** Query limits, the same over HTTP and WebSocket; written down in the README. */
export const QUERY_LIMITS = {
  maxDepth: 12,
  // graphql-armor scores nesting (growing with depth), not page sizes: an element with its members,
  // their people and images must fit.
  maxCost: 20000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxBodyBytes: 100 * 1024,
};

export const armor = new ApolloArmor({
  maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
  costLimit: { maxCost: QUERY_LIMITS.maxCost },
  maxAliases: { n: QUERY_LIMITS.maxAliases },
  maxTokens: { n: QUERY_LIMITS.maxTokens },
  maxDirectives: { n: QUERY_LIMITS.maxDirectives },
  blockFieldSuggestion: { enabled: true },
});

/**
 * graphql-ws does not go through Apollo: parse and validate a subscription's
 * document with the same limits. Returns the document, or the errors to send.
 */
export function checkDocument(schema: GraphQLSchema, query: string): DocumentNode | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch (error) {
    return [error as GraphQLError];
  }
  const errors = validate(schema, document, [...specifiedRules, ...armor.protect().validationRules]);
  return errors.length > 0 ? errors : document;
}
