import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The time an element's or a person's public face last changed (`public_changed_at`), which the
 * exports' ETag and Last-Modified follow instead of `updated_at`: edits a stranger may not see
 * (a private element, hidden contact fields, a profile's private fields, an account never
 * verified) leave it alone, so the exports' freshness tells nothing of them. The face is null
 * while the row is not public; a row leaving public view changes it (the public sees it go).
 * Triggers keep it, so that imports and direct writes count too.
 */
const ELEMENT_FACE = `CASE WHEN coalesce((r.settings->>'private')::boolean, false) OR r.deleted_at IS NOT NULL THEN NULL
  ELSE to_jsonb(r) - ARRAY['updated_at', 'public_changed_at', 'private', 'geo', 'tag_keys', 'search_vector',
    'deletion_requested_at', 'deletion_requested_by']
    - (CASE WHEN r.settings->>'contactFields' = 'PUBLIC' THEN ARRAY[]::text[] ELSE ARRAY['email', 'phone'] END) END`;

const shown = (field: string, column = field) =>
  `'${field}', CASE WHEN r.privacy->>'${field}' = 'PUBLIC' THEN to_jsonb(r.${column}) END`;

const PERSON_FACE = `CASE WHEN r.email_verified_at IS NULL THEN NULL ELSE jsonb_build_object(
  'username', r.username, 'displayName', r.display_name, 'shortDescription', r.short_description,
  'description', r.description, 'tags', r.tags, 'website', r.website, 'socialLinks', r.social_links,
  'imageId', r.image_id, 'directory', r.privacy->'directory',
  ${shown("email")}, ${shown("phone")}, ${shown("birthDate", "birth_date")}, ${shown("locality")}) END`;

export class PublicChangedAt1765230000000 implements MigrationInterface {
  name = "PublicChangedAt1765230000000";

  async up(db: QueryRunner): Promise<void> {
    for (const [table, face] of [
      ["element", ELEMENT_FACE],
      ["person", PERSON_FACE],
    ]) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN public_changed_at timestamptz`);
      await db.query(`CREATE FUNCTION ${table}_public_face(r ${table}) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT ${face} $$`);
      await db.query(
        `UPDATE ${table} SET public_changed_at = CASE WHEN ${table}_public_face(${table}) IS NULL THEN NULL ELSE updated_at END`,
      );
      // Null while never public; moves when the face changes, including when the row leaves public view.
      await db.query(`CREATE FUNCTION ${table}_public_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            NEW.public_changed_at := CASE WHEN ${table}_public_face(NEW) IS NULL THEN NULL ELSE now() END;
          ELSIF ${table}_public_face(OLD) IS DISTINCT FROM ${table}_public_face(NEW) THEN
            NEW.public_changed_at := now();
          ELSE
            NEW.public_changed_at := OLD.public_changed_at;
          END IF;
          RETURN NEW;
        END $$`);
      await db.query(`CREATE TRIGGER ${table}_public_changed BEFORE INSERT OR UPDATE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION ${table}_public_changed()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["element", "person"]) {
      await db.query(`DROP TRIGGER ${table}_public_changed ON ${table}`);
      await db.query(`DROP FUNCTION ${table}_public_changed()`);
      await db.query(`DROP FUNCTION ${table}_public_face(${table})`);
      await db.query(`ALTER TABLE ${table} DROP COLUMN public_changed_at`);
    }
  }
}
