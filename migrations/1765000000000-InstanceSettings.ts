import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The instance's settings, edited by its administrators: one row (id 1), absent until the
 * first change (the defaults come from configuration). The area is a town of the gazetteer and a
 * radius, both or neither.
 */
export class InstanceSettings1765000000000 implements MigrationInterface {
  name = "InstanceSettings1765000000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE instance_settings (
        id smallint PRIMARY KEY CHECK (id = 1),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        description text CHECK (length(description) <= 2000),
        area_place_id text CHECK (length(area_place_id) <= 40),
        area_radius_km smallint,
        licence text NOT NULL CHECK (licence IN ('ODbL-1.0', 'etalab-2.0', 'CC-BY-4.0')),
        contact_email text CHECK (length(contact_email) <= 254),
        contact_url text CHECK (length(contact_url) <= 300),
        updated_by uuid REFERENCES person (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT instance_settings_area CHECK ((area_place_id IS NULL) = (area_radius_km IS NULL)
          AND (area_radius_km IS NULL OR area_radius_km BETWEEN 1 AND 200))
      )`);
    // The first verified account administers the instance: found by the order of creation.
    await db.query(
      `CREATE INDEX person_verified_by_creation ON person (created_at, id) WHERE email_verified_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX person_verified_by_creation`);
    await db.query(`DROP TABLE instance_settings`);
  }
}
