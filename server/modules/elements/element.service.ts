import slugify from "slugify";
import type { DataSource, EntityManager } from "typeorm";
import { Forbidden, InvalidInput, NotFound, Unauthenticated } from "../../graphql/errors";
import { decodeCursor, DEFAULT_PAGE_SIZE, type Page, toPage } from "../../graphql/connection";
import type { Person } from "../accounts/person.entity";
import { Activity, ActivityVerb } from "../activity/activity.entity";
import { assertOwnImage } from "../media/media.service";
import { COMMUNITY_LINK, Link, LinkState } from "../links/link.entity";
import { loadStandings } from "./standing";
import { DEFAULT_SETTINGS, Element, type ElementKind, type ElementSettings } from "./element.entity";
import { can, type ElementVerb, type Standing } from "./element.policy";
import { whereVisible } from "./element.visibility";
import { ElementRevision, type FieldChange } from "./revision.entity";

export interface ElementServiceOptions {
  dataSource: DataSource;
  /** Days other administrators have to refuse a deletion. */
  deletionDelayDays: number;
}

const SLUG_MAX = 60;
/** Words the web app uses as paths next to slugs (`/organizations/new`). */
const RESERVED_SLUGS = new Set(["new", "edit", "settings", "history", "members", "events", "projects", "about"]);

/**
 * Rules shared by organizations, projects and events: creation (the creator becomes the
 * first administrator), open edition with history, settings, two-step deletion.
 */
export class ElementService {
  constructor(private readonly options: ElementServiceOptions) {}

  private get db() {
    return this.options.dataSource;
  }

  get deletionDelayDays() {
    return this.options.deletionDelayDays;
  }

  /**
   * Saves a new element built by a kind's service and makes the creator its administrator;
   * `alongside` writes the kind's own rows (an event's organizers) in the same transaction.
   */
  async create<T extends Element>(
    viewer: Person | null,
    element: T,
    alongside?: (tx: EntityManager, saved: T) => Promise<void>,
  ): Promise<T> {
    if (!viewer) throw new Unauthenticated();
    await assertOwnImage(this.db, viewer.id, element.imageId);
    return this.db.transaction(async (tx) => {
      element.slug = await this.freeSlug(tx, element.name);
      element.creatorId = viewer.id;
      element.settings = { ...DEFAULT_SETTINGS };
      const saved = await tx.save(element);
      await tx.insert(Link, {
        type: COMMUNITY_LINK[saved.kind],
        state: LinkState.ACTIVE,
        personId: viewer.id,
        elementId: saved.id,
        isAdmin: true,
      });
      await tx.insert(Activity, { verb: ActivityVerb.CREATED, actorId: viewer.id, elementId: saved.id });
      await alongside?.(tx, saved);
      return saved;
    });
  }

  /** The element if the viewer may see it, else null (private and deleted ones look absent). */
  async findVisible(viewer: Person | null, where: { id?: string; slug?: string }, kind?: ElementKind) {
    const query = this.db.getRepository(Element).createQueryBuilder("element");
    if (where.id) query.andWhere("element.id = :id", { id: where.id });
    if (where.slug) query.andWhere("element.slug = :slug", { slug: where.slug.toLowerCase() });
    if (kind) query.andWhere("element.kind = :kind", { kind });
    return whereVisible(query, "element", viewer?.id ?? null, this.deletionDelayDays).getOne();
  }

