import type { MigrationInterface, QueryRunner } from "typeorm";

/** Deleting a person sets owner_id to null on their media: without an index that scans the table. */
export class MediaOwnerIndex1764400000000 implements MigrationInterface {
  name = "MediaOwnerIndex1764400000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX media_owner_idx ON media (owner_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX media_owner_idx`);
  }
}
