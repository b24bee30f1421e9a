import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../graphql/connection";
import { AreaInput } from "../discovery/search.inputs";
import { NewsAudience } from "./news.entity";
import { ReactionKind } from "./reaction.entity";
import { COMMENT_TEXT_MAX, NEWS_IMAGES_MAX, NEWS_PLACES_MAX, NEWS_TEXT_MAX } from "./news.text";

const NOT_BLANK = /\S/;
const PLACE_ID = /^(fr:[0-9][0-9AB][0-9]{3}|geonames:[0-9]{1,12})$/;

@InputType({ description: "A news item to post" })
export class PostNewsInput {
  @Field(() => ID, { description: "The wall: your own person id, or an organization, project or event you belong to" })
  @IsUUID("all", { message: "must be the id of a person or an element" })
  wallId: string;

  @Field({ description: `Markdown, 1 to ${NEWS_TEXT_MAX} characters; #tags, @mentions and links are read from it` })
  @Length(1, NEWS_TEXT_MAX)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  text: string;

  @Field(() => NewsAudience, { description: "Who sees it" })
  @IsEnum(NewsAudience)
  audience: NewsAudience;

  @Field({
    nullable: true,
    description: "Post in the name of the wall's element (its administrators); false by default",
  })
  @IsOptional()
  asElement?: boolean;

  @Field(() => [ID], { nullable: true, description: `Up to ${NEWS_IMAGES_MAX} images you uploaded (POST /media)` })
  @IsOptional()
  @ArrayMaxSize(NEWS_IMAGES_MAX)
  @IsUUID("all", { each: true, message: "must be the id of an image you uploaded" })
  imageIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: `For a public item, up to ${NEWS_PLACES_MAX} towns (ids from \`places\`) whose Live shows it; the wall's town by default`,
  })
  @IsOptional()
  @ArrayMaxSize(NEWS_PLACES_MAX)
  @Matches(PLACE_ID, { each: true, message: "must be the id of a place (see `places`)" })
  placeIds?: string[];
}

@InputType({ description: "A new text (and images) for your news item; the earlier version is kept" })
export class EditNewsInput {
  @Field(() => ID, { description: "The item" })
  @IsUUID("all", { message: "must be a news id" })
  id: string;

  @Field({ description: `Markdown, 1 to ${NEWS_TEXT_MAX} characters` })
  @Length(1, NEWS_TEXT_MAX)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  text: string;

  @Field(() => [ID], { nullable: true, description: `Up to ${NEWS_IMAGES_MAX} images; unchanged when left out` })
  @IsOptional()
  @ArrayMaxSize(NEWS_IMAGES_MAX)
  @IsUUID("all", { each: true, message: "must be the id of an image you uploaded" })
  imageIds?: string[];
}

@InputType({ description: "A news item" })
export class NewsIdInput {
  @Field(() => ID, { description: "The item" })
  @IsUUID("all", { message: "must be a news id" })
  id: string;
}

@InputType({ description: "A comment on a news item, or a reply to a comment" })
export class CommentNewsInput {
  @Field(() => ID, { description: "The item" })
  @IsUUID("all", { message: "must be a news id" })
  newsId: string;

  @Field(() => ID, { nullable: true, description: "The comment answered (a comment on the item, not a reply)" })
  @IsOptional()
  @IsUUID("all", { message: "must be a comment id" })
  parentId?: string;

  @Field({ description: `Markdown, 1 to ${COMMENT_TEXT_MAX} characters; @mentions are read from it` })
  @Length(1, COMMENT_TEXT_MAX)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  text: string;
}

@InputType({ description: "A comment" })
export class CommentIdInput {
  @Field(() => ID, { description: "The comment" })
  @IsUUID("all", { message: "must be a comment id" })
  id: string;
}

@InputType({ description: "Your reaction to a news item: replaces the one you had" })
export class ReactInput {
  @Field(() => ID, { description: "The item" })
  @IsUUID("all", { message: "must be a news id" })
  newsId: string;

  @Field(() => ReactionKind, { nullable: true, description: "The reaction; null takes yours back" })
  @IsOptional()
  @IsEnum(ReactionKind)
  kind?: ReactionKind | null;
}

@InputType({ description: "A report of a news item or of one of its comments, for the wall's administrators" })
export class ReportNewsInput {
  @Field(() => ID, { description: "The item" })
  @IsUUID("all", { message: "must be a news id" })
  newsId: string;

  @Field(() => ID, { nullable: true, description: "The comment, when reporting a comment" })
  @IsOptional()
  @IsUUID("all", { message: "must be a comment id" })
  commentId?: string;

  @Field({ description: "Why, 3 to 1000 characters" })
  @Length(3, 1000)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  reason: string;
}

@InputType({ description: "An administrator's decision on a report" })
export class HandleReportInput {
  @Field(() => ID, { description: "The report" })
  @IsUUID("all", { message: "must be a report id" })
  id: string;

  @Field({ description: "true hides what it reports, false keeps it" })
  hide: boolean;
}

/** The filters of an area's public Live, the same for reading it (with a page) and following it. */
@ArgsType()
export class LiveFilterArgs {
  @Field(() => AreaInput, { description: "The area whose public Live to read or follow" })
  @ValidateNested()
  area: AreaInput;

  @Field(() => [String], { nullable: true, description: "Items with any of these tags (at most 10)" })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(50, { each: true })
  tags?: string[];

  @Field(() => String, { nullable: true, description: "Items whose text has these words (as prefixes)" })
  @IsOptional()
  @Length(1, 200)
  text?: string;
}

@ArgsType()
export class WallArgs {
  @Field(() => ID, { description: "A person's id, or an organization's, project's or event's" })
  @IsUUID("all", { message: "must be the id of a person or an element" })
  wallId: string;
}

@ArgsType()
export class NewsArgs {
  @Field(() => ID, { description: "The item" })
  @IsUUID("all", { message: "must be a news id" })
  newsId: string;
}

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ID, { description: "The wall: an element you administer, or your own person id" })
  @IsUUID("all", { message: "must be the id of a person or an element" })
  wallId: string;
}
