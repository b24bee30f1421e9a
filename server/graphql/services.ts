import type { AccountService } from "../modules/accounts/account.service";
import type { ProfileService } from "../modules/profiles/profile.service";
import type { ElementService } from "../modules/elements/element.service";
import type { OrganizationService } from "../modules/organizations/organization.service";
import type { MediaService } from "../modules/media/media.service";
import type { ProjectService } from "../modules/projects/project.service";
import type { EventService } from "../modules/events/event.service";
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
  events: Events;
  /** Set when mail goes to the local outbox rather than to an SMTP server. */
  mailOutboxUrl: string | null;
}
