import type { ErrorRequestHandler } from "express";
import { type MessageKey, renderMessage } from "../graphql/messages";
import type { Logger } from "../logger";

const CODES: Record<number, { code: string; key: MessageKey }> = {
  400: { code: "BAD_REQUEST", key: "request.unreadable" },
  413: { code: "PAYLOAD_TOO_LARGE", key: "request.bodyTooLarge" },
  415: { code: "BAD_REQUEST", key: "request.unsupportedType" },
};

/** The body of an HTTP error outside GraphQL, in GraphQL's error shape, with a stable code and no stack. */
export function httpErrorBody(status: number, requestId: string) {
  const known = CODES[status] ?? { code: "INTERNAL_SERVER_ERROR", key: "internal.http" as const };
  return {
    errors: [
      {
        message: renderMessage(known.key),
        extensions: { code: known.code, messageKey: known.key, messageParams: {}, requestId },
      },
    ],
  };
}

/** The HTTP status an error stands for: its own when it is a client error (4xx), otherwise 500. */
export function errorStatus(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500 ? status : 500;
}

/** Errors outside GraphQL (body too large, malformed JSON …) answer in GraphQL's error shape, without a stack. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = errorStatus(error);
    if (status === 500) logger.error({ err: error, requestId: req.id }, "unexpected HTTP error");
    res.status(status).json(httpErrorBody(status, req.id));
  };
}
