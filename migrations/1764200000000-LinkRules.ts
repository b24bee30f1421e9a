import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Rules of links: whether the person (or the member organization) chose a community link
 * themselves (only such links make people contacts of one another), a bound on roles, and
 * indexes for member organizations and for claiming e-mail invitations at verification.
 */
export class LinkRules1764200000000 implements MigrationInterface {
  name = "LinkRules1764200000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE link ADD COLUMN consented boolean NOT NULL DEFAULT true`);
    await db.query(`ALTER TABLE link ADD CONSTRAINT link_roles_bound CHECK (cardinality(roles) <= 10)`);
    await db.query(
      `CREATE INDEX link_member_element_idx ON link (member_element_id, type, state) WHERE member_element_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX email_invitation_pending_idx ON email_invitation (email) WHERE accepted_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX email_invitation_pending_idx`);
    await db.query(`DROP INDEX link_member_element_idx`);
    await db.query(`ALTER TABLE link DROP CONSTRAINT link_roles_bound`);
    await db.query(`ALTER TABLE link DROP COLUMN consented`);
  }
}
