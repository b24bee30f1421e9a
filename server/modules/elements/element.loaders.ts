import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { Element } from "./element.entity";
import { whereVisible } from "./element.visibility";

/** Elements by id, as the viewer may see them: null for private, deleted or unknown ones. */
export function visibleElementLoader(dataSource: DataSource, viewerId: string | null, deletionDelayDays: number) {
  return new DataLoader<string, Element | null>(async (ids) => {
    const query = dataSource
      .getRepository(Element)
      .createQueryBuilder("element")
      .where("element.id IN (:...ids)", { ids: [...ids] });
    const rows = await whereVisible(query, "element", viewerId, deletionDelayDays).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
