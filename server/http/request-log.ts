import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Logger } from "../logger";

declare module "node:http" {
  interface IncomingMessage {
    /** The request's id: the caller's X-Request-Id when well-formed, otherwise a new UUID. */
    id: string;
  }
}

/** The caller's X-Request-Id when it looks like one (8–64 word characters or dashes), otherwise a new UUID. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
}

/** Gives a request its id and arranges its log line; answers the id. */
export type RequestStart = (req: IncomingMessage, res: ServerResponse) => string;

/**
 * What starts every request: gives it its id (also in the X-Request-Id response header) and, when the
 * logger's level lets info lines through, logs it once answered with the client's address (`addressOf`:
 * the socket's, or the one trusted proxies report). Below that level it does no other work (pino-http
 * built its log objects on every request whatever the level).
 */
export const requestStart =
  (logger: Logger, addressOf: (req: IncomingMessage) => string): RequestStart =>
  (req, res) => {
    const id = requestId(req);
    req.id = id;
    res.setHeader("X-Request-Id", id);
    if (req.url !== "/healthz" && logger.isLevelEnabled("info")) logWhenAnswered(logger, id, addressOf(req), req, res);
    return id;
  };

function logWhenAnswered(logger: Logger, id: string, remoteAddress: string, req: IncomingMessage, res: ServerResponse) {
  const started = performance.now();
  res.once("finish", () =>
    logger.info(
      {
        req: { id, method: req.method, url: req.url, remoteAddress },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - started),
      },
      "request completed",
    ),
  );
}

/** requestStart as express middleware, for every route express serves. */
export function requestLog(start: RequestStart): RequestHandler {
  return (req, res, next) => {
    start(req, res);
    next();
  };
}
