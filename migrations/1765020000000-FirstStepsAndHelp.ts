import type { MigrationInterface, QueryRunner } from "typeorm";

/** Written out here, not imported: a landed migration must not change with the code. */
const ID = "6c0b1e5a-6e1f-4d1b-9b64-1f0a1c0de001";
const SLUG = "communect-pour-les-debutants";
const NAME = "Communect pour les débutants";
const SHORT_DESCRIPTION =
  "Posez vos questions sur Communect, d'autres y répondent. Ask your questions about Communect here.";
const DESCRIPTION = [
  "La communauté d'entraide de cette instance : publiez votre question sur le mur,",
  "les membres y répondent en commentaire. Les réponses aux questions fréquentes sont dans l'aide (/help).",
  "",
  "The help community of this instance: post your question on the wall and members answer in comments.",
  "Answers to frequent questions are in the help pages (/help).",
].join("\n");

/**
 * First steps: only their dismissal is stored (every step is read from the data).
 * The help community: an organization whose wall carries the beginners' questions and
 * answers, created here once with no administrator (the instance's administrators are
 * made its administrators elsewhere). On a database where its slug is already taken the
 * row is left out rather than failing the migration.
 */
export class FirstStepsAndHelp1765020000000 implements MigrationInterface {
  name = "FirstStepsAndHelp1765020000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person ADD COLUMN first_steps_dismissed_at timestamptz`);
    // The first steps ask "has this person invited someone by mail / created a project or an event".
    await db.query(`CREATE INDEX link_invited_by_email_index ON link (invited_by_id) WHERE invited_email IS NOT NULL`);
    await db.query(`CREATE INDEX element_creator_index ON element (creator_id, kind)`);
    await db.query(
      `INSERT INTO element (id, kind, slug, name, short_description, description, tags, organization_type, settings)
       VALUES ($1, 'organization', $2, $3, $4, $5, $6, 'informal_group', $7)
       ON CONFLICT DO NOTHING`,
      [
        ID,
        SLUG,
        NAME,
        SHORT_DESCRIPTION,
        DESCRIPTION,
        ["help", "aide"],
        // Its page is the instance's: only members edit it (anyone may join to ask and answer).
        JSON.stringify({ private: false, memberList: "PUBLIC", contactFields: "PUBLIC", openEdition: false }),
      ],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM element WHERE id = $1`, [ID]);
    await db.query(`DROP INDEX element_creator_index`);
    await db.query(`DROP INDEX link_invited_by_email_index`);
    await db.query(`ALTER TABLE person DROP COLUMN first_steps_dismissed_at`);
  }
}
