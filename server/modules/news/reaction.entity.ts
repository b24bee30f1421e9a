import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

/** The small fixed set of reactions; one per person per item. */
export enum ReactionKind {
  LIKE = "like",
  LOVE = "love",
  LAUGH = "laugh",
  WOW = "wow",
  SAD = "sad",
  ANGRY = "angry",
}
registerEnumType(ReactionKind, {
  name: "ReactionKind",
  description: "A reaction to a news item; each person has at most one per item, and may change it",
  valuesConfig: {
    LIKE: { description: "Like" },
    LOVE: { description: "Love" },
    LAUGH: { description: "Funny" },
    WOW: { description: "Surprising" },
    SAD: { description: "Sad" },
    ANGRY: { description: "Angry" },
  },
});

@Entity({ name: "news_reaction" })
export class Reaction {
  @PrimaryColumn({ name: "news_id", type: "uuid" })
  newsId: string;

  @PrimaryColumn({ name: "person_id", type: "uuid" })
  personId: string;

  @Column({ type: "text" })
  kind: ReactionKind;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@ObjectType({ description: "How many reacted to an item in one way" })
export class ReactionCount {
  @Field(() => ReactionKind, { description: "The reaction" })
  kind: ReactionKind;

  @Field(() => Int, { description: "How many people chose it" })
  count: number;
}
