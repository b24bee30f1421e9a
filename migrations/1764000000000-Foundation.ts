import type { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1764000000000 implements MigrationInterface {
  name = "Foundation1764000000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL CONSTRAINT person_username_key UNIQUE,
        display_name text NOT NULL,
        short_description text,
        description text,
        tags text[] NOT NULL DEFAULT '{}',
        website text,
        social_links jsonb NOT NULL DEFAULT '[]',
        language text NOT NULL DEFAULT 'fr',
        email text NOT NULL CONSTRAINT person_email_key UNIQUE,
        email_verified_at timestamptz,
        password_hash text NOT NULL,
        phone text,
        birth_date date,
        locality text,
        privacy jsonb NOT NULL DEFAULT '{"email":"CONTACTS","phone":"CONTACTS","birthDate":"CONTACTS","locality":"PUBLIC","directory":"PUBLIC"}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL CONSTRAINT session_token_hash_key UNIQUE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX session_person_id_idx ON session (person_id)`);
    await db.query(`
      CREATE TABLE email_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL CONSTRAINT email_token_token_hash_key UNIQUE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX email_token_person_id_idx ON email_token (person_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_token`);
    await db.query(`DROP TABLE session`);
    await db.query(`DROP TABLE person`);
  }
}
