import { readFileSync } from "node:fs";
import path from "node:path";
import { getMetadataStorage } from "type-graphql";
import { resolvers } from "../../server/graphql/schema";
import { Agent, codeOf, type GraphQLResponse } from "./client";
import { createPerson, type PersonFixture } from "./factories";
import type { TestServer } from "./server";

/**
 * The README's authorization matrices: one row per mutation (and situation), one column per
 * caller's standing in the element the mutation acts on.
 */
export const COLUMNS = [
  "anonymous",
  "logged-in stranger",
  "follower",
  "requested member",
  "member",
  "administrator",
] as const;
export type Column = (typeof COLUMNS)[number];

export interface MatrixRow {
  row: string;
  cells: Record<Column, string>;
}

/** The table under a README heading (the line itself, such as "## Authorization matrix…"), up to the next heading. */
export function readMatrix(heading: string): MatrixRow[] {
  const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8").split("\n");
  const start = readme.indexOf(heading);
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`);
  const end = readme.findIndex((line, i) => i > start && line.startsWith("#"));
  const lines = readme.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.startsWith("|"));
  const header = lines[0]
    .split("|")
    .slice(2, -1)
    .map((cell) => cell.trim());
  expect(header).toEqual([...COLUMNS]);
  return lines.slice(2).map((line) => {
    const [row, ...cells] = line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim().replaceAll("`", ""));
    return { row, cells: Object.fromEntries(COLUMNS.map((column, i) => [column, cells[i]])) as Record<Column, string> };
  });
}

/** Every cell that applies (not "—"), as [row, column, expected] for `it.each`. */
export function cellsOf(matrix: MatrixRow[]) {
  return matrix.flatMap(({ row, cells }) =>
    COLUMNS.filter((column) => cells[column] !== "—").map((column) => [row, column, cells[column]] as const),
  );
}

/** The mutations the given resolvers declare, by schema name. */
export function mutationsOf(targets: unknown[]): string[] {
  void resolvers; // importing the schema's resolvers fills type-graphql's metadata
  return getMetadataStorage()
    .mutations.filter((mutation) => targets.includes(mutation.target))
    .map((mutation) => mutation.schemaName);
}

/** Registers people by name, five at a time (each registration goes through the mailbox). */
export async function createCast<Name extends string>(
  server: TestServer,
  names: readonly Name[],
): Promise<Record<Name, PersonFixture>> {
  const people: PersonFixture[] = [];
  for (let i = 0; i < names.length; i += 5) {
    people.push(...(await Promise.all(names.slice(i, i + 5).map(() => createPerson(server)))));
  }
  return Object.fromEntries(names.map((name, i) => [name, people[i]])) as Record<Name, PersonFixture>;
}

/** The people who call the mutations, one per column but the anonymous one. */
export interface Callers {
  stranger: PersonFixture;
  follower: PersonFixture;
  requested: PersonFixture;
  member: PersonFixture;
  admin: PersonFixture;
}

export function agentOf(server: TestServer, callers: Callers, column: Column): Agent {
  const people: Record<Exclude<Column, "anonymous">, PersonFixture> = {
    "logged-in stranger": callers.stranger,
    follower: callers.follower,
    "requested member": callers.requested,
    member: callers.member,
    administrator: callers.admin,
  };
  return column === "anonymous" ? new Agent(server.url) : people[column].agent;
}

/**
 * Checks a cell: "✓" (optionally with the link state the mutation returns, and an annotation in
 * parentheses such as "(asked)") or an error code. Returns the annotation of a ✓ cell, which the
 * caller must check against the data (what a Boolean answer cannot show).
 */
export function expectOutcome(result: GraphQLResponse, expected: string): string | undefined {
  const [, outcome, detail, annotation] = /^(\S+)(?: ([A-Z_]+))?(?: \((.+)\))?$/.exec(expected) ?? [];
  if (!outcome) throw new Error(`unreadable matrix cell "${expected}"`);
  if (outcome !== "✓") {
    expect(codeOf(result)).toBe(outcome);
    return undefined;
  }
  expect(result.errors).toBeUndefined();
  if (detail) {
    const [value] = Object.values(result.data!) as { state: string }[];
    expect(value.state).toBe(detail);
  }
  return annotation;
}
