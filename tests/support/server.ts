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
import type { LoginLimits } from "../../server/modules/accounts/login-throttle";
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

export interface TestServerOptions {
  env?: Record<string, string>;
  loginLimits?: LoginLimits;
  /** Leave SMTP_URL unset, so mail goes to the outbox folder. */
  withoutSmtp?: boolean;
}

/**
 * A real server on a free port, on the run's test database, with a real SMTP server
 * receiving its mail (and Redis when REDIS_URL is set, as on CI).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const mailbox = await Mailbox.start();
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    DATABASE_URL: process.env.TEST_DATABASE_URL!,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "communect-server-")),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    ...(options.withoutSmtp ? {} : { SMTP_URL: mailbox.url }),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
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
    rateLimitNamespace: `test-${randomUUID()}`,
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
    },
  };
}
