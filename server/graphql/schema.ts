import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { AccountResolver } from "../modules/accounts/account.resolver";
import { InstanceResolver } from "../modules/instance/instance.resolver";
import { ProfileResolver } from "../modules/profiles/profile.resolver";
import { authChecker } from "./authorization";
import type { Events } from "./pubsub";

export const resolvers = [AccountResolver, ProfileResolver, InstanceResolver] as const;

export function createSchema(pubSub: Events): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validate: { forbidUnknownValues: false },
  });
}
