import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { type Reach, whereVisible } from "../policy/visibility";
import { EntityRows } from "../../db/rows";
import { Element } from "./element.entity";

/**
 * A batch of elements by id, as the viewer may see them: null for private, deleted or
 * unknown ones. One statement whatever the batch (feeds, search and exports reuse it).
 */
export async function loadVisibleElements(
  dataSource: DataSource,
  viewerId: string | null,
  deletionDelayDays: number,
  ids: readonly string[],
  reach: Reach = "community",
): Promise<(Element | null)[]> {
  if (ids.length === 0) return [];
  const query = dataSource
    .getRepository(Element)
    .createQueryBuilder("element")
    .where("element.id IN (:...ids)", { ids: [...ids] });
  const rows = await EntityRows.getMany(whereVisible(query, "element", viewerId, deletionDelayDays, reach));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The per-request loader of visible elements (see loadVisibleElements). */
export function visibleElementLoader(
  dataSource: DataSource,
  viewerId: string | null,
  deletionDelayDays: number,
  reach: Reach = "community",
) {
  return new DataLoader<string, Element | null>((ids) =>
    loadVisibleElements(dataSource, viewerId, deletionDelayDays, ids, reach),
  );
}
