import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Events get `occurs_until`, the end of their last occurrence (null for a series without
 * end), kept by the Event entity on every save: date-range lists filter on it, since SQL
 * cannot expand recurrence rules. A changed occurrence replaces one start of its series
 * only once. Projects are listed by carrier.
 */
export class EventSpans1764300000000 implements MigrationInterface {
  name = "EventSpans1764300000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE element ADD COLUMN occurs_until timestamptz`);
    await db.query(
      `UPDATE element SET occurs_until = coalesce(ends_at, starts_at) WHERE kind = 'event' AND recurrence_rule IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX element_changed_occurrence_key ON element (recurrence_series_id, recurrence_original_start)
       WHERE recurrence_series_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX element_carrier_idx ON element (carrier_element_id) WHERE carrier_element_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX element_carrier_idx`);
    await db.query(`DROP INDEX element_changed_occurrence_key`);
    await db.query(`ALTER TABLE element DROP COLUMN occurs_until`);
  }
}
