import type { MigrationInterface, QueryRunner } from "typeorm";

/** Fetching an image asks which news items show it (MediaService.audience): index their image ids. */
export class NewsImageIndex1764920000000 implements MigrationInterface {
  name = "NewsImageIndex1764920000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX news_image_ids_index ON news USING gin (image_ids)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX news_image_ids_index`);
  }
}
