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

/** Values validated before, by class, as JSON: how many each class keeps at most. */
const REMEMBERED_PER_CLASS = 1000;
const valid = new Map<unknown, Set<string>>();

/**
 * The JSON of an object holding only strings, finite numbers, booleans and nulls (arguments such as
 * `first` and `after`), undefined for any other: only such values are remembered, since class-validator
 * decides on them from the values alone (the project registers no validator of its own).
 */
function flatKey(value: object): string | undefined {
  for (const field of Object.values(value)) {
    if (field === null || field === undefined || typeof field === "string" || typeof field === "boolean") continue;
    if (typeof field === "number" && Number.isFinite(field)) continue;
    return undefined;
  }
  return JSON.stringify(value);
}

/**
 * Validates one argument object. Flat values found valid once are remembered by class: the 50
 * `community(first: 5)` of a directory page are then validated once, not 50 times. A refused value
 * is never remembered, so its errors are always class-validator's own.
 */
async function validateObject(value: object): Promise<void> {
  const key = flatKey(value);
  const remembered = key === undefined ? undefined : valid.get(value.constructor);
  if (key !== undefined && remembered?.has(key)) return;
  await validateOrReject(value, OPTIONS);
  if (key === undefined) return;
  if (!remembered || remembered.size >= REMEMBERED_PER_CLASS) valid.set(value.constructor, new Set([key]));
  else remembered.add(key);
}

export async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map(validateObject));
    else await validateObject(value);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}
