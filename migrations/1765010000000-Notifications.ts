import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Notifications (grouped while unread), each person's mail choices per kind and level per
 * element, the tokens of one-click unsubscribe links, and the job queue that sends mail.
 */
export class Notifications1765010000000 implements MigrationInterface {
  name = "Notifications1765010000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL,
        element_id uuid REFERENCES element(id) ON DELETE CASCADE,
        actor_ids uuid[] NOT NULL DEFAULT '{}',
        count integer NOT NULL DEFAULT 1,
        group_key text NOT NULL,
        read_at timestamptz,
        digest_pending boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One unread notification per group: a new one of the same group is added to it.
    await db.query(
      `CREATE UNIQUE INDEX notification_unread_group_key ON notification (recipient_id, group_key) WHERE read_at IS NULL`,
    );
    await db.query(`CREATE INDEX notification_recipient_idx ON notification (recipient_id, updated_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX notification_digest_idx ON notification (recipient_id) WHERE digest_pending AND read_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE notification_delivery (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('immediately', 'digest', 'never')),
        PRIMARY KEY (person_id, kind)
      )`);
    await db.query(`
      CREATE TABLE notification_level (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        element_id uuid NOT NULL REFERENCES element(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('everything', 'important', 'nothing')),
        PRIMARY KEY (person_id, element_id)
      )`);
    await db.query(`
      CREATE TABLE mail_unsubscribe (
        token text PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL,
        UNIQUE (person_id, kind)
      )`);
    await db.query(`
      CREATE TABLE job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        key text UNIQUE,
        payload jsonb NOT NULL DEFAULT '{}',
        run_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX job_run_at_idx ON job (run_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE job`);
    await db.query(`DROP TABLE mail_unsubscribe`);
    await db.query(`DROP TABLE notification_level`);
    await db.query(`DROP TABLE notification_delivery`);
    await db.query(`DROP TABLE notification`);
  }
}
