import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Organizations, projects and events share one `element` table (single-table inheritance on
 * `kind`): lists, search, feeds and exports read one table. Links between people and elements
 * (follows, memberships, contributions, attendance, organizers) share one `link` table.
 */
export class ActorGraph1764100000000 implements MigrationInterface {
  name = "ActorGraph1764100000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid REFERENCES person(id) ON DELETE SET NULL,
        content_type text NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        bytes integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE person ADD COLUMN image_id uuid REFERENCES media(id) ON DELETE SET NULL`);

    await db.query(`
      CREATE TABLE element (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('organization', 'project', 'event')),
        slug text NOT NULL CONSTRAINT element_slug_key UNIQUE,
        name text NOT NULL,
        short_description text,
        description text,
        tags text[] NOT NULL DEFAULT '{}',
        image_id uuid REFERENCES media(id) ON DELETE SET NULL,
        email text,
        phone text,
        website text,
        social_links jsonb NOT NULL DEFAULT '[]',
        extra_links jsonb NOT NULL DEFAULT '[]',
        address text,
        creator_id uuid REFERENCES person(id) ON DELETE SET NULL,
        settings jsonb NOT NULL DEFAULT '{"private":false,"memberList":"PUBLIC","contactFields":"PUBLIC","openEdition":true}',
        deletion_requested_at timestamptz,
        deletion_requested_by uuid REFERENCES person(id) ON DELETE SET NULL,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),

        organization_type text CHECK (organization_type IN ('ngo', 'local_business', 'informal_group', 'public_body', 'cooperative')),

        project_stage text CHECK (project_stage IN ('idea', 'concept', 'started', 'development', 'testing', 'mature')),
        project_starts_on date,
        project_ends_on date,
        licence text,
        carrier_element_id uuid REFERENCES element(id) ON DELETE SET NULL,
        carrier_person_id uuid REFERENCES person(id) ON DELETE SET NULL,

        event_type text,
        starts_at timestamptz,
        ends_at timestamptz,
        time_zone text,
        all_day boolean NOT NULL DEFAULT false,
        online_url text,
        parent_event_id uuid REFERENCES element(id) ON DELETE CASCADE,
        recurrence_rule text,
        recurrence_exceptions timestamptz[] NOT NULL DEFAULT '{}',
        recurrence_series_id uuid REFERENCES element(id) ON DELETE CASCADE,
        recurrence_original_start timestamptz,
        attendee_limit integer CHECK (attendee_limit > 0),

        CHECK (kind = 'event' OR (starts_at IS NULL AND parent_event_id IS NULL)),
        CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at)
      )`);
    await db.query(
      `CREATE INDEX element_kind_created_idx ON element (kind, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX element_starts_at_idx ON element (starts_at) WHERE kind = 'event' AND deleted_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX element_parent_event_idx ON element (parent_event_id) WHERE parent_event_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX element_tags_idx ON element USING gin (tags)`);

    await db.query(`
      CREATE TABLE link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN ('follow', 'member', 'contributor', 'attendee', 'organizer')),
        state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'requested', 'invited')),
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        member_element_id uuid REFERENCES element(id) ON DELETE CASCADE,
        element_id uuid REFERENCES element(id) ON DELETE CASCADE,
        followed_person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        is_admin boolean NOT NULL DEFAULT false,
        admin_requested boolean NOT NULL DEFAULT false,
        roles text[] NOT NULL DEFAULT '{}',
        invited_by_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(person_id, member_element_id) = 1),
        CHECK (num_nonnulls(element_id, followed_person_id) = 1),
        CHECK (type = 'follow' OR element_id IS NOT NULL)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX link_person_element_key ON link (type, person_id, element_id) WHERE person_id IS NOT NULL AND element_id IS NOT NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX link_element_element_key ON link (type, member_element_id, element_id) WHERE member_element_id IS NOT NULL AND element_id IS NOT NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX link_person_person_key ON link (type, person_id, followed_person_id) WHERE followed_person_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX link_element_idx ON link (element_id, type, state, created_at)`);
    await db.query(`CREATE INDEX link_person_idx ON link (person_id, type, state)`);
    await db.query(
      `CREATE INDEX link_followed_person_idx ON link (followed_person_id) WHERE followed_person_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE element_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        element_id uuid NOT NULL REFERENCES element(id) ON DELETE CASCADE,
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        changes jsonb NOT NULL,
        reverts_id uuid REFERENCES element_revision(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX element_revision_element_idx ON element_revision (element_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verb text NOT NULL,
        actor_id uuid REFERENCES person(id) ON DELETE SET NULL,
        element_id uuid REFERENCES element(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX activity_element_idx ON activity (element_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE email_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        element_id uuid NOT NULL REFERENCES element(id) ON DELETE CASCADE,
        email text NOT NULL,
        link_type text NOT NULL,
        invited_by_id uuid REFERENCES person(id) ON DELETE SET NULL,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT email_invitation_element_email_key UNIQUE (element_id, email)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_invitation`);
    await db.query(`DROP TABLE activity`);
    await db.query(`DROP TABLE element_revision`);
    await db.query(`DROP TABLE link`);
    await db.query(`DROP TABLE element`);
    await db.query(`ALTER TABLE person DROP COLUMN image_id`);
    await db.query(`DROP TABLE media`);
  }
}
