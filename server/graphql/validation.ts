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

export async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}
