import { randomUUID } from "node:crypto";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger";
import { isMessageKey, keyOfText, type Message, type MessageKey, type MessageParams, renderMessage } from "./messages";
import { constraintParams } from "./validators";

/** Stable codes in `extensions.code`; clients may switch on them. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "QUERY_TOO_COMPLEX"
  | "INTERNAL_SERVER_ERROR";

/** A problem with one input field, as a client receives it in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  /** English, rendered from the catalogue (server/graphql/messages.ts). */
  message: string;
  messageKey: MessageKey;
  messageParams: MessageParams;
}

/** A problem with one input field, as the code raising it names it. */
export interface FieldMessage extends Message {
  field: string;
}

const fieldProblem = ({ field, key, params = {} }: FieldMessage): FieldProblem => ({
  field,
  message: renderMessage(key, params),
  messageKey: key,
  messageParams: params,
});

/** The key and parameters every error carries besides its English text. */
function messageExtensions({ key, params = {} }: Message) {
  return { messageKey: key, messageParams: params };
}

/** Base of the errors a person is meant to read; anything else is reported as internal. */
export abstract class DomainError extends GraphQLError {
  abstract readonly code: ErrorCode;
  /** `text` replaces the rendered English only where it lists other rendered messages (InvalidInput). */
  constructor(message: Message, extensions: Record<string, unknown> = {}, text?: string) {
    super(text ?? renderMessage(message.key, message.params), {
      extensions: { ...extensions, ...messageExtensions(message) },
    });
  }
}

export class Unauthenticated extends DomainError {
  readonly code = "UNAUTHENTICATED";
  constructor(key: MessageKey = "auth.required") {
    super({ key });
  }
}

export class Forbidden extends DomainError {
  readonly code = "FORBIDDEN";
  constructor(message: MessageKey | Message = "forbidden.default", reason?: string) {
    super(typeof message === "string" ? { key: message } : message, reason ? { reason } : {});
  }
}

/** What was not found, named by its key in the catalogue (`notFound.<subject>`). */
export type NotFoundSubject = {
  [K in MessageKey]: K extends `notFound.${infer Subject}` ? Subject : never;
}[MessageKey];

export class NotFound extends DomainError {
  readonly code = "NOT_FOUND";
  constructor(subject: NotFoundSubject) {
    super({ key: `notFound.${subject}` });
  }
}

export class InvalidInput extends DomainError {
  readonly code = "BAD_USER_INPUT";
  constructor(problems: FieldMessage[]) {
    const fields = problems.map(fieldProblem);
    const { message, params } = invalidFields(fields);
    super({ key: "input.invalid", params }, { fields }, message);
  }
}

/**
 * The error as a whole names the wrong fields; each field's problem has its own key. The
 * English text lists them with their problems, which a translation shows next to each field.
 */
function invalidFields(fields: FieldProblem[]) {
  const details = fields.map((f) => `${f.field} (${f.message})`).join(", ");
  const params = { fields: fields.map((f) => f.field).join(", ") };
  return { message: renderMessage("input.invalid", { details }), params };
}

/** The formatted error for refused input values, whichever check refused them. */
function badUserInput(base: GraphQLFormattedError, fields: FieldProblem[]): GraphQLFormattedError {
  const { message, params } = invalidFields(fields);
  return {
    ...base,
    message,
    extensions: { code: "BAD_USER_INPUT", fields, ...messageExtensions({ key: "input.invalid", params }) },
  };
}

export class Conflict extends DomainError {
  readonly code = "CONFLICT";
  constructor(key: MessageKey, field?: string) {
    super({ key }, field ? { fields: [fieldProblem({ field, key })] } : {});
  }
}

export class RateLimited extends DomainError {
  readonly code = "RATE_LIMITED";
  constructor(
    readonly retryAfterSeconds: number,
    key: MessageKey = "rateLimited.retry",
  ) {
    super({ key, params: { count: retryAfterSeconds } }, { retryAfterSeconds });
  }
}

/** A document that could return more nodes than the limit (see QUERY_LIMITS); refused before it runs, with HTTP 400. */
export class QueryTooComplex extends DomainError {
  readonly code = "QUERY_TOO_COMPLEX";
  /** `cost` is null when the document is too large to count (fragments spread over and over). */
  constructor(cost: number | null, limit: number) {
    super(
      cost === null
        ? { key: "query.tooLargeToCount", params: { limit } }
        : { key: "query.tooComplex", params: { cost, limit } },
      { cost, limit, http: { status: 400 } },
    );
  }
}

interface ValidationErrorShape {
  property: string;
  target?: object;
  constraints?: Record<string, string>;
  contexts?: Record<string, { messageKey?: string }>;
  children?: ValidationErrorShape[];
}

/** Flattens class-validator's nested errors into field problems (`socialLinks.0.url`). */
function fieldProblems(errors: ValidationErrorShape[], prefix = ""): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
      constraintProblem(field, error, constraint, message),
    );
    return [...own, ...fieldProblems(error.children ?? [], `${field}.`)];
  });
}

