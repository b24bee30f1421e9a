import type { EntityManager } from "typeorm";
import { publishAfterCommit } from "../../graphql/pubsub";
import { enqueueJob } from "../../jobs/queue";
import type { Activity } from "../activity/activity.entity";
import { ActivityVerb } from "../activity/activity.entity";
import { COMMUNITY_TYPES, LinkState } from "../links/link.entity";
import { KIND_RULES, MailDelivery, NotificationKind, NotificationLevel } from "./notification.kinds";

/** Actors kept on a grouped notification (the newest first). */
export const MAX_ACTORS = 5;

/** The job that mails one notification at once. */
export const MAIL_JOB = "notification-mail";

export interface Notice {
  kind: NotificationKind;
  recipientIds: string[];
  actorId: string | null;
  elementId: string | null;
  /**
   * People told about an element although they may not be in its community (the one whose
   * request was refused): the element's privacy does not hold them out.
   */
  concerned?: boolean;
  /** What groups it (default: its kind and element). */
  groupKey?: string;
  /**
   * The news item (and comment) that caused it: kept as a source of the notification, so that
   * hiding or deleting it withdraws the notification (notification.news.ts).
   */
  source?: { newsId: string; commentId: string | null };
}

/**
 * Writes notifications in the transaction of the change (a change rolled back notifies
 * nobody), grouped with the recipient's unread one of the same kind about the same element,
 * and queues their mails as each recipient chose. Nobody is told about themselves, about an
 * element whose level they set to NOTHING (or IMPORTANT, for a minor kind), or about a private
 * element they are not in the community of.
 */
