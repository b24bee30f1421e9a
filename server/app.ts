import { randomUUID } from "node:crypto";
import { SearchService } from "./modules/discovery/search.service";
import { PlaceService } from "./modules/geography/place.service";
import path from "node:path";
import { createServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import express from "express";
import { type DocumentNode, getOperationAST, GraphQLError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import Redis from "ioredis";
import { WebSocketServer } from "ws";
import type { Config } from "./config";
import type { Database } from "./db/database";
import type { Context } from "./graphql/context";
import { Forbidden, formatError, RateLimited } from "./graphql/errors";
import { armor, checkDocument, costPlugin, parseOptions, QUERY_LIMITS } from "./graphql/limits";
import { compiledQueryGateway } from "./graphql/compiled-queries";
import { createLoaders } from "./graphql/loaders";
import { createEventBus, publishCommittedEvents } from "./graphql/pubsub";
import { createSchema } from "./graphql/schema";
import { SESSION_CACHE_MS, SESSION_CHECK_INTERVAL_MS, type SocketExtra, socketSessions } from "./graphql/subscriptions";
import type { Services } from "./graphql/services";
import { healthRoutes } from "./http/health";
import { errorHandler } from "./http/errors";
import { securityHeaderList, securityHeaders } from "./http/security";
import { originKind, publicReadCors } from "./http/cors";
import { embedRoutes } from "./http/embed";
import { graphqlOverHttp } from "./http/graphql-http";
import { requestId, requestLog, requestStart } from "./http/request-log";
import { apiExplorerRoutes, clientRoutes } from "./http/client";
import { outboxRoutes } from "./http/outbox";
import { clientAddress, trustFunction } from "./http/client-address";
import { Background } from "./background";
import type { Logger } from "./logger";
import { apiRateLimits, RateLimits } from "./rate-limit";
import { createMailer } from "./mail/mailer";
import { AccountService } from "./modules/accounts/account.service";
import { type AccountLimitRates, AccountLimits } from "./modules/accounts/account-limits";
import { DEFAULT_LOGIN_LIMITS, type LoginLimits, LoginThrottle } from "./modules/accounts/login-throttle";
import { readSessionToken, sessionCookie } from "./modules/accounts/session-cookie";
import { type FoundSession, SessionCache } from "./modules/accounts/session-cache";
import { ProfileService } from "./modules/profiles/profile.service";
import { ElementService } from "./modules/elements/element.service";
import { OrganizationService } from "./modules/organizations/organization.service";
import { MediaService, UPLOADS_PER_HOUR } from "./modules/media/media.service";
import { mediaRoutes } from "./modules/media/media.routes";
import { anonymousReader } from "./opendata/anonymous";
import { eventCalendarRoutes } from "./opendata/event-calendar";
import { openDataRoutes, pageJsonLdFor, sitemapRoutes } from "./opendata/routes";
import { ProjectService } from "./modules/projects/project.service";
import { EventService } from "./modules/events/event.service";
import { AdministrationService } from "./modules/links/administration.service";
import { EmailInvitationService, INVITATIONS_PER_HOUR } from "./modules/links/email-invitation.service";
import { FollowService } from "./modules/links/follow.service";
import { LinkService } from "./modules/links/link.service";
import { NewsService } from "./modules/news/news.service";
import { CommentService } from "./modules/news/comment.service";
import { ReactionService } from "./modules/news/reaction.service";
import { ReportService } from "./modules/news/report.service";
import { NewsFanOut } from "./modules/news/news.fanout";
import { InstanceService } from "./modules/instance/instance.service";
import type { DataLicenceId } from "./modules/instance/licences";
import { DEFAULT_NEWS_LIMITS, type NewsLimits } from "./modules/news/news.limits";
import { NotificationService } from "./modules/notifications/notification.service";
import { NotificationMails } from "./modules/notifications/notification.mails";
import { unsubscribeRoutes } from "./modules/notifications/unsubscribe.routes";
import { JobWorker } from "./jobs/queue";
import { makeHelpCommunityAdministrators } from "./modules/help/help-community";
import { HelpService } from "./modules/help/help.service";
import { HelpArticles, loadHelpArticles } from "./modules/help/help-articles";
import { PROJECT_ROOT } from "./paths";

export interface AppOptions {
  config: Config;
  logger: Logger;
  database: Database;
  /** Tests lower the login limits to reach them quickly. */
  loginLimits?: LoginLimits;
  /** Sign-up and account mail limits; tests lower (or raise) them. */
  accountLimits?: AccountLimitRates;
  /** Posting and commenting budgets per person; tests lower them. */
  newsLimits?: NewsLimits;
  /** URLs in one sitemap file (50,000, the protocol's limit, by default; tests page with fewer). */
  sitemapPageSize?: number;
  /** How often open WebSockets check that their session still lasts (tests shorten it); 60 s by default. */
  sessionCheckIntervalMs?: number;
  /** How long a WebSocket's session check serves its events (tests; SESSION_CACHE_MS by default). */
  sessionCacheMs?: number;
  /** How often the job queue looks for jobs other processes queued (5 s by default; tests shorten it). */
  jobPollMs?: number;
  /** The run of a query that compiles it (see compiledQueryGateway): the second by default, the first in tests. */
  compileQueriesOnRun?: number;
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

/** Assembles the express app, Apollo server and graphql-ws from the modules' parts. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger, database } = options;
  const secure = config.publicUrl.startsWith("https:");
  const redis = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: true }) : undefined;
  const eventBus = createEventBus(logger, config.redisUrl, config.redisPrefix);
  const stopPublishing = publishCommittedEvents(database.dataSource, eventBus.pubSub, logger);
  const mailer = createMailer(config, logger);
  const rateLimits = new RateLimits(redis, config.redisPrefix);
  // One rule for the client's address everywhere: express's req.ip, /graphql and WebSocket upgrades.
  const trustProxy = trustFunction(config.trustProxy);
  const background = new Background(logger);
  const apiLimits = apiRateLimits(rateLimits, config.apiRates);
  /** Counts one GraphQL operation, over HTTP or a WebSocket, against its caller's budget. */
  const admitOperation = (context: Context) =>
    context.viewer ? apiLimits.person.consume(context.viewer.id) : apiLimits.anonymous.consume(context.ip);
  const dataSource = database.dataSource;
  const places = new PlaceService(dataSource);
  const elements = new ElementService({ dataSource, deletionDelayDays: config.deletionDelayDays, places });
  const links = new LinkService(dataSource, elements);
  const emailInvitations = new EmailInvitationService({
    dataSource,
    links,
    mailer,
    throttle: rateLimits.limit("email_invitations", { points: INVITATIONS_PER_HOUR, seconds: 3600 }),
    publicUrl: config.publicUrl,
  });
  const newsLimits = options.newsLimits ?? DEFAULT_NEWS_LIMITS;
  const news = new NewsService({
    dataSource,
    deletionDelayDays: config.deletionDelayDays,
    posting: rateLimits.limit("news_posts", newsLimits.posts),
  });
  const notifications = new NotificationService(dataSource, links, config.deletionDelayDays);
  const notificationMails = new NotificationMails({
    dataSource,
    mailer,
    notifications,
    publicUrl: config.publicUrl,
    schedule: { hour: config.digestHour, timeZone: config.timeZone },
  });
  const jobs = new JobWorker(dataSource, notificationMails.handlers(), logger, options.jobPollMs ?? 5_000);
  const instance = new InstanceService({
    dataSource,
    places,
    deletionDelayDays: config.deletionDelayDays,
    namedAdmins: config.instanceAdmins,
    defaults: { name: config.instanceDefaults.name, licence: config.instanceDefaults.licence as DataLicenceId },
  });
  // The instance's administrators administer the help community: those named since the last start
  // now, and an account that becomes one (the first, or a named one) when its address is verified.
  await makeHelpCommunityAdministrators(dataSource.manager, await instance.administratorIds());
  const services: Services = {
    accounts: new AccountService({
      dataSource,
      mailer,
      throttle: new LoginThrottle(rateLimits, options.loginLimits ?? DEFAULT_LOGIN_LIMITS),
      limits: new AccountLimits(rateLimits, options.accountLimits),
      background,
      publicUrl: config.publicUrl,
      onEmailVerified: async (tx, person) => {
        await emailInvitations.claim(tx, person);
        // One verification at a time decides: two first accounts verified at once would each see
        // itself as the first (neither sees the other's uncommitted verification).
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('communect:first-account'))`);
        if (await instance.isAdmin(person, tx)) await makeHelpCommunityAdministrators(tx, [person.id]);
      },
    }),
    profiles: new ProfileService(dataSource, eventBus.pubSub),
    elements,
    places,
    search: new SearchService(dataSource, config.deletionDelayDays, config.timeZone),
    organizations: new OrganizationService(dataSource, elements),
    media: new MediaService({
      dataSource,
      directory: path.join(config.dataDir, "media"),
      publicUrl: config.publicUrl,
      uploads: rateLimits.limit("media_upload", { points: UPLOADS_PER_HOUR, seconds: 3600 }),
      deletionDelayDays: config.deletionDelayDays,
    }),
    projects: new ProjectService(dataSource, elements),
    calendar: new EventService(dataSource, elements),
    links,
    administration: new AdministrationService(links),
    follows: new FollowService(dataSource, links),
    emailInvitations,
    events: eventBus.pubSub,
    news,
    comments: new CommentService(dataSource, news, rateLimits.limit("news_comments", newsLimits.comments)),
    reactions: new ReactionService(dataSource, news),
    reports: new ReportService(dataSource, news, () => instance.administration()),
    newsFanOut: new NewsFanOut(dataSource, config.deletionDelayDays),
    notifications,
    notificationMails,
    jobs,
    help: new HelpService(dataSource, new HelpArticles(loadHelpArticles(path.join(PROJECT_ROOT, "help")))),
    instance,
    publicUrl: config.publicUrl,
    mailOutboxUrl: mailer.outboxDir ? `${config.publicUrl}/outbox` : null,
    timeZone: config.timeZone,
    mapTiles: config.mapTiles,
  };

  /** A request's (or a WebSocket operation's, or event's) context: fresh loaders every time. */
  function buildContext(id: string, ip: string, found: FoundSession | null): Context {
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

  const sessionCacheMs = options.sessionCacheMs ?? SESSION_CACHE_MS;
  const sessions = new SessionCache((token) => services.accounts.personForSession(token), sessionCacheMs);

  /**
   * An HTTP request's context, its session remembered for a few seconds (session-cache.ts): a
   * mutation reads it again (`rereadSession`, called once the operation is known).
   */
  async function contextFor(id: string, ip: string, cookieHeader: string | undefined): Promise<Context> {
    const token = readSessionToken(cookieHeader);
    if (!token) return buildContext(id, ip, null);
    const { found, remembered } = await sessions.lookup(token);
    const context = buildContext(id, ip, found);
    if (!remembered) {
      // The statement read the viewer's row now: a request about them needs no other.
      if (found) context.loaders.personById.prime(found.person.id, found.person);
      return context;
    }
    context.rereadSession = () => sessions.read(token);
    return context;
  }

  const schema = await createSchema(eventBus.pubSub);
  const app = express();
  // Clients (browsers, proxies, undici) drop idle keep-alive connections after a few seconds: the
  // server keeps them longer, so a client never sends a request on a socket the server is closing
  // (ECONNRESET, seen under load when the client's own timer fired late).
  // Requests are routed once Apollo has started, below.
  const httpServer = createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 });
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: "/graphql",
    // Any origin may open a socket; another site's is anonymous and for subscriptions only (cors.ts).
  });
  const sockets = socketSessions({
    findSession: (token) => services.accounts.personForSession(token),
    buildContext,
    clientAddress: (request) => clientAddress(request, trustProxy),
    checkIntervalMs: options.sessionCheckIntervalMs ?? SESSION_CHECK_INTERVAL_MS,
    cacheMs: sessionCacheMs,
    logger,
  });
  // Ended sessions (here or in another process) close their sockets at once.
  const sessionEnds = eventBus.pubSub.subscribe("SESSION_ENDED");
  void (async () => {
    for await (const { personId } of sessionEnds) {
      sessions.forgetPerson(personId);
      await sockets.sessionEnded(personId);
    }
  })().catch((error: unknown) => logger.error({ err: error }, "stopped listening for ended sessions"));
  const wsCleanup = useServer<Record<string, unknown>, Pick<SocketExtra, "state">>(
    {
      schema,
      onConnect: (ctx) =>
        sockets.open(ctx.extra, requestId(ctx.extra.request), {
          foreign: originKind(ctx.extra.request.headers.origin, config.allowedOrigins) === "foreign",
        }),
      onSubscribe: async (ctx, _id, payload) => {
        const checked = checkDocument(schema, payload);
        // Another site's socket may only subscribe (cors.ts).
        const refused =
          "kind" in checked &&
          ctx.extra.state?.foreign &&
          getOperationAST(checked, payload.operationName)?.operation !== "subscription"
            ? [new Forbidden("forbidden.foreignOrigin")]
            : null;
        // graphql-ws sends these as they are: give them the shape of HTTP errors.
        const refuse = (errors: readonly GraphQLError[]) =>
          errors.map((error) => {
            const { message, extensions } = formatError(error.toJSON(), error, logger, ctx.extra.state?.requestId);
            const { nodes, source, positions } = error;
            return new GraphQLError(message, { nodes, source, positions, extensions });
          });
        const errors = refused ?? ("kind" in checked ? null : checked);
        if (errors) return refuse(errors);
        const { operationName, variables } = payload;
        const args = await sockets.operation(
          ctx.extra,
          { document: checked as DocumentNode, operationName, variableValues: variables },
          schema,
        );
        if (Array.isArray(args)) return args;
        // Each operation a socket starts counts as a request over HTTP does.
        try {
          await admitOperation(args.contextValue as Context);
        } catch (error) {
          if (error instanceof RateLimited) return refuse([error]);
          throw error;
        }
        return args;
      },
      subscribe: (args) => sockets.subscribe(args),
      // Events go through the same error mapping as HTTP responses.
      onNext: (ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return result;
        const requestId = ctx.extra.state?.requestId;
        const errors = result.errors.map((error) => formatError(error.toJSON(), error, logger, requestId));
        return { ...result, errors } as unknown as typeof result;
      },
    },
    wsServer,
  );

  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    gateway: compiledQueryGateway(schema, { logger, compileOnRun: options.compileQueriesOnRun }),
    ...protection,
    parseOptions,
    csrfPrevention: true,
    introspection: true,
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, logger),
    plugins: [
      ...protection.plugins,
      costPlugin<Context>(),
      {
        // Another site may read, never write (cors.ts).
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, operation }) {
              if (contextValue.foreignOrigin && operation?.operation !== "query")
                throw new Forbidden("forbidden.foreignOrigin");
            },
          };
        },
      },
      {
        // A mutation acts for the session as it is now, not as remembered, and may change the viewer's
        // row or end their sessions: what this process remembers of them is forgotten after it.
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, operation }) {
              if (operation?.operation !== "mutation" || !contextValue.rereadSession) return;
              const found = await contextValue.rereadSession();
              const { requestId, ip } = contextValue;
              Object.assign(contextValue, buildContext(requestId, ip, found), { rereadSession: undefined });
            },
            async willSendResponse({ contextValue, operation }) {
              if (operation?.operation === "mutation" && contextValue.viewer) {
                sessions.forgetPerson(contextValue.viewer.id);
              }
            },
          };
        },
      },
      // Nothing sets cache hints: the default cache-control plugin would only wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
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

  const tileOrigin = config.mapTiles?.origin ?? null;
  const startRequest = requestStart(logger, (req) => clientAddress(req, trustProxy));
  const graphqlHttp = graphqlOverHttp<Context>({
    apollo,
    logger,
    startRequest,
    allowedOrigins: config.allowedOrigins,
    securityHeaders: securityHeaderList(secure, tileOrigin),
    maxBodyBytes: QUERY_LIMITS.maxBodyBytes,
    context: async (req, res, foreign) =>
      foreign
        ? { ...buildContext(req.id, clientAddress(req, trustProxy), null), foreignOrigin: true }
        : Object.assign(await contextFor(req.id, clientAddress(req, trustProxy), req.headers.cookie), {
            setSessionCookie: (token: string | null) =>
              void res.appendHeader("Set-Cookie", sessionCookie(token, secure)),
          }),
    admit: admitOperation,
    formatRefusal: (error, id) => formatError(error.toJSON(), error, logger, id),
  });

  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(requestLog(startRequest));
  app.use(securityHeaders(secure, tileOrigin));
  app.use(publicReadCors());
  app.use(healthRoutes(dataSource));
  app.use(apiExplorerRoutes(schema));
  app.use(mediaRoutes({ media: services.media, sessions, allowedOrigins: config.allowedOrigins }));
  app.use(outboxRoutes(mailer.outboxDir ?? null));
  app.use(eventCalendarRoutes(services.calendar, config.publicUrl));
  const read = anonymousReader(schema, () => buildContext(randomUUID(), "open-data", null));
  const openData = {
    read,
    dataSource,
    services,
    publicUrl: config.publicUrl,
    logger,
    dataDir: config.dataDir,
  };
  app.use("/open-data", openDataRoutes(openData));
  app.use(sitemapRoutes(openData, options.sitemapPageSize));
  app.use(unsubscribeRoutes(notifications));
  app.use(embedRoutes(securityHeaderList(secure, tileOrigin, true)));
  app.use(clientRoutes(undefined, { publicUrl: config.publicUrl, jsonLd: pageJsonLdFor(openData) }));
  app.use(errorHandler(logger));
  // POST and GET /graphql are served on node:http directly (see graphqlOverHttp), everything else by express.
  httpServer.on("request", (req, res) => {
    if (!graphqlHttp(req, res)) app(req, res);
  });

  // Elements past their deletion delay and accounts never verified are purged hourly; several
  // processes may do it, harmlessly.
  const purge = () =>
    Promise.all([
      elements
        .purgeExpiredDeletions()
        .then((count) => count > 0 && logger.info({ count }, "deleted elements past their deletion delay"))
        .catch((error) => logger.error({ err: error }, "purge of deleted elements failed")),
      services.accounts
        .purgeUnverified()
        .then((count) => count > 0 && logger.info({ count }, "deleted accounts never verified"))
        .catch((error) => logger.error({ err: error }, "purge of unverified accounts failed")),
    ]);
  const purgeTimer = setInterval(purge, 3600_000);
  purgeTimer.unref();

  // Mails wait in the job queue: this process sends its share, at once for the jobs it queues
  // itself, at its next poll for those of other processes.
  await notificationMails.scheduleDigests();
  jobs.start();
  jobs.wake();

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
      await sessionEnds.return?.();
      await jobs.stop();
      await apollo.stop();
      stopPublishing();
      await background.drain();
      mailer.close();
      await eventBus.close();
      await redis?.quit();
    },
  };
}
