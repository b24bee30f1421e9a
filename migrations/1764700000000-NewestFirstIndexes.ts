import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Lists are read in keyset order on a date truncated to the millisecond in UTC, then the id
 * (server/graphql/connection.ts, Ordering). Indexes on that very expression let PostgreSQL read a
 * page in order and stop after it, instead of sorting every row of the list: the directories
 * (newest elements first), upcoming events (soonest first) and community pages (newest links first).
 */
export class NewestFirstIndexes1764700000000 implements MigrationInterface {
  name = "NewestFirstIndexes1764700000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX element_newest_idx ON element ((date_trunc('milliseconds', created_at AT TIME ZONE 'UTC')), id)`,
    );
    await db.query(
      `CREATE INDEX element_soonest_idx ON element ((date_trunc('milliseconds', starts_at AT TIME ZONE 'UTC')), id)
       WHERE kind = 'event'`,
    );
    await db.query(
      `CREATE INDEX link_element_newest_idx ON link (element_id, (date_trunc('milliseconds', created_at AT TIME ZONE 'UTC')), id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX link_element_newest_idx`);
    await db.query(`DROP INDEX element_soonest_idx`);
    await db.query(`DROP INDEX element_newest_idx`);
  }
}
