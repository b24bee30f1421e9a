import { asksForPage } from "./client";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import cors from "cors";
import type { Logger } from "../logger";
import { errorStatus, httpErrorBody } from "./errors";
import type { RequestStart } from "./request-log";
import { setHeaders } from "./security";
import { allowAnyOrigin, answerPreflight, originKind } from "./cors";
import type { GraphQLFormattedError } from "graphql";
import { RateLimited } from "../graphql/errors";

/** A refusal while reading the body, with the status express's body parser would have given. */
class BodyError extends Error {
  constructor(readonly status: 400 | 413 | 415) {
    super(`request body refused (${status})`);
  }
}

/**
 * The JSON body of a POST, read as express.json() read it: only `application/json` (in UTF-8) is
 * parsed, other types leave the body out (Apollo then answers 400); an empty body is {}; the text
 * must be an object or an array; past `limit` bytes, 413. Compressed bodies are not accepted (415).
 */
function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers["content-type"]?.split(";");
  if (!type || type[0].trim().toLowerCase() !== "application/json") return Promise.resolve(undefined);
  const charset = type.slice(1).find((part) => part.trim().toLowerCase().startsWith("charset="));
  if (charset && !/^\s*charset="?utf-8"?\s*$/i.test(charset)) return Promise.reject(new BodyError(415));
  const encoding = req.headers["content-encoding"];
  if (encoding && encoding.toLowerCase() !== "identity") return Promise.reject(new BodyError(415));
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) return Promise.reject(new BodyError(413));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        reject(new BodyError(413));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("error", reject);
    req.once("end", () => {
      if (size > limit) return;
      const text = chunks.length === 1 ? chunks[0].toString("utf8") : Buffer.concat(chunks).toString("utf8");
      const first = text.trimStart()[0];
      if (first === undefined) return resolve({});
      if (first !== "{" && first !== "[") return reject(new BodyError(400));
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new BodyError(400));
      }
    });
  });
}

/**
 * Accept headers for which Apollo answers in `application/json`, as it does without one: left out of
 * the request given to Apollo, which then skips its content negotiation (2 % of a small request).
 */
const ACCEPTS_JSON = new Set(["*/*", "application/json"]);

/** Seconds a foreign origin's GET query may be cached (the widgets refresh at this pace). */
export const FOREIGN_GET_MAX_AGE = 60;

export interface GraphQLHttpOptions<T extends BaseContext> {
  apollo: ApolloServer<T>;
  logger: Logger;
  /** Gives the request its id and its log line (request-log.ts), as for express's routes. */
  startRequest: RequestStart;
  allowedOrigins: string[];
  /** Precomputed security headers, set on every answer as on express's. */
  securityHeaders: [string, string][];
  maxBodyBytes: number;
  /**
   * The request's context: id, caller's address, session cookie, and how to set the cookie; for a
   * request from a foreign origin (`foreign`), anonymous and for queries only.
   */
  context(req: IncomingMessage, res: ServerResponse, foreign: boolean): Promise<T>;
  /** Counts the request against the caller's budget; throws RateLimited (answered 429) when it is spent. */
  admit(context: T): Promise<void>;
  /** The refusal's body, in GraphQL's error shape. */
  formatRefusal(error: RateLimited, requestId: string): GraphQLFormattedError;
}

/**
 * GraphQL over HTTP (POST and GET /graphql) on plain node:http, in front of express, which keeps every
 * other route: the same rules as the express stack had (request id and log, security headers, CORS for
 * the allowed origins with credentials, and for any other origin anonymously (cors.ts), 413/400/415 JSON errors, Apollo's CSRF prevention, limits and
 * error mapping), without express's router, body parser, ETag and response wrappers, which cost as much as
 * GraphQL itself on a small query. Returns false for any other path, which express then serves.
 */
export function graphqlOverHttp<T extends BaseContext>(options: GraphQLHttpOptions<T>) {
  const { apollo, logger } = options;
  const corsCheck = cors({ origin: options.allowedOrigins, credentials: true });

  async function serve(req: IncomingMessage, res: ServerResponse, foreign: boolean): Promise<void> {
    // The budget is counted before the body is read, so that a refusal costs next to nothing.
    const context = await options.context(req, res, foreign);
    await options.admit(context);
    const body = req.method === "POST" ? await readJsonBody(req, options.maxBodyBytes) : undefined;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || (name === "accept" && ACCEPTS_JSON.has(value as string))) continue;
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const query = req.url!.indexOf("?");
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method!.toUpperCase(),
        headers,
        search: query === -1 ? "" : req.url!.slice(query),
        body,
      },
      context: () => Promise.resolve(context),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    // A foreign origin's GET is anonymous, so its answer is everyone's: caches may keep it a little.
    if (foreign && req.method === "GET" && res.statusCode === 200) {
      res.setHeader("Cache-Control", `public, max-age=${FOREIGN_GET_MAX_AGE}`);
    }
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  function fail(req: IncomingMessage, res: ServerResponse, id: string, error: unknown) {
    const status = errorStatus(error);
    if (status === 500) logger.error({ err: error, requestId: id }, "unexpected HTTP error");
    if (res.headersSent) return void res.destroy();
    if (error instanceof RateLimited) {
      // The body (unread) may still be arriving: close the connection rather than read it.
      res.setHeader("Connection", "close");
      res.setHeader("Retry-After", String(error.retryAfterSeconds));
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.statusCode = 429;
      return void res.end(JSON.stringify({ errors: [options.formatRefusal(error, id)] }));
    }
    // A refused body may still be arriving: close the connection rather than read it to the end.
    if (error instanceof BodyError) res.setHeader("Connection", "close");
    res.statusCode = status;
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(JSON.stringify(httpErrorBody(status, id)));
  }

  return function handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const path = query === -1 ? url : url.slice(0, query);
    if (path !== "/graphql" && path !== "/graphql/") return false;
    // A browser opening the address gets the explorer page, which express serves (client.ts).
    if (req.method === "GET" && asksForPage(req.headers.accept)) return false;
    const id = options.startRequest(req, res);
    setHeaders(res, options.securityHeaders);
    // What Apollo's cache-control plugin (turned off: nothing sets cache hints) said of every answer.
    res.setHeader("Cache-Control", "no-store");
    const run = (foreign: boolean) => serve(req, res, foreign).catch((error: unknown) => fail(req, res, id, error));
    const kind = originKind(req.headers.origin, options.allowedOrigins);
    if (kind !== "foreign") {
      if (req.method === "OPTIONS") corsCheck(req, res, () => void run(false));
      else {
        // What cors() sets on an answer (not a preflight) to the app's own origins, or to a request
        // without Origin, written out: the package's option merging and callbacks cost 3 % of a request.
        if (kind === "allowed") res.setHeader("Access-Control-Allow-Origin", req.headers.origin!);
        res.setHeader("Vary", "Origin");
        res.setHeader("Access-Control-Allow-Credentials", "true");
        void run(false);
      }
      return true;
    }
    // Any other site reads the API anonymously, without credentials (see cors.ts).
    if (req.method === "OPTIONS") {
      answerPreflight(req, res, "GET, POST");
      return true;
    }
    allowAnyOrigin(res);
    res.setHeader("Vary", "Origin");
    void run(true);
    return true;
  };
}
