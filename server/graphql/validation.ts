import { validateOrReject, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError } from "type-graphql";

/**
 * type-graphql's own argument validation, with class-validator imported once: the built-in one
 * requires it again for every argument it validates, which showed in CPU profiles. The same
 * options (missing properties skipped, unknown values allowed) and the same error, which
 * errors.ts maps to BAD_USER_INPUT with its validationErrors.
 */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === "object";

/** Longest key of flat arguments remembered as valid (longer ones are validated every time). */
const MAX_KEY_LENGTH = 512;
/** Valid values remembered per class; past this, the class's memory starts again empty. */
const MAX_REMEMBERED = 1000;

/**
 * Flat arguments (every property a string, a finite number, a boolean or null) found valid, by class.
 * class-validator's constraints here are pure functions of the value (no custom constraint reads
 * the database or the clock), so the same class with the same values is valid again: the request
 * `person(id:)` no longer runs class-validator (about 4 % of its CPU, most of it walking every
 * class's metadata) for an id already seen. Only successes are remembered; a refusal is worked out
 * again each time, with its messages.
 */
const valid = new WeakMap<object, Set<string>>();

/** The key of a flat argument object, or null when it holds anything else (objects, arrays, dates). */
function flatKey(value: object): string | null {
  // A property left undefined reads as a missing one, to class-validator as here.
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  for (const [, item] of entries) {
    const type = typeof item;
    if (type === "string" || type === "boolean" || item === null) continue;
    if (type === "number" && Number.isFinite(item)) continue;
    return null;
  }
  const key = JSON.stringify(entries);
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

export async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  const key = Array.isArray(value) ? null : flatKey(value);
  const remembered = key === null ? undefined : valid.get(value.constructor);
  if (remembered?.has(key!)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
  if (key === null) return;
  if (!remembered) valid.set(value.constructor, new Set([key]));
  else {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.add(key);
  }
}
