import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import i18n from "../i18n";

/** The API's `extensions.code` values, plus what can go wrong before an answer arrives. */
export type ProblemCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK"
  | "UNKNOWN";

const API_CODES = new Set<string>([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL_SERVER_ERROR",
]);

/** What the server said, by key and parameters, with its English text (see server/graphql/messages.ts). */
export interface ServerMessage {
  message: string;
  messageKey?: string;
  messageParams?: Record<string, unknown>;
}

export interface FieldProblem extends ServerMessage {
  field: string;
}

/** An error from the API, reduced to what a form shows. */
export interface ApiProblem extends ServerMessage {
  code: ProblemCode;
  fields: FieldProblem[];
  /** FORBIDDEN may say why, such as EMAIL_NOT_VERIFIED. */
  reason?: string;
  retryAfterSeconds?: number;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const candidate = value as FieldProblem | null;
  return typeof candidate?.field === "string" && typeof candidate.message === "string";
}

const fieldProblem = (value: FieldProblem): FieldProblem => ({
  field: value.field,
  message: value.message,
  ...said(value as unknown as Record<string, unknown>),
});

export function apiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === "string" && API_CODES.has(extensions.code) ? extensions.code : "UNKNOWN";
    const fields = error.errors.flatMap((e) => {
      const given = (e.extensions as Record<string, unknown> | undefined)?.fields;
      return Array.isArray(given) ? given.filter(isFieldProblem).map(fieldProblem) : [];
    });
    return {
      code: code as ProblemCode,
      message: first?.message ?? "",
      ...said(extensions),
      fields,
      reason: typeof extensions.reason === "string" ? extensions.reason : undefined,
      retryAfterSeconds: typeof extensions.retryAfterSeconds === "number" ? extensions.retryAfterSeconds : undefined,
    };
  }
  if (ServerError.is(error)) {
    return { code: error.statusCode >= 500 ? "INTERNAL_SERVER_ERROR" : "UNKNOWN", message: error.message, fields: [] };
  }
  if (error instanceof TypeError) return { code: "NETWORK", message: error.message, fields: [] };
  return { code: "UNKNOWN", message: error instanceof Error ? error.message : String(error), fields: [] };
}

/** The key and parameters the server gave besides its English text, when they have the expected shape. */
function said(extensions: Record<string, unknown>): Pick<ServerMessage, "messageKey" | "messageParams"> {
  const { messageKey, messageParams } = extensions;
  return {
    messageKey: typeof messageKey === "string" ? messageKey : undefined,
    messageParams:
      typeof messageParams === "object" && messageParams !== null
        ? (messageParams as Record<string, unknown>)
        : undefined,
  };
}

/**
 * The one place that turns what the server said into text in the interface's language: the
 * translation of its key under `server.` (locale files), or its English text when the key is
 * unknown to this version of the web app.
 */
export function serverText({ message, messageKey, messageParams }: ServerMessage): string {
  const key = `server.${messageKey}`;
  if (!messageKey || !i18n.exists(key)) return message;
  return i18n.t(key as never, { ...messageParams, defaultValue: message });
}

/** The messages for one form field; `names` lists the field and any name the API uses for it. */
export function fieldMessage(problem: ApiProblem | null, ...names: string[]): string | undefined {
  const messages = problem?.fields.filter((f) => names.includes(f.field)).map(serverText) ?? [];
  return messages.length ? messages.join(" ") : undefined;
}
