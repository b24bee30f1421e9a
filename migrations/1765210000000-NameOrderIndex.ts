import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Searches sorted by NAME (the directory's default and every list export's order) read their
 * pages by keyset on (lower(name), id). Without an index on it, each page sorted every visible
 * element: exporting 100,000 elements took a thousand full sorts (about 350 ms each). With it, a
 * page that does not ask for totalCount reads its 100 rows from the index (under 10 ms).
 */
export class NameOrderIndex1765210000000 implements MigrationInterface {
  name = "NameOrderIndex1765210000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX element_name_order_index ON element (lower(name), id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX element_name_order_index`);
  }
}
