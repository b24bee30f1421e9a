import { DateTime } from "luxon";
import type { DataSource } from "typeorm";
import { enqueueJob, type Job, type JobHandler } from "../../jobs/queue";
import type { Mailer } from "../../mail/mailer";
import { MAIL_JOB } from "./notification.record";
import { notificationTranslator } from "./notification.texts";
import type { NotificationService, UnsubscribeScope } from "./notification.service";

/** The daily job that queues one digest per person waiting for one. */
export const DIGESTS_JOB = "notification-digests";
/** One person's digest. */
export const DIGEST_JOB = "notification-digest";

export interface DigestSchedule {
  /** Hour of the day (0–23) digests leave at, in `timeZone`. */
  hour: number;
  timeZone: string;
}

/** The next time digests leave, after `now`. */
export function nextDigestAt(schedule: DigestSchedule, now = new Date()): Date {
  const local = DateTime.fromJSDate(now, { zone: schedule.timeZone });
  let at = local.set({ hour: schedule.hour, minute: 0, second: 0, millisecond: 0 });
  if (at <= local) at = at.plus({ days: 1 });
  return at.toJSDate();
}

interface Row {
  id: string;
  recipient_id: string;
  kind: string;
  count: number;
  actor_name: string | null;
  element_name: string | null;
}

interface Recipient {
  email: string;
  display_name: string;
  language: string;
}

/**
 * Mails of notifications: one at once (MAIL_JOB), or a person's unread ones of the day in one
 * digest. Mails are in the person's language, to verified addresses only, and carry a one-click
 * unsubscribe link (List-Unsubscribe and List-Unsubscribe-Post, RFC 8058).
 */
