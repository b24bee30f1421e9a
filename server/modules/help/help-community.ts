import type { EntityManager } from "typeorm";

/**
 * The help community ("Communect pour les débutants"): an organization created once by the
 * migration FirstStepsAndHelp1765020000000 with no administrator, whose wall carries the
 * beginners' questions and the answers. These are the values that migration wrote.
 */
export const HELP_COMMUNITY_ID = "6c0b1e5a-6e1f-4d1b-9b64-1f0a1c0de001";
export const HELP_COMMUNITY_SLUG = "communect-pour-les-debutants";

/**
 * Makes people administrators of the help community, in the caller's transaction: the
 * instance's administrators administer it (and anyone may still join it at once: its
 * membership is open). Nothing happens when the community is missing (its slug was taken
 * before the migration ran) or for those who administer it already.
 */
export async function makeHelpCommunityAdministrators(tx: EntityManager, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  await tx.query(
    `INSERT INTO link (type, state, person_id, element_id, is_admin)
     SELECT 'member', 'active', person_id, element.id, true
     FROM element, unnest($1::uuid[]) AS person_id WHERE element.id = $2
     ON CONFLICT (type, person_id, element_id) WHERE person_id IS NOT NULL AND element_id IS NOT NULL
     DO UPDATE SET is_admin = true, state = 'active', admin_requested = false, updated_at = now()
     WHERE link.is_admin = false OR link.state <> 'active'`,
    [personIds, HELP_COMMUNITY_ID],
  );
}
