import type { MigrationInterface, QueryRunner } from "typeorm";

/** search_document as migration ElementSearch made it (name A, tags B, descriptions C). */
const WORDS_ONLY = `
  setweight(to_tsvector('simple'::regconfig, coalesce(search_text(name), '')), 'A') ||
  setweight(to_tsvector('simple'::regconfig, coalesce(search_text(array_to_string(tags, ' ')), '')), 'B') ||
  setweight(to_tsvector('simple'::regconfig,
    coalesce(search_text(concat_ws(' ', short_description, description)), '')), 'C')`;

/**
 * A search with words and tags reads one GIN index, and only the posting lists of whole words
 * (see BENCHMARKS.md, "Places and discovery": "atelier" with the tag "vélo" around Paris took
 * some 15 ms of PostgreSQL CPU, nearly all in building bitmaps: the prefix "atelier:*", 8,338
 * rows, can only be read whole, then and-ed with the tag's 5,036 and the radius's 18,564).
 *
 * - Each normalized tag (`tag_keys`' form) goes into `search_vector` as the lexeme "#<tag>". No
 *   word of a text starts with "#" (the parser never makes one, and a search's words are letters
 *   and digits), so text queries never reach these, and a tag filter becomes part of the same
 *   tsquery: GIN's fast scan then skips through the rarest list instead of reading each.
 * - `search_word` holds every lexeme (tags aside) any element's vector has held, kept by a
 *   statement trigger in the transaction of each write (never pruned: a word no longer used only
 *   adds a lookup that finds nothing, so a word's prefix still matches exactly the same rows).
 *   `search_words_query` turns the words of a search into a tsquery of the whole lexemes each is a
 *   prefix of ("atelier" → 'atelier' | 'ateliers'); a word that begins more than 32 lexemes, or
 *   none, stays a prefix.
 *
 * The vector is recomputed by dropping and adding the generated column again (PostgreSQL 15 cannot
 * change a generated column's expression), which rewrites the table once.
 */
export class SearchWords1765200000000 implements MigrationInterface {
  name = "SearchWords1765200000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION search_document(name text, tags text[], short_description text, description text)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT ${WORDS_ONLY} ||
        array_to_tsvector(ARRAY(SELECT '#' || tag FROM unnest(search_tags(tags)) AS tag)) $$`);
    await this.recompute(db);
    await db.query(`DROP INDEX element_tag_keys_index`);

    await db.query(`CREATE TABLE search_word (word text COLLATE "C" PRIMARY KEY)`);
    await db.query(`
      INSERT INTO search_word (word)
      SELECT DISTINCT lexeme FROM element, unnest(element.search_vector) WHERE left(lexeme, 1) <> '#'`);
    // Sorted, so that two transactions adding the same new words take their locks in one order.
    await db.query(`
      CREATE FUNCTION search_word_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_word (word)
        SELECT DISTINCT lexeme FROM new_rows, unnest(new_rows.search_vector) WHERE left(lexeme, 1) <> '#'
        ORDER BY lexeme
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER search_word_insert AFTER INSERT ON element REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION search_word_track()`);
    await db.query(`CREATE TRIGGER search_word_update AFTER UPDATE ON element REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION search_word_track()`);
    // The words of a search (letters and digits), each as the lexemes it begins, and-ed. In
    // PL/pgSQL, whose plans last the session (a SQL function's are made again at every call).
    await db.query(`
      CREATE FUNCTION search_words_query(words text[]) RETURNS tsquery LANGUAGE plpgsql STABLE PARALLEL SAFE
      AS $$ BEGIN RETURN (SELECT string_agg(coalesce(
          (SELECT '(' || string_agg('''' || replace(replace(known.word, '\\', '\\\\'), '''', '''''') || '''', ' | ') || ')'
           FROM (SELECT word FROM search_word WHERE word LIKE typed.word || '%' ORDER BY word LIMIT 33) known
           HAVING count(*) BETWEEN 1 AND 32),
          '''' || typed.word || ''':*'), ' & ')::tsquery
        FROM unnest(words) AS typed(word)); END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION search_words_query(text[])`);
    await db.query(`DROP TRIGGER search_word_update ON element`);
    await db.query(`DROP TRIGGER search_word_insert ON element`);
    await db.query(`DROP FUNCTION search_word_track()`);
    await db.query(`DROP TABLE search_word`);
    await db.query(`CREATE INDEX element_tag_keys_index ON element USING gin (tag_keys)`);
    await db.query(`
      CREATE OR REPLACE FUNCTION search_document(name text, tags text[], short_description text, description text)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT ${WORDS_ONLY} $$`);
    await this.recompute(db);
  }

  /** Stores search_vector again with the current search_document (the table is rewritten). */
  private async recompute(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE element DROP COLUMN search_vector,
        ADD COLUMN search_vector tsvector
          GENERATED ALWAYS AS (search_document(name, tags, short_description, description)) STORED`);
    await db.query(`CREATE INDEX element_search_vector_index ON element USING gin (search_vector)`);
  }
}
