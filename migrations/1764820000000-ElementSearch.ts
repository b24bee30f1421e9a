import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Discovery over elements: a full-text document weighted name (A) > tags (B) > descriptions
 * (C), and tags normalized for matching (`tag_keys`) while `tags` keeps their display form.
 * Both are generated columns over `search_text`: lower case without accents (unaccent), so
 * that "evenement" finds "Événement". The 'simple' configuration (no stemming) serves French
 * and English alike, since an element does not say its language; queries match by prefix.
 *
 * unaccent() is only STABLE (its dictionary could change); the wrapper names the dictionary
 * explicitly and is declared IMMUTABLE, as generated columns and indexes need.
 */
export class ElementSearch1764820000000 implements MigrationInterface {
  name = "ElementSearch1764820000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    const [{ schema }] = await db.query(
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'`,
    );
    await db.query(`
      CREATE FUNCTION search_text(value text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT lower(${schema}.unaccent('${schema}.unaccent'::regdictionary, value)) $$`);
    await db.query(`
      CREATE FUNCTION search_tags(tags text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT coalesce(array_agg(DISTINCT search_text(btrim(tag))), '{}') FROM unnest(tags) AS tag $$`);
    await db.query(`
      CREATE FUNCTION search_document(name text, tags text[], short_description text, description text)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT
        setweight(to_tsvector('simple'::regconfig, coalesce(search_text(name), '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(search_text(array_to_string(tags, ' ')), '')), 'B') ||
        setweight(to_tsvector('simple'::regconfig,
          coalesce(search_text(concat_ws(' ', short_description, description)), '')), 'C') $$`);
    await db.query(`
      ALTER TABLE element
        ADD COLUMN tag_keys text[] GENERATED ALWAYS AS (search_tags(tags)) STORED,
        ADD COLUMN search_vector tsvector
          GENERATED ALWAYS AS (search_document(name, tags, short_description, description)) STORED`);
    await db.query(
      `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value) VALUES
       ('GENERATED_COLUMN', current_database(), current_schema(), 'element', 'tag_keys', $1),
       ('GENERATED_COLUMN', current_database(), current_schema(), 'element', 'search_vector', $2)`,
      ["search_tags(tags)", "search_document(name, tags, short_description, description)"],
    );
    await db.query(`CREATE INDEX element_tag_keys_index ON element USING gin (tag_keys)`);
    await db.query(`CREATE INDEX element_search_vector_index ON element USING gin (search_vector)`);
    await db.query(`CREATE INDEX element_city_index ON element (search_text(city))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX element_city_index`);
    await db.query(`ALTER TABLE element DROP COLUMN search_vector, DROP COLUMN tag_keys`);
    await db.query(`DELETE FROM typeorm_metadata WHERE "table" = 'element' AND name IN ('tag_keys', 'search_vector')`);
    await db.query(`DROP FUNCTION search_document(text, text[], text, text)`);
    await db.query(`DROP FUNCTION search_tags(text[])`);
    await db.query(`DROP FUNCTION search_text(text)`);
  }
}
