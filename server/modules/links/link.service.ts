import type { DataSource, EntityManager } from "typeorm";
import { Forbidden, InvalidInput, NotFound } from "../../graphql/errors";
import { Person, VERIFIED } from "../accounts/person.entity";
import { ActivityVerb } from "../activity/activity.entity";
import { recordActivity } from "../activity/activity.record";
import { notify } from "../notifications/notification.record";
import { NotificationKind } from "../notifications/notification.kinds";
import { Element, ElementKind } from "../elements/element.entity";
import type { ElementService } from "../elements/element.service";
import {
  aboutSubject,
  administers,
  type CommunityStanding,
  assertRoom,
  findLink,
  handOver,
  joiningState,
  lockElement,
  readStanding,
  type Subject,
} from "./community";
import { COMMUNITY_LINK, Link, LinkState, LinkType } from "./link.entity";
import { may } from "../policy/policy";

export interface JoinRequest {
  elementId: string;
  /** Join in the name of an organization the viewer administers (a network's member). */
  organizationId?: string | null;
}

export interface MemberRequest {
  elementId: string;
  personId?: string | null;
  organizationId?: string | null;
}

export interface LeaveRequest extends JoinRequest {
  /** The member who becomes administrator in the leaver's place. */
  successorId?: string | null;
}

export interface OnLink {
  link: Link;
  element: Element;
  standing: CommunityStanding;
  /** The viewer is the person the link is for, or administers the member organization. */
  concerned: boolean;
}

export const MANAGE_REFUSED = "forbidden.administratorsOnly";

/**
 * Communities of elements: joining (directly, by request, or by invitation), leaving,
 * validation and removal by administrators. Every change runs in a transaction holding the
 * element's row lock, so limits and "last administrator" checks cannot be raced past.
 */
export class LinkService {
  constructor(
    private readonly db: DataSource,
    private readonly elements: ElementService,
  ) {}

  /** Joins (or asks to join) an element, as oneself or in the name of an organization. */
  async join(person: Person, request: JoinRequest): Promise<Link> {
    const element = request.organizationId
      ? await this.visibleElement(person, request.elementId)
      : await this.visibleOrInviting(person, request.elementId);
    if (request.organizationId) await this.assertMemberOrganization(person, element, request.organizationId);
    return this.inCommunityOf(element, person, async (tx, standing) => {
      let subject: Subject = { personId: person.id };
      if (request.organizationId) {
        await this.assertActsFor(tx, person, request.organizationId);
        subject = { memberElementId: request.organizationId };
      }
      const existing = await findLink(tx, element, subject);
      const state = joiningState(person, element, standing);
      // An invitation waiting is accepted; a request waiting goes through once nobody needs to validate it.
      const accepts = existing?.state === LinkState.INVITED;
      if (existing && (accepts || (existing.state === LinkState.REQUESTED && state === LinkState.ACTIVE))) {
        return this.activate(tx, element, existing, person);
      }
      if (existing) return existing;
      if (state === LinkState.ACTIVE) await assertRoom(tx, element);
      const link = await tx.save(
        tx.create(Link, { type: COMMUNITY_LINK[element.kind], state, elementId: element.id, ...subject }),
      );
      const verb = state === LinkState.ACTIVE ? ActivityVerb.JOINED : ActivityVerb.REQUESTED;
      await recordActivity(tx, verb, person.id, element.id, { data: aboutSubject(subject) });
      return link;
    });
  }

  /** Adds someone to the community at once (administrators, or anyone when there are none). */
  async add(person: Person, request: MemberRequest): Promise<Link> {
    const { element, subject } = await this.target(person, request);
    return this.inCommunityOf(element, person, async (tx, standing) => {
      if (!may(person, "community:manage", standing)) throw new Forbidden(MANAGE_REFUSED);
      const existing = await managedLink(tx, element, subject);
      if (existing?.state === LinkState.ACTIVE) return existing;
      // A request becomes active as asked; anyone else is added without having chosen it.
      const consented = existing?.state === LinkState.REQUESTED || subject.personId === person.id;
      await assertRoom(tx, element);
      const link = await tx.save(
        Object.assign(
          existing ?? tx.create(Link, { type: COMMUNITY_LINK[element.kind], elementId: element.id, ...subject }),
          {
            state: LinkState.ACTIVE,
            invitedById: existing?.invitedById ?? person.id,
            consented,
          },
        ),
      );
      await recordActivity(tx, existing ? ActivityVerb.VALIDATED : ActivityVerb.JOINED, person.id, element.id, {
        personId: subject.personId,
        data: { addedBy: person.id, ...aboutSubject(subject) },
      });
      return link;
    });
  }

