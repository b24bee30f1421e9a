import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An invitation by e-mail is listed by the address the inviter typed until its person
 * accepts: `link.invited_email` holds that address, and an invitation to an address
 * nobody has verified yet is a link without a person. Existing invitations by e-mail
 * become such links (those already given to a person keep their person).
 */
export class InvitationsByAddress1764650000000 implements MigrationInterface {
  name = "InvitationsByAddress1764650000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE link ADD COLUMN invited_email text`);
    await db.query(`ALTER TABLE link DROP CONSTRAINT link_check`);
    await db.query(
      `ALTER TABLE link ADD CONSTRAINT link_subject CHECK (num_nonnulls(person_id, member_element_id) = 1
        OR (person_id IS NULL AND member_element_id IS NULL AND invited_email IS NOT NULL AND state = 'invited'))`,
    );
    await db.query(
      `ALTER TABLE link ADD CONSTRAINT link_invited_email_bound CHECK (invited_email IS NULL OR length(invited_email) <= 254)`,
    );
    await db.query(`
      UPDATE link SET invited_email = invitation.email
      FROM email_invitation invitation JOIN person ON person.email = invitation.email
      WHERE link.element_id = invitation.element_id AND link.person_id = person.id AND link.state = 'invited'
        AND invitation.accepted_at IS NOT NULL`);
    await db.query(`
      INSERT INTO link (type, state, element_id, invited_by_id, invited_email, created_at, updated_at)
      SELECT link_type, 'invited', element_id, invited_by_id, email, created_at, created_at
      FROM email_invitation WHERE accepted_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM link WHERE person_id IS NULL AND member_element_id IS NULL`);
    await db.query(`ALTER TABLE link DROP CONSTRAINT link_invited_email_bound`);
    await db.query(`ALTER TABLE link DROP CONSTRAINT link_subject`);
    await db.query(`ALTER TABLE link ADD CONSTRAINT link_check CHECK (num_nonnulls(person_id, member_element_id) = 1)`);
    await db.query(`ALTER TABLE link DROP COLUMN invited_email`);
  }
}
