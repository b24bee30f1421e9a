import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { EntityRows } from "../db/rows";
import { Person, VERIFIED_SQL } from "../modules/accounts/person.entity";
import { Media } from "../modules/media/media.entity";
import type { Relation } from "../modules/profiles/privacy";
import { relationsTo } from "../modules/profiles/relations";
import type { Standing } from "../modules/policy/policy";
import { loadStandings } from "../modules/policy/standing";
import { visibleElementLoader } from "../modules/elements/element.loaders";
import { projectLoaders } from "../modules/projects/project.loaders";
import { eventLoaders } from "../modules/events/event.lists";
import { createLinkLoaders } from "../modules/links/link.loaders";
import { newsLoaders } from "../modules/news/news.loaders";

/** Built afresh for every request (and every subscription event), never shared. */
export function createLoaders(dataSource: DataSource, viewer: Person | null, deletionDelayDays: number) {
  const personById = new DataLoader<string, Person | null>(async (ids) => {
    const rows = await EntityRows.of(dataSource, Person).byIds(ids, VERIFIED_SQL);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    personById,
    mediaById: new DataLoader<string, Media | null>(async (ids) => {
      const rows = await EntityRows.of(dataSource, Media).byIds(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    relationTo: new DataLoader<string, Relation>((ids) => relationsTo(dataSource, viewer, ids)),
    standingIn: new DataLoader<string, Standing>((ids) => loadStandings(dataSource, viewer?.id ?? null, ids)),
    /** Elements the viewer may see in full: the one loader of visible elements. */
    visibleElement: visibleElementLoader(dataSource, viewer?.id ?? null, deletionDelayDays),
    /** Also elements whose invitation the viewer may answer: only for showing their public face. */
    invitingElement: visibleElementLoader(dataSource, viewer?.id ?? null, deletionDelayDays, "invitation"),
    ...projectLoaders(dataSource, viewer?.id ?? null, deletionDelayDays),
    ...eventLoaders(dataSource, viewer?.id ?? null, deletionDelayDays),
    links: createLinkLoaders(dataSource, viewer, deletionDelayDays, personById),
    news: newsLoaders(dataSource, viewer, deletionDelayDays),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