  /** Invites someone, who accepts or declines; inviting someone who asked validates their request. */
  async invite(person: Person, request: MemberRequest): Promise<Link> {
    if (request.personId === person.id) {
      throw new InvalidInput([{ field: "personId", key: "link.joinSelf" }]);
    }
    const { element, subject } = await this.target(person, request);
    return this.inCommunityOf(element, person, async (tx, standing) => {
      if (!may(person, "community:manage", standing)) throw new Forbidden(MANAGE_REFUSED);
      const existing = await managedLink(tx, element, subject);
      if (existing?.state === LinkState.REQUESTED) return this.validate(tx, element, existing, person);
      if (existing) return existing;
      return this.createInvitation(tx, element, subject, person.id);
    });
  }

  /** Creates an invited link and records it. */
  private async createInvitation(tx: EntityManager, element: Element, subject: Subject, invitedById: string) {
    const link = await tx.save(
      tx.create(Link, {
        type: COMMUNITY_LINK[element.kind],
        state: LinkState.INVITED,
        elementId: element.id,
        invitedById,
        ...subject,
      }),
    );
    await recordActivity(tx, ActivityVerb.INVITED, invitedById, element.id, {
      personId: subject.personId,
      data: aboutSubject(subject),
    });
    return link;
  }

  async acceptInvitation(person: Person, linkId: string): Promise<Link> {
    return this.withLink(person, linkId, async (tx, { link, element, concerned }) => {
      if (!concerned) throw new Forbidden("forbidden.answerInvitation");
      if (link.state === LinkState.ACTIVE) return link;
      if (link.state !== LinkState.INVITED) throw new InvalidInput([{ field: "linkId", key: "link.notInvitation" }]);
      return this.activate(tx, element, link, person);
    });
  }

  /** Deletes the invitation; answers it as it was. */
  async declineInvitation(person: Person, linkId: string): Promise<Link> {
    return this.withLink(person, linkId, async (tx, { link, concerned }) => {
      if (!concerned) throw new Forbidden("forbidden.answerInvitation");
      if (link.state !== LinkState.INVITED) throw new InvalidInput([{ field: "linkId", key: "link.notInvitation" }]);
      await withdraw(tx, link);
      return link;
    });
  }

  async validateRequest(person: Person, linkId: string): Promise<Link> {
    return this.withLink(person, linkId, async (tx, { link, element, standing }) => {
      if (!may(person, "community:manage", standing)) throw new Forbidden(MANAGE_REFUSED);
      if (link.state !== LinkState.REQUESTED) throw new InvalidInput([{ field: "linkId", key: "link.notRequest" }]);
      return this.validate(tx, element, link, person);
    });
  }

  /** Deletes the request; answers it as it was. */
  async refuseRequest(person: Person, linkId: string): Promise<Link> {
    return this.withLink(person, linkId, async (tx, { link, standing }) => {
      if (!may(person, "community:manage", standing)) throw new Forbidden(MANAGE_REFUSED);
      if (link.state !== LinkState.REQUESTED) throw new InvalidInput([{ field: "linkId", key: "link.notRequest" }]);
      await tx.delete(Link, { id: link.id });
      if (link.personId) {
        await notify(tx, {
          kind: NotificationKind.REQUEST_REFUSED,
          recipientIds: [link.personId],
          actorId: person.id,
          elementId: link.elementId,
          concerned: true,
        });
      }
      return link;
    });
  }

  /**
   * Leaves (or cancels one's request, or declines); the last administrator names a successor
   * first. Answers the deleted link as it was.
   */
  async leave(person: Person, request: LeaveRequest): Promise<Link> {
    const element = await this.visibleElement(person, request.elementId);
    return this.inCommunityOf(element, person, async (tx) => {
      let subject: Subject = { personId: person.id };
      if (request.organizationId) {
        await this.assertActsFor(tx, person, request.organizationId);
        subject = { memberElementId: request.organizationId };
      }
      const link = await findLink(tx, element, subject);
      if (!link) throw new NotFound(request.organizationId ? "membership" : "communityPlace");
      if (link.isAdmin && link.state === LinkState.ACTIVE) await handOver(tx, element, person, request.successorId);
      await withdraw(tx, link);
      return link;
    });
  }

  /** An administrator removes someone (or withdraws an invitation); answers the deleted link as it was. */
  async remove(person: Person, linkId: string): Promise<Link> {
    return this.withLink(person, linkId, async (tx, { link, standing }) => {
      if (!may(person, "community:moderate", standing)) throw new Forbidden(MANAGE_REFUSED);
      if (link.personId === person.id) throw new InvalidInput([{ field: "linkId", key: "link.ownUseLeave" }]);
      await tx.delete(Link, { id: link.id });
      return link;
    });
  }

