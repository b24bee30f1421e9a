import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The places of news get their earth point stored, as elements did (DiscoveryIndexes): `geo_point()`
 * carries its own search path, so PostgreSQL cannot inline it, and the Live's radius filter called
 * it on every place it read (about 40 µs each: 5 ms of PostgreSQL CPU for the page of a Live of
 * 100 items, and as much again for its count). The GiST index moves from the expression to the
 * column, with the item's id included so that the places of an area are read from the index alone.
 */
export class NewsPlaceGeo1765300000000 implements MigrationInterface {
  name = "NewsPlaceGeo1765300000000";

  async up(db: QueryRunner): Promise<void> {
    const [{ schema }] = await db.query(
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'earthdistance'`,
    );
    await db.query(
      `ALTER TABLE news_place ADD COLUMN geo ${schema}.earth GENERATED ALWAYS AS (geo_point(latitude, longitude)) STORED`,
    );
    // TypeORM reads the expression of generated columns from its own metadata table.
    await db.query(
      `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
       VALUES ('GENERATED_COLUMN', current_database(), current_schema(), 'news_place', 'geo', $1)`,
      ["geo_point(latitude, longitude)"],
    );
    await db.query(`DROP INDEX news_place_point_index`);
    await db.query(
      `CREATE INDEX news_place_geo_index ON news_place USING gist (geo) INCLUDE (news_id) WHERE geo IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX news_place_geo_index`);
    await db.query(
      `CREATE INDEX news_place_point_index ON news_place USING gist (geo_point(latitude, longitude)) WHERE latitude IS NOT NULL`,
    );
    await db.query(`DELETE FROM typeorm_metadata WHERE "table" = 'news_place' AND name = 'geo'`);
    await db.query(`ALTER TABLE news_place DROP COLUMN geo`);
  }
}
