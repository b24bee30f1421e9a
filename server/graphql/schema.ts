import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { AccountResolver } from "../modules/accounts/account.resolver";
import { InstanceResolver } from "../modules/instance/instance.resolver";
import { ProfileResolver } from "../modules/profiles/profile.resolver";
import { ElementResolver, ElementRevisionResolver } from "../modules/elements/element.resolver";
import { OrganizationResolver } from "../modules/organizations/organization.resolver";
import { ElementImageResolver, ImageResolver, PersonImageResolver } from "../modules/media/media.resolver";
import { EventResolver, OrganizationEventsResolver, ProjectEventsResolver } from "../modules/events/event.resolver";
import { OrganizationProjectsResolver, ProjectResolver } from "../modules/projects/project.resolver";
import { CommunityResolver, NetworkResolver } from "../modules/links/community.resolver";
import { LinkResolver } from "../modules/links/link.resolver";
import { PersonLinksResolver } from "../modules/links/person-links.resolver";
import { authChecker } from "./authorization";
import type { Events } from "./pubsub";

export const resolvers = [
  AccountResolver,
  ProfileResolver,
  InstanceResolver,
  ElementResolver,
  ElementRevisionResolver,
  OrganizationResolver,
  ImageResolver,
  ElementImageResolver,
  PersonImageResolver,
  ProjectResolver,
  OrganizationProjectsResolver,
  EventResolver,
  OrganizationEventsResolver,
  ProjectEventsResolver,
  LinkResolver,
  CommunityResolver,
  NetworkResolver,
  PersonLinksResolver,
] as const;

export function createSchema(pubSub: Events): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validate: { forbidUnknownValues: false },
  });
}
