import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { NotificationKind } from "./notification.kinds";

/**
 * Something a person should know of. Notifications of one group (the same kind about the same
 * element, such as requests to join it) pile up in one unread notification: `count` and
 * `actorIds` grow, `updatedAt` moves; once read, the next one starts a new notification.
 */
@ObjectType({
  description: "Something you should know of; several of the same kind about the same element are grouped",
})
@Entity({ name: "notification" })
export class Notification {
  @Field(() => ID, { description: "Stable identifier" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "recipient_id", type: "uuid" })
  recipientId: string;

  @Field(() => NotificationKind, { description: "What it is about" })
  @Column({ type: "text" })
  kind: NotificationKind;

  @Column({ name: "element_id", type: "uuid", nullable: true })
  elementId: string | null;

  /** The latest news item it is about (mentions, comments, wall posts). */
  @Column({ name: "news_id", type: "uuid", nullable: true })
  newsId: string | null;

  /** Who acted, newest first (at most MAX_ACTORS kept). */
  @Column({ name: "actor_ids", type: "uuid", array: true, default: () => "'{}'" })
  actorIds: string[];

  @Field(() => Int, { description: "How many times it happened while unread (3 people asked to join: 3)" })
  @Column({ type: "integer", default: 1 })
  count: number;

  @Column({ name: "group_key", type: "text" })
  groupKey: string;

  @Field(() => Date, { nullable: true, description: "When you read it; null while unread" })
  @Column({ name: "read_at", type: "timestamptz", nullable: true })
  readAt: Date | null;

  /** Waits for the person's daily digest. */
  @Column({ name: "digest_pending", type: "boolean", default: false })
  digestPending: boolean;

  @Field(() => Date, { description: "When it first happened" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { description: "When it last happened (lists are sorted on it, newest first)" })
  @Column({ name: "updated_at", type: "timestamptz", default: () => "now()" })
  updatedAt: Date;
}
