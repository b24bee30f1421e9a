import { type EntityManager, In } from "typeorm";
import { Person } from "../accounts/person.entity";
import { publishAfterCommit } from "../../graphql/pubsub";
import type { Comment } from "../news/comment.entity";
import { loadAudienceFacts, mayReceive } from "../news/news.audience";
import type { News } from "../news/news.entity";
import { routingOf } from "../news/news.publish";
import { MAX_ACTORS, administratorsOf, administratorsOfEach, notify } from "./notification.record";
import { NotificationKind } from "./notification.kinds";

/**
 * Notifications caused by news items and comments: mentions (of a person, or of an element one
 * administers), comments, posts on the wall of an element one administers. Written in the
 * transaction of the post or comment; only people who may see the item are told ("news:read",
 * applied to the facts of news.audience), never its author.
 * Hiding or deleting the item or comment withdraws them (withdrawNewsNotifications).
 */

/** Keeps those of `personIds` who may see the item ("news:read", read in the change's transaction). */
async function whoMaySee(
  tx: EntityManager,
  news: News,
  personIds: string[],
  deletionDelayDays: number,
): Promise<string[]> {
  if (personIds.length === 0) return [];
  const facts = await loadAudienceFacts(tx, routingOf(news, []), deletionDelayDays);
  const ids = [...new Set(personIds)];
  const people = new Map((await tx.findBy(Person, { id: In(ids) })).map((person) => [person.id, person]));
  return ids.filter((id) => people.has(id) && mayReceive(facts, people.get(id)!));
}

/** What a text mentions (news_mention): the people and the elements named by their @handle. */
export interface Mentions {
  personIds: string[];
  elementIds: string[];
}

const NO_MENTIONS: Mentions = { personIds: [], elementIds: [] };

/**
 * A new item: its wall element's administrators (WALL_POSTED), and what it mentions (MENTIONED,
 * ELEMENT_MENTIONED).
 */
export async function notifyPosted(
  tx: EntityManager,
  news: News,
  mentions: Mentions,
  deletionDelayDays: number,
): Promise<void> {
  const source = { newsId: news.id, commentId: null };
  const about = { actorId: news.authorId, elementId: news.wallElementId, source };
  if (toldOfWallPost(news)) {
    await notify(tx, {
      ...about,
      kind: NotificationKind.WALL_POSTED,
      recipientIds: await whoMaySee(tx, news, await administratorsOf(tx, news.wallElementId!), deletionDelayDays),
      groupKey: `${NotificationKind.WALL_POSTED}:${news.wallElementId}`,
    });
  }
  await notifyMentioned(tx, news, null, mentions, deletionDelayDays);
}

/** Its wall element's administrators are told of the item by WALL_POSTED (not an activity's item). */
function toldOfWallPost(news: News): boolean {
  return Boolean(news.wallElementId && !news.activityId);
}

/**
 * A new comment: the item's author and those who commented on it before (COMMENTED, each once),
 * and what it mentions (MENTIONED instead of COMMENTED for the people mentioned; COMMENTED instead of
 * ELEMENT_MENTIONED for the administrators of a mentioned element: one notification per comment).
 */
export async function notifyCommented(
  tx: EntityManager,
  news: News,
  comment: Comment,
  mentions: Mentions,
  deletionDelayDays: number,
): Promise<void> {
  const earlier: { author_id: string }[] = await tx.query(
    `SELECT DISTINCT author_id FROM news_comment WHERE news_id = $1 AND id <> $2 AND hidden_at IS NULL`,
    [news.id, comment.id],
  );
  const mentioned = new Set(mentions.personIds);
  const concerned = [news.authorId, ...earlier.map((row) => row.author_id)].filter((id) => !mentioned.has(id));
  const commented = await whoMaySee(tx, news, concerned, deletionDelayDays);
  await notify(tx, {
    kind: NotificationKind.COMMENTED,
    actorId: comment.authorId,
    elementId: news.wallElementId,
    recipientIds: commented,
    groupKey: `${NotificationKind.COMMENTED}:${news.id}`,
    source: { newsId: news.id, commentId: comment.id },
  });
  await notifyMentioned(tx, news, comment, mentions, deletionDelayDays, { toldOfComment: commented });
}

