import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { createDataSource } from "../../server/db/database";
import { startEmbeddedDatabase } from "../../server/db/embedded";
import { ensureGazetteer } from "../../server/modules/geography/gazetteer";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, migrated database: on the server given by DATABASE_URL (CI), else an embedded
 * PGlite in a temporary folder.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const database = process.env.DATABASE_URL ? await onServer(process.env.DATABASE_URL) : await embedded();
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await ensureGazetteer(dataSource);
  await dataSource.destroy();
  return database;
}

async function onServer(adminUrl: string): Promise<TestDatabase> {
  const name = `communect_test_${process.pid}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const asAdmin = async (sql: string) => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function embedded(): Promise<TestDatabase> {
  const database = await startEmbeddedDatabase(
    path.join(mkdtempSync(path.join(tmpdir(), "communect-test-")), "pgdata"),
  );
  return { url: database.url, drop: () => database.close() };
}
