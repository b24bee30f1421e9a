import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The gazetteer: towns of the world (GeoNames, 1000+ people) and every French commune
 * (INSEE code, postal codes), each with a point. Filled after the migrations from the
 * packages that ship the data (server/modules/geography/gazetteer.ts), and filled again
 * when their version changes (`place_source`).
 *
 * `search_key` is the name lower-cased, without accents and with hyphens and apostrophes
 * as spaces, for prefix matching ("st etienne", "saint-etienne" and "Saint-Étienne" meet).
 */
export class Gazetteer1764810000000 implements MigrationInterface {
  name = "Gazetteer1764810000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE place (
        id text PRIMARY KEY,
        name text NOT NULL,
        search_key text NOT NULL,
        country text NOT NULL,
        region text,
        insee_code text,
        postal_codes text[] NOT NULL DEFAULT '{}',
        population integer NOT NULL DEFAULT 0,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        approximate boolean NOT NULL DEFAULT false
      )`);
    await db.query(`CREATE INDEX place_search_key_index ON place (search_key text_pattern_ops)`);
    await db.query(`CREATE INDEX place_postal_codes_index ON place USING gin (postal_codes)`);
    await db.query(`CREATE INDEX place_insee_code_index ON place (insee_code) WHERE insee_code IS NOT NULL`);
    await db.query(
      `CREATE TABLE place_source (version text NOT NULL, places integer NOT NULL, loaded_at timestamptz NOT NULL)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE place_source`);
    await db.query(`DROP TABLE place`);
  }
}
