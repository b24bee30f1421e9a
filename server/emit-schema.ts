import "reflect-metadata";
import { writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { createPubSub } from "@graphql-yoga/subscription";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { createSchema } from "./graphql/schema";
import { PROJECT_ROOT } from "./paths";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema.graphql");

/**
 * Sorted by name: the order type-graphql registers types in follows the order modules are
 * imported, which differs between this script and the server (and changes as code moves).
 */
export function printSorted(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function printCurrentSchema(): Promise<string> {
  const schema = await createSchema(createPubSub());
  return `# Emitted by \`npm run schema\` from the server code: do not edit by hand.\n\n${printSorted(schema)}`;
}

/** `npm run schema` writes schema.graphql; `--check` fails when the committed file is stale. */
if (require.main === module) {
  void printCurrentSchema().then((printed) => {
    if (process.argv.includes("--check")) {
      const committed = readFileSync(SCHEMA_FILE, "utf8");
      if (committed !== printed) {
        console.error("schema.graphql is stale: run `npm run schema` and commit the result.");
        process.exit(1);
      }
      console.log("schema.graphql is current.");
      return;
    }
    writeFileSync(SCHEMA_FILE, printed);
    console.log(`wrote ${SCHEMA_FILE}`);
  });
}
