import type { DataSource, EntityManager } from "typeorm";
import { Forbidden, InvalidInput } from "../../graphql/errors";
import { Person, VERIFIED_SQL } from "../accounts/person.entity";
import type { PlaceService } from "../geography/place.service";
import type { Place } from "../geography/place";
import { ElementKind } from "../elements/element.entity.kind";
import { Element } from "../elements/element.entity";
import { News } from "../news/news.entity";
import { may, type OnInstance } from "../policy/policy";
import { directoryShowsSql, whereNewsVisible, whereVisible } from "../policy/visibility";
import { InstanceSettings } from "./instance-settings.entity";
import type { UpdateInstanceInput } from "./instance.inputs";
import { DataLicenceId } from "./licences";

/** The settings as the API gives them: the stored row, or the configured defaults before any change. */
export interface InstanceView {
  name: string;
  description: string | null;
  area: { place: Place; radiusKm: number } | null;
  licence: DataLicenceId;
  contactEmail: string | null;
  contactUrl: string | null;
}

export interface InstanceCounts {
  people: number;
  organizations: number;
  projects: number;
  events: number;
  publicPosts: number;
}

export interface InstanceServiceOptions {
  dataSource: DataSource;
  places: PlaceService;
  deletionDelayDays: number;
  /** INSTANCE_ADMINS, lower case. */
  namedAdmins: readonly string[];
  defaults: { name: string; licence: DataLicenceId };
}

const SETTINGS_ID = 1;

/** The instance's own settings, who administers it, and what it holds. */
export class InstanceService {
  constructor(private readonly options: InstanceServiceOptions) {}

  private get db() {
    return this.options.dataSource;
  }

  async settings(): Promise<InstanceView> {
    const row = await this.db.getRepository(InstanceSettings).findOneBy({ id: SETTINGS_ID });
    if (!row) {
      const { name, licence } = this.options.defaults;
      return { name, description: null, area: null, licence, contactEmail: null, contactUrl: null };
    }
    const place = row.areaPlaceId ? await this.options.places.byId(row.areaPlaceId) : null;
    return {
      name: row.name,
      description: row.description,
      area: place && row.areaRadiusKm ? { place, radiusKm: row.areaRadiusKm } : null,
      licence: row.licence,
      contactEmail: row.contactEmail,
      contactUrl: row.contactUrl,
    };
  }

  /** The first verified account: it administers the instance, with those INSTANCE_ADMINS names. */
  private async firstAccountId(manager: EntityManager = this.db.manager): Promise<string | null> {
    const first = await manager
      .getRepository(Person)
      .createQueryBuilder("person")
      .select("person.id", "id")
      .where(VERIFIED_SQL)
      .orderBy("person.created_at")
      .addOrderBy("person.id")
      .limit(1)
      .getRawOne<{ id: string }>();
    return first?.id ?? null;
  }

  /** Whether the viewer administers the instance (the "instance:administer" rule). */
  /** `manager`: a transaction's, to decide inside it (the person verified by it counts). */
  async isAdmin(viewer: Person | null, manager?: EntityManager): Promise<boolean> {
    if (!viewer) return false;
    return may(viewer, "instance:administer", await this.administration(manager));
  }

  /** Who administers the instance, as the "instance:administer" rule reads it. */
  async administration(manager?: EntityManager): Promise<OnInstance> {
    return { firstAccountId: await this.firstAccountId(manager), namedAdmins: this.options.namedAdmins };
  }

  /** Everyone who administers the instance now: the first verified account and the verified named ones. */
  async administratorIds(manager: EntityManager = this.db.manager): Promise<string[]> {
    const [firstAccountId, named] = await Promise.all([
      this.firstAccountId(manager),
      this.options.namedAdmins.length === 0
        ? []
        : manager
            .getRepository(Person)
            .createQueryBuilder("person")
            .select("person.id", "id")
            .where(VERIFIED_SQL)
            .andWhere("person.username IN (:...names)", { names: this.options.namedAdmins })
            .getRawMany<{ id: string }>(),
    ]);
    const ids = named.map((row) => row.id);
    return firstAccountId && !ids.includes(firstAccountId) ? [firstAccountId, ...ids] : ids;
  }

  /** Refuses anyone who does not administer the instance. */
  async requireAdmin(viewer: Person): Promise<void> {
    if (!(await this.isAdmin(viewer))) throw new Forbidden("forbidden.instanceAdministrators");
  }

  async update(viewer: Person, input: UpdateInstanceInput): Promise<InstanceView> {
    await this.requireAdmin(viewer);
    if (input.area && !(await this.options.places.byId(input.area.placeId))) {
      throw new InvalidInput([{ field: "area.placeId", key: "notFound.place" }]);
    }
    await this.db.transaction(async (tx) => {
      const repository = tx.getRepository(InstanceSettings);
      // One settings row: lock it (or create it from the defaults) before changing it.
      const current =
        (await repository.findOne({ where: { id: SETTINGS_ID }, lock: { mode: "pessimistic_write" } })) ??
        repository.create({
          id: SETTINGS_ID,
          name: this.options.defaults.name,
          description: null,
          areaPlaceId: null,
          areaRadiusKm: null,
          licence: this.options.defaults.licence,
          contactEmail: null,
          contactUrl: null,
        });
      if (input.name !== undefined) current.name = input.name.trim();
      if (input.description !== undefined) current.description = input.description?.trim() || null;
      if (input.area !== undefined) {
        current.areaPlaceId = input.area?.placeId ?? null;
        current.areaRadiusKm = input.area?.radiusKm ?? null;
      }
      if (input.licence !== undefined && input.licence !== null) current.licence = input.licence;
      if (input.contactEmail !== undefined) current.contactEmail = input.contactEmail?.trim() || null;
      if (input.contactUrl !== undefined) current.contactUrl = input.contactUrl?.trim() || null;
      current.updatedBy = viewer.id;
      await repository.save(current);
    });
    return this.settings();
  }

  /** What anyone can see: listed people, public elements and public posts (the anonymous rules). */
  async counts(): Promise<InstanceCounts> {
    const { deletionDelayDays } = this.options;
    const [listed, listedParameters] = directoryShowsSql("person.id", null);
    const people = this.db
      .getRepository(Person)
      .createQueryBuilder("person")
      .where(VERIFIED_SQL)
      .andWhere(listed, listedParameters)
      .getCount();
    const elements = whereVisible(
      this.db
        .getRepository(Element)
        .createQueryBuilder("element")
        .select("element.kind", "kind")
        .addSelect("count(*)", "count"),
      "element",
      null,
      deletionDelayDays,
    )
      .groupBy("element.kind")
      .getRawMany<{ kind: ElementKind; count: string }>();
    const posts = whereNewsVisible(
      this.db.getRepository(News).createQueryBuilder("news"),
      "news",
      null,
      deletionDelayDays,
    ).getCount();
    const [peopleCount, byKind, publicPosts] = await Promise.all([people, elements, posts]);
    const count = (kind: ElementKind) => Number(byKind.find((row) => row.kind === kind)?.count ?? 0);
    return {
      people: peopleCount,
      organizations: count(ElementKind.ORGANIZATION),
      projects: count(ElementKind.PROJECT),
      events: count(ElementKind.EVENT),
      publicPosts,
    };
  }
}
