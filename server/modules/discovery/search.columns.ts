import type { FieldNode, FragmentDefinitionNode } from "graphql";
import { fieldsOf } from "../../graphql/selection";

/**
 * The fields of an element that read nothing but these columns of its row (id and kind, its
 * discriminator, always come). Any other field (a field resolver, a privacy rule) may read any
 * column, so a page that asks for one reads them all.
 */
const PLAIN_FIELDS: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  kind: [],
  slug: ["slug"],
  name: ["name"],
  shortDescription: ["short_description"],
  tags: ["tags"],
  location: ["latitude", "longitude"],
};

/**
 * The columns the nodes of a search's connection need (`search`: its field nodes in the operation, several when merged),
 * when they ask only for PLAIN_FIELDS; otherwise undefined, for every column. A page of cards
 * then reads a few columns of its rows instead of some fifty (descriptions, settings…), which
 * PostgreSQL sends, pg parses and the server hydrates for nothing.
 */
export function nodeColumns(
  search: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): string[] | undefined {
  const columns = new Set<string>(["id", "kind"]);
  const fields = search.flatMap((one) => [...fieldsOf(one.selectionSet, fragments)]);
  for (const field of fields) {
    const nodes =
      field.name.value === "nodes"
        ? [field]
        : field.name.value === "edges"
          ? [...fieldsOf(field.selectionSet, fragments)].filter((edge) => edge.name.value === "node")
          : [];
    for (const node of nodes) {
      for (const asked of fieldsOf(node.selectionSet, fragments)) {
        if (!Object.hasOwn(PLAIN_FIELDS, asked.name.value)) return undefined;
        const needs = PLAIN_FIELDS[asked.name.value];
        for (const column of needs) columns.add(column);
      }
    }
  }
  return [...columns];
}
