import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Notifications about news items and comments (mentions, comments, wall posts): each
 * occurrence grouped into a notification is kept as a source, so that hiding or deleting an
 * item or a comment withdraws what it caused, and a notification with no source left is gone.
 * `news_id` is the latest item a notification is about (where the web app leads).
 */
export class NewsNotifications1765100000000 implements MigrationInterface {
  name = "NewsNotifications1765100000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification ADD COLUMN news_id uuid REFERENCES news(id) ON DELETE SET NULL`);
    await db.query(`
      CREATE TABLE notification_source (
        notification_id uuid NOT NULL REFERENCES notification(id) ON DELETE CASCADE,
        news_id uuid NOT NULL REFERENCES news(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES news_comment(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX notification_source_notification_idx ON notification_source (notification_id)`);
    await db.query(`CREATE INDEX notification_source_news_idx ON notification_source (news_id)`);
    await db.query(
      `CREATE INDEX notification_source_comment_idx ON notification_source (comment_id) WHERE comment_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX notification_news_idx ON notification (news_id) WHERE news_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_source`);
    await db.query(`ALTER TABLE notification DROP COLUMN news_id`);
  }
}
