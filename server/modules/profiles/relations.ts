import type { Person } from "../accounts/person.entity";
import type { Relation } from "./privacy";

/**
 * How the viewer relates to each person, for a batch of people. People become
 * contacts through follows and memberships, which arrive with the actor graph
 * (issue 4); until then anyone else is a stranger.
 */
export async function relationsTo(viewer: Person | null, personIds: readonly string[]): Promise<Relation[]> {
  return personIds.map((id) => {
    if (!viewer) return "anonymous";
    return id === viewer.id ? "self" : "stranger";
  });
}
