import type { AuthChecker } from "type-graphql";
import { Unauthenticated } from "./errors";
import type { Context } from "./context";

/**
 * Who may call an operation at all. Every mutation and subscription states one with
 * @Authorized(Access.X) (a test walks the schema to make sure); finer rules, such
 * as "only the owner", live in each module's service.
 */
export enum Access {
  /** Anyone, logged in or not: registration, login, public reads. */
  ANYONE = "ANYONE",
  SIGNED_IN = "SIGNED_IN",
}

export const authChecker: AuthChecker<Context, Access> = ({ context }, rules) => {
  if (rules.includes(Access.ANYONE)) return true;
  if (rules.includes(Access.SIGNED_IN) && context.viewer) return true;
  throw new Unauthenticated();
};
