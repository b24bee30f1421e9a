import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, isObjectType } from "graphql";
import { CONNECTION_FIELDS } from "../../client/src/connections";

/** Every field of the schema whose type is a connection, as "Type.field". */
function connectionFields(): string[] {
  const schema = buildSchema(readFileSync(path.join(__dirname, "../../schema.graphql"), "utf8"));
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith("__"))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name.endsWith("Connection"))
        .map((field) => `${type.name}.${field.name}`),
    )
    .sort();
}

describe("the web app's cache", () => {
  it("has a paging policy for every connection of the schema", () => {
    const covered = Object.entries(CONNECTION_FIELDS)
      .flatMap(([type, fields]) => fields.map((field) => `${type}.${field}`))
      .sort();
    expect(covered).toEqual(connectionFields());
  });
});
