import { type FieldNode, type FragmentDefinitionNode, Kind, parse } from "graphql";
import { nodeColumns } from "../../server/modules/discovery/search.columns";

/** nodeColumns for the `search` fields of a document, as the resolver gets them. */
function columnsOf(document: string) {
  const definitions = parse(document).definitions;
  const fragments = Object.fromEntries(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const operation = definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)!;
  const search = operation.selectionSet.selections.filter(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === "search",
  );
  return nodeColumns(search, fragments);
}

describe("the columns a search page reads", () => {
  it("are those of plain fields, through nodes, edges and fragments, merged over repeated fields", () => {
    expect(columnsOf(`{ search { totalCount nodes { id name location { latitude } } } }`)).toEqual([
      "id",
      "kind",
      "name",
      "latitude",
      "longitude",
    ]);
    expect(
      columnsOf(`{ search { edges { cursor node { ...card } } } search { nodes { ... on Event { tags } } } }
        fragment card on CommunityElement { __typename slug shortDescription }`),
    ).toEqual(["id", "kind", "slug", "short_description", "tags"]);
  });

  it("are all of them as soon as a node asks for any other field", () => {
    expect(columnsOf(`{ search { nodes { id description } } }`)).toBeUndefined();
    expect(
      columnsOf(`{ search { nodes { id } } search { edges { node { ... on Event { startsAt } } } } }`),
    ).toBeUndefined();
    expect(
      columnsOf(`{ search { nodes { id ...more } } } fragment more on CommunityElement { address { city } }`),
    ).toBeUndefined();
    expect(columnsOf(`{ search { nodes { constructor: id toString } } }`)).toBeUndefined();
  });
});
