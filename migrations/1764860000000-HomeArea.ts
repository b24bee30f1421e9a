import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A person's home area ("communexion"): a town of the gazetteer, by its stable id
 * (fr:<INSEE code>, geonames:<id>), and a radius. Both or neither.
 */
export class HomeArea1764860000000 implements MigrationInterface {
  name = "HomeArea1764860000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE person
        ADD COLUMN home_place_id text,
        ADD COLUMN home_radius_km smallint,
        ADD CONSTRAINT person_home_area CHECK ((home_place_id IS NULL) = (home_radius_km IS NULL)
          AND (home_radius_km IS NULL OR home_radius_km BETWEEN 1 AND 100)
          AND length(home_place_id) <= 40)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person DROP COLUMN home_place_id, DROP COLUMN home_radius_km`);
  }
}
