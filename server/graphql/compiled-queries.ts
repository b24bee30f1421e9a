import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { Logger } from "../logger";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;
type ExecutionRequest = Parameters<Executor>[0];

export interface CompiledQueryOptions {
  logger: Logger;
  /**
   * Queries kept compiled (with the counts of those not compiled yet), the least recently used dropped
   * first. A compiled query weighs 70 kB (the directory page) to 120 kB (the Live page); the web app
   * sends 54 different ones.
   */
  maxQueries?: number;
  /**
   * The run of a query (its text and operation name) that compiles it; the runs before go through
   * graphql-js. Compiling costs a few executions of the query: a query sent once (a hand-written one,
   * with its values written in) is not worth it. Tests compile on the first run, so that they go
   * through the compiled code.
   */
  compileOnRun?: number;
}

/**
 * Apollo Server executes operations through a gateway's executor when it is given one (its only hook
 * for another executor since version 4): this "gateway" serves our own schema, and runs queries
 * compiled by graphql-jit, which walks a large answer (the directory page: about 5,000 fields) in a
 * fraction of graphql-js's time. Parsing, validation, the plugins (limits, cost, the foreign-origin
 * rule) and the error formatting stay Apollo's. Mutations stay on graphql-js (their fields run one
 * after the other, and they are small); subscriptions over WebSocket never come here.
 */
export function compiledQueryGateway(schema: GraphQLSchema, options: CompiledQueryOptions): Gateway {
  const executor = compiledQueryExecutor(options);
  let loaded: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      loaded = callback;
      return () => (loaded = undefined);
    },
    async load() {
      // No supergraph: nothing here is federated, and nothing reads it (usage and schema reporting are off).
      loaded?.({ apiSchema: schema, coreSupergraphSdl: "" });
      return { executor };
    },
    async stop() {},
  };
}

/** What Apollo runs without an executor of its own. */
const runOnGraphqlJs = (request: ExecutionRequest) =>
  execute({
    schema: request.schema,
    document: request.document,
    contextValue: request.context,
    variableValues: request.request.variables,
    operationName: request.request.operationName,
  });

interface Entry {
  runs: number;
  /** Undefined until compiled; null when graphql-jit could not compile the operation. */
  compiled?: CompiledQuery | null;
}

function compiledQueryExecutor({ logger, maxQueries = 200, compileOnRun = 2 }: CompiledQueryOptions): Executor {
  // A Map keeps its insertion order: an entry used is moved to the end, the first one is the oldest.
  const entries = new Map<string, Entry>();

  function compiledFor(request: ExecutionRequest): CompiledQuery | null {
    const operationName = request.request.operationName ?? undefined;
    // Apollo hashes every query's text (SHA-256); the variables are the compiled query's arguments.
    const key = `${request.queryHash}\u0000${operationName ?? ""}`;
    let entry = entries.get(key);
    if (entry) entries.delete(key);
    else {
      entry = { runs: 0 };
      if (entries.size >= maxQueries) entries.delete(entries.keys().next().value!);
    }
    entries.set(key, entry);
    entry.runs++;
    if (entry.compiled === undefined && entry.runs >= compileOnRun) {
      const compiled = compileQuery(request.schema, request.document, operationName, {
        // Its errors are rebuilt below, with the stack of the error they stand for.
        disablingCapturingStackErrors: true,
      });
      entry.compiled = isCompiledQuery(compiled) ? compiled : null;
      if (!entry.compiled) logger.warn({ errors: (compiled as ExecutionResult).errors }, "query left to graphql-js");
    }
    return entry.compiled ?? null;
  }

  return async (request) => {
    if (request.operation?.operation !== "query") return runOnGraphqlJs(request);
    const compiled = compiledFor(request);
    if (!compiled) return runOnGraphqlJs(request);
    const result = await compiled.query(undefined, request.context, request.request.variables);
    // Variables that do not fit their types: no field ran; graphql-js words the refusal as Apollo and
    // errors.ts expect it (BAD_USER_INPUT, the place of the wrong value).
    if (!("data" in result)) return runOnGraphqlJs(request);
    if (!result.errors) return result;
    return { data: result.data, errors: asGraphqlJsErrors(request, result.errors) };
  };
}

/**
 * graphql-jit's errors have read-only messages and sometimes no extensions, where Apollo's and
 * graphql-armor's plugins write (the request id, the suggestions they hide): each becomes the error
 * graphql-js would have made, with the same message, locations, path, original error and extensions.
 * graphql-jit also reports every error of a non-null field, where graphql-js reports only the first
 * that nulls a given field or list item (the others are lost with it): only that one is kept.
 */
function asGraphqlJsErrors(request: ExecutionRequest, errors: readonly GraphQLError[]): GraphQLError[] {
  const nulled = new Set<string>();
  const kept: GraphQLError[] = [];
  for (const error of errors) {
    if (error.path && errors.length > 1) {
      const at = nullablePosition(request.schema, request.document, request.operation, error.path);
      if (at !== undefined && at < error.path.length - 1) {
        const key = JSON.stringify(error.path.slice(0, at + 1));
        if (nulled.has(key)) continue;
        nulled.add(key);
      }
    }
    const rebuilt = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions,
    });
    // Where graphql-js computes them from the field's nodes, graphql-jit computed them from the same ones.
    (rebuilt as { locations?: GraphQLError["locations"] }).locations = error.locations;
    kept.push(rebuilt);
  }
  return kept;
}

/**
 * The index in `path` of the nearest position at or above it that may be null: the one an error
 * there nulls (-1 for the whole data). Undefined when the path does not fit the operation.
 */
function nullablePosition(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  path: readonly (string | number)[],
): number | undefined {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  let type: GraphQLOutputType | undefined | null = schema.getRootType(operation.operation);
  let selectionSets: readonly SelectionSetNode[] = [operation.selectionSet];
  let nullable = -1;
  for (let i = 0; i < path.length; i++) {
    if (!type) return undefined;
    const step = path[i];
    const current: GraphQLOutputType = isNonNullType(type) ? type.ofType : type;
    if (typeof step === "number") {
      if (!isListType(current)) return undefined;
      type = current.ofType;
    } else {
      const field = fieldAt(schema, getNamedType(current), selectionSets, fragments, step);
      if (!field) return undefined;
      type = field.definition.type;
      selectionSets = field.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    }
    if (!isNonNullType(type)) nullable = i;
  }
  return nullable;
}

/** The field answered under `responseKey` in selection sets on `parent` (through fragments), and its nodes. */
function fieldAt(
  schema: GraphQLSchema,
  parent: GraphQLNamedType,
  selectionSets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  responseKey: string,
): { definition: GraphQLField<unknown, unknown>; nodes: FieldNode[] } | undefined {
  let definition: GraphQLField<unknown, unknown> | undefined;
  const nodes: FieldNode[] = [];
  const visit = (selectionSet: SelectionSetNode, owner: GraphQLNamedType | undefined) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if ((selection.alias ?? selection.name).value !== responseKey) continue;
        nodes.push(selection);
        if (!definition && owner && (isObjectType(owner) || isInterfaceType(owner))) {
          definition = owner.getFields()[selection.name.value];
        }
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : owner;
        visit(fragment.selectionSet, condition ?? undefined);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet, parent);
  return definition ? { definition, nodes } : undefined;
}
