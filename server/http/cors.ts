import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";

/**
 * Cross-origin access, in one place. The app's own origins (`ALLOWED_ORIGINS`) call the API with
 * credentials, as the web app does. Any other site may read the open data: its requests are
 * answered with `Access-Control-Allow-Origin: *` and never with credentials, are always treated as
 * anonymous (a cookie the browser attaches anyway is ignored), and may run queries and
 * subscriptions only, never mutations (see graphql-http.ts and the WebSocket in app.ts).
 */

/** Where a request comes from: no Origin header (a server, curl, a same-origin GET), an allowed origin, another site. */
export type OriginKind = "none" | "allowed" | "foreign";

export function originKind(origin: string | undefined, allowedOrigins: readonly string[]): OriginKind {
  if (origin === undefined) return "none";
  return allowedOrigins.includes(origin) ? "allowed" : "foreign";
}

/**
 * Paths any site may read (GET, HEAD) without credentials, by prefix so that routes added later
 * under them are covered: the open data exports, the schema, the embed script and its chunks, and
 * the embeddable pages. /graphql itself has its own rule (queries also over POST).
 */
export const PUBLIC_READ_PATHS = /^\/(?:open-data(?:\/|$)|graphql\/schema\.graphql$|embed\.js$|embed-assets\/|embed\/)/;

/** Headers a foreign page may send to the API (JSON bodies, Apollo's CSRF header, a request id). */
const FOREIGN_REQUEST_HEADERS = "content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id";
/** How long browsers may keep a preflight's answer (seconds). */
const PREFLIGHT_MAX_AGE = "86400";

/** Marks an answer readable by any origin, without credentials. */
export function allowAnyOrigin(res: ServerResponse): void {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Expose-Headers", "x-request-id");
  // helmet sends same-origin; these resources are meant to be loaded by other sites.
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
}

/** Answers a foreign origin's preflight for the given methods (204, no credentials). */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, methods: string): void {
  allowAnyOrigin(res);
  res.setHeader("Access-Control-Allow-Methods", methods);
  res.setHeader("Access-Control-Allow-Headers", FOREIGN_REQUEST_HEADERS);
  res.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
  res.setHeader("Vary", "Origin, Access-Control-Request-Headers");
  res.statusCode = 204;
  res.setHeader("Content-Length", "0");
  res.end();
}

/**
 * express middleware for PUBLIC_READ_PATHS: their GET and HEAD answers carry
 * `Access-Control-Allow-Origin: *`, and their preflights are answered. Other methods go on
 * (and are refused by their routes, or 404).
 */
export function publicReadCors(): RequestHandler {
  return (req, res, next) => {
    if (!PUBLIC_READ_PATHS.test(req.path)) return next();
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
      return answerPreflight(req, res, "GET, HEAD");
    }
    if (req.method === "GET" || req.method === "HEAD") allowAnyOrigin(res);
    next();
  };
}
