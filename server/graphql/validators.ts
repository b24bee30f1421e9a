import { getMetadataStorage, IsUrl, Matches, MaxLength, type ValidationOptions } from "class-validator";
import { MESSAGES, type MessageKey, type MessageParams } from "./messages";

export const WEB_URL = { protocols: ["http", "https"], require_protocol: true };

/**
 * Options giving a class-validator decorator a message of the catalogue: its English text, and
 * its key in `context`, which formatError sends as the field problem's `messageKey`.
 */
export function says(key: MessageKey, options: ValidationOptions = {}): ValidationOptions {
  return { ...options, message: MESSAGES[key], context: { messageKey: key } };
}

/** Combines class-validator decorators into one, so a rule is written once. */
function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** An http(s) address of at most 300 characters. */
export const IsWebUrl = () => all(IsUrl(WEB_URL, says("validation.webUrl")), MaxLength(300));

/** A phone number as people write it: digits, spaces, + ( ) . - */
export const IsPhone = () => Matches(/^\+?[0-9 ().-]{4,30}$/, says("validation.phone"));

/** Names of the arguments of class-validator's constraints, as their messages use them (`count` for a number of things). */
const CONSTRAINT_ARGUMENTS: Partial<Record<string, (args: unknown[]) => MessageParams>> = {
  maxLength: ([max]) => ({ count: Number(max) }),
  minLength: ([min]) => ({ count: Number(min) }),
  isLength: ([min, max]) => ({ min: Number(min), max: Number(max) }),
  max: ([max]) => ({ max: Number(max) }),
  min: ([min]) => ({ min: Number(min) }),
  arrayMaxSize: ([max]) => ({ count: Number(max) }),
  arrayMinSize: ([min]) => ({ count: Number(min) }),
  isIn: ([values]) => ({ values: (values as unknown[]).join(", ") }),
  isEnum: ([entity]) => ({ values: Object.values(entity as object).join(", ") }),
};

/**
 * The parameters of a failed constraint, read from the decorator's metadata on the validated
 * object's class (`MaxLength(300)` gives `{ max: 300 }`); a decorator's `context.params`, when
 * given, is added.
 */
export function constraintParams(error: { target?: object; property: string }, constraint: string): MessageParams {
  const read = CONSTRAINT_ARGUMENTS[constraint];
  if (!error.target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, "", true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === constraint);
  const context = (metadata?.context ?? {}) as { params?: MessageParams };
  return { ...(read && metadata?.constraints ? read(metadata.constraints) : {}), ...(context.params ?? {}) };
}
