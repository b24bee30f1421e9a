import { createDataSource } from "../../server/db/database";

/**
 * The migrations are written by hand; this compares them with the entities. Foreign keys
 * and indexes live only in migrations, column defaults are spelled differently, and the
 * child columns of single-table inheritance look nullable to TypeORM: those differences are
 * expected. A missing, extra or retyped column or table is not.
 */
describe("migrations", () => {
  it("create every table and column the entities map, with the same types", async () => {
    const dataSource = createDataSource(process.env.TEST_DATABASE_URL!);
    await dataSource.initialize();
    try {
      const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
      const structural = upQueries
        .map((q) => q.query)
        .filter((query) => /CREATE TABLE|ADD "|DROP COLUMN|ALTER COLUMN "\w+" TYPE|RENAME/.test(query));
      expect(structural).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
