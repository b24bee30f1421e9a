import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

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

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error from the API, reduced to what a form shows. */
export interface ApiProblem {
  code: ProblemCode;
  /** As the server wrote it (English); the interface shows a translated message per code instead. */
  message: string;
  fields: FieldProblem[];
  /** FORBIDDEN may say why, such as EMAIL_NOT_VERIFIED. */
  reason?: string;
  retryAfterSeconds?: number;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const candidate = value as FieldProblem | null;
  return typeof candidate?.field === "string" && typeof candidate.message === "string";
}

export function apiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === "string" && API_CODES.has(extensions.code) ? extensions.code : "UNKNOWN";
    const fields = error.errors.flatMap((e) => {
      const given = (e.extensions as Record<string, unknown> | undefined)?.fields;
      return Array.isArray(given) ? given.filter(isFieldProblem) : [];
    });
    return {
      code: code as ProblemCode,
      message: first?.message ?? "",
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

/** The messages for one form field; `names` lists the field and any name the API uses for it. */
export function fieldMessage(problem: ApiProblem | null, ...names: string[]): string | undefined {
  const messages = problem?.fields.filter((f) => names.includes(f.field)).map((f) => f.message) ?? [];
  return messages.length ? messages.join(" ") : undefined;
}
