import type { EntityManager } from "typeorm";

/**
 * The help community ("Communect pour les débutants"): an organization created once by the
 * migration FirstStepsAndHelp1765020000000 with no administrator, whose wall carries the
 * beginners' questions and the answers. These are the values that migration wrote.
 */
export const HELP_COMMUNITY_ID = "6c0b1e5a-6e1f-4d1b-9b64-1f0a1c0de001";
export const HELP_COMMUNITY_SLUG = "communect-pour-les-debutants";

/**
 * Makes a person an administrator of the help community, in the caller's transaction: for
 * the instance's administrators. Nothing happens when the community is missing (its slug was
 * taken before the migration ran) or when they administer it already.
 */
export async function makeHelpCommunityAdministrator(tx: EntityManager, personId: string): Promise<void> {
  await tx.query(
    `INSERT INTO link (type, state, person_id, element_id, is_admin)
     SELECT 'member', 'active', $1, element.id, true FROM element WHERE element.id = $2
     ON CONFLICT (type, person_id, element_id) WHERE person_id IS NOT NULL AND element_id IS NOT NULL
     DO UPDATE SET is_admin = true, state = 'active', admin_requested = false, updated_at = now()`,
    [personId, HELP_COMMUNITY_ID],
  );
}
