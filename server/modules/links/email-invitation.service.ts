import type { DataSource, EntityManager } from "typeorm";
import { IsNull } from "typeorm";
import { Conflict, Forbidden } from "../../graphql/errors";
import type { Mailer } from "../../mail/mailer";
import type { RateLimit } from "../../rate-limit";
import { Person } from "../accounts/person.entity";
import { ActivityVerb } from "../activity/activity.entity";
import { recordActivity } from "../activity/activity.record";
import { type CommunityKind, Element, ElementKind } from "../elements/element.entity";
import { findLink } from "./community";
import { EmailInvitation } from "./email-invitation.entity";
import { COMMUNITY_LINK, Link, LinkState } from "./link.entity";
import { may } from "../policy/policy";
import type { LinkService } from "./link.service";

export interface EmailInvitationDeps {
  dataSource: DataSource;
  links: LinkService;
  mailer: Mailer;
  /** Invitations each person may send: INVITATIONS_PER_HOUR. */
  throttle: RateLimit;
  publicUrl: string;
}

/** Where the web app shows each kind of element. */
const ELEMENT_PATHS: Record<CommunityKind, string> = {
  [ElementKind.ORGANIZATION]: "organizations",
  [ElementKind.PROJECT]: "projects",
  [ElementKind.EVENT]: "events",
};

/** Invitations by e-mail each person may send per hour. */
export const INVITATIONS_PER_HOUR = 20;

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Invitations to an element sent to an e-mail address, by those who manage its community.
 * Every one is an invited link listed by the address as typed, whoever owns it: the link
 * gets its person at once when the address belongs to an account (with a mail linking to
 * the element), or when someone verifies that address later (the mail links to sign-up).
 * It shows that person only once they accept. An address is never invited twice to the
 * same element, and the inviter is told the same in every case.
 */
export class EmailInvitationService {
  constructor(private readonly deps: EmailInvitationDeps) {}

  async invite(inviter: Person, request: { elementId: string; email: string }): Promise<void> {
    const typed = request.email.trim();
    const email = normaliseEmail(typed);
    const element = await this.deps.links.visibleElement(inviter, request.elementId);
    const invitee = await this.deps.links.inCommunityOf(element, inviter, async (tx, standing) => {
      if (!may(inviter, "community:manage", standing)) {
        throw new Forbidden("forbidden.inviteByEmail");
      }
      if (await tx.existsBy(EmailInvitation, { elementId: element.id, email })) {
        throw new Conflict("conflict.alreadyInvited", "email");
      }
      await this.deps.throttle.consume(inviter.id);
      const person = await tx.findOneBy(Person, { email });
      const verified = person?.emailVerifiedAt ? person : null;
      const alreadyLinked = verified ? await findLink(tx, element, { personId: verified.id }) : null;
      await tx.insert(EmailInvitation, {
        elementId: element.id,
        email,
        linkType: COMMUNITY_LINK[element.kind],
        invitedById: inviter.id,
        acceptedAt: verified ? new Date() : null,
      });
      // Someone already in the community keeps their place; the invitation waits by its address alone.
      const personId = verified && !alreadyLinked ? verified.id : null;
      await tx.insert(Link, {
        type: COMMUNITY_LINK[element.kind],
        state: LinkState.INVITED,
        elementId: element.id,
        personId,
        invitedById: inviter.id,
        invitedEmail: typed,
      });
      // Neither the address nor its owner is recorded in the activity: only that someone was invited.
      await recordActivity(tx, ActivityVerb.INVITED, inviter.id, element.id, { data: { byEmail: true } });
      return alreadyLinked ? null : { person: verified };
    });
    // Someone already in the community hears nothing; the inviter is told the same either way.
    if (!invitee) return;
    const params = { inviter: inviter.displayName, element: element.name };
    const { publicUrl } = this.deps;
    await this.deps.mailer.sendLinkMail(
      invitee.person
        ? {
            to: email,
            name: invitee.person.displayName,
            language: invitee.person.language,
            kind: "invite",
            link: `${publicUrl}/${ELEMENT_PATHS[element.kind]}/${element.slug}`,
            params,
          }
        : {
            to: email,
            name: email,
            language: inviter.language,
            kind: "invite",
            link: `${publicUrl}/signup?email=${encodeURIComponent(email)}`,
            params,
          },
    );
  }

  /**
   * Gives the invitations waiting for a just-verified address their person, who can then
   * accept. Runs inside the verification's transaction.
   */
  async claim(tx: EntityManager, person: Person): Promise<void> {
    const pending = await tx.findBy(EmailInvitation, { email: person.email, acceptedAt: IsNull() });
    for (const invitation of pending) {
      const element = await tx.findOneBy(Element, { id: invitation.elementId, deletedAt: IsNull() });
      if (element && !(await findLink(tx, element, { personId: person.id }))) {
        await tx
          .createQueryBuilder()
          .update(Link)
          .set({ personId: person.id })
          .where("element_id = :elementId AND state = :invited AND lower(invited_email) = :email", {
            elementId: element.id,
            invited: LinkState.INVITED,
            email: person.email,
          })
          .andWhere("person_id IS NULL AND member_element_id IS NULL")
          .execute();
      }
      await tx.update(EmailInvitation, { id: invitation.id }, { acceptedAt: new Date() });
    }
  }
}
