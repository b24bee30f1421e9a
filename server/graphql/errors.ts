import { randomUUID } from "node:crypto";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger";

/** Stable codes in `extensions.code`; clients may switch on them. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INTERNAL_SERVER_ERROR";

export interface FieldProblem {
  field: string;
  message: string;
}

/** Base of the errors a person is meant to read; anything else is reported as internal. */
export abstract class DomainError extends GraphQLError {
  abstract readonly code: ErrorCode;
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions });
  }
}

export class Unauthenticated extends DomainError {
  readonly code = "UNAUTHENTICATED";
  constructor(message = "You need to log in first.") {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = "FORBIDDEN";
  constructor(message = "You are not allowed to do this.", reason?: string) {
    super(message, reason ? { reason } : {});
  }
}

export class NotFound extends DomainError {
  readonly code = "NOT_FOUND";
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

export class InvalidInput extends DomainError {
  readonly code = "BAD_USER_INPUT";
  constructor(problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join(" "), { fields: problems });
  }
}

export class Conflict extends DomainError {
  readonly code = "CONFLICT";
  constructor(message: string, field?: string) {
    super(message, field ? { fields: [{ field, message }] } : {});
  }
}

export class RateLimited extends DomainError {
  readonly code = "RATE_LIMITED";
  constructor(retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}

interface ValidationErrorShape {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorShape[];
}

/** Flattens class-validator's nested errors into `field: message` pairs (`socialLinks.0.url`). */
function fieldProblems(errors: ValidationErrorShape[], prefix = ""): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    // class-validator's default messages start with the property name; the field is given apart.
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...fieldProblems(error.children ?? [], `${field}.`)];
  });
}

/** PostgreSQL unique violations name their constraint; map the ones people can cause to a field. */
const UNIQUE_CONSTRAINTS: Record<string, { field: string; message: string }> = {
  person_email_key: { field: "email", message: "An account already uses this e-mail address." },
  person_username_key: { field: "username", message: "This username is already taken." },
};

/** Kept apart so a client can tell a bad document from bad values. */
const GRAPHQL_CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * The one place that decides what an error looks like to a client: domain errors
 * keep their message and code; input validation names the fields; a duplicate
 * becomes CONFLICT; everything else is logged with the request id and hidden.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  requestId?: string,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    const { exception: _e, stacktrace: _s, ...extensions } = original.extensions as Record<string, unknown>;
    return { ...base, message: original.message, extensions: { ...extensions, code: original.code } };
  }

  const validation = (original as { extensions?: { validationErrors?: ValidationErrorShape[] } })?.extensions
    ?.validationErrors;
  if (validation) {
    const fields = fieldProblems(validation);
    return {
      ...base,
      message: `Some values are not valid: ${fields.map((f) => `${f.field} (${f.message})`).join(", ")}.`,
      extensions: { code: "BAD_USER_INPUT", fields },
    };
  }

  const pg = original as { code?: string; constraint?: string };
  if (pg?.code === "23505") {
    const known = pg.constraint ? UNIQUE_CONSTRAINTS[pg.constraint] : undefined;
    return {
      ...base,
      message: known?.message ?? "This already exists.",
      extensions: { code: "CONFLICT", ...(known ? { fields: [{ field: known.field, message: known.message }] } : {}) },
    };
  }

  const code = formatted.extensions?.code;
  if (typeof code === "string" && (GRAPHQL_CLIENT_CODES.has(code) || code === "BAD_USER_INPUT")) {
    return { ...base, message: stripSuggestions(formatted.message), extensions: { code } };
  }
  const known = formatted.extensions?.requestId;
  const errorId = requestId ?? (typeof known === "string" ? known : randomUUID());
  logger.error({ err: original, requestId: errorId, path: formatted.path }, "unexpected error");
  return {
    message: `Something went wrong on our side. Reference: ${errorId}`,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", requestId: errorId },
  };
}

/** Field suggestions ("Did you mean …?") would let anyone map the schema through errors. */
export function stripSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*$/s, "");
}

/** Fields that always have a value: an input sending null for one is refused rather than stored. */
export function refuseNulls(input: object, fields: readonly string[]): void {
  const cleared = fields.filter((field) => (input as Record<string, unknown>)[field] === null);
  if (cleared.length > 0) {
    throw new InvalidInput(cleared.map((field) => ({ field, message: "cannot be cleared: leave it out to keep it" })));
  }
}
