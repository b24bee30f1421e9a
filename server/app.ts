import { randomUUID } from "node:crypto";
import path from "node:path";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import Redis from "ioredis";
import { pinoHttp } from "pino-http";
import { WebSocketServer } from "ws";
import type { Config } from "./config";
import type { Database } from "./db/database";
import type { Context } from "./graphql/context";
import { formatError, stripSuggestions } from "./graphql/errors";
import { armor, checkDocument, QUERY_LIMITS } from "./graphql/limits";
import { createLoaders } from "./graphql/loaders";
import { createEventBus } from "./graphql/pubsub";
import { createSchema } from "./graphql/schema";
import type { Services } from "./graphql/services";
import { healthRoutes } from "./http/health";
import { errorHandler } from "./http/errors";
import { securityHeaders } from "./http/security";
import { clientRoutes } from "./http/client";
import { outboxRoutes } from "./http/outbox";
import type { Logger } from "./logger";
import { createMailer } from "./mail/mailer";
import { AccountService } from "./modules/accounts/account.service";
import { DEFAULT_LOGIN_LIMITS, type LoginLimits, LoginThrottle } from "./modules/accounts/login-throttle";
import { readSessionToken, sessionCookie } from "./modules/accounts/session-cookie";
import { ProfileService } from "./modules/profiles/profile.service";
import { ElementService } from "./modules/elements/element.service";
import { OrganizationService } from "./modules/organizations/organization.service";
import { MediaService } from "./modules/media/media.service";
import { mediaRoutes } from "./modules/media/media.routes";
import { ProjectService } from "./modules/projects/project.service";
import { EventService } from "./modules/events/event.service";
import { AdministrationService } from "./modules/links/administration.service";
import { EmailInvitationService } from "./modules/links/email-invitation.service";
import { FollowService } from "./modules/links/follow.service";
import { InvitationThrottle } from "./modules/links/invitation-throttle";
import { LinkService } from "./modules/links/link.service";

export interface AppOptions {
  config: Config;
  logger: Logger;
  database: Database;
  /** Tests lower the login limits to reach them quickly. */
  loginLimits?: LoginLimits;
  /** Prefix of rate-limit keys in Redis, so separate test servers do not share counters. */
  rateLimitNamespace?: string;
}

export interface App {
  httpServer: Server;
  schema: GraphQLSchema;
  services: Services;
  /** Listens on config.port (0 picks a free port) and resolves to the address. */
  listen(): Promise<string>;
  /** Stops accepting, finishes requests in flight, closes WebSockets, mail and events. */
  stop(): Promise<void>;
}

function requestId(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
}

