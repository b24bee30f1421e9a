import type { DataSource, EntityManager } from "typeorm";
import { IsNull } from "typeorm";
import { Conflict, Forbidden } from "../../graphql/errors";
import type { Mailer } from "../../mail/mailer";
import { Person } from "../accounts/person.entity";
import { ActivityVerb } from "../activity/activity.entity";
import { type CommunityKind, Element, ElementKind } from "../elements/element.entity";
import { findLink, recordActivity } from "./community";
import { EmailInvitation } from "./email-invitation.entity";
import type { InvitationThrottle } from "./invitation-throttle";
import { COMMUNITY_LINK } from "./link.entity";
import { mayInCommunity } from "./link.policy";
import { type LinkService, signedIn } from "./link.service";

export interface EmailInvitationDeps {
  dataSource: DataSource;
  links: LinkService;
  mailer: Mailer;
  throttle: InvitationThrottle;
  publicUrl: string;
}

/** Where the web app shows each kind of element. */
const ELEMENT_PATHS: Record<CommunityKind, string> = {
  [ElementKind.ORGANIZATION]: "organizations",
  [ElementKind.PROJECT]: "projects",
  [ElementKind.EVENT]: "events",
};

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Invitations to an element sent to an e-mail address, by those who manage its community.
 * An address with an account gets an invited link at once (and a mail); any other address
 * gets a mail with a sign-up link, and the invitation becomes an invited link when someone
 * verifies that address. An address is never invited twice to the same element.
 */
export class EmailInvitationService {
  constructor(private readonly deps: EmailInvitationDeps) {}

  async invite(viewer: Person | null, request: { elementId: string; email: string }): Promise<void> {
    const inviter = signedIn(viewer);
    const email = normaliseEmail(request.email);
    const element = await this.deps.links.visibleElement(inviter, request.elementId);
    const invitee = await this.deps.links.inCommunityOf(element, inviter, async (tx, standing) => {
      if (!mayInCommunity("community:manage", standing)) {
        throw new Forbidden("Only the administrators of this element may invite people to it.");
      }
      if (await tx.existsBy(EmailInvitation, { elementId: element.id, email })) {
        throw new Conflict("This address was already invited to this element.", "email");
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
      if (alreadyLinked) return null;
      if (verified) {
        await this.deps.links.createInvitation(tx, element, { personId: verified.id }, inviter.id);
      } else {
        // The address is not recorded in the activity: only that someone was invited.
        await recordActivity(tx, ActivityVerb.INVITED, inviter.id, element.id, { data: { byEmail: true } });
      }
      return { person: verified };
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
   * Turns the invitations waiting for a just-verified address into invited links the person
   * can accept. Runs inside the verification's transaction.
   */
  async claim(tx: EntityManager, person: Person): Promise<void> {
    const pending = await tx.findBy(EmailInvitation, { email: person.email, acceptedAt: IsNull() });
    for (const invitation of pending) {
      const element = await tx.findOneBy(Element, { id: invitation.elementId, deletedAt: IsNull() });
      if (element && !(await findLink(tx, element, { personId: person.id }))) {
        await this.deps.links.createInvitation(tx, element, { personId: person.id }, invitation.invitedById, false);
      }
      await tx.update(EmailInvitation, { id: invitation.id }, { acceptedAt: new Date() });
    }
  }
}