/**
 * A failed class-validator constraint: its key is the decorator's `context.messageKey` (see
 * `says` in validators.ts) or `validation.<constraint>`, its parameters the decorator's own
 * (`MaxLength(300)` gives `{ max: 300 }`).
 */
function constraintProblem(
  field: string,
  error: ValidationErrorShape,
  constraint: string,
  message: string,
): FieldProblem {
  const key = error.contexts?.[constraint]?.messageKey ?? `validation.${constraint}`;
  if (isMessageKey(key)) return fieldProblem({ field, key, params: constraintParams(error, constraint) });
  // class-validator's default messages start with the property name; the field is given apart.
  const text = message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message;
  return { field, message: text, messageKey: "validation.invalidValue", messageParams: {} };
}

/** PostgreSQL unique violations name their constraint; map the ones people can cause to a field. */
const UNIQUE_CONSTRAINTS: Record<string, FieldMessage> = {
  person_email_key: { field: "email", key: "conflict.emailTaken" },
  person_username_key: { field: "username", key: "conflict.usernameTaken" },
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
    const { exception: _e, stacktrace: _s, http: _h, ...extensions } = original.extensions as Record<string, unknown>;
    return { ...base, message: original.message, extensions: { ...extensions, code: original.code } };
  }

  const validation = (original as { extensions?: { validationErrors?: ValidationErrorShape[] } })?.extensions
    ?.validationErrors;
  if (validation) return badUserInput(base, fieldProblems(validation));

  const coercion = variableProblem(formatted.message);
  if (coercion && formatted.extensions?.code === "BAD_USER_INPUT") return badUserInput(base, [coercion]);

  const pg = original as { code?: string; constraint?: string };
  if (pg?.code === "23505") {
    const known = pg.constraint ? UNIQUE_CONSTRAINTS[pg.constraint] : undefined;
    const key = known?.key ?? "conflict.duplicate";
    return {
      ...base,
      message: renderMessage(key),
      extensions: {
        code: "CONFLICT",
        ...(known ? { fields: [fieldProblem(known)] } : {}),
        ...messageExtensions({ key }),
      },
    };
  }

  const code = formatted.extensions?.code;
  if (typeof code === "string" && (GRAPHQL_CLIENT_CODES.has(code) || code === "BAD_USER_INPUT")) {
    // graphql's own wording of what is wrong with the document, for the developer who wrote it.
    return {
      ...base,
      message: stripSuggestions(formatted.message),
      extensions: { code, ...messageExtensions({ key: "request.invalid" }) },
    };
  }
  const known = formatted.extensions?.requestId;
  const errorId = requestId ?? (typeof known === "string" ? known : randomUUID());
  logger.error({ err: original, requestId: errorId, path: formatted.path }, "unexpected error");
  const internal: Message = { key: "internal.error", params: { requestId: errorId } };
  return {
    message: renderMessage(internal.key, internal.params),
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", requestId: errorId, ...messageExtensions(internal) },
  };
}

/**
 * graphql refuses a variable that does not fit its type (a scalar such as EmailAddress, a
 * missing field) before resolvers run, naming the place in its message only:
 * `Variable "$input" got invalid value "x" at "input.socialLinks[0].url"; must be …`.
 * The place becomes a field as class-validator names it (`socialLinks.0.url`).
 */
function variableProblem(message: string): FieldProblem | undefined {
  const within = /^Variable "\$(\w+)" got invalid value .* at "\1((?:\.\w+|\[\d+\])+)"; (.*)$/s.exec(message);
  if (within) {
    const [, , place, problem] = within;
    return coercionProblem(place.slice(1).replace(/\[(\d+)\]/g, ".$1"), problem);
  }
  const whole = /^Variable "\$(\w+)" got invalid value .*?; (.*)$/s.exec(message);
  return whole ? coercionProblem(whole[1], whole[2]) : undefined;
}

/**
 * Our scalars refuse with a catalogue message (server/graphql/scalars.ts), found back by its
 * text; graphql's own refusals (a missing field, a wrong type) keep their English wording.
 */
function coercionProblem(field: string, problem: string): FieldProblem {
  const text = stripSuggestions(problem);
  const key = keyOfText(text);
  return key
    ? fieldProblem({ field, key })
    : { field, message: text, messageKey: "validation.invalidValue", messageParams: {} };
}

/** Field suggestions ("Did you mean …?") would let anyone map the schema through errors. */
export function stripSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*$/s, "");
}

/** Fields that always have a value: an input sending null for one is refused rather than stored. */
export function refuseNulls(input: object, fields: readonly string[]): void {
  const cleared = fields.filter((field) => (input as Record<string, unknown>)[field] === null);
  if (cleared.length > 0) {
    throw new InvalidInput(cleared.map((field) => ({ field, key: "input.cannotClear" })));
  }
}
