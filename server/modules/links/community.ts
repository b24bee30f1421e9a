import { type EntityManager, In } from "typeorm";
import { Conflict, InvalidInput, NotFound } from "../../graphql/errors";
import type { Person } from "../accounts/person.entity";
import { Activity, ActivityVerb } from "../activity/activity.entity";
import { type Element, ElementKind } from "../elements/element.entity";
import { COMMUNITY_TYPES } from "../elements/element.visibility";
import { COMMUNITY_LINK, Link, LinkState } from "./link.entity";
import type { CommunityStanding } from "./link.policy";

/** Who a community link is for: a person, or an organization that is a member of a network. */
export type Subject =
  { personId: string; memberElementId?: undefined } | { memberElementId: string; personId?: undefined };

/**
 * Locks the element's row for the rest of the transaction, so that changes to its community
 * (the attendee limit, the last administrator) are decided one at a time.
 */
export async function lockElement(tx: EntityManager, elementId: string): Promise<void> {
  const rows: unknown[] = await tx.query(`SELECT id FROM element WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [
    elementId,
  ]);
  if (rows.length === 0) throw new NotFound("This element");
}

export async function readStanding(tx: EntityManager, element: Element, personId: string): Promise<CommunityStanding> {
  const [link, administrators] = await Promise.all([
    findLink(tx, element, { personId }),
    countAdministrators(tx, element.id),
  ]);
  return { link, hasAdministrators: administrators > 0 };
}

export function findLink(tx: EntityManager, element: Element, subject: Subject): Promise<Link | null> {
  return tx.findOneBy(Link, { type: COMMUNITY_LINK[element.kind], elementId: element.id, ...subject });
}

export function countAdministrators(tx: EntityManager, elementId: string): Promise<number> {
  return tx.countBy(Link, { elementId, isAdmin: true, state: LinkState.ACTIVE, type: In(COMMUNITY_TYPES) });
}

/** Whether the person administers that element (for acting in the name of an organization). */
export async function administers(tx: EntityManager, personId: string, elementId: string): Promise<boolean> {
  return (await tx.countBy(Link, { personId, elementId, isAdmin: true, state: LinkState.ACTIVE })) > 0;
}

/** Refuses one more active attendee when an event has reached its limit. Call with the element locked. */
export async function assertRoom(tx: EntityManager, element: Element): Promise<void> {
  if (element.kind !== ElementKind.EVENT) return;
  const [row]: { attendee_limit: number | null; attending: number }[] = await tx.query(
    `SELECT attendee_limit, (SELECT count(*)::int FROM link
       WHERE link.element_id = element.id AND link.type = 'attendee' AND link.state = 'active') AS attending
     FROM element WHERE id = $1`,
    [element.id],
  );
  if (row.attendee_limit !== null && row.attending >= row.attendee_limit) {
    throw new Conflict("This event is full: it has reached its attendee limit.", "elementId");
  }
}

/** What activity records say about a member organization (people are the activity's `personId`). */
export function aboutSubject(link: { memberElementId?: string | null }): Record<string, unknown> {
  return link.memberElementId ? { organizationId: link.memberElementId } : {};
}

export async function recordActivity(
  tx: EntityManager,
  verb: ActivityVerb,
  actorId: string,
  elementId: string,
  about: { personId?: string | null; data?: Record<string, unknown> } = {},
): Promise<void> {
  await tx.save(
    tx.create(Activity, { verb, actorId, elementId, personId: about.personId ?? null, data: about.data ?? {} }),
  );
}

/** Makes an active member an administrator, recorded as a validation of administration. */
export async function grantAdministration(tx: EntityManager, element: Element, link: Link, byId: string) {
  Object.assign(link, { isAdmin: true, adminRequested: false });
  const saved = await tx.save(link);
  await recordActivity(tx, ActivityVerb.VALIDATED, byId, element.id, {
    personId: link.personId,
    data: { administration: true },
  });
  return saved;
}

/**
 * Before an administrator leaves or steps down: a named successor (an active member)
 * becomes administrator; without one, someone else must already administer the element.
 */
export async function handOver(tx: EntityManager, element: Element, leaver: Person, successorId?: string | null) {
  if (successorId) {
    if (successorId === leaver.id) {
      throw new InvalidInput([{ field: "successorId", message: "must be someone else" }]);
    }
    const successor = await findLink(tx, element, { personId: successorId });
    if (successor?.state !== LinkState.ACTIVE) {
      throw new InvalidInput([{ field: "successorId", message: "must be an active member of this element" }]);
    }
    if (!successor.isAdmin) await grantAdministration(tx, element, successor, leaver.id);
    return;
  }
  if ((await countAdministrators(tx, element.id)) <= 1) {
    throw new Conflict(
      "You are its last administrator: name another member to take over (successorId) first.",
      "successorId",
    );
  }
}
