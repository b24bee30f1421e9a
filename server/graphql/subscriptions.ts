import type { IncomingMessage } from "node:http";
import { Repeater } from "@graphql-yoga/subscription";
import {
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  print,
} from "graphql";
import type { Extra } from "graphql-ws/use/ws";
import type { Logger } from "../logger";
import type { FoundSession } from "../modules/accounts/session-cache";
import { readSessionToken } from "../modules/accounts/session-cookie";
import type { Context } from "./context";
import { Unauthenticated } from "./errors";

/** Close code of a socket whose session ended: graphql-ws's "Unauthorized", which clients do not retry. */
export const SESSION_ENDED = 4401;
/** A signed-in socket's session is checked at least this often, besides before events. */
export const SESSION_CHECK_INTERVAL_MS = 60_000;
/**
 * How long an event may use a socket's last session check. A busy Live sends each socket many
 * events: checking before each would be one query per subscriber per event. An ended session
 * is told at once by SESSION_ENDED (sessionEnded below), so this only bounds how stale a
 * person's own profile may be in their events, and the delay across processes for a
 * session ended in another one.
 */
export const SESSION_CACHE_MS = 5_000;

/** What `sessionOf` says of a socket whose session ended. */
const ENDED = Symbol("session ended");

export interface SocketSessionsOptions {
  /** The session behind a token, or null when it ended (logout, password change or reset, deletion) or expired. */
  findSession(token: string): Promise<FoundSession | null>;
  /** A context with fresh loaders, as an HTTP request gets one. */
  buildContext(requestId: string, ip: string, found: FoundSession | null): Context;
  /** The client's address behind the upgrade request (the socket's, or the trusted proxies' X-Forwarded-For). */
  clientAddress(request: IncomingMessage): string;
  checkIntervalMs: number;
  /** How long a session check serves the socket's events (SESSION_CACHE_MS; 0 checks before every event). */
  cacheMs: number;
  logger: Logger;
}

/** What a socket keeps between its operations: nothing of the viewer but the session token. */
interface SocketState {
  requestId: string;
  ip: string;
  /** Opened by another site's page: anonymous whatever cookie came, and for subscriptions only. */
  foreign?: boolean;
  /** Set when the socket opened with a live session; the socket closes when that session ends. */
  sessionToken?: string;
  /** The last check of that session, and when it was made (performance.now()). */
  checked?: { found: FoundSession; at: number };
}

export type SocketExtra = Extra & { state?: SocketState };

export interface Operation {
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
}

/**
 * Who is behind each WebSocket, never cached for the socket's life: every operation and every
 * event of a subscription gets its own context (fresh loaders), the session checked again when
 * its last check is older than `cacheMs`, and at once when SESSION_ENDED tells that the
 * person's sessions ended; a socket whose session ended is closed with SESSION_ENDED before it
 * receives anything more.
 */
