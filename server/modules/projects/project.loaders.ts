import type { DataSource } from "typeorm";
import { ElementKind } from "../elements/element.entity";
import { newestFirst } from "../../graphql/connection";
import { elementPageLoader } from "../elements/element.pages";
import type { Project } from "./project.entity";

/** Per-request loaders of the projects module (see graphql/loaders.ts). */
export function projectLoaders(dataSource: DataSource, viewerId: string | null, deletionDelayDays: number) {
  return {
    /** Pages of the projects each organization carries, newest first. */
    projectsCarriedBy: elementPageLoader<Project>(dataSource, viewerId, deletionDelayDays, {
      parent: "element.carrier_element_id",
      scope: (query, organizationIds) =>
        query
          .andWhere("element.kind = :projectKind", { projectKind: ElementKind.PROJECT })
          .andWhere("element.carrier_element_id IN (:...organizationIds)", { organizationIds }),
      order: newestFirst<Project>("organization-projects", "element"),
    }),
  };
}
