import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A comment on a news item, or a reply to one (one level: replies are not answered). */
@ObjectType({ description: "A comment on a news item, or a reply to a comment" })
@Entity({ name: "news_comment" })
export class Comment {
  @Field(() => ID, { description: "Stable identifier" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID, { description: "The news item it is about" })
  @Column({ name: "news_id", type: "uuid" })
  newsId: string;

  @Field(() => ID, { nullable: true, description: "The comment it answers; null for a comment on the item itself" })
  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId: string | null;

  @Column({ name: "author_id", type: "uuid" })
  authorId: string;

  @Field({ description: "Markdown, as written" })
  @Column({ type: "text" })
  text: string;

  @Column({ name: "hidden_at", type: "timestamptz", nullable: true })
  hiddenAt: Date | null;

  @Field({ description: "When it was written" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
