import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/database";
import { createLogger } from "./logger";

/** `npm run migrate`: applies pending migrations (opening the database runs them) and exits. */
async function migrate() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  logger.info("migrations are up to date");
  await database.close();
}

migrate().catch((error) => {
  console.error(
    error instanceof ConfigError
      ? error.message
      : `Migration failed: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
