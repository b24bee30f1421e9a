import type { ErrorRequestHandler } from "express";
import type { Logger } from "../logger";

const CODES: Record<number, { code: string; message: string }> = {
  400: { code: "BAD_REQUEST", message: "The request could not be read." },
  413: { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large." },
  415: { code: "BAD_REQUEST", message: "This content type is not supported." },
};

/** Errors outside GraphQL (body too large, malformed JSON …) answer in GraphQL's error shape, without a stack. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    const known = CODES[status] ?? { code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side." };
    if (status === 500) logger.error({ err: error, requestId: req.id }, "unexpected HTTP error");
    res
      .status(status)
      .json({ errors: [{ message: known.message, extensions: { code: known.code, requestId: req.id } }] });
  };
}
