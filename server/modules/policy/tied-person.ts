import type { Context } from "../../graphql/context";
import type { Person } from "../accounts/person.entity";
import { may } from "./policy";

/**
 * The person a field ties to an element (creator, revision author, organizer, carrier,
 * inviter), or null when their directory setting hides them from the viewer
 * ("person:show-tie"). Every such field goes through here; lists apply the same rule in
 * SQL (directoryShowsSql).
 */
export async function tiedPerson(ctx: Context, personId: string | null, elementId: string): Promise<Person | null> {
  if (!personId) return null;
  const [person, relation, standing] = await Promise.all([
    ctx.loaders.personById.load(personId),
    ctx.loaders.relationTo.load(personId),
    ctx.loaders.standingIn.load(elementId),
  ]);
  if (!person) return null;
  return may(ctx.viewer, "person:show-tie", { person, relation, standing }) ? person : null;
}
