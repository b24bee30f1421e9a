import { type FieldMessage, Forbidden, InvalidInput } from "../../graphql/errors";
import type { Person } from "../accounts/person.entity";
import { ActivityVerb } from "../activity/activity.entity";
import { recordActivity } from "../activity/activity.record";
import { grantAdministration, handOver } from "./community";
import { type Link, LinkState } from "./link.entity";
import { may } from "../policy/policy";
import { type LinkService, MANAGE_REFUSED } from "./link.service";

const NOT_ASKED: FieldMessage[] = [{ field: "linkId", key: "link.notAskedAdministration" }];

/**
 * Who administers an element, and the roles of its members: members ask, administrators
 * validate or refuse; an element without administrator is taken in hand by the first who asks;
 * the last administrator hands over before stepping down.
 */
export class AdministrationService {
  constructor(private readonly links: LinkService) {}

  /** A member asks to administer; granted at once (and recorded) when nobody administers the element. */
  async request(person: Person, elementId: string): Promise<Link> {
    const element = await this.links.visibleElement(person, elementId);
    return this.links.inCommunityOf(element, person, async (tx, standing) => {
      if (!may(person, "community:ask-administration", standing)) {
        throw new Forbidden("forbidden.askAdministration");
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

  async validate(person: Person, linkId: string): Promise<Link> {
    return this.links.withLink(person, linkId, async (tx, { link, element, standing }) => {
      if (!may(person, "community:moderate", standing)) throw new Forbidden(MANAGE_REFUSED);
      if (!link.adminRequested || link.state !== LinkState.ACTIVE) throw new InvalidInput(NOT_ASKED);
      return grantAdministration(tx, element, link, person.id);
    });
  }

  async refuse(person: Person, linkId: string): Promise<Link> {
    return this.links.withLink(person, linkId, async (tx, { link, standing }) => {
      if (!may(person, "community:moderate", standing)) throw new Forbidden(MANAGE_REFUSED);
      if (!link.adminRequested) throw new InvalidInput(NOT_ASKED);
      link.adminRequested = false;
      return tx.save(link);
    });
  }

  /** Stops administering; the last administrator must name a successor. */
  async stepDown(person: Person, request: { elementId: string; successorId?: string | null }): Promise<Link> {
    const element = await this.links.visibleElement(person, request.elementId);
    return this.links.inCommunityOf(element, person, async (tx, standing) => {
      if (!may(person, "community:step-down", standing)) throw new Forbidden("forbidden.notAdministrator");
      await handOver(tx, element, person, request.successorId);
      const link = standing.link!;
      link.isAdmin = false;
      return tx.save(link);
    });
  }

  async setRoles(person: Person, linkId: string, roles: string[]): Promise<Link> {
    return this.links.withLink(person, linkId, async (tx, { link, standing }) => {
      if (!may(person, "community:moderate", standing)) throw new Forbidden(MANAGE_REFUSED);
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