/** Assembles the express app, Apollo server and graphql-ws from the modules' parts. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger, database } = options;
  const secure = config.publicUrl.startsWith("https:");
  const redis = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: true }) : undefined;
  const eventBus = createEventBus(config.redisUrl);
  const mailer = createMailer(config, logger);
  const throttle = new LoginThrottle(redis, options.loginLimits ?? DEFAULT_LOGIN_LIMITS, options.rateLimitNamespace);
  const dataSource = database.dataSource;
  const elements = new ElementService({ dataSource, deletionDelayDays: config.deletionDelayDays });
  const links = new LinkService(dataSource, elements);
  const emailInvitations = new EmailInvitationService({
    dataSource,
    links,
    mailer,
    throttle: new InvitationThrottle(redis, options.rateLimitNamespace),
    publicUrl: config.publicUrl,
  });
  const services: Services = {
    accounts: new AccountService({
      dataSource,
      mailer,
      throttle,
      publicUrl: config.publicUrl,
      onEmailVerified: (tx, person) => emailInvitations.claim(tx, person),
    }),
    profiles: new ProfileService(dataSource, eventBus.pubSub),
    elements,
    organizations: new OrganizationService(dataSource, elements),
    media: new MediaService({
      dataSource,
      directory: path.join(config.dataDir, "media"),
      publicUrl: config.publicUrl,
      redis,
      rateLimitNamespace: options.rateLimitNamespace,
    }),
    projects: new ProjectService(dataSource, elements),
    calendar: new EventService(dataSource, elements),
    links,
    administration: new AdministrationService(links),
    follows: new FollowService(dataSource, links),
    emailInvitations,
    events: eventBus.pubSub,
    mailOutboxUrl: mailer.outboxDir ? `${config.publicUrl}/outbox` : null,
  };

  async function contextFor(id: string, ip: string, cookieHeader: string | undefined) {
    const token = readSessionToken(cookieHeader);
    const found = token ? await services.accounts.personForSession(token) : null;
    const viewer = found?.person ?? null;
    return {
      requestId: id,
      viewer,
      sessionId: found?.session.id,
      ip,
      services,
      loaders: createLoaders(dataSource, viewer, config.deletionDelayDays),
    };
  }

  const schema = await createSchema(eventBus.pubSub);
  const app = express();
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: "/graphql",
    verifyClient: ({ origin }: { origin?: string }) => !origin || config.allowedOrigins.includes(origin),
  });
  const wsCleanup = useServer<Record<string, unknown>, { context?: Context }>(
    {
      schema,
      context: (ctx) => ctx.extra.context!,
      onConnect: async (ctx) => {
        const req = ctx.extra.request;
        ctx.extra.context = await contextFor(requestId(req), req.socket.remoteAddress ?? "", req.headers.cookie);
      },
      onSubscribe: (_ctx, _id, payload) => {
        const checked = checkDocument(schema, payload.query);
        if (!("kind" in checked)) {
          return checked.map(
            (error) =>
              new GraphQLError(stripSuggestions(error.message), { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }),
          );
        }
      },
      // Events go through the same error mapping as HTTP responses.
      onNext: (ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return result;
        const requestId = ctx.extra.context?.requestId;
        const errors = result.errors.map((error) => formatError(error.toJSON(), error, logger, requestId));
        return { ...result, errors } as unknown as typeof result;
      },
    },
    wsServer,
  );

  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema,
    ...protection,
    csrfPrevention: true,
    introspection: true,
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, logger),
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        // Lets formatError log unexpected errors under the request's id.
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors }) {
              for (const error of errors)
                (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            },
          };
        },
      },
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = requestId(req);
        res.setHeader("X-Request-Id", id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" },
    }),
  );
  app.use(securityHeaders(secure));
  app.use(healthRoutes(dataSource));
  app.use(
    "/graphql",
    cors({ origin: config.allowedOrigins, credentials: true }),
    express.json({ limit: QUERY_LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        ...(await contextFor(String(req.id), req.ip ?? "", req.headers.cookie)),
        setSessionCookie: (token: string | null) => res.append("Set-Cookie", sessionCookie(token, secure)),
      }),
    }),
  );
  app.use(mediaRoutes({ media: services.media, accounts: services.accounts, allowedOrigins: config.allowedOrigins }));
  if (mailer.outboxDir) app.use(outboxRoutes(mailer.outboxDir));
  app.use(clientRoutes());
  app.use(errorHandler(logger));

  // Elements past their deletion delay are purged hourly; several processes may do it, harmlessly.
  const purge = () =>
    elements
      .purgeExpiredDeletions()
      .then((count) => count > 0 && logger.info({ count }, "deleted elements past their deletion delay"))
      .catch((error) => logger.error({ err: error }, "purge of deleted elements failed"));
  const purgeTimer = setInterval(purge, 3600_000);
  purgeTimer.unref();

  return {
    httpServer,
    schema,
    services,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, "0.0.0.0", () => {
          const address = httpServer.address();
          resolve(`http://localhost:${typeof address === "object" && address ? address.port : config.port}`);
        });
      }),
    async stop() {
      clearInterval(purgeTimer);
      await apollo.stop();
      mailer.close();
      await eventBus.close();
      await redis?.quit();
    },
  };
}
