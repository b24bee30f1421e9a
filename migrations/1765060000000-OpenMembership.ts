import type { MigrationInterface, QueryRunner } from "typeorm";

/** Written out here, not imported: a landed migration must not change with the code. */
const HELP_COMMUNITY_ID = "6c0b1e5a-6e1f-4d1b-9b64-1f0a1c0de001";

/**
 * Open membership, an element setting: anyone may join at once, without an administrator's
 * validation. Off for every element but the help community, which newcomers join to ask
 * their questions while the instance's administrators administer it.
 */
export class OpenMembership1765060000000 implements MigrationInterface {
  name = "OpenMembership1765060000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE element ALTER COLUMN settings SET DEFAULT
        '{"private":false,"memberList":"PUBLIC","contactFields":"PUBLIC","openEdition":true,"openMembership":false}'`,
    );
    await db.query(`UPDATE element SET settings = settings || jsonb_build_object('openMembership', id = $1)`, [
      HELP_COMMUNITY_ID,
    ]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE element SET settings = settings - 'openMembership'`);
    await db.query(
      `ALTER TABLE element ALTER COLUMN settings SET DEFAULT
        '{"private":false,"memberList":"PUBLIC","contactFields":"PUBLIC","openEdition":true}'`,
    );
  }
}
