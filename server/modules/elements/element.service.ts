import { randomInt } from "node:crypto";
import slugify from "slugify";
import type { DataSource, EntityManager } from "typeorm";
import { Forbidden, InvalidInput, NotFound, type NotFoundSubject } from "../../graphql/errors";
import { DEFAULT_PAGE_SIZE, newestFirst, type Ordering, type Page } from "../../graphql/connection";
import type { Person } from "../accounts/person.entity";
import { ActivityVerb } from "../activity/activity.entity";
import { recordActivity } from "../activity/activity.record";
import { NotificationKind } from "../notifications/notification.kinds";
import { administratorsOf, notify, withdraw } from "../notifications/notification.record";
import { assertOwnImage } from "../media/media.service";
import { COMMUNITY_LINK, Link, LinkState } from "../links/link.entity";
import { DEFAULT_SETTINGS, Element, ElementKind, type ElementSettings } from "./element.entity";
import { type Action, may, type Standing } from "../policy/policy";
import { loadStandings } from "../policy/standing";
import { type Reach, whereVisible } from "../policy/visibility";
import { mayRead, unreadable } from "./element.fields";
import { elementPage } from "./element.pages";
import { ElementRevision, type FieldChange } from "./revision.entity";
import type { PlaceService } from "../geography/place.service";
import { inApiTerms } from "./revision.names";

export interface ElementServiceOptions {
  dataSource: DataSource;
  /** Days other administrators have to refuse a deletion. */
  deletionDelayDays: number;
  /** Places an address at its town when no point is given. */
  places: PlaceService;
}

/** The actions on an element that change it. */
export type ElementAction = Extract<Action, "element:edit" | "element:administer">;

const SLUG_MAX = 60;