export function socketSessions(options: SocketSessionsOptions) {
  const { findSession, buildContext, logger } = options;
  /** The socket each operation's context belongs to, for its events. */
  const socketOf = new WeakMap<Context, SocketExtra>();
  /** The signed-in sockets of each person, to check at once when their sessions end. */
  const socketsOf = new Map<string, Set<SocketExtra>>();

  function end(extra: SocketExtra) {
    if (extra.socket.readyState === extra.socket.OPEN) extra.socket.close(SESSION_ENDED, "Session ended");
  }

  /** The socket's session now (null once ended, the socket then closing), remembered for the next events. */
  async function check(extra: SocketExtra, token: string): Promise<FoundSession | null> {
    const found = await findSession(token);
    if (!found) {
      extra.state!.checked = undefined;
      end(extra);
      return null;
    }
    extra.state!.checked = { found, at: performance.now() };
    return found;
  }

  /**
   * The socket's session now: null for an anonymous socket, ENDED (the socket closing) once its
   * session ended.
   */
  async function sessionOf(extra: SocketExtra): Promise<FoundSession | null | typeof ENDED> {
    const { sessionToken, checked } = extra.state!;
    if (!sessionToken) return null;
    const recent = checked && performance.now() - checked.at < options.cacheMs ? checked.found : null;
    return recent ?? (await check(extra, sessionToken)) ?? ENDED;
  }

  /** A fresh context for the socket's viewer; null, with the socket closing, once its session ended. */
  async function contextOf(extra: SocketExtra): Promise<Context | null> {
    const found = await sessionOf(extra);
    return found === ENDED ? null : buildContext(extra.state!.requestId, extra.state!.ip, found);
  }

  /**
   * An event's results, by viewer and operation. Every subscriber of a busy Live receives each
   * event: those who ask the same thing as the same viewer (the same session, or anonymous)
   * get one execution between them, with its own fresh context, instead of one each.
   * Results depend only on the viewer, the operation and the event: nothing in the schema
   * reads the request id or the address of a subscription's context.
   */
  const sharedResults = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

  function resultOf(event: unknown, key: string, run: () => Promise<ExecutionResult>): Promise<ExecutionResult> {
    if (typeof event !== "object" || event === null) return run();
    let results = sharedResults.get(event);
    if (!results) sharedResults.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = run()));
    return result;
  }

  return {
    /**
     * graphql-ws `onConnect`: reads the session cookie once (an unknown session makes an
     * anonymous socket, as over HTTP; another site's socket, `foreign`, ignores it) and checks a
     * signed-in socket's session every interval.
     */
    async open(extra: SocketExtra, requestId: string, { foreign = false } = {}): Promise<void> {
      const token = foreign ? undefined : readSessionToken(extra.request.headers.cookie);
      const found = token ? await findSession(token) : null;
      extra.state = {
        requestId,
        ip: options.clientAddress(extra.request),
        foreign,
        sessionToken: found ? token : undefined,
      };
      if (!found) return;
      extra.state.checked = { found, at: performance.now() };
      const personId = found.person.id;
      const sockets = socketsOf.get(personId) ?? new Set();
      socketsOf.set(personId, sockets.add(extra));
      const timer = setInterval(() => {
        check(extra, token!).catch((error: unknown) =>
          logger.warn({ err: error, requestId }, "could not check a WebSocket's session"),
        );
      }, options.checkIntervalMs);
      timer.unref();
      extra.socket.once("close", () => {
        clearInterval(timer);
        sockets.delete(extra);
        if (sockets.size === 0 && socketsOf.get(personId) === sockets) socketsOf.delete(personId);
      });
    },

    /** SESSION_ENDED: the person's sockets check their sessions now; those whose session ended close. */
    async sessionEnded(personId: string): Promise<void> {
      const sockets = [...(socketsOf.get(personId) ?? [])];
      await Promise.all(
        sockets.map(async (extra) => {
          // No event may use the old check meanwhile.
          extra.state!.checked = undefined;
          await check(extra, extra.state!.sessionToken!).catch((error: unknown) =>
            logger.warn({ err: error, requestId: extra.state!.requestId }, "could not check a WebSocket's session"),
          );
        }),
      );
    },

    /** graphql-ws `onSubscribe`, once the document passed the limits: the operation's own context. */
    async operation(extra: SocketExtra, operation: Operation, schema: ExecutionArgs["schema"]) {
      const contextValue = await contextOf(extra);
      // Never sent: the socket is already closing.
      if (!contextValue) return [new Unauthenticated("auth.sessionEnded")];
      socketOf.set(contextValue, extra);
      return { ...operation, schema, contextValue } satisfies ExecutionArgs;
    },

    /**
     * graphql-ws `subscribe`: graphql-js's own, except that each event is resolved with a
     * context of its own, built after checking the session again.
     */
    async subscribe(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
      const extra = socketOf.get(args.contextValue as Context);
      if (!extra) throw new Error("A subscription's context must come from socketSessions().operation");
      const source = await createSourceEventStream(args);
      if (!(Symbol.asyncIterator in source)) return source;
      const operationKey = JSON.stringify([
        print(args.document),
        args.operationName ?? null,
        args.variableValues ?? {},
      ]);
      return new Repeater<ExecutionResult>(async (push, stop) => {
        const events = source[Symbol.asyncIterator]();
        void stop.then(() => events.return?.());
        for (let event = await events.next(); !event.done; event = await events.next()) {
          let found: FoundSession | null | typeof ENDED;
          try {
            found = await sessionOf(extra);
          } catch (error) {
            // Mapped (logged, hidden) by the server's error formatting, as any unexpected error.
            await push({
              errors: [new GraphQLError("Could not check the session", { originalError: error as Error })],
            });
            continue;
          }
          if (found === ENDED) break;
          const viewerKey = found ? `session:${found.session.id}` : "anonymous";
          const { requestId, ip } = extra.state!;
          const rootValue = event.value;
          await push(
            await resultOf(rootValue, `${viewerKey} ${operationKey}`, async () =>
              execute({ ...args, rootValue, contextValue: buildContext(requestId, ip, found) }),
            ),
          );
        }
        stop();
      });
    },
  };
}
