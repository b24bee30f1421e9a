import type { AccountService } from "../modules/accounts/account.service";
import type { ProfileService } from "../modules/profiles/profile.service";
import type { ElementService } from "../modules/elements/element.service";
import type { OrganizationService } from "../modules/organizations/organization.service";
import type { MediaService } from "../modules/media/media.service";
import type { ProjectService } from "../modules/projects/project.service";
import type { EventService } from "../modules/events/event.service";
import type { AdministrationService } from "../modules/links/administration.service";
import type { EmailInvitationService } from "../modules/links/email-invitation.service";
import type { FollowService } from "../modules/links/follow.service";
import type { LinkService } from "../modules/links/link.service";
import type { Events } from "./pubsub";

/** The services of every module, built once per process and shared by all requests. */
export interface Services {
  accounts: AccountService;
  profiles: ProfileService;
  elements: ElementService;
  organizations: OrganizationService;
  media: MediaService;
  projects: ProjectService;
  /** Events (the element kind); `events` below is the publish/subscribe bus. */
  calendar: EventService;
  links: LinkService;
  administration: AdministrationService;
  follows: FollowService;
  emailInvitations: EmailInvitationService;
  events: Events;
  /** Set when mail goes to the local outbox rather than to an SMTP server. */
  mailOutboxUrl: string | null;
}
