import type { MapTiles } from "../config";
import type { AccountService } from "../modules/accounts/account.service";
import type { ProfileService } from "../modules/profiles/profile.service";
import type { ElementService } from "../modules/elements/element.service";
import type { SearchService } from "../modules/discovery/search.service";
import type { PlaceService } from "../modules/geography/place.service";
import type { OrganizationService } from "../modules/organizations/organization.service";
import type { MediaService } from "../modules/media/media.service";
import type { ProjectService } from "../modules/projects/project.service";
import type { EventService } from "../modules/events/event.service";
import type { AdministrationService } from "../modules/links/administration.service";
import type { EmailInvitationService } from "../modules/links/email-invitation.service";
import type { FollowService } from "../modules/links/follow.service";
import type { LinkService } from "../modules/links/link.service";
import type { NewsService } from "../modules/news/news.service";
import type { CommentService } from "../modules/news/comment.service";
import type { ReactionService } from "../modules/news/reaction.service";
import type { ReportService } from "../modules/news/report.service";
import type { NewsFanOut } from "../modules/news/news.fanout";
import type { NotificationService } from "../modules/notifications/notification.service";
import type { JobWorker } from "../jobs/queue";
import type { NotificationMails } from "../modules/notifications/notification.mails";
import type { HelpService } from "../modules/help/help.service";
import type { InstanceService } from "../modules/instance/instance.service";
import type { Events } from "./pubsub";

/** The services of every module, built once per process and shared by all requests. */
export interface Services {
  accounts: AccountService;
  profiles: ProfileService;
  elements: ElementService;
  /** The gazetteer. */
  places: PlaceService;
  /** Discovery: search, tags, map markers. */
  search: SearchService;
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
  /** The Live: news, comments, reactions, reports, and the fan-out of their events to subscribers. */
  news: NewsService;
  comments: CommentService;
  reactions: ReactionService;
  reports: ReportService;
  newsFanOut: NewsFanOut;
  /** A person's notifications and mail choices; their mails, sent by the job queue's worker. */
  notifications: NotificationService;
  notificationMails: NotificationMails;
  jobs: JobWorker;
  /** The help space: articles and first steps. */
  help: HelpService;
  /** The instance's settings, administrators and counts. */
  instance: InstanceService;
  /** Where people reach the app (PUBLIC_URL): public pages' addresses start with it. */
  publicUrl: string;
  /** Set when mail goes to the local outbox rather than to an SMTP server. */
  mailOutboxUrl: string | null;
  /** The instance's time zone (TIME_ZONE), which new events default to. */
  timeZone: string;
  /** The background map's tiles, when configured. */
  mapTiles: MapTiles | null;
}
