import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes the discovery queries need at 100,000 elements (see BENCHMARKS.md, "Places and
 * discovery"):
 *
 * - `geo`, the earth point stored as a generated column: `geo_point()` carries its own
 *   search path, so PostgreSQL cannot inline it and every row a radius filter or a distance
 *   sort reads paid a function call (most of a nearest-20 query's time). The GiST index
 *   moves from the expression to this column, and includes the columns of the visibility
 *   filter, so that counting within a radius is an index-only scan; it also serves nearest
 *   first by `<->` (K-nearest-neighbour) order.
 * - A B-tree on (latitude, longitude), with the same included columns, for bounding boxes
 *   (the map), which had no index: an index-only scan reads a few megabytes where a
 *   sequential scan read every element with its texts.
 */
export class DiscoveryIndexes1764850000000 implements MigrationInterface {
  name = "DiscoveryIndexes1764850000000";

  async up(db: QueryRunner): Promise<void> {
    const [{ schema }] = await db.query(
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'earthdistance'`,
    );
    await db.query(
      `ALTER TABLE element ADD COLUMN geo ${schema}.earth GENERATED ALWAYS AS (geo_point(latitude, longitude)) STORED`,
    );
    // TypeORM reads the expression of generated columns from its own metadata table.
    await db.query(
      `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
       VALUES ('GENERATED_COLUMN', current_database(), current_schema(), 'element', 'geo', $1)`,
      ["geo_point(latitude, longitude)"],
    );
    await db.query(`DROP INDEX element_point_index`);
    const visibility = "kind, private, deleted_at, deletion_requested_at, recurrence_series_id";
    await db.query(
      `CREATE INDEX element_geo_index ON element USING gist (geo) INCLUDE (${visibility}) WHERE geo IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX element_box_index ON element (latitude, longitude) INCLUDE (${visibility}) WHERE latitude IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX element_box_index`);
    await db.query(`DROP INDEX element_geo_index`);
    await db.query(
      `CREATE INDEX element_point_index ON element USING gist (geo_point(latitude, longitude)) WHERE latitude IS NOT NULL`,
    );
    await db.query(`DELETE FROM typeorm_metadata WHERE "table" = 'element' AND name = 'geo'`);
    await db.query(`ALTER TABLE element DROP COLUMN geo`);
  }
}
