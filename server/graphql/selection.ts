import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * The fields of a selection set, through fragments (named or inline, whatever their type
 * condition). Validation has refused fragment cycles before any resolver runs.
 */
export function* fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments): Generator<FieldNode> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === "Field") yield selection;
    else if (selection.kind === "InlineFragment") yield* fieldsOf(selection.selectionSet, fragments);
    else yield* fieldsOf(fragments[selection.name.value]?.selectionSet, fragments);
  }
}

/**
 * Whether the query asks for `field` directly on the value the current resolver returns
 * (through aliases and fragments alike), so that a resolver can leave out work nobody reads,
 * such as a list's total count.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => {
    for (const asked of fieldsOf(node.selectionSet, info.fragments)) if (asked.name.value === field) return true;
    return false;
  });
}
