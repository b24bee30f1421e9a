import { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { migrations } from "../../migrations";
import { entities } from "./entities";
import { startEmbeddedDatabase } from "./embedded";

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
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.close();
    throw error;
  }
  return {
    dataSource,
    embedded: Boolean(embedded),
    async close() {
      await dataSource.destroy();
      await embedded?.close();
    },
  };
}
