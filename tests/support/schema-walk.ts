import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  GraphQLObjectType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLSchema,
} from "graphql";
import type { Agent, GraphQLErrorShape } from "./client";

/**
 * What an outside prober does: walk the schema from Query as one caller (anonymous, or signed in),
 * level by level, asking every field it can (lists with first: 5), to depth 5, and keep every answer.
 */
const MAX_DEPTH = 5;
const TRIES_PER_FIELD = 3;

/** A root field to start from, with the public slugs and ids the prober read on public pages. */
export interface Root {
  field: string;
  args: string;
}

interface Segment {
  field: string;
  args: string;
  on?: string;
  /** Fields of different types may share a name with different types: each is asked under its own alias. */
  alias: string;
}

interface Probe {
  path: Segment[];
  type: GraphQLNamedType;
  depth: number;
}

export interface Walk {
  schema: GraphQLSchema;
  /** Every answer, as JSON text. */
  answers: string[];
  /** Errors other than UNAUTHENTICATED (what an anonymous caller gets for what is not theirs to ask). */
  errors: GraphQLErrorShape[];
  /** `Type.field` that showed a value at least once. */
  readable: Set<string>;
  /** `Type.field` of every type reachable from Query. */
  reachable: Set<string>;
}

const possibleTypes = (schema: GraphQLSchema, type: GraphQLNamedType): GraphQLObjectType[] =>
  isAbstractType(type) ? [...schema.getPossibleTypes(type)] : isObjectType(type) ? [type] : [];

/**
 * The response key of a field in the selection of `parent`: its name, or an alias when another
 * possible type of `parent` has a field of that name with another type (they would conflict).
 */
function keyOf(schema: GraphQLSchema, parent: GraphQLNamedType, typeName: string, field: string): string {
  const types = new Set(
    possibleTypes(schema, parent).flatMap((object) => {
      const other = object.getFields()[field];
      return other ? [String(other.type)] : [];
    }),
  );
  return types.size > 1 ? `${typeName}__${field}` : field;
}

const asked = (key: string, field: string) => (key === field ? field : `${key}: ${field}`);

/** Arguments for a nested field: first: 5 for lists, nothing else (a field whose other arguments are required is left out). */
function argsFor(field: GraphQLField<unknown, unknown>): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (arg.name === "first") parts.push("first: 5");
    else if (arg.name === "from") parts.push(`from: "${new Date().toISOString()}"`);
    else if (arg.name === "to") parts.push(`to: "${new Date(Date.now() + 300 * 86400_000).toISOString()}"`);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
  }
  return parts.length ? `(${parts.join(", ")})` : "";
}

/** One level: every field of each possible type, objects only as `{ __typename }` (their turn comes next). */
function selection(schema: GraphQLSchema, type: GraphQLNamedType): string {
  return possibleTypes(schema, type)
    .map((object) => {
      const fields = Object.values(object.getFields()).flatMap((field) => {
        const args = argsFor(field);
        if (args === null) return [];
        const alias = `${asked(keyOf(schema, type, object.name, field.name), field.name)}${args}`;
        return [isLeafType(getNamedType(field.type)) ? alias : `${alias} { __typename }`];
      });
      return `... on ${object.name} { __typename ${fields.join(" ")} }`;
    })
    .join(" ");
}

function documentFor(path: Segment[], inner: string): string {
  let text = inner;
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    text = `${asked(segment.alias, segment.field)}${segment.args} { ${text} }`;
    if (segment.on) text = `... on ${segment.on} { ${text} }`;
  }
  return `{ ${text} }`;
}

/** The objects found at the path in an answer, lists flattened. */
function objectsAt(data: unknown, path: Segment[]): Record<string, unknown>[] {
  let current: unknown[] = [data];
  for (const segment of path) {
    current = current
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .map((value) => (value as Record<string, unknown> | null)?.[segment.alias]);
  }
  const flat = (values: unknown[]): unknown[] => values.flatMap((v) => (Array.isArray(v) ? flat(v) : [v]));
  return flat(current).filter((v): v is Record<string, unknown> => v !== null && typeof v === "object");
}

const hasValue = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && !value.length);

/** Walks the schema as `agent` from `roots`, breadth first. */
export async function walkSchema(agent: Agent, roots: Root[]): Promise<Walk> {
  const schema = buildClientSchema((await agent.ok(getIntrospectionQuery())) as never);
  const walk: Walk = { schema, answers: [], errors: [], readable: new Set(), reachable: new Set() };
  const query = schema.getQueryType()!;
  const tries = new Map<string, number>();
  const queue: Probe[] = roots.map(({ field, args }) => ({
    path: [{ field, args, alias: "root" }],
    type: getNamedType(query.getFields()[field].type),
    depth: 1,
  }));
  for (const field of Object.keys(query.getFields())) walk.reachable.add(`Query.${field}`);

  while (queue.length) {
    const probe = queue.shift()!;
    const inner = isLeafType(probe.type) ? "" : selection(schema, probe.type);
    const leafPath = isLeafType(probe.type);
    const document = leafPath
      ? documentFor(probe.path.slice(0, -1), `${probe.path.at(-1)!.field}${probe.path.at(-1)!.args}`)
      : documentFor(probe.path, inner);
    const result = await agent.gql(document.replace(/^\{ \{ /, "{ "));
    walk.answers.push(JSON.stringify(result));
    walk.errors.push(...(result.errors?.filter((e) => e.extensions?.code !== "UNAUTHENTICATED") ?? []));
    const rootName = probe.path[0].field;
    if (hasValue((result.data as Record<string, unknown> | null)?.root) && probe.depth === 1) {
      walk.readable.add(`Query.${rootName}`);
    }
    if (leafPath) continue;
    for (const object of objectsAt(result.data, probe.path)) {
      const typeName = object.__typename as string;
      const type = schema.getType(typeName) as GraphQLObjectType;
      for (const [name, field] of Object.entries(type.getFields())) {
        const key = `${typeName}.${name}`;
        walk.reachable.add(key);
        const alias = keyOf(schema, probe.type, typeName, name);
        const value = object[alias];
        if (hasValue(value)) walk.readable.add(key);
        const named = getNamedType(field.type);
        if (isLeafType(named) || !hasValue(value) || probe.depth >= MAX_DEPTH) continue;
        if ((tries.get(key) ?? 0) >= TRIES_PER_FIELD) continue;
        tries.set(key, (tries.get(key) ?? 0) + 1);
        const args = argsFor(field);
        if (args === null) continue;
        const segment = { field: name, args, on: typeName, alias };
        queue.push({ path: [...probe.path, segment], type: named, depth: probe.depth + 1 });
      }
    }
  }
  // Every type reachable from Query counts, even where the walk found no instance of it.
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || type.name.startsWith("__")) return;
    seen.add(type.name);
    for (const object of possibleTypes(schema, type)) {
      visit(object);
      for (const [name, field] of Object.entries(object.getFields())) {
        walk.reachable.add(`${object.name}.${name}`);
        visit(getNamedType(getNullableType(field.type)));
      }
    }
  };
  visit(query);
  return walk;
}
