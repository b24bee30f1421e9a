import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type ValidationContext,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "./connection";
import { QueryTooComplex } from "./errors";

/** Query limits, the same over HTTP and WebSocket; written down in the README. */
export const QUERY_LIMITS = {
  /** Nodes a query may return at most, counted as GitHub's API does (see `nodeCount`). */
  maxNodes: 25_000,
  // Fragments do not count as a level. Three nested connections written with Relay edges
  // (connection, edges, node: 9 levels), then a person, their image and its url, stay within.
  maxDepth: 15,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxBodyBytes: 100 * 1024,
};

/** Selections visited while counting (fragments expanded): bounds the work a small document can cause. */
const MAX_SELECTIONS = 10_000;

/** armor prefixes its refusals with "Syntax Error:", which they are not; report them as plain validation errors. */
function reportWithoutPrefix(context: ValidationContext | null, error: GraphQLError) {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error:\s*/, "")));
}

const refusal = { propagateOnRejection: false, onReject: [reportWithoutPrefix] };

/**
 * graphql-armor keeps depth, aliases, directives and field suggestions in check. Its cost
 * score is replaced by `nodeCount` (it grows with nesting, not with what a query asks for,
 * and ignores variables), and its token limit by graphql's own (`parseOptions` below), whose
 * refusal is a parse error (HTTP 400, GRAPHQL_PARSE_FAILED) rather than an internal one.
 */
export const armor = new ApolloArmor({
  costLimit: { enabled: false },
  maxTokens: { enabled: false },
  maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...refusal },
  maxAliases: { n: QUERY_LIMITS.maxAliases, ...refusal },
  maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...refusal },
  blockFieldSuggestion: { enabled: true },
});

export const parseOptions = { maxTokens: QUERY_LIMITS.maxTokens };

/**
 * The nodes a field can return. A connection (a field with a `first` argument) returns up
 * to `first` nodes (its default when absent), each with the nodes selected under it; any
 * other field returns what is selected under it. So `organizations(first: 100) { nodes {
 * community(first: 5) { … } } }` counts 100 + 100 × 5 = 600.
 */
export const nodeCount: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === "first")) return childComplexity;
  // A negative `first` is refused when the field runs; it must not lower the count of the others.
  const first = typeof args.first === "number" ? Math.max(args.first, 0) : DEFAULT_PAGE_SIZE;
  return first * (1 + childComplexity);
};

/**
 * Refuses an operation that could return more than `maxNodes` nodes, computed with the
 * request's variables (`first: $n` counts as n). Variables that do not fit their types are
 * left to execution, which refuses them with BAD_USER_INPUT before any resolver runs.
 */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): QueryTooComplex | undefined {
  const verdict = countCost(schema, document, variables, operationName);
  return verdict === UNFIT_VARIABLES ? undefined : verdict;
}

/** What `countCost` says of variables that do not fit their types: nothing was counted. */
const UNFIT_VARIABLES = "unfit variables";

function countCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): QueryTooComplex | undefined | typeof UNFIT_VARIABLES {
  const limit = QUERY_LIMITS.maxNodes;
  for (const definition of document.definitions) {
    if (definition.kind !== "OperationDefinition") continue;
    if (operationName && definition.name?.value !== operationName) continue;
    const { errors } = getVariableValues(schema, definition.variableDefinitions ?? [], variables ?? {});
    if (errors) return UNFIT_VARIABLES;
  }
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [nodeCount],
      maxQueryNodes: MAX_SELECTIONS,
    });
  } catch {
    // Past MAX_SELECTIONS (fragments spread over and over): too large to count.
    return new QueryTooComplex(null, limit);
  }
  return cost > limit ? new QueryTooComplex(cost, limit) : undefined;
}

/** Variable sets whose count is remembered per document, at most. */
const COUNTS_PER_DOCUMENT = 64;

/**
 * The variables as far as the count can tell them apart: numbers (`first`), booleans (`@skip`,
 * `@include`), nulls, the lengths of lists and the shapes of objects; never the text of a string
 * (ids, searches), so that `person(id: $id)` asked for a thousand people is counted once.
 */
const countedPart = (variables: Record<string, unknown> | undefined) =>
  JSON.stringify(variables ?? {}, (_name, value: unknown) => (typeof value === "string" ? "" : value));

/**
 * Applies `checkCost` to every HTTP operation once it is parsed, validated and chosen. Apollo keeps
 * one parsed document per query text, so the verdict is remembered per document, operation and
 * counted part of the variables (a few per document). Variables that do not fit their types are not
 * counted (execution refuses them), and that is not remembered: a string's text may make them fit.
 */
export function costPlugin<T extends object>(): ApolloServerPlugin<T> {
  // A refusal is remembered as its cost (null: too large to count) and thrown as a new error each
  // time: Apollo adds the request's id to the error it is given.
  const verdicts = new WeakMap<DocumentNode, Map<string, { refused: boolean; cost: number | null }>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          let known = verdicts.get(document);
          if (!known) verdicts.set(document, (known = new Map()));
          const key = `${request.operationName ?? ""}\u0000${countedPart(request.variables)}`;
          let verdict = known.get(key);
          if (!verdict) {
            const refused = countCost(schema, document, request.variables, request.operationName);
            if (refused === UNFIT_VARIABLES) return;
            verdict = { refused: !!refused, cost: (refused?.extensions.cost as number | null | undefined) ?? null };
            if (known.size >= COUNTS_PER_DOCUMENT) known.clear();
            known.set(key, verdict);
          }
          if (verdict.refused) throw new QueryTooComplex(verdict.cost, QUERY_LIMITS.maxNodes);
        },
      };
    },
  };
}

/**
 * graphql-ws does not go through Apollo: parse, validate and count a subscription's
 * document with the same limits. Returns the document, or the errors to send, coded as
 * over HTTP (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, QUERY_TOO_COMPLEX).
 */
export function checkDocument(
  schema: GraphQLSchema,
  request: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
): DocumentNode | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(request.query, parseOptions);
  } catch (error) {
    return [coded(error as GraphQLError, "GRAPHQL_PARSE_FAILED")];
  }
  const errors = validate(schema, document, [...specifiedRules, ...armor.protect().validationRules]);
  if (errors.length > 0) return errors.map((error) => coded(error, "GRAPHQL_VALIDATION_FAILED"));
  const refused = checkCost(schema, document, request.variables ?? undefined, request.operationName);
  return refused ? [refused] : document;
}

/** The code Apollo gives the same error over HTTP; formatError then strips suggestions. */
function coded(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code },
  });
}
