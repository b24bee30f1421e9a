import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { Person } from "../modules/accounts/person.entity";
import { Media } from "../modules/media/media.entity";
import type { Relation } from "../modules/profiles/privacy";
import { relationsTo } from "../modules/profiles/relations";
import type { Standing } from "../modules/elements/element.policy";
import { loadStandings } from "../modules/elements/standing";
import { visibleElementLoader } from "../modules/elements/element.loaders";
import { projectLoaders } from "../modules/projects/project.loaders";
import { eventLoaders } from "../modules/events/event.lists";
import { createLinkLoaders } from "../modules/links/link.loaders";

/** Built afresh for every request (and every subscription event), never shared. */
export function createLoaders(dataSource: DataSource, viewer: Person | null, deletionDelayDays: number) {
  return {
    personById: new DataLoader<string, Person | null>(async (ids) => {
      const rows = await dataSource.getRepository(Person).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    mediaById: new DataLoader<string, Media | null>(async (ids) => {
      const rows = await dataSource.getRepository(Media).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    relationTo: new DataLoader<string, Relation>((ids) => relationsTo(dataSource, viewer, ids)),
    standingIn: new DataLoader<string, Standing>((ids) => loadStandings(dataSource, viewer?.id ?? null, ids)),
    visibleElement: visibleElementLoader(dataSource, viewer?.id ?? null, deletionDelayDays),
    ...projectLoaders(dataSource, viewer?.id ?? null, deletionDelayDays),
    ...eventLoaders(dataSource, viewer?.id ?? null, deletionDelayDays),
    links: createLinkLoaders(dataSource, viewer, deletionDelayDays),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
