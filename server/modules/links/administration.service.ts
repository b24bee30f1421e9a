import { Forbidden, InvalidInput } from "../../graphql/errors";
import type { Person } from "../accounts/person.entity";
import { ActivityVerb } from "../activity/activity.entity";
import { grantAdministration, handOver, recordActivity } from "./community";
import { type Link, LinkState } from "./link.entity";
import { mayInCommunity } from "./link.policy";
import { type LinkService, MANAGE_REFUSED, signedIn } from "./link.service";

const NOT_ASKED = [{ field: "linkId", message: "has not asked to administer this element" }];

/**
 * Who administers an element, and the roles of its members: members ask, administrators
 * validate or refuse; an element without administrator is taken in hand by the first who asks;
 * the last administrator hands over before stepping down.
 */
export class AdministrationService {
  constructor(private readonly links: LinkService) {}

  /** A member asks to administer; granted at once (and recorded) when nobody administers the element. */
  async request(viewer: Person | null, elementId: string): Promise<Link> {
    const person = signedIn(viewer);
    const element = await this.links.visibleElement(person, elementId);
    return this.links.inCommunityOf(element, person, async (tx, standing) => {
      if (!mayInCommunity("community:ask-administration", standing)) {
        throw new Forbidden("Only active members may ask to administer this element: join it first.");
      }
      const link = standing.link!;
      if (link.isAdmin || link.adminRequested) return link;
      if (!standing.hasAdministrators) {
        link.isAdmin = true;
        await recordActivity(tx, ActivityVerb.VALIDATED, person.id, element.id, {
          personId: person.id,
          data: { administration: true, automatic: true },
        });
        return tx.save(link);
      }
      link.adminRequested = true;
      await recordActivity(tx, ActivityVerb.REQUESTED, person.id, element.id, { data: { administration: true } });
      return tx.save(link);
    });
  }

  async validate(viewer: Person | null, linkId: string): Promise<Link> {
    const person = signedIn(viewer);
    return this.links.withLink(person, linkId, async (tx, { link, element, standing }) => {
      if (!mayInCommunity("community:moderate", standing)) throw new Forbidden(MANAGE_REFUSED);
      if (!link.adminRequested || link.state !== LinkState.ACTIVE) throw new InvalidInput(NOT_ASKED);
      return grantAdministration(tx, element, link, person.id);
    });
  }

  async refuse(viewer: Person | null, linkId: string): Promise<Link> {
    const person = signedIn(viewer);
    return this.links.withLink(person, linkId, async (tx, { link, standing }) => {
      if (!mayInCommunity("community:moderate", standing)) throw new Forbidden(MANAGE_REFUSED);
      if (!link.adminRequested) throw new InvalidInput(NOT_ASKED);
      link.adminRequested = false;
      return tx.save(link);
    });
  }

  /** Stops administering; the last administrator must name a successor. */
  async stepDown(viewer: Person | null, request: { elementId: string; successorId?: string | null }): Promise<Link> {
    const person = signedIn(viewer);
    const element = await this.links.visibleElement(person, request.elementId);
    return this.links.inCommunityOf(element, person, async (tx, standing) => {
      if (!mayInCommunity("community:step-down", standing)) throw new Forbidden("You do not administer this element.");
      await handOver(tx, element, person, request.successorId);
      const link = standing.link!;
      link.isAdmin = false;
      return tx.save(link);
    });
  }

  async setRoles(viewer: Person | null, linkId: string, roles: string[]): Promise<Link> {
    const person = signedIn(viewer);
    return this.links.withLink(person, linkId, async (tx, { link, standing }) => {
      if (!mayInCommunity("community:moderate", standing)) throw new Forbidden(MANAGE_REFUSED);
      link.roles = normaliseRoles(roles);
      return tx.save(link);
    });
  }
}

/** Trimmed, without repeats (whatever the case), in the order given. */
export function normaliseRoles(roles: string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const role of roles.map((r) => r.trim().replace(/\s+/g, " "))) {
    if (seen.has(role.toLowerCase())) continue;
    seen.add(role.toLowerCase());
    kept.push(role);
  }
  return kept;
}
