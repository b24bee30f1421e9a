import type { MigrationInterface, QueryRunner } from "typeorm";

/** The finest level kept: cells of 45 / 2^8 degrees (about 20 km), the grid of zoom 8. */
const FINEST_LEVEL = 8;

/** SQL true for a row (of `element` or a transition table) an anonymous visitor sees on the map in full. */
const COUNTED = `latitude IS NOT NULL AND longitude IS NOT NULL AND kind <> 'person' AND NOT private
  AND deleted_at IS NULL AND deletion_requested_at IS NULL AND recurrence_series_id IS NULL`;

/** Each counted row of `rows` in its cell at every level, with `sign` (+1 or -1). */
const contributions = (rows: string, sign: number) => `
  SELECT level, kind, floor(latitude / (45::float8 / 2::float8 ^ level))::int AS cell_y,
         floor(longitude / (45::float8 / 2::float8 ^ level))::int AS cell_x,
         ${sign} AS count, ${sign} * latitude AS latitude_sum, ${sign} * longitude AS longitude_sum
  FROM ${rows}, generate_series(0, ${FINEST_LEVEL}) AS level
  WHERE ${COUNTED}`;

/** Adds the changes' net counts to map_cell, in key order (so that concurrent writers lock cells in one order). */
const apply = (changes: string) => `
  INSERT INTO map_cell (level, kind, cell_y, cell_x, count, latitude_sum, longitude_sum)
  SELECT level, kind, cell_y, cell_x, sum(count), sum(latitude_sum), sum(longitude_sum)
  FROM (${changes}) changes
  GROUP BY level, kind, cell_y, cell_x
  HAVING sum(count) <> 0 OR sum(latitude_sum) <> 0 OR sum(longitude_sum) <> 0
  ORDER BY level, kind, cell_y, cell_x
  ON CONFLICT (level, kind, cell_y, cell_x) DO UPDATE SET
    count = map_cell.count + excluded.count,
    latitude_sum = map_cell.latitude_sum + excluded.latitude_sum,
    longitude_sum = map_cell.longitude_sum + excluded.longitude_sum`;

/**
 * How many elements each cell of the map's coarse grids holds (see BENCHMARKS.md, "Places and
 * discovery"): a whole-country `mapMarkers` read every point in the box (an index-only scan of
 * some 94,000 rows at 100,000 elements) to count a few hundred cells. `map_cell` keeps, per grid
 * level (cells of 45 / 2^level degrees, levels 0 to 8), kind and cell, the count and the sums of
 * the coordinates of the elements an anonymous visitor sees in full: public, not deleted, no
 * deletion requested (visible during its delay, but not for ever: those few are read live), not
 * a changed occurrence. Triggers keep it in the same transaction as every change of `element`
 * (insert, move, privacy, deletion, kind); the map reads the cells inside the box from it and
 * the rest (the box's edges, private elements the viewer may see, pending deletions) live.
 */
export class MapCells1765120000000 implements MigrationInterface {
  name = "MapCells1765120000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE map_cell (
        level smallint NOT NULL,
        kind text NOT NULL,
        cell_y integer NOT NULL,
        cell_x integer NOT NULL,
        count integer NOT NULL,
        latitude_sum double precision NOT NULL,
        longitude_sum double precision NOT NULL,
        PRIMARY KEY (level, kind, cell_y, cell_x)
      )`);
    await db.query(`
      CREATE FUNCTION map_cell_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${apply(contributions("new_rows", 1))};
        ELSIF TG_OP = 'DELETE' THEN
          ${apply(contributions("old_rows", -1))};
        ELSE
          ${apply(`${contributions("new_rows", 1)} UNION ALL ${contributions("old_rows", -1)}`)};
        END IF;
        RETURN NULL;
      END $$`);
    // Per statement, with transition tables: a bulk insert (seeding, imports) adds each cell once.
    await db.query(`CREATE TRIGGER map_cell_insert AFTER INSERT ON element REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION map_cell_track()`);
    await db.query(`CREATE TRIGGER map_cell_update AFTER UPDATE ON element
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION map_cell_track()`);
    await db.query(`CREATE TRIGGER map_cell_delete AFTER DELETE ON element REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION map_cell_track()`);
    await db.query(`
      CREATE FUNCTION map_cell_clear() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN TRUNCATE map_cell; RETURN NULL; END $$`);
    await db.query(
      `CREATE TRIGGER map_cell_truncate AFTER TRUNCATE ON element FOR EACH STATEMENT EXECUTE FUNCTION map_cell_clear()`,
    );
    await db.query(apply(contributions("element", 1)));

    const visibility = "kind, private, deleted_at, deletion_requested_at, recurrence_series_id";
    // The map's edges east and west of the cells read from map_cell: a range of longitudes.
    await db.query(
      `CREATE INDEX element_box_by_longitude_index ON element (longitude, latitude) INCLUDE (${visibility})
       WHERE latitude IS NOT NULL`,
    );
    // What map_cell leaves out and a viewer may still see: private elements (to their community)
    // and pending deletions.
    await db.query(
      `CREATE INDEX element_box_uncounted_index ON element (latitude, longitude) INCLUDE (${visibility})
       WHERE latitude IS NOT NULL AND (private OR deletion_requested_at IS NOT NULL)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX element_box_uncounted_index`);
    await db.query(`DROP INDEX element_box_by_longitude_index`);
    await db.query(`DROP TRIGGER map_cell_truncate ON element`);
    await db.query(`DROP TRIGGER map_cell_delete ON element`);
    await db.query(`DROP TRIGGER map_cell_update ON element`);
    await db.query(`DROP TRIGGER map_cell_insert ON element`);
    await db.query(`DROP FUNCTION map_cell_clear()`);
    await db.query(`DROP FUNCTION map_cell_track()`);
    await db.query(`DROP TABLE map_cell`);
  }
}
