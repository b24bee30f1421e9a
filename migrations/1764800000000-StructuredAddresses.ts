import type { MigrationInterface, QueryRunner } from "typeorm";
import { parseAddressText } from "../server/modules/geography/address-text";

/**
 * Every element gets a structured address (street, postal code, city, country, INSEE code)
 * and a point, indexed for distance queries with earthdistance over cube (GiST). Free-text
 * addresses become structured where a postal code and town are recognised, and stay as the
 * street otherwise; revisions of the old `address` field become `street` changes. Whether
 * an element is private becomes a column (generated from its settings) with an index, for
 * the visibility filter of every list.
 *
 * `geo_point` wraps `ll_to_earth` with a fixed search path: the extension's functions name
 * `earth()` unqualified, which fails when an index is rebuilt under an empty search path
 * (restores, autovacuum).
 */
export class StructuredAddresses1764800000000 implements MigrationInterface {
  name = "StructuredAddresses1764800000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    const [{ schema }] = await db.query(
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'earthdistance'`,
    );
    await db.query(`
      CREATE FUNCTION geo_point(latitude double precision, longitude double precision) RETURNS ${schema}.earth
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = ${schema}, pg_temp
      AS $$ SELECT ll_to_earth(latitude, longitude) $$`);
    await db.query(`
      ALTER TABLE element
        ADD COLUMN street text,
        ADD COLUMN postal_code text,
        ADD COLUMN city text,
        ADD COLUMN country text,
        ADD COLUMN insee_code text,
        ADD COLUMN latitude double precision,
        ADD COLUMN longitude double precision,
        ADD COLUMN private boolean GENERATED ALWAYS AS (coalesce((settings->>'private')::boolean, false)) STORED,
        ADD CONSTRAINT element_point CHECK ((latitude IS NULL) = (longitude IS NULL)
          AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))),
        ADD CONSTRAINT element_address_bounds CHECK (length(street) <= 300 AND length(postal_code) <= 12
          AND length(city) <= 120 AND country ~ '^[A-Z]{2}$' AND insee_code ~ '^[0-9AB]{5}$')`);

    const rows: { id: string; address: string }[] = await db.query(
      `SELECT id, address FROM element WHERE address IS NOT NULL`,
    );
    for (const row of rows) {
      const parsed = parseAddressText(row.address);
      await db.query(`UPDATE element SET street = $2, postal_code = $3, city = $4, country = $5 WHERE id = $1`, [
        row.id,
        parsed.street?.slice(0, 300) ?? null,
        parsed.postalCode,
        parsed.city?.slice(0, 120) ?? null,
        parsed.country,
      ]);
    }
    // Old revisions name the removed field: they become changes of the street, so that a revert still applies.
    await db.query(`
      UPDATE element_revision SET changes = (
        SELECT jsonb_agg(CASE WHEN change->>'field' = 'address'
          THEN jsonb_set(change, '{field}', '"street"') ELSE change END ORDER BY position)
        FROM jsonb_array_elements(changes) WITH ORDINALITY AS entry(change, position))
      WHERE changes @> '[{"field": "address"}]'`);
    await db.query(`ALTER TABLE element DROP COLUMN address`);

    // TypeORM reads the expression of generated columns from its own metadata table.
    await db.query(`CREATE TABLE IF NOT EXISTS typeorm_metadata (
      type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)`);
    await db.query(
      `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
       VALUES ('GENERATED_COLUMN', current_database(), current_schema(), 'element', 'private', $1)`,
      ["coalesce((settings->>'private')::boolean, false)"],
    );
    await db.query(
      `CREATE INDEX element_point_index ON element USING gist (geo_point(latitude, longitude)) WHERE latitude IS NOT NULL`,
    );
    await db.query(`CREATE INDEX element_private_index ON element (private, kind)`);
    await db.query(`CREATE INDEX element_postal_code_index ON element (postal_code)`);
    await db.query(`CREATE INDEX element_insee_code_index ON element (insee_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE element ADD COLUMN address text`);
    await db.query(`
      UPDATE element SET address = nullif(concat_ws(E'\\n', street, nullif(concat_ws(' ', postal_code, city), '')), '')`);
    await db.query(`
      UPDATE element_revision SET changes = (
        SELECT jsonb_agg(CASE WHEN change->>'field' = 'street'
          THEN jsonb_set(change, '{field}', '"address"') ELSE change END ORDER BY position)
        FROM jsonb_array_elements(changes) WITH ORDINALITY AS entry(change, position))
      WHERE changes @> '[{"field": "street"}]'`);
    await db.query(`ALTER TABLE element
      DROP COLUMN street, DROP COLUMN postal_code, DROP COLUMN city, DROP COLUMN country, DROP COLUMN insee_code,
      DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN private`);
    await db.query(`DELETE FROM typeorm_metadata WHERE "table" = 'element' AND name = 'private'`);
    await db.query(`DROP FUNCTION geo_point(double precision, double precision)`);
  }
}
