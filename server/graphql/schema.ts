import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { AccountResolver } from "../modules/accounts/account.resolver";
import { InstanceResolver } from "../modules/instance/instance.resolver";
import { ProfileResolver } from "../modules/profiles/profile.resolver";
import { ElementResolver } from "../modules/elements/element.resolver";
import { OrganizationResolver } from "../modules/organizations/organization.resolver";
import { CommunityResolver, NetworkResolver } from "../modules/links/community.resolver";
import { LinkResolver } from "../modules/links/link.resolver";
import { PersonLinksResolver } from "../modules/links/person-links.resolver";
import { Event } from "../modules/events/event.entity";
import { Project } from "../modules/projects/project.entity";
import { authChecker } from "./authorization";
import type { Events } from "./pubsub";

export const resolvers = [
  AccountResolver,
  ProfileResolver,
  InstanceResolver,
  ElementResolver,
  OrganizationResolver,
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
    // Element kinds without their own resolver yet still belong to the interface.
    orphanedTypes: [Project, Event],
  });
}
