import { Activity } from "../modules/activity/activity.entity";
import { EmailToken } from "../modules/accounts/email-token.entity";
import { Person } from "../modules/accounts/person.entity";
import { Session } from "../modules/accounts/session.entity";
import { Element } from "../modules/elements/element.entity";
import { ElementRevision } from "../modules/elements/revision.entity";
import { Event } from "../modules/events/event.entity";
import { EmailInvitation } from "../modules/links/email-invitation.entity";
import { Link } from "../modules/links/link.entity";
import { Media } from "../modules/media/media.entity";
import { Organization } from "../modules/organizations/organization.entity";
import { Project } from "../modules/projects/project.entity";
import { News, NewsMention, NewsPlace, NewsRevision } from "../modules/news/news.entity";
import { Comment } from "../modules/news/comment.entity";
import { Reaction } from "../modules/news/reaction.entity";
import { Report } from "../modules/news/report.entity";
import { Notification } from "../modules/notifications/notification.entity";
import { InstanceSettings } from "../modules/instance/instance-settings.entity";

export const entities = [
  Person,
  Session,
  EmailToken,
  Element,
  Organization,
  Project,
  Event,
  Link,
  ElementRevision,
  Activity,
  Media,
  EmailInvitation,
  News,
  NewsPlace,
  NewsMention,
  NewsRevision,
  Comment,
  Reaction,
  Report,
  Notification,
  InstanceSettings,
];
