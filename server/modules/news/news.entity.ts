import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { UrlScalar } from "../../graphql/scalars";

/** Who a news item is for. */
export enum NewsAudience {
  PRIVATE = "private",
  RESTRICTED = "restricted",
  PUBLIC = "public",
}
registerEnumType(NewsAudience, {
  name: "NewsAudience",
  description: "Who sees a news item",
  valuesConfig: {
    PRIVATE: {
      description:
        "The wall's community: the element's members, contributors, attendees and administrators (on a person's wall: that person)",
    },
    RESTRICTED: { description: "The community and the followers of the wall's element or person" },
    PUBLIC: {
      description:
        "Everyone, and shown in the Live of its places; open data. A public item without a place is restricted",
    },
  },
});

/**
 * A news item posted on a wall: a person's own, or an organization's, project's or event's.
 * Its text is Markdown; tags, mentions and links are read from it when it is written.
 */
@ObjectType({ description: "A news item posted on a wall" })
@Entity({ name: "news" })
export class News {
  @Field(() => ID, { description: "Stable identifier" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "author_id", type: "uuid" })
  authorId: string;

  @Column({ name: "wall_element_id", type: "uuid", nullable: true })
  wallElementId: string | null;

  @Column({ name: "wall_person_id", type: "uuid", nullable: true })
  wallPersonId: string | null;

  @Field({ description: "Posted in the name of the wall's element by one of its administrators" })
  @Column({ name: "as_element", type: "boolean", default: false })
  asElement: boolean;

  @Field(() => NewsAudience, { description: "Who sees it" })
  @Column({ type: "text" })
  audience: NewsAudience;

  @Field({ description: "Markdown, as written" })
  @Column({ type: "text" })
  text: string;

  @Column({ name: "image_ids", type: "uuid", array: true, default: () => "'{}'" })
  imageIds: string[];

  @Field(() => [String], { description: "The #tags of its text, without the #" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  tags: string[];

  @Field(() => [UrlScalar], { description: "The web addresses in its text" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  links: string[];

  @Column({
    name: "tag_keys",
    type: "text",
    array: true,
    generatedType: "STORED",
    asExpression: "search_tags(tags)",
    nullable: true,
    select: false,
  })
  tagKeys: string[];

  @Column({
    name: "search_vector",
    type: "tsvector",
    generatedType: "STORED",
    asExpression: "to_tsvector('simple'::regconfig, search_text(text))",
    nullable: true,
    select: false,
  })
  searchVector: string;

  /** Set on the items that show an activity record (see news.activity). */
  @Column({ name: "activity_id", type: "uuid", nullable: true })
  activityId: string | null;

  @Field(() => Date, { nullable: true, description: "When its author last changed it; null if never" })
  @Column({ name: "edited_at", type: "timestamptz", nullable: true })
  editedAt: Date | null;

  @Column({ name: "hidden_at", type: "timestamptz", nullable: true })
  hiddenAt: Date | null;

  @Column({ name: "hidden_by", type: "uuid", nullable: true })
  hiddenBy: string | null;

  @Field({ description: "When it was posted" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field({ description: "Changed by its author since it was posted" })
  get edited(): boolean {
    return this.editedAt !== null;
  }
}

/** A place a public item is shown in (a town of the gazetteer, or the wall's own address). */
@ObjectType({ description: "A place whose Live shows a public news item" })
@Entity({ name: "news_place" })
export class NewsPlace {
  @PrimaryColumn({ name: "news_id", type: "uuid" })
  newsId: string;

  @PrimaryColumn({ type: "smallint" })
  position: number;

  @Field(() => String, { nullable: true, description: "The town's name" })
  @Column({ type: "text", nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: "INSEE code of a French commune" })
  @Column({ name: "insee_code", type: "text", nullable: true })
  inseeCode: string | null;

  @Field(() => [String], { description: "Its postal codes" })
  @Column({ name: "postal_codes", type: "text", array: true, default: () => "'{}'" })
  postalCodes: string[];

  @Field(() => Float, { nullable: true, description: "Degrees north" })
  @Column({ type: "double precision", nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: "Degrees east" })
  @Column({ type: "double precision", nullable: true })
  longitude: number | null;

  /** The point as an earthdistance value (a cube), for the Live's radius index; generated. */
  @Column({
    type: "cube",
    generatedType: "STORED",
    asExpression: "geo_point(latitude, longitude)",
    nullable: true,
    select: false,
  })
  geo: string | null;
}

/** A place given to an item: its key and its point (generated) come with the insert. */
export type GivenPlace = Omit<NewsPlace, "newsId" | "position" | "geo">;

/** A person or an element named with @handle in a news item or a comment. */
@Entity({ name: "news_mention" })
export class NewsMention {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "news_id", type: "uuid" })
  newsId: string;

  @Column({ name: "comment_id", type: "uuid", nullable: true })
  commentId: string | null;

  @Column({ name: "person_id", type: "uuid", nullable: true })
  personId: string | null;

  @Column({ name: "element_id", type: "uuid", nullable: true })
  elementId: string | null;

  /** As written after the @, lower case. */
  @Column({ type: "text" })
  handle: string;
}

/** A news item as it was before an edit. */
@ObjectType({ description: "An earlier version of a news item" })
@Entity({ name: "news_revision" })
export class NewsRevision {
  @Field(() => ID, { description: "Stable identifier" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "news_id", type: "uuid" })
  newsId: string;

  @Field({ description: "The Markdown text it had" })
  @Column({ type: "text" })
  text: string;

  @Column({ name: "image_ids", type: "uuid", array: true, default: () => "'{}'" })
  imageIds: string[];

  @Field({ description: "When it was replaced" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