/** The top-level lists of each kind; each names its own cursors. */
const KIND_ORDERS = Object.fromEntries(
  Object.values(ElementKind).map((kind) => [kind, newestFirst<Element>(`${kind}s`, "element")]),
) as Record<ElementKind, Ordering<Element>>;
const HISTORY_ORDER = newestFirst<ElementRevision>("history", "revision");
/** Words the web app uses as paths next to slugs (`/organizations/new`). */
export const RESERVED_SLUGS = new Set(["new", "edit", "settings", "history", "members", "events", "projects", "about"]);

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
    viewer: Person,
    element: T,
    alongside?: (tx: EntityManager, saved: T) => Promise<void>,
  ): Promise<T> {
    await assertOwnImages(this.db, viewer.id, element);
    await this.options.places.placeChanges(this.db, element);
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
      await recordActivity(tx, ActivityVerb.CREATED, viewer.id, saved.id);
      await alongside?.(tx, saved);
      return saved;
    });
  }

  /**
   * The element if the viewer may see it, else null (private and deleted ones look absent);
   * with the invitation reach, also a private element the viewer may answer an invitation to.
   */
  async findVisible(
    viewer: Person | null,
    where: { id?: string; slug?: string },
    kind?: ElementKind,
    reach: Reach = "community",
  ) {
    const query = this.db.getRepository(Element).createQueryBuilder("element");
    if (where.id) query.andWhere("element.id = :id", { id: where.id });
    if (where.slug) query.andWhere("element.slug = :slug", { slug: where.slug.toLowerCase() });
    if (kind) query.andWhere("element.kind = :kind", { kind });
    return whereVisible(query, "element", viewer?.id ?? null, this.deletionDelayDays, reach).getOne();
  }

  /** A page of visible elements of a kind, newest first. */
  list(viewer: Person | null, kind: ElementKind, first?: number, after?: string): Promise<Page<Element>> {
    return elementPage(this.db, viewer?.id ?? null, this.deletionDelayDays, {
      scope: (query) => query.andWhere("element.kind = :kind", { kind }),
      order: KIND_ORDERS[kind],
      first,
      after,
    });
  }

  async standing(viewer: Person | null, elementId: string): Promise<Standing> {
    return (await loadStandings(this.db, viewer?.id ?? null, [elementId]))[0];
  }

  /**
   * Applies descriptive changes if the viewer may edit (open edition: anyone logged in;
   * otherwise members), and records who changed which field from what to what.
   */
  async update<T extends Element>(viewer: Person, id: string, kind: ElementKind, changes: Partial<T>): Promise<T> {
    const { element, standing } = await this.authorize(viewer, id, "element:edit", kind);
    // Refused even when the value would not change: "unchanged" would confirm a guess.
    assertReadable(
      viewer,
      Object.keys(changes).filter((field) => changes[field as keyof T] !== undefined),
      element,
      standing,
    );
    await assertOwnImages(this.db, viewer.id, changes, element);
    await this.options.places.placeChanges(this.db, changes, element);
    const recorded: FieldChange[] = [];
    for (const [field, after] of Object.entries(changes)) {
      if (after === undefined) continue;
      const before = (element as unknown as Record<string, unknown>)[field] ?? null;
      if (JSON.stringify(normalise(before)) !== JSON.stringify(normalise(after))) {
        recorded.push({ field, before: normalise(before), after: normalise(after) });
      }
    }
    if (recorded.length === 0) return element as T;
    return this.applyChanges(viewer, element as T, recorded);
  }

  /** Puts back the values a revision replaced (administrators only), as a new revision. */
  async revert(viewer: Person, revisionId: string): Promise<Element> {
    const revision = await this.db.getRepository(ElementRevision).findOneBy({ id: revisionId });
    if (!revision) throw new NotFound("revision");
    const { element, standing } = await this.authorize(viewer, revision.elementId, "element:administer");
    assertReadable(
      viewer,
      revision.changes.map((change) => change.field),
      element,
      standing,
    );
    const undo = revision.changes.map(({ field, before, after }) => ({ field, before: after, after: before }));
    return this.applyChanges(viewer, element, undo, revision.id);
  }

  /** The element's revisions; contact values are blanked for those who may not see contacts. */
  async history(viewer: Person | null, elementId: string, first = DEFAULT_PAGE_SIZE, after?: string) {
    const element = await this.findVisible(viewer, { id: elementId });
    if (!element) throw new NotFound("element");
    const standing = await this.standing(viewer, element.id);
    const query = this.db
      .getRepository(ElementRevision)
      .createQueryBuilder("revision")
      .where("revision.element_id = :elementId", { elementId });
    const page = await HISTORY_ORDER.read(query, first, after);
    for (const row of page.nodes) {
      row.changes = inApiTerms(
        row.changes.map((change) => (mayRead(viewer, change.field, element, standing) ? change : withheld(change))),
      );
    }
    return page;
  }

  async updateSettings(viewer: Person, id: string, changes: Partial<ElementSettings>): Promise<Element> {
    const { element } = await this.authorize(viewer, id, "element:administer");
    const chosen = Object.fromEntries(Object.entries(changes).filter(([, value]) => value != null));
    return this.db.transaction(async (tx) => {
      element.settings = { ...element.settings, ...chosen };
      await tx.update(Element, { id }, { settings: element.settings });
      await recordActivity(tx, ActivityVerb.SETTINGS_CHANGED, viewer.id, id, { data: chosen });
      return element;
    });
  }

  /** First step of a deletion: it takes effect unless another administrator refuses in time. */
  async requestDeletion(viewer: Person, id: string): Promise<Element> {
    const { element } = await this.authorize(viewer, id, "element:administer");
    if (element.deletionRequestedAt) return element;
    element.deletionRequestedAt = new Date();
    element.deletionRequestedBy = viewer.id;
    await this.db.transaction(async (tx) => {
      await tx.getRepository(Element).update(
        { id },
        {
          deletionRequestedAt: element.deletionRequestedAt,
          deletionRequestedBy: viewer.id,
        },
      );
      // The other administrators have the deletion delay to refuse: they are told.
      await notify(tx, {
        kind: NotificationKind.DELETION_REQUESTED,
        actorId: viewer.id,
        elementId: id,
        recipientIds: await administratorsOf(tx, id),
      });
    });
    return element;
  }

  /** Another administrator keeps the element. */
  async refuseDeletion(viewer: Person, id: string): Promise<Element> {
    const { element } = await this.authorize(viewer, id, "element:administer");
    if (!element.deletionRequestedAt) throw new InvalidInput([{ field: "id", key: "element.noDeletionPending" }]);
    if (element.deletionRequestedBy === viewer.id) {
      throw new Forbidden("forbidden.ownDeletionRequest");
    }
    element.deletionRequestedAt = null;
    element.deletionRequestedBy = null;
    await this.db.transaction(async (tx) => {
      await tx.getRepository(Element).update({ id }, { deletionRequestedAt: null, deletionRequestedBy: null });
      // The request no longer holds: nobody is to be told of it any more.
      await withdraw(tx, { kind: NotificationKind.DELETION_REQUESTED, elementId: id });
    });
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
   * Loads a visible element and checks the action. An element the viewer may not see is
   * reported as not found, so that its existence does not leak.
   */
  async authorize(viewer: Person, id: string, action: ElementAction, kind?: ElementKind) {
    const element = await this.findVisible(viewer, { id }, kind);
    if (!element) throw new NotFound(kind ? NOT_FOUND_KIND[kind] : "element");
    const standing = await this.standing(viewer, id);
    if (!may(viewer, action, { element, standing })) {
      throw new Forbidden(action === "element:edit" ? "forbidden.membersOnlyEdit" : "forbidden.administratorsOnly");
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
      await recordActivity(tx, ActivityVerb.EDITED, author.id, element.id, {
        // A project's new stage is told in the Live (news.activity).
        data: { fields: changes.map((c) => c.field), ...("stage" in values ? { stage: values.stage } : {}) },
      });
      return element;
    });
  }

  /**
   * A readable slug from the name. When it is taken (by any element, private ones included)
   * or reserved, a random suffix follows it: a counter (`-2`) would tell that a hidden
   * element holds the plain slug, a random suffix says nothing about why.
   */
  private async freeSlug(tx: EntityManager, name: string): Promise<string> {
    const base = slugBase(name);
    for (let candidate = base; ; candidate = `${base}-${randomSuffix()}`) {
      if (!RESERVED_SLUGS.has(candidate) && !(await tx.existsBy(Element, { slug: candidate }))) return candidate;
    }
  }
}

const SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const SUFFIX_LENGTH = 6;

/** The logo and the banner an editor gives must be their own uploads (or the ones already there). */
async function assertOwnImages(
  db: DataSource,
  personId: string,
  given: Partial<Pick<Element, "imageId" | "bannerId">>,
  current?: Element,
): Promise<void> {
  await assertOwnImage(db, personId, given.imageId, current?.imageId);
  await assertOwnImage(db, personId, given.bannerId, current?.bannerId, "bannerId");
}

/** The readable part of a slug made from a name ("Atelier vélo" gives atelier-velo). */
export function slugBase(name: string): string {
  return (
    slugify(name, { lower: true, strict: true, locale: "fr", trim: true }).slice(0, SLUG_MAX).replace(/-+$/, "") ||
    "element"
  );
}

/** Six random letters or digits: about two billion suffixes per name. */
export function randomSuffix(): string {
  return Array.from({ length: SUFFIX_LENGTH }, () => SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)]).join("");
}

/** A change of a field the viewer may not read: which field changed, not its values. */
function withheld(change: FieldChange): FieldChange {
  return { field: change.field, before: null, after: null, hidden: true };
}

/** An element of a known kind that was not found is named by its kind. */
const NOT_FOUND_KIND: Record<ElementKind, NotFoundSubject> = {
  [ElementKind.PERSON]: "person",
  [ElementKind.ORGANIZATION]: "organization",
  [ElementKind.PROJECT]: "project",
  [ElementKind.EVENT]: "event",
};

function assertReadable(viewer: Person | null, fields: string[], element: Element, standing: Standing) {
  const refused = unreadable(viewer, fields, element, standing);
  if (refused.length > 0) {
    throw new Forbidden(
      {
        key: refused.length > 1 ? "forbidden.fieldsNotReadable" : "forbidden.fieldNotReadable",
        params: { fields: refused.join(" and ") },
      },
      "FIELD_NOT_READABLE",
    );
  }
}

/** Dates compare and store as ISO strings in the history. */
function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
