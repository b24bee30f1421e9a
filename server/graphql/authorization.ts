import type { AuthChecker } from "type-graphql";
import { requireViewer } from "../modules/policy/policy";
import { Forbidden } from "./errors";
import type { Context } from "./context";

/**
 * Who may call an operation at all. Every mutation and subscription states one with
 * @Authorized(Access.X) (a test walks the schema to make sure); finer rules, such
 * as "only the owner", are actions of the policy module (modules/policy/policy.ts).
 */
export enum Access {
  /** Anyone, logged in or not: registration, login, public reads. */
  ANYONE = "ANYONE",
  SIGNED_IN = "SIGNED_IN",
}

export const authChecker: AuthChecker<Context, Access> = ({ context }, rules) => {
  if (rules.includes(Access.ANYONE)) return true;
  if (rules.includes(Access.SIGNED_IN)) return Boolean(requireViewer(context));
  // Deny by default: an operation whose rule this checker does not know is refused.
  throw new Forbidden("forbidden.operationNotOpen");
};