  /** A page of visible elements of a kind, newest first. */
  async list(
    viewer: Person | null,
    kind: ElementKind,
    first = DEFAULT_PAGE_SIZE,
    after?: string,
  ): Promise<Page<Element>> {
    const cursor = decodeCursor(after);
    const base = () =>
      whereVisible(
        this.db.getRepository(Element).createQueryBuilder("element").where("element.kind = :kind", { kind }),
        "element",
        viewer?.id ?? null,
        this.deletionDelayDays,
      );
    const page = base()
      .orderBy("element.created_at", "DESC")
      .addOrderBy("element.id", "DESC")
      .take(first + 1);
    if (cursor) {
      page.andWhere("(element.created_at, element.id) < (:createdAt, :cursorId)", {
        createdAt: cursor.createdAt,
        cursorId: cursor.id,
      });
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), base().getCount()]);
    return toPage(rows, first, totalCount);
  }

  async standing(viewer: Person | null, elementId: string): Promise<Standing> {
    return (await loadStandings(this.db, viewer?.id ?? null, [elementId]))[0];
  }

  /**
   * Applies descriptive changes if the viewer may edit (open edition: anyone logged in;
   * otherwise members), and records who changed which field from what to what.
   */
  async update<T extends Element>(
    viewer: Person | null,
    id: string,
    kind: ElementKind,
    changes: Partial<T>,
  ): Promise<T> {
    const { element } = await this.authorize(viewer, id, "element:edit", kind);
    await assertOwnImage(this.db, viewer!.id, changes.imageId, element.imageId);
    const recorded: FieldChange[] = [];
    for (const [field, after] of Object.entries(changes)) {
      if (after === undefined) continue;
      const before = (element as unknown as Record<string, unknown>)[field] ?? null;
      if (JSON.stringify(normalise(before)) !== JSON.stringify(normalise(after))) {
        recorded.push({ field, before: normalise(before), after: normalise(after) });
      }
    }
    if (recorded.length === 0) return element as T;
    return this.applyChanges(viewer!, element as T, recorded);
  }

  /** Puts back the values a revision replaced (administrators only), as a new revision. */
  async revert(viewer: Person | null, revisionId: string): Promise<Element> {
    const revision = await this.db.getRepository(ElementRevision).findOneBy({ id: revisionId });
    if (!revision) throw new NotFound("This revision");
    const { element } = await this.authorize(viewer, revision.elementId, "element:administer");
    const undo = revision.changes.map(({ field, before, after }) => ({ field, before: after, after: before }));
    return this.applyChanges(viewer!, element, undo, revision.id);
  }

  /** The element's revisions; contact values are blanked for those who may not see contacts. */
  async history(viewer: Person | null, elementId: string, first = DEFAULT_PAGE_SIZE, after?: string) {
    const { element, standing } = await this.authorize(viewer, elementId, "element:view");
    const seesContacts = can(viewer, "element:see-contacts", element, standing);
    const cursor = decodeCursor(after);
    const query = this.db
      .getRepository(ElementRevision)
      .createQueryBuilder("revision")
      .where("revision.element_id = :elementId", { elementId });
    const page = query
      .clone()
      .orderBy("revision.created_at", "DESC")
      .addOrderBy("revision.id", "DESC")
      .take(first + 1);
    if (cursor) {
      page.andWhere("(revision.created_at, revision.id) < (:createdAt, :cursorId)", {
        createdAt: cursor.createdAt,
        cursorId: cursor.id,
      });
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), query.getCount()]);
    if (!seesContacts) for (const row of rows) row.changes = row.changes.map(hideContactValues);
    return toPage(rows, first, totalCount);
  }

  async updateSettings(viewer: Person | null, id: string, changes: Partial<ElementSettings>): Promise<Element> {
    const { element } = await this.authorize(viewer, id, "element:administer");
    const chosen = Object.fromEntries(Object.entries(changes).filter(([, value]) => value != null));
    return this.db.transaction(async (tx) => {
      element.settings = { ...element.settings, ...chosen };
      await tx.update(Element, { id }, { settings: element.settings });
      await tx.insert(Activity, {
        verb: ActivityVerb.SETTINGS_CHANGED,
        actorId: viewer!.id,
        elementId: id,
        data: chosen,
      });
      return element;
    });
  }

  /** First step of a deletion: it takes effect unless another administrator refuses in time. */
  async requestDeletion(viewer: Person | null, id: string): Promise<Element> {
    const { element } = await this.authorize(viewer, id, "element:administer");
    if (element.deletionRequestedAt) return element;
    element.deletionRequestedAt = new Date();
    element.deletionRequestedBy = viewer!.id;
    await this.db.getRepository(Element).update(
      { id },
      {
        deletionRequestedAt: element.deletionRequestedAt,
        deletionRequestedBy: viewer!.id,
      },
    );
    return element;
  }

  /** Another administrator keeps the element. */
  async refuseDeletion(viewer: Person | null, id: string): Promise<Element> {
    const { element } = await this.authorize(viewer, id, "element:administer");
    if (!element.deletionRequestedAt) throw new InvalidInput([{ field: "id", message: "no deletion is pending" }]);
    if (element.deletionRequestedBy === viewer!.id) {
      throw new Forbidden("Another administrator must decide: you asked for this deletion.");
    }
    element.deletionRequestedAt = null;
    element.deletionRequestedBy = null;
    await this.db.getRepository(Element).update({ id }, { deletionRequestedAt: null, deletionRequestedBy: null });
    return element;
  }

  /** Deletes for good the elements whose deletion delay has passed; returns how many. */
  async purgeExpiredDeletions(): Promise<number> {
    const result = await this.db
      .createQueryBuilder()
      .delete()
      .from(Element)
      .where("deletion_requested_at <= now() - make_interval(days => :days)", { days: this.deletionDelayDays })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Loads a visible element and checks the verb. An element the viewer may not see is
   * reported as not found, so that its existence does not leak.
   */
  async authorize(viewer: Person | null, id: string, verb: ElementVerb, kind?: ElementKind) {
    if (!viewer && verb !== "element:view") throw new Unauthenticated();
    const element = await this.findVisible(viewer, { id }, kind);
    if (!element) throw new NotFound(kind ? `This ${kind}` : "This element");
    const standing = await this.standing(viewer, id);
    if (!can(viewer, verb, element, standing)) {
      throw new Forbidden(
        verb === "element:edit"
          ? "Only members may edit this element: its administrators turned open edition off."
          : "Only the administrators of this element may do this.",
      );
    }
    return { element, standing };
  }

  private async applyChanges<T extends Element>(
    author: Person,
    element: T,
    changes: FieldChange[],
    revertsId: string | null = null,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      const values = Object.fromEntries(changes.map((c) => [c.field, c.after]));
      Object.assign(element, values);
      await tx.save(element);
      await tx.save(ElementRevision, { elementId: element.id, authorId: author.id, changes, revertsId });
      await tx.insert(Activity, {
        verb: ActivityVerb.EDITED,
        actorId: author.id,
        elementId: element.id,
        data: { fields: changes.map((c) => c.field) },
      });
      return element;
    });
  }

  /** A readable slug from the name, made unique with a number when taken. */
  private async freeSlug(tx: EntityManager, name: string): Promise<string> {
    const base =
      slugify(name, { lower: true, strict: true, locale: "fr", trim: true }).slice(0, SLUG_MAX).replace(/-+$/, "") ||
      "element";
    const taken = new Set(
      (
        (await tx.query(`SELECT slug FROM element WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`])) as {
          slug: string;
        }[]
      ).map((row) => row.slug),
    );
    if (!taken.has(base) && !RESERVED_SLUGS.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}

const CONTACT_FIELDS = new Set(["email", "phone"]);

function hideContactValues(change: FieldChange): FieldChange {
  return CONTACT_FIELDS.has(change.field) ? { field: change.field, before: null, after: null, hidden: true } : change;
}

/** Dates compare and store as ISO strings in the history. */
function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
