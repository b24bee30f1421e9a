import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The Live: news posted on walls (a person's own, or an organization's, project's or event's),
 * with the places a public item is shown in, the people and elements it mentions, its earlier
 * versions, comments (one level of replies), reactions (one per person) and reports.
 *
 * A wall is either `wall_element_id` or `wall_person_id`. `audience` is private (the wall's
 * community), restricted (with its followers) or public (everyone; in the Live of its places).
 * Deleting a post deletes what hangs on it.
 */
export class News1764900000000 implements MigrationInterface {
  name = "News1764900000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE news (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        wall_element_id uuid REFERENCES element(id) ON DELETE CASCADE,
        wall_person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        as_element boolean NOT NULL DEFAULT false,
        audience text NOT NULL CHECK (audience IN ('private', 'restricted', 'public')),
        text text NOT NULL,
        image_ids uuid[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        tag_keys text[] GENERATED ALWAYS AS (search_tags(tags)) STORED,
        links text[] NOT NULL DEFAULT '{}',
        search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text(text))) STORED,
        edited_at timestamptz,
        hidden_at timestamptz,
        hidden_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((wall_element_id IS NULL) <> (wall_person_id IS NULL))
      )`);
    await db.query(
      `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value) VALUES
       ('GENERATED_COLUMN', current_database(), current_schema(), 'news', 'tag_keys', $1),
       ('GENERATED_COLUMN', current_database(), current_schema(), 'news', 'search_vector', $2)`,
      ["search_tags(tags)", "to_tsvector('simple'::regconfig, search_text(text))"],
    );
    await db.query(`CREATE INDEX news_created_index ON news (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX news_wall_element_index ON news (wall_element_id, created_at DESC)`);
    await db.query(`CREATE INDEX news_wall_person_index ON news (wall_person_id, created_at DESC)`);
    await db.query(`CREATE INDEX news_author_index ON news (author_id)`);
    await db.query(`CREATE INDEX news_public_index ON news (created_at DESC) WHERE audience = 'public'`);
    await db.query(`CREATE INDEX news_tag_keys_index ON news USING gin (tag_keys)`);
    await db.query(`CREATE INDEX news_search_vector_index ON news USING gin (search_vector)`);

    await db.query(`
      CREATE TABLE news_place (
        news_id uuid NOT NULL REFERENCES news(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        name text,
        insee_code text,
        postal_codes text[] NOT NULL DEFAULT '{}',
        latitude double precision,
        longitude double precision,
        PRIMARY KEY (news_id, position)
      )`);
    await db.query(`CREATE INDEX news_place_insee_index ON news_place (insee_code)`);
    await db.query(
      `CREATE INDEX news_place_point_index ON news_place USING gist (geo_point(latitude, longitude)) WHERE latitude IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE news_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        news_id uuid NOT NULL REFERENCES news(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES news_comment(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        text text NOT NULL,
        hidden_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX news_comment_news_index ON news_comment (news_id, created_at, id)`);

    await db.query(`
      CREATE TABLE news_mention (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        news_id uuid NOT NULL REFERENCES news(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES news_comment(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        element_id uuid REFERENCES element(id) ON DELETE CASCADE,
        handle text NOT NULL,
        CHECK ((person_id IS NULL) <> (element_id IS NULL))
      )`);
    await db.query(`CREATE INDEX news_mention_news_index ON news_mention (news_id)`);
    await db.query(`CREATE INDEX news_mention_person_index ON news_mention (person_id) WHERE person_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE news_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        news_id uuid NOT NULL REFERENCES news(id) ON DELETE CASCADE,
        text text NOT NULL,
        image_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX news_revision_news_index ON news_revision (news_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE news_reaction (
        news_id uuid NOT NULL REFERENCES news(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('like', 'love', 'laugh', 'wow', 'sad', 'angry')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (news_id, person_id)
      )`);

    await db.query(`
      CREATE TABLE news_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        news_id uuid NOT NULL REFERENCES news(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES news_comment(id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        reason text NOT NULL,
        state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'hidden', 'dismissed')),
        handled_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX news_report_news_index ON news_report (news_id, state)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      "news_report",
      "news_reaction",
      "news_revision",
      "news_mention",
      "news_comment",
      "news_place",
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DELETE FROM typeorm_metadata WHERE "table" = 'news'`);
    await db.query(`DROP TABLE news`);
  }
}
