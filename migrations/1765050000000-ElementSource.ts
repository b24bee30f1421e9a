import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Where an imported element comes from: the data set (`source`) and its id there
 * (`source_id`), unique together, so that importing the same file again updates rather
 * than duplicates. Both null for elements made in Communect.
 */
export class ElementSource1765050000000 implements MigrationInterface {
  name = "ElementSource1765050000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE element ADD COLUMN source text, ADD COLUMN source_id text`);
    await db.query(`CREATE UNIQUE INDEX element_source_index ON element (source, source_id)`);
    await db.query(
      `ALTER TABLE element ADD CONSTRAINT element_source_pair CHECK ((source IS NULL) = (source_id IS NULL))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE element DROP CONSTRAINT element_source_pair`);
    await db.query(`DROP INDEX element_source_index`);
    await db.query(`ALTER TABLE element DROP COLUMN source_id, DROP COLUMN source`);
  }
}