export async function notify(tx: EntityManager, notice: Notice): Promise<void> {
  const recipients = await allowedRecipients(tx, notice);
  if (recipients.length === 0) return;
  const deliveries = await deliveriesOf(tx, recipients, notice.kind);
  const groupKey = notice.groupKey ?? `${notice.kind}:${notice.elementId ?? ""}`;
  const newsId = notice.source?.newsId ?? null;
  for (const recipientId of recipients) {
    const delivery = deliveries.get(recipientId) ?? KIND_RULES[notice.kind].delivery;
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO notification AS n (recipient_id, kind, element_id, actor_ids, group_key, digest_pending, news_id)
       VALUES ($1, $2, $3, $4::uuid[], $5, $6, $8)
       ON CONFLICT (recipient_id, group_key) WHERE read_at IS NULL DO UPDATE SET
         count = n.count + CASE WHEN $7::uuid IS NOT NULL AND $7::uuid = ANY(n.actor_ids) THEN 0 ELSE 1 END,
         actor_ids = (EXCLUDED.actor_ids || array_remove(n.actor_ids, $7::uuid))[1:${MAX_ACTORS}],
         digest_pending = n.digest_pending OR EXCLUDED.digest_pending,
         news_id = coalesce(EXCLUDED.news_id, n.news_id),
         updated_at = now()
       RETURNING id`,
      [
        recipientId,
        notice.kind,
        notice.elementId,
        notice.actorId ? [notice.actorId] : [],
        groupKey,
        delivery === MailDelivery.DIGEST,
        notice.actorId,
        newsId,
      ],
    );
    if (notice.source) {
      await tx.query(
        `INSERT INTO notification_source (notification_id, news_id, comment_id, actor_id) VALUES ($1, $2, $3, $4)`,
        [rows[0].id, notice.source.newsId, notice.source.commentId, notice.actorId],
      );
    }
    if (delivery === MailDelivery.IMMEDIATELY) {
      // Keyed by the notification: piling up before the mail leaves sends one mail for the group.
      await enqueueJob(tx, { name: MAIL_JOB, key: `${MAIL_JOB}:${rows[0].id}`, payload: { id: rows[0].id } });
    }
    publishAfterCommit(tx, "NOTIFICATIONS_CHANGED", recipientId, { personId: recipientId });
  }
}

/** Deletes the notifications of a kind about an element (what they told no longer holds); bells are told. */
export async function withdraw(tx: EntityManager, about: { kind: NotificationKind; elementId: string }): Promise<void> {
  // TypeORM answers a DELETE with [returned rows, affected count].
  const [rows]: [{ recipient_id: string }[], number] = await tx.query(
    `DELETE FROM notification WHERE kind = $1 AND element_id = $2 RETURNING recipient_id`,
    [about.kind, about.elementId],
  );
  for (const recipientId of new Set(rows.map((row) => row.recipient_id))) {
    publishAfterCommit(tx, "NOTIFICATIONS_CHANGED", recipientId, { personId: recipientId });
  }
}

async function allowedRecipients(tx: EntityManager, notice: Notice): Promise<string[]> {
  const candidates = [...new Set(notice.recipientIds)].filter((id) => id !== notice.actorId);
  if (candidates.length === 0 || !notice.elementId) return candidates;
  const levels = KIND_RULES[notice.kind].important
    ? [NotificationLevel.NOTHING]
    : [NotificationLevel.NOTHING, NotificationLevel.IMPORTANT];
  const rows: { id: string }[] = await tx.query(
    `SELECT p.id FROM unnest($1::uuid[]) AS p(id)
     JOIN element e ON e.id = $2
     WHERE NOT EXISTS (
         SELECT 1 FROM notification_level l WHERE l.person_id = p.id AND l.element_id = e.id AND l.level = ANY($3)
       )
       AND ($4 OR NOT e.private OR EXISTS (
         SELECT 1 FROM link k WHERE k.element_id = e.id AND k.person_id = p.id AND k.type = ANY($5)
           AND k.state IN ($6, $7, $8)
       ))`,
    [
      candidates,
      notice.elementId,
      levels,
      notice.concerned ?? false,
      COMMUNITY_TYPES,
      LinkState.ACTIVE,
      LinkState.REQUESTED,
      LinkState.INVITED,
    ],
  );
  return rows.map((row) => row.id);
}

async function deliveriesOf(tx: EntityManager, personIds: string[], kind: NotificationKind) {
  const rows: { person_id: string; delivery: MailDelivery }[] = await tx.query(
    `SELECT person_id, delivery FROM notification_delivery WHERE person_id = ANY($1::uuid[]) AND kind = $2`,
    [personIds, kind],
  );
  return new Map(rows.map((row) => [row.person_id, row.delivery]));
}

/** The active administrators (people) of an element. */
export async function administratorsOf(tx: EntityManager, elementId: string): Promise<string[]> {
  return (await administratorsOfEach(tx, [elementId])).get(elementId) ?? [];
}

/** The active administrators (people) of each of some elements, in one statement. */
export async function administratorsOfEach(tx: EntityManager, elementIds: string[]): Promise<Map<string, string[]>> {
  const byElement = new Map<string, string[]>();
  if (elementIds.length === 0) return byElement;
  const rows: { element_id: string; person_id: string }[] = await tx.query(
    `SELECT element_id, person_id FROM link WHERE element_id = ANY($1::uuid[]) AND is_admin AND state = $2
       AND type = ANY($3) AND person_id IS NOT NULL`,
    [elementIds, LinkState.ACTIVE, COMMUNITY_TYPES],
  );
  for (const row of rows) byElement.set(row.element_id, [...(byElement.get(row.element_id) ?? []), row.person_id]);
  return byElement;
}

/**
 * The notifications an activity calls for (recordActivity calls it in the change's
 * transaction): requests to the element's administrators, invitations to the one invited,
 * validations to the one validated.
 */
export async function notifyActivity(tx: EntityManager, activity: Activity): Promise<void> {
  const { verb, actorId, elementId, personId, data } = activity;
  if (!elementId) return;
  const about = { actorId, elementId };
  switch (verb) {
    case ActivityVerb.REQUESTED:
      await notify(tx, {
        ...about,
        kind: data.administration ? NotificationKind.ADMINISTRATION_REQUESTED : NotificationKind.JOIN_REQUESTED,
        recipientIds: await administratorsOf(tx, elementId),
      });
      return;
    case ActivityVerb.INVITED:
      if (personId) await notify(tx, { ...about, kind: NotificationKind.INVITED, recipientIds: [personId] });
      return;
    case ActivityVerb.VALIDATED:
      if (!personId || data.automatic) return;
      await notify(tx, {
        ...about,
        kind: data.administration ? NotificationKind.ADMINISTRATION_GRANTED : NotificationKind.REQUEST_VALIDATED,
        recipientIds: [personId],
      });
      return;
    default:
      return;
  }
}
