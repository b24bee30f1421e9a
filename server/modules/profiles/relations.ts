import type { DataSource } from "typeorm";
import type { Person } from "../accounts/person.entity";
import type { Relation } from "./privacy";

/**
 * SQL that is true when the people whose ids are the expressions `a` and `b` are contacts:
 * they follow each other, or both chose to be active members (or contributors) of the same
 * organization (or project). Attending the same event does not count, since anyone may
 * attend a public event; neither does a link an administrator made without the person's
 * consent, nor a one-way follow (anyone may follow anyone).
 */
export function contactCondition(a: string, b: string): string {
  return `(EXISTS (
      SELECT 1 FROM link contact_follow
      JOIN link contact_back ON contact_back.type = 'follow'
        AND contact_back.person_id = contact_follow.followed_person_id AND contact_back.followed_person_id = contact_follow.person_id
      WHERE contact_follow.type = 'follow' AND contact_follow.person_id = ${a} AND contact_follow.followed_person_id = ${b})
    OR EXISTS (
      SELECT 1 FROM link contact_mine
      JOIN link contact_theirs ON contact_theirs.element_id = contact_mine.element_id AND contact_theirs.type = contact_mine.type
      JOIN element contact_element ON contact_element.id = contact_mine.element_id AND contact_element.deleted_at IS NULL
      WHERE contact_mine.person_id = ${a} AND contact_theirs.person_id = ${b}
        AND contact_mine.type IN ('member', 'contributor')
        AND contact_mine.state = 'active' AND contact_theirs.state = 'active'
        AND contact_mine.consented AND contact_theirs.consented))`;
}

/** How the viewer relates to each person of a batch, in one query. */
export async function relationsTo(
  dataSource: DataSource,
  viewer: Person | null,
  personIds: readonly string[],
): Promise<Relation[]> {
  if (!viewer) return personIds.map(() => "anonymous");
  const others = [...new Set(personIds.filter((id) => id !== viewer.id))];
  const contacts = new Set<string>();
  if (others.length > 0) {
    const rows: { id: string }[] = await dataSource.query(
      `SELECT other.id FROM unnest($2::uuid[]) AS other(id) WHERE ${contactCondition("$1::uuid", "other.id")}`,
      [viewer.id, others],
    );
    for (const row of rows) contacts.add(row.id);
  }
  return personIds.map((id) => (id === viewer.id ? "self" : contacts.has(id) ? "contact" : "stranger"));
}
