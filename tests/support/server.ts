import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { type App, createApp } from "../../server/app";
import { type Config, loadConfig } from "../../server/config";
import { type Database, openDatabase } from "../../server/db/database";
import { createLogger } from "../../server/logger";
import { createTestDatabase } from "./database";
import type { AccountLimitRates } from "../../server/modules/accounts/account-limits";
import type { LoginLimits } from "../../server/modules/accounts/login-throttle";
import type { NewsLimits } from "../../server/modules/news/news.limits";
import { Mailbox } from "./mailbox";

export interface TestServer {
  url: string;
  config: Config;
  app: App;
  database: Database;
  mailbox: Mailbox;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const UNREACHABLE = { points: 100_000, seconds: 3600 };
const UNREACHABLE_ACCOUNT_LIMITS: AccountLimitRates = {
  registrationsPerIp: UNREACHABLE,
  registrationsPerDomain: UNREACHABLE,
  mailsPerAddress: UNREACHABLE,
  mailRequestsPerIp: UNREACHABLE,
};

export interface TestServerOptions {
  env?: Record<string, string>;
  loginLimits?: LoginLimits;
  /** Sign-up and account mail limits; by default too high to reach, as every test signs up from 127.0.0.1. */
  accountLimits?: AccountLimitRates;
  /** Leave SMTP_URL unset, so mail goes to the outbox folder. */
  withoutSmtp?: boolean;
  /** How often open WebSockets re-check their session (60 s by default). */
  sessionCheckIntervalMs?: number;
  sessionCacheMs?: number;
  /** Posting and commenting budgets (the defaults otherwise). */
  newsLimits?: NewsLimits;
  /** How often the job queue looks for due jobs (5 s by default). */
  jobPollMs?: number;
  /**
   * A database of its own, dropped when the server stops, for tests whose answers depend on
   * everything in it (versions of exports, walks of the whole API) while other files write.
   */
  ownDatabase?: boolean;
  /** URLs in one sitemap file (the protocol's 50,000 by default). */
  sitemapPageSize?: number;
  /** The run of a query that compiles it: the first by default, so that tests go through the compiled code. */
  compileQueriesOnRun?: number;
}

/**
 * A real server on a free port, on the run's test database, with a real SMTP server
 * receiving its mail (and Redis when REDIS_URL is set, as on CI).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const mailbox = await Mailbox.start();
  const port = await freePort();
  const own = options.ownDatabase ? await createTestDatabase() : null;
  const env: Record<string, string> = {
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    DATABASE_URL: own?.url ?? process.env.TEST_DATABASE_URL!,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "communect-server-")),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    ...(options.withoutSmtp ? {} : { SMTP_URL: mailbox.url }),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    // Each server its own Redis keys and channels (rate-limit counters, events), unless a test shares them.
    REDIS_PREFIX: `test-${randomUUID()}`,
    // Every test calls the API from 127.0.0.1: the API's budgets are out of reach unless a test lowers them.
    API_RATE_ANONYMOUS: "1000000",
    API_RATE_PERSON: "1000000",
    ...options.env,
  };
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  const app = await createApp({
    config,
    logger,
    database,
    loginLimits: options.loginLimits,
    sessionCheckIntervalMs: options.sessionCheckIntervalMs,
    sessionCacheMs: options.sessionCacheMs,
    newsLimits: options.newsLimits,
    jobPollMs: options.jobPollMs,
    sitemapPageSize: options.sitemapPageSize,
    accountLimits: options.accountLimits ?? UNREACHABLE_ACCOUNT_LIMITS,
    compileQueriesOnRun: options.compileQueriesOnRun ?? 1,
  });
  const url = await app.listen();
  return {
    url,
    config,
    app,
    database,
    mailbox,
    async stop() {
      await app.stop();
      await database.close();
      await mailbox.close();
      await own?.drop();
    },
  };
}

/** A job queue poll interval long enough that no poll happens during a test (for tests counting statements). */
export const QUIET_JOBS_MS = 3_600_000;
