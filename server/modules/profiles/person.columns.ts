import type { FieldNode, FragmentDefinitionNode } from "graphql";
import { fieldsOf } from "../../graphql/selection";

/**
 * The fields of a person that everyone may read and that read nothing but these columns of the
 * row (its id always comes). The private fields (e-mail, phone, birth date, locality) and every other
 * field (a field resolver of another module, the owner's settings) are left out on purpose: a query
 * that asks for one of them reads the whole row, and the private ones go through the visibility check.
 */
const PLAIN_FIELDS: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  kind: [],
  username: ["username"],
  slug: ["username"],
  displayName: ["display_name"],
  name: ["display_name"],
  shortDescription: ["short_description"],
  description: ["description"],
  descriptionHtml: ["description"],
  tags: ["tags"],
  website: ["website"],
  socialLinks: ["social_links"],
  language: ["language"],
  createdAt: ["created_at"],
  image: ["image_id"],
};

/** Verdicts per query field (the document is parsed once per query text, so its nodes are the same objects). */
const known = new WeakMap<FieldNode, readonly string[] | null>();

/**
 * The columns a person field (`person(id:)`: its nodes in the operation, several when merged) needs
 * when its selection asks only for PLAIN_FIELDS; otherwise undefined, for the whole row. A person
 * asked for by name and id then reads three columns instead of some twenty (settings, dates, private
 * fields), which PostgreSQL sends, pg parses and the server hydrates for nothing.
 */
export function personColumns(
  nodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): readonly string[] | undefined {
  let columns = known.get(nodes[0]);
  if (columns === undefined) known.set(nodes[0], (columns = plainColumns(nodes, fragments)));
  return columns ?? undefined;
}

function plainColumns(nodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): string[] | null {
  const columns = new Set<string>(["id"]);
  for (const node of nodes) {
    for (const asked of fieldsOf(node.selectionSet, fragments)) {
      if (!Object.hasOwn(PLAIN_FIELDS, asked.name.value)) return null;
      for (const column of PLAIN_FIELDS[asked.name.value]) columns.add(column);
    }
  }
  // In a fixed order: one statement text (prepared once) per set of columns.
  return [...columns].sort();
}
