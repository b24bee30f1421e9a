import type { MigrationInterface, QueryRunner } from "typeorm";

/** Organizations, projects and events get a banner besides their logo, an uploaded image like it. */
export class ElementBanner1764510000000 implements MigrationInterface {
  name = "ElementBanner1764510000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE element ADD COLUMN banner_id uuid REFERENCES media(id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE element DROP COLUMN banner_id`);
  }
}