export class NotificationMails {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      mailer: Mailer;
      notifications: NotificationService;
      publicUrl: string;
      schedule: DigestSchedule;
    },
  ) {}

  handlers(): Record<string, JobHandler> {
    return {
      [MAIL_JOB]: (job) => this.mailOne(job),
      [DIGESTS_JOB]: (job) => this.queueDigests(job),
      [DIGEST_JOB]: (job) => this.digest(job),
    };
  }

  /**
   * Queues the next daily run, once whatever the number of processes (the job's key is its
   * time). `after` is the run just done: the next one comes after it even when it ran early.
   */
  async scheduleDigests(after?: Date): Promise<void> {
    const from = after && after.getTime() >= Date.now() ? new Date(after.getTime() + 1000) : new Date();
    const runAt = nextDigestAt(this.deps.schedule, from);
    await this.deps.dataSource.transaction((tx) =>
      enqueueJob(tx, {
        name: DIGESTS_JOB,
        key: `${DIGESTS_JOB}:${runAt.toISOString()}`,
        payload: { at: runAt.toISOString() },
        runAt,
      }),
    );
  }

  private async mailOne(job: Job): Promise<void> {
    const [row] = await this.visibleOnly(await this.read(`n.id = $1 AND n.read_at IS NULL`, [job.payload.id]));
    if (!row) return; // read in the app meanwhile, gone, or no longer to be seen
    const person = await this.person(row.recipient_id);
    if (!person) return;
    const t = notificationTranslator(person.language);
    await this.send(person, row.recipient_id, row.kind as UnsubscribeScope, {
      subject: line(t, row),
      body: [line(t, row)],
      unsubscribe: t("unsubscribeKind"),
    });
  }

  /** Queues each waiting person's digest, and the next daily run. */
  private async queueDigests(job: Job): Promise<void> {
    const people: { recipient_id: string }[] = await this.deps.dataSource.query(
      `SELECT DISTINCT recipient_id FROM notification WHERE digest_pending AND read_at IS NULL`,
    );
    const day = new Date().toISOString().slice(0, 10);
    await this.deps.dataSource.transaction(async (tx) => {
      for (const { recipient_id } of people) {
        await enqueueJob(tx, {
          name: DIGEST_JOB,
          key: `${DIGEST_JOB}:${recipient_id}:${day}`,
          payload: { personId: recipient_id },
        });
      }
    });
    await this.scheduleDigests(typeof job.payload.at === "string" ? new Date(job.payload.at) : undefined);
  }

  private async digest(job: Job): Promise<void> {
    const personId = String(job.payload.personId);
    const waiting = await this.read(`n.recipient_id = $1 AND n.digest_pending AND n.read_at IS NULL`, [personId]);
    const rows = await this.visibleOnly(waiting);
    const person = await this.person(personId);
    if (rows.length > 0 && person) {
      const t = notificationTranslator(person.language);
      await this.send(person, personId, "digest", {
        subject: t("digest.subject", { count: rows.length }),
        body: [t("digest.intro"), "", ...rows.map((row) => `- ${line(t, row)}`)],
        unsubscribe: t("unsubscribeDigest"),
      });
    }
    // Those mailed (and those read or withdrawn meanwhile) wait no more; newer ones go in the next digest.
    await this.deps.dataSource.query(
      `UPDATE notification SET digest_pending = false WHERE recipient_id = $1 AND digest_pending
         AND (read_at IS NOT NULL OR id = ANY($2::uuid[]))`,
      [personId, waiting.map((row) => row.id)],
    );
  }

  private async send(
    person: Recipient,
    personId: string,
    scope: UnsubscribeScope,
    mail: { subject: string; body: string[]; unsubscribe: string },
  ): Promise<void> {
    const t = notificationTranslator(person.language);
    const { publicUrl } = this.deps;
    const unsubscribeUrl = `${publicUrl}/unsubscribe/${await this.deps.notifications.unsubscribeToken(personId, scope)}`;
    const text = [
      t("greeting", { name: person.display_name }),
      "",
      ...mail.body,
      "",
      t("open"),
      `${publicUrl}/notifications`,
      "",
      mail.unsubscribe,
      unsubscribeUrl,
      t("settings", { url: `${publicUrl}/settings/notifications` }),
      "",
      t("signature"),
    ].join("\n");
    await this.deps.mailer.sendMessage({
      to: person.email,
      subject: mail.subject,
      text,
      kind: `notification-${scope}`,
      headers: {
        "List-Unsubscribe": `<${unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
  }

  /** Notifications with their latest actor's and their element's names, oldest first. */
  private read(where: string, params: unknown[]): Promise<Row[]> {
    return this.deps.dataSource.query(
      `SELECT n.id, n.recipient_id, n.kind, n.count, a.display_name AS actor_name, e.name AS element_name
       FROM notification n
       LEFT JOIN person a ON a.id = n.actor_ids[1]
       LEFT JOIN element e ON e.id = n.element_id
       WHERE ${where} AND (n.element_id IS NULL OR e.deleted_at IS NULL)
       ORDER BY n.updated_at LIMIT 100`,
      params,
    );
  }

  /** The rows (one person's) they may still see: nothing is mailed of what was withdrawn since. */
  private async visibleOnly(rows: Row[]): Promise<Row[]> {
    if (rows.length === 0) return rows;
    const visible = await this.deps.notifications.stillVisible(
      rows[0].recipient_id,
      rows.map((row) => row.id),
    );
    return rows.filter((row) => visible.has(row.id));
  }

  /** The person's address, name and language; null when the address is not verified. */
  private async person(personId: string): Promise<Recipient | null> {
    const rows: Recipient[] = await this.deps.dataSource.query(
      `SELECT email, display_name, language FROM person WHERE id = $1 AND email_verified_at IS NOT NULL`,
      [personId],
    );
    return rows[0] ?? null;
  }
}

function line(t: ReturnType<typeof notificationTranslator>, row: Row): string {
  return t(`kind.${row.kind}`, { count: row.count, actor: row.actor_name ?? "", element: row.element_name ?? "" });
}
