import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum ReportState {
  OPEN = "open",
  HIDDEN = "hidden",
  DISMISSED = "dismissed",
}
registerEnumType(ReportState, {
  name: "ReportState",
  description: "Where a report stands",
  valuesConfig: {
    OPEN: { description: "Waiting for the wall's administrators" },
    HIDDEN: { description: "An administrator hid what it reports" },
    DISMISSED: { description: "An administrator kept what it reports" },
  },
});

/** Someone's report of a news item or a comment, for the administrators of its wall. */
@ObjectType({ description: "A report of a news item or a comment, seen by the administrators of its wall" })
@Entity({ name: "news_report" })
export class Report {
  @Field(() => ID, { description: "Stable identifier" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "news_id", type: "uuid" })
  newsId: string;

  @Column({ name: "comment_id", type: "uuid", nullable: true })
  commentId: string | null;

  @Column({ name: "reporter_id", type: "uuid" })
  reporterId: string;

  @Field({ description: "Why it was reported, in the reporter's words" })
  @Column({ type: "text" })
  reason: string;

  @Field(() => ReportState, { description: "Where it stands" })
  @Column({ type: "text", default: ReportState.OPEN })
  state: ReportState;

  @Column({ name: "handled_by", type: "uuid", nullable: true })
  handledBy: string | null;

  @Field({ description: "When it was made" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
