import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "One changed field: its value before and after" })
export class FieldChange {
  @Field({ description: "The field's name in the API: type, image, carrier, parentEvent…" })
  field: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The value before, as the API gives it: enum names (CONCERT), ids for image, carrier and parentEvent",
  })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "The value after, in the same terms as before" })
  after: unknown;

  @Field({ nullable: true, description: "True when the values are withheld (contact fields shown to members only)" })
  hidden?: boolean;
}

/** One edit of an element's descriptive fields: who, when, which fields, old and new values. */
@ObjectType({ description: "An edit of an element, as kept in its history" })
@Entity({ name: "element_revision" })
export class ElementRevision {
  @Field(() => ID, { description: "Stable identifier of the revision" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "element_id", type: "uuid" })
  elementId: string;

  @Column({ name: "author_id", type: "uuid", nullable: true })
  authorId: string | null;

  @Field(() => [FieldChange], { description: "The fields this edit changed, with their values before and after" })
  @Column({ type: "jsonb" })
  changes: FieldChange[];

  @Field(() => ID, { nullable: true, description: "The revision this one reverted" })
  @Column({ name: "reverts_id", type: "uuid", nullable: true })
  revertsId: string | null;

  @Field({ description: "When the edit was made" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
