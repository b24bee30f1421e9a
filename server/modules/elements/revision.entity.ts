import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "One changed field: its value before and after" })
export class FieldChange {
  @Field()
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after: unknown;

  @Field({ nullable: true, description: "True when the values are withheld (contact fields shown to members only)" })
  hidden?: boolean;
}

/** One edit of an element's descriptive fields: who, when, which fields, old and new values. */
@ObjectType({ description: "An edit of an element, as kept in its history" })
@Entity({ name: "element_revision" })
export class ElementRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "element_id", type: "uuid" })
  elementId: string;

  @Column({ name: "author_id", type: "uuid", nullable: true })
  authorId: string | null;

  @Field(() => [FieldChange])
  @Column({ type: "jsonb" })
  changes: FieldChange[];

  @Field(() => ID, { nullable: true, description: "The revision this one reverted" })
  @Column({ name: "reverts_id", type: "uuid", nullable: true })
  revertsId: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
