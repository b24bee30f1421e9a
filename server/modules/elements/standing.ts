import { type DataSource, In } from "typeorm";
import { Link, LinkState } from "../links/link.entity";
import { OUTSIDER, type Standing } from "./element.policy";
import { COMMUNITY_TYPES } from "./element.visibility";

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
    state: LinkState.ACTIVE,
    type: In(COMMUNITY_TYPES),
  });
  const byElement = new Map(links.map((link) => [link.elementId, link]));
  return elementIds.map((id) => {
    const link = byElement.get(id);
    return link ? { inCommunity: true, isAdmin: link.isAdmin } : OUTSIDER;
  });
}
