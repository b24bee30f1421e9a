import { createTestDatabase } from "./database";

/**
 * One database for the whole run, migrated once. Tests share it and stay independent by
 * creating their own rows (unique e-mails and usernames); a file that needs a database of
 * its own (exact counts over lists) makes one with createTestDatabase.
 */
export default async function globalSetup() {
  const database = await createTestDatabase();
  process.env.TEST_DATABASE_URL = database.url;
  (globalThis as Record<string, unknown>).__communectTestDb = database;
}
