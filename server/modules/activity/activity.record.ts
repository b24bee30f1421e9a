import type { EntityManager } from "typeorm";
import { publishAfterCommit } from "../../graphql/pubsub";
import { postActivity } from "../news/news.activity";
import { notifyActivity } from "../notifications/notification.record";
import { Activity, type ActivityVerb } from "./activity.entity";

/**
 * What subscribers (the Live feed, notifications) hear of an activity: the record's ids and
 * its small `data`, JSON-safe so that it crosses processes through Redis unchanged.
 */
export interface ActivityEvent {
  id: string;
  verb: ActivityVerb;
  actorId: string | null;
  elementId: string | null;
  personId: string | null;
  data: Record<string, unknown>;
  /** ISO 8601. */
  createdAt: string;
}

/**
 * The one way to record what happened: writes the activity inside the change's transaction
 * `tx`, and publishes ACTIVITY_RECORDED once that transaction commits (never before, and
 * never for a change that was rolled back); the activities the Live shows become items of the
 * element's wall (news.activity), and notifications go to the people it concerns.
 */
export async function recordActivity(
  tx: EntityManager,
  verb: ActivityVerb,
  actorId: string,
  elementId: string,
  about: { personId?: string | null; data?: Record<string, unknown> } = {},
): Promise<Activity> {
  const activity = await tx.save(
    tx.create(Activity, { verb, actorId, elementId, personId: about.personId ?? null, data: about.data ?? {} }),
  );
  publishAfterCommit(tx, "ACTIVITY_RECORDED", {
    id: activity.id,
    verb: activity.verb,
    actorId: activity.actorId,
    elementId: activity.elementId,
    personId: activity.personId,
    data: activity.data,
    createdAt: activity.createdAt.toISOString(),
  });
  // What the Live shows of it is an item of the element's wall, written in the same transaction.
  await postActivity(tx, activity);
  // And the people it concerns are notified, in the same transaction too.
  await notifyActivity(tx, activity);
  return activity;
}
