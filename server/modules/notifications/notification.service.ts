import { randomBytes } from "node:crypto";
import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { Ordering, type Page } from "../../graphql/connection";
import { NotFound } from "../../graphql/errors";
import { publishAfterCommit } from "../../graphql/pubsub";
import type { Person } from "../accounts/person.entity";
import { COMMUNITY_TYPES, LinkType } from "../links/link.entity";
import type { LinkService } from "../links/link.service";
import { whereNewsVisible } from "../policy/visibility";
import { News } from "../news/news.entity";
import { may } from "../policy/policy";
import { Notification } from "./notification.entity";
import {
  KIND_RULES,
  MailDelivery,
  NEWS_KINDS,
  NOTIFICATION_KINDS,
  NotificationKind,
  NotificationLevel,
} from "./notification.kinds";

/** Most recent activity first: a group that grows comes back to the top. */
const RECENT = new Ordering<Notification>("notifications:recent", {
  alias: "n",
  column: "updated_at",
  direction: "DESC",
  value: (row) => row.updatedAt,
});

/** Elements listed in the notification settings, at most. */
export const SETTINGS_ELEMENTS_MAX = 100;

/** What a one-click unsubscribe link stops: one kind, or the daily digest. */
export type UnsubscribeScope = NotificationKind | "digest";

/**
 * A person's notifications (read, count, mark read) and mail choices. Each person reaches only
 * their own; a notification about an element the person may no longer see (a private element
 * they left, an element deleted), or caused only by news items and comments they may no longer
 * see (hidden, deleted, out of their audience), is left out of every list, count and mail.
 */
export class NotificationService {
  constructor(
    private readonly db: DataSource,
    private readonly links: LinkService,
    private readonly deletionDelayDays: number,
  ) {}

  page(viewer: Person, args: { first: number; after?: string; unreadOnly?: boolean }): Promise<Page<Notification>> {
    const query = this.visible(viewer.id);
    if (args.unreadOnly) query.andWhere("n.read_at IS NULL");
    return RECENT.read(query, args.first, args.after);
  }

  unreadCount(personId: string): Promise<number> {
    return this.visible(personId).andWhere("n.read_at IS NULL").getCount();
  }

  /** Those of `ids` (the person's) the person may still see: the ones mails may tell of. */
  async stillVisible(personId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.visible(personId).andWhere("n.id IN (:...ids)", { ids }).select("n.id").getMany();
    return new Set(rows.map((row) => row.id));
  }

  /** Marks some of the viewer's notifications read; someone else's is NOT_FOUND, and nothing changes. */
  async markRead(viewer: Person, ids: string[]): Promise<Notification[]> {
    return this.db.transaction(async (tx) => {
      const found = await tx
        .getRepository(Notification)
        .createQueryBuilder("n")
        .where("n.id IN (:...ids)", { ids })
        .getMany();
      const mine = found.filter((n) => may(viewer, "notification:manage", n));
      // Someone else's notification is as unknown as one that does not exist.
      if (mine.length !== new Set(ids).size) throw new NotFound("notification");
      const unread = found.filter((n) => !n.readAt).map((n) => n.id);
      if (unread.length > 0) {
        await tx.query(`UPDATE notification SET read_at = now() WHERE id = ANY($1::uuid[])`, [unread]);
        publishAfterCommit(tx, "NOTIFICATIONS_CHANGED", viewer.id, { personId: viewer.id });
      }
      return tx.getRepository(Notification).findBy(found.map((n) => ({ id: n.id })));
    });
  }

  /** Marks every notification of the viewer read; answers how many were unread. */
  async markAllRead(viewer: Person): Promise<number> {
    return this.db.transaction(async (tx) => {
      // TypeORM answers an UPDATE with [returned rows, affected count].
      const [, count]: [unknown[], number] = await tx.query(
        `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`,
        [viewer.id],
      );
      if (count > 0) publishAfterCommit(tx, "NOTIFICATIONS_CHANGED", viewer.id, { personId: viewer.id });
      return count;
    });
  }

