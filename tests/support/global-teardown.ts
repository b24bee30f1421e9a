import { Client } from "pg";
import type { EmbeddedDatabase } from "../../server/db/embedded";

export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__communectTestDb as {
    embedded?: EmbeddedDatabase;
    adminUrl?: string;
    dbName?: string;
  };
  await state?.embedded?.close();
  if (state?.adminUrl && state.dbName) {
    const admin = new Client({ connectionString: state.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.dbName} WITH (FORCE)`);
    await admin.end();
  }
}
