import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Activity in the Live: what the services record (an element created, someone joined, a new
 * administrator, a project's stage changed) appears as an item of its element's wall, so that
 * walls, the Live and feeds keep one list, one pagination and one audience rule. The item's
 * audience comes from its element: private for a private element, public in the element's
 * town otherwise (restricted when it has no place). Activity recorded before this migration
 * is brought in the same way.
 */
export class ActivityNews1764910000000 implements MigrationInterface {
  name = "ActivityNews1764910000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE news ADD COLUMN activity_id uuid UNIQUE REFERENCES activity(id) ON DELETE CASCADE`);
    await db.query(`
      INSERT INTO news (author_id, wall_element_id, audience, text, activity_id, created_at)
      SELECT coalesce(activity.person_id, activity.actor_id), activity.element_id,
        CASE WHEN element.private THEN 'private'
          WHEN element.latitude IS NOT NULL OR element.insee_code IS NOT NULL OR element.postal_code IS NOT NULL THEN 'public'
          ELSE 'restricted' END,
        '', activity.id, activity.created_at
      FROM activity JOIN element ON element.id = activity.element_id
      WHERE coalesce(activity.person_id, activity.actor_id) IS NOT NULL
        AND (activity.verb IN ('created', 'joined')
          OR (activity.verb = 'validated' AND (activity.person_id IS NOT NULL OR activity.data ? 'organizationId'))
          OR (activity.verb = 'edited' AND activity.data->'fields' ? 'stage'))`);
    await db.query(`
      INSERT INTO news_place (news_id, position, name, insee_code, postal_codes, latitude, longitude)
      SELECT news.id, 0, element.city, element.insee_code,
        CASE WHEN element.postal_code IS NULL THEN '{}'::text[] ELSE ARRAY[element.postal_code] END,
        element.latitude, element.longitude
      FROM news JOIN element ON element.id = news.wall_element_id
      WHERE news.activity_id IS NOT NULL AND news.audience = 'public'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM news WHERE activity_id IS NOT NULL`);
    await db.query(`ALTER TABLE news DROP COLUMN activity_id`);
  }
}