  /** Runs `work` in a transaction holding the element's row lock, with the viewer's standing read in it. */
  inCommunityOf<T>(
    element: Element,
    viewer: Person,
    work: (tx: EntityManager, standing: CommunityStanding) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      await lockElement(tx, element.id);
      return work(tx, await readStanding(tx, element, viewer.id));
    });
  }

  /** The element if the viewer may see it; otherwise it does not exist for them. */
  async visibleElement(viewer: Person, elementId: string): Promise<Element> {
    const element = await this.elements.findVisible(viewer, { id: elementId });
    if (!element) throw new NotFound("element");
    return element;
  }

  /** Also a private element the viewer is invited to: they may answer by joining. */
  private async visibleOrInviting(viewer: Person, elementId: string): Promise<Element> {
    const element = await this.elements.findVisible(viewer, { id: elementId }, undefined, "invitation");
    if (!element) throw new NotFound("element");
    return element;
  }

  /** Resolves who an administrator adds or invites: exactly one person or one organization. */
  private async target(viewer: Person, request: MemberRequest): Promise<{ element: Element; subject: Subject }> {
    if (Boolean(request.personId) === Boolean(request.organizationId)) {
      throw new InvalidInput([{ field: "personId", key: "link.personOrOrganization" }]);
    }
    const element = await this.visibleElement(viewer, request.elementId);
    if (request.organizationId) {
      await this.assertMemberOrganization(viewer, element, request.organizationId);
      return { element, subject: { memberElementId: request.organizationId } };
    }
    if (!(await this.db.getRepository(Person).existsBy({ id: request.personId!, ...VERIFIED })))
      throw new NotFound("person");
    return { element, subject: { personId: request.personId! } };
  }

  /** Only organizations have member organizations, and never themselves. */
  private async assertMemberOrganization(viewer: Person, element: Element, organizationId: string) {
    if (element.kind !== ElementKind.ORGANIZATION) {
      throw new InvalidInput([{ field: "organizationId", key: "link.memberOrganizationsOnly" }]);
    }
    if (organizationId === element.id) {
      throw new InvalidInput([{ field: "organizationId", key: "link.memberOfItself" }]);
    }
    if (!(await this.elements.findVisible(viewer, { id: organizationId }, ElementKind.ORGANIZATION))) {
      throw new NotFound("organization");
    }
  }

  private async assertActsFor(tx: EntityManager, viewer: Person, organizationId: string) {
    if (!(await administers(tx, viewer.id, organizationId))) {
      throw new Forbidden("forbidden.actForOrganization");
    }
  }

  /** Loads a community link and its element, locks the element, and hands both to `work`. */
  async withLink<T>(viewer: Person, linkId: string, work: (tx: EntityManager, on: OnLink) => Promise<T>) {
    const found = await this.db.getRepository(Link).findOneBy({ id: linkId });
    if (!found || found.type === LinkType.FOLLOW || !found.elementId) throw new NotFound("link");
    const concerned =
      found.personId === viewer.id ||
      (found.memberElementId !== null && (await administers(this.db.manager, viewer.id, found.memberElementId)));
    // The one invited may answer even when the element is private (they cannot see it yet).
    const reach = concerned ? "invitation" : "community";
    const element = await this.elements.findVisible(viewer, { id: found.elementId }, undefined, reach);
    if (!element) throw new NotFound("link");
    return this.db.transaction(async (tx) => {
      await lockElement(tx, found.elementId!);
      const link = await tx.findOneBy(Link, { id: linkId });
      if (!link) throw new NotFound("link");
      const standing = await readStanding(tx, element, viewer.id);
      return work(tx, { link, element, standing, concerned });
    });
  }

  /** The one concerned accepts an invitation, or has their waiting request go through: their choice. */
  private async activate(tx: EntityManager, element: Element, link: Link, actor: Person) {
    await assertRoom(tx, element);
    // Accepted, an invitation by e-mail shows its person like any other member.
    Object.assign(link, { state: LinkState.ACTIVE, consented: true, invitedEmail: null });
    const saved = await tx.save(link);
    await recordActivity(tx, ActivityVerb.JOINED, actor.id, element.id, {
      data: aboutSubject(link),
    });
    return saved;
  }

  private async validate(tx: EntityManager, element: Element, link: Link, validator: Person) {
    await assertRoom(tx, element);
    link.state = LinkState.ACTIVE;
    const saved = await tx.save(link);
    await recordActivity(tx, ActivityVerb.VALIDATED, validator.id, element.id, {
      personId: link.personId,
      data: aboutSubject(link),
    });
    return saved;
  }
}

/**
 * The subject's community link, for an administrator acting on that person. An invitation
 * by e-mail the person has not accepted is listed by its address, and must not be found
 * through the person: it goes back to its address alone (still listed, as for any
 * address), and the administrator's action starts afresh.
 */
async function managedLink(tx: EntityManager, element: Element, subject: Subject): Promise<Link | null> {
  const existing = await findLink(tx, element, subject);
  if (existing?.state !== LinkState.INVITED || !existing.invitedEmail) return existing;
  await tx.update(Link, { id: existing.id }, { personId: null });
  return null;
}

/**
 * The one concerned declines or leaves. An invitation by e-mail stays listed by its
 * address, as when nobody owns it, so its inviter cannot tell that someone declined.
 */
async function withdraw(tx: EntityManager, link: Link): Promise<void> {
  if (link.state === LinkState.INVITED && link.invitedEmail) {
    await tx.update(Link, { id: link.id }, { personId: null, memberElementId: null });
  } else {
    await tx.delete(Link, { id: link.id });
  }
}
