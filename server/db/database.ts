import { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { migrations } from "../../migrations";
import { entities } from "./entities";
import { startEmbeddedDatabase } from "./embedded";
import { EntityRows } from "./rows";
import { pgTypeParsers } from "./timestamps";
import { ensureGazetteer } from "../modules/geography/gazetteer";

/** Loads the gazetteer when it is missing or stale, logging its progress (a few seconds, once). */
async function loadGazetteer(dataSource: DataSource, logger: Logger): Promise<void> {
  let reported = 0;
  const loaded = await ensureGazetteer(dataSource, (done, total) => {
    if (reported === 0) logger.info({ total }, "loading the gazetteer (towns and postal codes)");
    reported = done;
    logger.info({ done, total }, `gazetteer: ${Math.round((100 * done) / total)}%`);
  });
  if (loaded) logger.info({ places: loaded }, "gazetteer loaded");
}

const POOL_SIZE = 8;

export interface Database {
  dataSource: DataSource;
  /** True when running on the embedded PGlite rather than a PostgreSQL server. */
  embedded: boolean;
  close(): Promise<void>;
}

export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    installExtensions: false,
    poolSize: POOL_SIZE,
    logging: false,
    extra: { types: pgTypeParsers },
  });
}

/** Opens the configured PostgreSQL, or the embedded one under DATA_DIR, and runs pending migrations. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(`${config.dataDir}/pgdata`);
  if (embedded) logger.info({ dataDir: config.dataDir }, "using the embedded PostgreSQL (PGlite)");
  const dataSource = createDataSource(config.databaseUrl ?? embedded!.url);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: "each" });
    for (const migration of applied) logger.info({ migration: migration.name }, "migration applied");
    await loadGazetteer(dataSource, logger);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.close();
    throw error;
  }
  // Named prepared statements are per session: PGlite has one for every connection (ours, or
  // another process's reached through its socket, as tests do), where two connections' names collide.
  if (!embedded && !(await isPGlite(dataSource))) EntityRows.prepareStatements(dataSource);
  return {
    dataSource,
    embedded: Boolean(embedded),
    async close() {
      await dataSource.destroy();
      await embedded?.close();
    },
  };
}

async function isPGlite(dataSource: DataSource): Promise<boolean> {
  const [{ version }] = (await dataSource.query("SELECT version()")) as { version: string }[];
  return version.includes("PGlite");
}