  /** Each kind's mail delivery for the person: their choice, or the kind's default. */
  async deliveries(personId: string): Promise<{ kind: NotificationKind; delivery: MailDelivery }[]> {
    const rows: { kind: NotificationKind; delivery: MailDelivery }[] = await this.db.query(
      `SELECT kind, delivery FROM notification_delivery WHERE person_id = $1`,
      [personId],
    );
    const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
    return NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: chosen.get(kind) ?? KIND_RULES[kind].delivery }));
  }

  async setDelivery(viewer: Person, kind: NotificationKind, delivery: MailDelivery) {
    await setDeliveries(this.db.manager, viewer.id, [kind], delivery);
    return { kind, delivery };
  }

  /** The elements the person follows or is in (newest first, at most SETTINGS_ELEMENTS_MAX), with their level. */
  async levels(viewer: Person): Promise<{ elementId: string; level: NotificationLevel }[]> {
    const rows: { element_id: string; level: NotificationLevel | null }[] = await this.db.query(
      `SELECT k.element_id, l.level FROM link k
       LEFT JOIN notification_level l ON l.person_id = k.person_id AND l.element_id = k.element_id
       WHERE k.person_id = $1 AND k.element_id IS NOT NULL AND k.type = ANY($2)
       GROUP BY k.element_id, l.level ORDER BY max(k.created_at) DESC LIMIT $3`,
      [viewer.id, [LinkType.FOLLOW, ...COMMUNITY_TYPES], SETTINGS_ELEMENTS_MAX],
    );
    return rows.map((row) => ({ elementId: row.element_id, level: row.level ?? NotificationLevel.EVERYTHING }));
  }

  /** Chooses what the viewer hears about an element they may see (NOT_FOUND otherwise). */
  async setLevel(viewer: Person, elementId: string, level: NotificationLevel) {
    const element = await this.links.visibleElement(viewer, elementId);
    await this.db.query(
      `INSERT INTO notification_level (person_id, element_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (person_id, element_id) DO UPDATE SET level = EXCLUDED.level`,
      [viewer.id, element.id, level],
    );
    return { elementId: element.id, level };
  }

  /** The token of the one-click link that stops this scope's mails for the person (made once, then kept). */
  async unsubscribeToken(personId: string, scope: UnsubscribeScope): Promise<string> {
    await this.db.query(
      `INSERT INTO mail_unsubscribe (token, person_id, kind) VALUES ($1, $2, $3) ON CONFLICT (person_id, kind) DO NOTHING`,
      [randomBytes(24).toString("base64url"), personId, scope],
    );
    const rows: { token: string }[] = await this.db.query(
      `SELECT token FROM mail_unsubscribe WHERE person_id = $1 AND kind = $2`,
      [personId, scope],
    );
    return rows[0].token;
  }

  /** Who and what a token unsubscribes, with the person's language; null for an unknown token. */
  async unsubscribeTarget(
    token: string,
  ): Promise<{ personId: string; scope: UnsubscribeScope; language: string } | null> {
    if (!/^[\w-]{1,64}$/.test(token)) return null;
    const rows: { person_id: string; kind: UnsubscribeScope; language: string }[] = await this.db.query(
      `SELECT u.person_id, u.kind, p.language FROM mail_unsubscribe u JOIN person p ON p.id = u.person_id WHERE u.token = $1`,
      [token],
    );
    return rows[0] ? { personId: rows[0].person_id, scope: rows[0].kind, language: rows[0].language } : null;
  }

  /**
   * One-click unsubscribe (RFC 8058), without a session: a kind's token sets that kind to NEVER;
   * the digest's sets every kind that went to the digest to NEVER. False for an unknown token.
   */
  async unsubscribe(token: string): Promise<boolean> {
    const target = await this.unsubscribeTarget(token);
    if (!target) return false;
    if (target.scope !== "digest") {
      await setDeliveries(this.db.manager, target.personId, [target.scope], MailDelivery.NEVER);
      return true;
    }
    const digested = (await this.deliveries(target.personId))
      .filter((d) => d.delivery === MailDelivery.DIGEST)
      .map((d) => d.kind);
    await this.db.transaction(async (tx) => {
      await setDeliveries(tx, target.personId, digested, MailDelivery.NEVER);
      await tx.query(`UPDATE notification SET digest_pending = false WHERE recipient_id = $1`, [target.personId]);
    });
    return true;
  }

  /** The person's notifications they may still see: none about a deleted element or a private one they left. */
  private visible(personId: string): SelectQueryBuilder<Notification> {
    // A news kind stays while one of its causes does: an item the person may see, a comment not hidden.
    const seenNews = whereNewsVisible(
      this.db.createQueryBuilder().subQuery().select("1").from(News, "source_news").where("source_news.id = s.news_id"),
      "source_news",
      personId,
      this.deletionDelayDays,
    );
    return this.db
      .getRepository(Notification)
      .createQueryBuilder("n")
      .where("n.recipient_id = :personId", { personId })
      .andWhere(
        `(n.element_id IS NULL OR EXISTS (
          SELECT 1 FROM element e WHERE e.id = n.element_id AND e.deleted_at IS NULL AND (
            NOT e.private OR n.kind = :refused OR EXISTS (
              SELECT 1 FROM link k WHERE k.element_id = e.id AND k.person_id = n.recipient_id AND k.type IN (:...community)
            )
          )
        ))`,
        { refused: NotificationKind.REQUEST_REFUSED, community: COMMUNITY_TYPES },
      )
      .andWhere(
        `(n.kind NOT IN (:...newsKinds) OR EXISTS (
          SELECT 1 FROM notification_source s WHERE s.notification_id = n.id
            AND (s.comment_id IS NULL OR EXISTS (SELECT 1 FROM news_comment c WHERE c.id = s.comment_id AND c.hidden_at IS NULL))
            AND EXISTS ${seenNews.getQuery()}
        ))`,
        { newsKinds: NEWS_KINDS },
      )
      .setParameters(seenNews.getParameters());
  }
}

async function setDeliveries(db: EntityManager, personId: string, kinds: NotificationKind[], delivery: MailDelivery) {
  if (kinds.length === 0) return;
  await db.query(
    `INSERT INTO notification_delivery (person_id, kind, delivery) SELECT $1, unnest($2::text[]), $3
     ON CONFLICT (person_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
    [personId, kinds, delivery],
  );
}