/**
 * What an item (comment null) or one of its comments mentions: the people (MENTIONED) and the
 * administrators of the elements (ELEMENT_MENTIONED, one notification per item and element,
 * about the element mentioned). `told` is what an earlier version of the text mentioned: those
 * were told then, only the new mentions are. A person mentioned in the text is told of that,
 * not of their element's mention too (the personal mention wins); and in an item on an
 * element's wall, WALL_POSTED already told its administrators (mentioning the wall's own
 * element there tells nobody more; a comment mentioning it does). `toldOfComment`: those a
 * comment's COMMENTED told, whom its element mentions do not tell again.
 */
export async function notifyMentioned(
  tx: EntityManager,
  news: News,
  comment: Comment | null,
  mentions: Mentions,
  deletionDelayDays: number,
  { told = NO_MENTIONS, toldOfComment = [] }: { told?: Mentions; toldOfComment?: string[] } = {},
): Promise<void> {
  const actorId = comment?.authorId ?? news.authorId;
  const source = { newsId: news.id, commentId: comment?.id ?? null };
  const people = mentions.personIds.filter((id) => !told.personIds.includes(id));
  const elementIds = mentions.elementIds.filter(
    (id) => !told.elementIds.includes(id) && !(comment === null && id === news.wallElementId && toldOfWallPost(news)),
  );
  const administrators = await administratorsOfEach(tx, elementIds);
  const toldOtherwise = new Set([...mentions.personIds, ...toldOfComment]);
  const viaElement = [...administrators.values()].flat().filter((id) => !toldOtherwise.has(id));
  // One reading of the item's audience for everyone concerned.
  const mayBeTold = new Set(await whoMaySee(tx, news, [...people, ...viaElement], deletionDelayDays));

  await notify(tx, {
    kind: NotificationKind.MENTIONED,
    actorId,
    elementId: news.wallElementId,
    recipientIds: people.filter((id) => mayBeTold.has(id)),
    groupKey: `${NotificationKind.MENTIONED}:${news.id}`,
    source,
  });
  for (const elementId of elementIds) {
    await notify(tx, {
      kind: NotificationKind.ELEMENT_MENTIONED,
      actorId,
      elementId,
      recipientIds: (administrators.get(elementId) ?? []).filter((id) => !toldOtherwise.has(id) && mayBeTold.has(id)),
      groupKey: `${NotificationKind.ELEMENT_MENTIONED}:${news.id}:${elementId}`,
      source,
    });
  }
}

/**
 * Withdraws what an item (all its comments with it) or a comment (its replies with it) caused,
 * in the transaction that hides or deletes it: a notification left with no cause is deleted,
 * the others count and name only the causes left. Their recipients' bells are told.
 */
export async function withdrawNewsNotifications(
  tx: EntityManager,
  about: { newsId: string } | { commentId: string },
): Promise<void> {
  // TypeORM answers a DELETE or an UPDATE with [returned rows, affected count].
  const [withdrawn]: [{ notification_id: string }[], number] =
    "newsId" in about
      ? await tx.query(`DELETE FROM notification_source WHERE news_id = $1 RETURNING notification_id`, [about.newsId])
      : await tx.query(
          `DELETE FROM notification_source WHERE comment_id IN (SELECT id FROM news_comment WHERE id = $1 OR parent_id = $1)
           RETURNING notification_id`,
          [about.commentId],
        );
  const ids = [...new Set(withdrawn.map((row) => row.notification_id))];
  if (ids.length === 0) return;
  const [deleted]: [{ recipient_id: string }[], number] = await tx.query(
    `DELETE FROM notification n WHERE n.id = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM notification_source s WHERE s.notification_id = n.id)
     RETURNING recipient_id`,
    [ids],
  );
  const [updated]: [{ recipient_id: string }[], number] = await tx.query(
    `UPDATE notification n SET
       count = (SELECT greatest(count(DISTINCT s.actor_id), 1) FROM notification_source s WHERE s.notification_id = n.id),
       actor_ids = ARRAY(SELECT s.actor_id FROM notification_source s WHERE s.notification_id = n.id AND s.actor_id IS NOT NULL
         GROUP BY s.actor_id ORDER BY max(s.created_at) DESC LIMIT ${MAX_ACTORS}),
       news_id = (SELECT s.news_id FROM notification_source s WHERE s.notification_id = n.id ORDER BY s.created_at DESC LIMIT 1)
     WHERE n.id = ANY($1::uuid[])
     RETURNING recipient_id`,
    [ids],
  );
  for (const recipientId of new Set([...deleted, ...updated].map((row) => row.recipient_id))) {
    publishAfterCommit(tx, "NOTIFICATIONS_CHANGED", recipientId, { personId: recipientId });
  }
}
