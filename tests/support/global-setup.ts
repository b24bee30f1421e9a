import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createDataSource } from "../../server/db/database";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../server/db/embedded";

/**
 * One database for the whole run, migrated once: a fresh database on the server given
 * by DATABASE_URL (CI), else an embedded PGlite in a temporary folder. Tests share it
 * and stay independent by creating their own rows (unique e-mails and usernames).
 */
export default async function globalSetup() {
  const state: { embedded?: EmbeddedDatabase; adminUrl?: string; dbName?: string } = {};
  let url: string;
  if (process.env.DATABASE_URL) {
    state.adminUrl = process.env.DATABASE_URL;
    state.dbName = `communect_test_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: state.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${state.dbName}`);
    await admin.end();
    const target = new URL(state.adminUrl);
    target.pathname = `/${state.dbName}`;
    url = target.toString();
  } else {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "communect-test-")), "pgdata");
    state.embedded = await startEmbeddedDatabase(dataDir);
    url = state.embedded.url;
  }
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();
  process.env.TEST_DATABASE_URL = url;
  (globalThis as Record<string, unknown>).__communectTestDb = state;
}
