import { readFileSync } from "node:fs";
import { printCurrentSchema, SCHEMA_FILE } from "../../server/emit-schema";

describe("schema.graphql", () => {
  it("is the schema the code emits (run `npm run schema` after changing the API)", async () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(await printCurrentSchema());
  });
});
