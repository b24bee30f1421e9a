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

/**
 * A request's loaders (and a subscription event's), never shared. Each is built when first used: a
 * request uses one or two of them, and building all of them (with their closures and caches) on every
 * request showed in CPU profiles. Loaders of a module that come as a group are built together.
 */
export class Loaders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Person | null,
    private readonly deletionDelayDays: number,
  ) {}

  private get viewerId(): string | null {
    return this.viewer?.id ?? null;
  }

  #personById?: DataLoader<string, Person | null>;
  get personById(): DataLoader<string, Person | null> {
    return (this.#personById ??= peopleLoader(this.dataSource));
  }

  #personColumns?: Map<string, DataLoader<string, Person | null>>;
  /**
   * People by id with only these columns read, the others left undefined: for a selection of public
   * fields that need no more (profiles/person.columns.ts); any other reads the whole row (personById).
   */
  personWithColumns(columns: readonly string[]): DataLoader<string, Person | null> {
    const key = columns.join(",");
    this.#personColumns ??= new Map();
    let loader = this.#personColumns.get(key);
    if (!loader) this.#personColumns.set(key, (loader = peopleLoader(this.dataSource, columns)));
    return loader;
  }

  #mediaById?: DataLoader<string, Media | null>;
  get mediaById(): DataLoader<string, Media | null> {
    const dataSource = this.dataSource;
    return (this.#mediaById ??= new DataLoader<string, Media | null>(async (ids) => {
      const rows = await EntityRows.of(dataSource, Media).byIds(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }));
  }

  #relationTo?: DataLoader<string, Relation>;
  get relationTo(): DataLoader<string, Relation> {
    const { dataSource, viewer } = this;
    return (this.#relationTo ??= new DataLoader<string, Relation>((ids) => relationsTo(dataSource, viewer, ids)));
  }

  #standingIn?: DataLoader<string, Standing>;
  get standingIn(): DataLoader<string, Standing> {
    const { dataSource, viewerId } = this;
    return (this.#standingIn ??= new DataLoader<string, Standing>((ids) => loadStandings(dataSource, viewerId, ids)));
  }

  #visibleElement?: ReturnType<typeof visibleElementLoader>;
  /** Elements the viewer may see in full: the one loader of visible elements. */
  get visibleElement() {
    return (this.#visibleElement ??= visibleElementLoader(this.dataSource, this.viewerId, this.deletionDelayDays));
  }

  #invitingElement?: ReturnType<typeof visibleElementLoader>;
  /** Also elements whose invitation the viewer may answer: only for showing their public face. */
  get invitingElement() {
    return (this.#invitingElement ??= visibleElementLoader(
      this.dataSource,
      this.viewerId,
      this.deletionDelayDays,
      "invitation",
    ));
  }

  #projects?: ReturnType<typeof projectLoaders>;
  private get projects() {
    return (this.#projects ??= projectLoaders(this.dataSource, this.viewerId, this.deletionDelayDays));
  }
  get projectsCarriedBy() {
    return this.projects.projectsCarriedBy;
  }

  #events?: ReturnType<typeof eventLoaders>;
  private get events() {
    return (this.#events ??= eventLoaders(this.dataSource, this.viewerId, this.deletionDelayDays));
  }
  get eventsOrganizedBy() {
    return this.events.eventsOrganizedBy;
  }
  get subEventsOf() {
    return this.events.subEventsOf;
  }
  get organizersOf() {
    return this.events.organizersOf;
  }
  get changedOccurrencesOf() {
    return this.events.changedOccurrencesOf;
  }

  #links?: ReturnType<typeof createLinkLoaders>;
  get links() {
    return (this.#links ??= createLinkLoaders(this.dataSource, this.viewer, this.deletionDelayDays, this.personById));
  }

  #news?: ReturnType<typeof newsLoaders>;
  get news() {
    return (this.#news ??= newsLoaders(this.dataSource, this.viewer, this.deletionDelayDays));
  }
}

/** Verified people by id, whole rows or only `columns`. */
function peopleLoader(dataSource: DataSource, columns?: readonly string[]): DataLoader<string, Person | null> {
  return new DataLoader<string, Person | null>(async (ids) => {
    const rows = await EntityRows.of(dataSource, Person).byIds(ids, VERIFIED_SQL, columns);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Built afresh for every request (and every subscription event), never shared. */
export function createLoaders(dataSource: DataSource, viewer: Person | null, deletionDelayDays: number): Loaders {
  return new Loaders(dataSource, viewer, deletionDelayDays);
}
