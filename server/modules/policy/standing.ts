import { type DataSource, In } from "typeorm";
import { COMMUNITY_TYPES, Link, LinkState } from "../links/link.entity";
import { OUTSIDER, type Standing } from "./policy";

/** The viewer's standing in each of a batch of elements, in one query. */
export async function loadStandings(
  dataSource: DataSource,
  viewerId: string | null,
  elementIds: readonly string[],
): Promise<Standing[]> {
  if (!viewerId) return elementIds.map(() => OUTSIDER);
  const links = await dataSource.getRepository(Link).findBy({
    personId: viewerId,
    elementId: In([...elementIds]),
    type: In(COMMUNITY_TYPES),
  });
  const byElement = new Map(links.map((link) => [link.elementId, link]));
  return elementIds.map((id) => {
    const link = byElement.get(id);
    return link ? standingOf(link) : OUTSIDER;
  });
}

/** The standing a community link gives (none when absent). */
export function standingOf(link: Pick<Link, "state" | "isAdmin"> | null): Standing {
  if (!link) return OUTSIDER;
  return { state: link.state, isAdmin: link.state === LinkState.ACTIVE && link.isAdmin };
}
