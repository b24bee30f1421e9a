import { buildSchema, getMetadataStorage, type TypeResolver } from "type-graphql";
import { type GraphQLSchema, isAbstractType } from "graphql";
import { AccountResolver } from "../modules/accounts/account.resolver";
import { InstanceAdminResolver, InstanceResolver } from "../modules/instance/instance.resolver";
import { ProfileResolver } from "../modules/profiles/profile.resolver";
import { ElementResolver, ElementRevisionResolver } from "../modules/elements/element.resolver";
import { ElementPreviewResolver } from "../modules/elements/element.preview";
import { ElementInterfaceResolver } from "../modules/elements/element.interface";
import { OrganizationResolver } from "../modules/organizations/organization.resolver";
import { ElementImageResolver, ImageResolver, PersonImageResolver } from "../modules/media/media.resolver";
import { EventResolver, OrganizationEventsResolver, ProjectEventsResolver } from "../modules/events/event.resolver";
import { OrganizationProjectsResolver, ProjectResolver } from "../modules/projects/project.resolver";
import { CommunityResolver, NetworkResolver } from "../modules/links/community.resolver";
import { LinkResolver } from "../modules/links/link.resolver";
import { LinkRemovalResolver } from "../modules/links/link-removal";
import { PersonLinksResolver } from "../modules/links/person-links.resolver";
import { SearchResolver } from "../modules/discovery/search.resolver";
import { HomeAreaResolver } from "../modules/geography/home-area.resolver";
import { PlaceResolver } from "../modules/geography/place.resolver";
import { newsResolvers } from "../modules/news/news.resolver";
import { notificationResolvers } from "../modules/notifications/notification.resolver";
import { FirstStepsResolver, HelpResolver } from "../modules/help/help.resolver";
import { authChecker } from "./authorization";
import { validateArgument } from "./validation";
import type { Events } from "./pubsub";

export const resolvers = [
  AccountResolver,
  ProfileResolver,
  InstanceResolver,
  InstanceAdminResolver,
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
  LinkRemovalResolver,
  CommunityResolver,
  NetworkResolver,
  PersonLinksResolver,
  ElementPreviewResolver,
  ElementInterfaceResolver,
  PlaceResolver,
  HomeAreaResolver,
  SearchResolver,
  ...newsResolvers,
  ...notificationResolvers,
  HelpResolver,
  FirstStepsResolver,
] as const;

const ROOT_DESCRIPTIONS = {
  Query: "Reads: public data for anyone, more for those signed in, according to each element's settings",
  Mutation: "Changes: each states who may run it (see the README's authorization matrices)",
  Subscription: "Live updates over WebSocket (graphql-ws), filtered by the same rules as queries",
};

export async function createSchema(pubSub: Events): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validateFn: validateArgument,
  });
  resolveTypesAtOnce(schema);
  // type-graphql has no option for the root types' descriptions.
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (root) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
  }
  return schema;
}

/**
 * A field that only reads the property of its name, with no authorization rule or middleware, gets no
 * resolver (type-graphql's `simple` option, given to all of them at once): graphql-js and graphql-jit
 * then read the property themselves, where type-graphql's wrapper made each a resolver call, which
 * graphql-jit cannot inline (about 2,000 of them on a directory page). Fields with a field resolver
 * keep it. Not for a field named otherwise than its property, nor one with roles or middlewares
 * (none has any today; the schema has no global middlewares either, which simple fields would skip).
 */
function readPlainFieldsDirectly(): void {
  const metadata = getMetadataStorage();
  const guarded = new Set([...metadata.authorizedFields, ...metadata.middlewares].map(({ fieldName }) => fieldName));
  for (const field of metadata.fields) {
    if (field.simple === undefined && field.name === field.schemaName && !guarded.has(field.name)) field.simple = true;
  }
}

/**
 * type-graphql wraps each declared `resolveType` of an interface or union in an async function, where
 * graphql-jit (compiled-queries.ts) needs the type at once, as graphql-js accepts it too. Ours all
 * answer at once: the schema gets them as declared, a class they return turned into its type's name.
 * Abstract types without one keep type-graphql's own, which tells the class at once.
 */
function resolveTypesAtOnce(schema: GraphQLSchema): void {
  const metadata = getMetadataStorage();
  const declared = new Map<string, TypeResolver<unknown, unknown>>();
  for (const { name, resolveType } of [...metadata.interfaceTypes, ...metadata.unions]) {
    if (resolveType) declared.set(name, resolveType);
  }
  const typeNames = new Map<unknown, string>(metadata.objectTypes.map(({ target, name }) => [target, name]));
  const nameOf = (resolved: Awaited<ReturnType<TypeResolver<unknown, unknown>>>) =>
    typeof resolved === "string" ? resolved : resolved ? typeNames.get(resolved) : undefined;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const resolve = declared.get(type.name);
    if (!resolve) continue;
    type.resolveType = (...args) => {
      const resolved = resolve(...args);
      return resolved instanceof Promise ? resolved.then(nameOf) : nameOf(resolved);
    };
  }
}
