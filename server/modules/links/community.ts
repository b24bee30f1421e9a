import { type EntityManager, In } from "typeorm";
import { Conflict, InvalidInput, NotFound } from "../../graphql/errors";
import type { Person } from "../accounts/person.entity";
import { ActivityVerb } from "../activity/activity.entity";
import { recordActivity } from "../activity/activity.record";
import { type Element, ElementKind } from "../elements/element.entity";
import { may, type OnCommunity } from "../policy/policy";
import { standingOf } from "../policy/standing";
import { COMMUNITY_LINK, COMMUNITY_TYPES, Link, LinkState } from "./link.entity";

/** The viewer's place in an element's community, read inside the transaction that acts on it. */
export interface CommunityStanding extends OnCommunity {
  /** The viewer's own community link to the element, in any state. */
  link: Link | null;
}

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
  if (rows.length === 0) throw new NotFound("element");
}

export async function readStanding(tx: EntityManager, element: Element, personId: string): Promise<CommunityStanding> {
  const [link, administrators] = await Promise.all([
    findLink(tx, element, { personId }),
    countAdministrators(tx, element.id),
  ]);
  return { link, ...standingOf(link), hasAdministrators: administrators > 0 };
}

/**
 * The state of a link someone asks for themselves: active at once when they may manage the
 * community (nobody administers the element, or they do), for a public event (anyone may
 * attend one), or when its membership is open (the help community); otherwise a request
 * awaiting an administrator.
 */
export function joiningState(viewer: Person, element: Element, standing: CommunityStanding): LinkState {
  if (may(viewer, "community:manage", standing)) return LinkState.ACTIVE;
  if (element.kind === ElementKind.EVENT && !element.settings.private) return LinkState.ACTIVE;
  if (element.settings.openMembership) return LinkState.ACTIVE;
  return LinkState.REQUESTED;
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
    throw new Conflict("conflict.eventFull", "elementId");
  }
}

/** What activity records say about a member organization (people are the activity's `personId`). */
export function aboutSubject(link: { memberElementId?: string | null }): Record<string, unknown> {
  return link.memberElementId ? { organizationId: link.memberElementId } : {};
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
      throw new InvalidInput([{ field: "successorId", key: "link.successorSelf" }]);
    }
    const successor = await findLink(tx, element, { personId: successorId });
    if (successor?.state !== LinkState.ACTIVE) {
      throw new InvalidInput([{ field: "successorId", key: "link.successorNotMember" }]);
    }
    if (!successor.isAdmin) await grantAdministration(tx, element, successor, leaver.id);
    return;
  }
  if ((await countAdministrators(tx, element.id)) <= 1) {
    throw new Conflict("conflict.lastAdministrator", "successorId");
  }
}
