import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { Access } from "../../graphql/authorization";
import { Connection, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import type { Events } from "../../graphql/pubsub";
import { Person } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import { ElementInterface } from "../elements/element.interface";
import { Media } from "../media/media.entity";
import { may, type OnNews, OUTSIDER, requireViewer } from "../policy/policy";
import { tiedPerson } from "../policy/tied-person";
import { Comment } from "./comment.entity";
import { ActivityItem, activityItemOf } from "./news.activity";
import { inFeedOf, mayReceive } from "./news.audience";
import { checkLiveFilter, inLive, matchesWords } from "./news.area";
import { News, NewsMention, NewsPlace, NewsRevision } from "./news.entity";
import type { Delivery } from "./news.fanout";
import type { NewsActivityEvent, NewsEvent } from "./news.events";
import {
  CommentIdInput,
  CommentNewsInput,
  EditNewsInput,
  HandleReportInput,
  LiveFilterArgs,
  NewsArgs,
  NewsIdInput,
  PostNewsInput,
  ReactInput,
  ReportNewsInput,
  ReportsArgs,
  WallArgs,
} from "./news.inputs";
import { renderNewsText, type ShownMention } from "./news.text";
import { ReactionCount, ReactionKind } from "./reaction.entity";
import { Report } from "./report.entity";

export const NewsConnection = Connection("News", News);
const NewsRevisionConnection = Connection("NewsRevision", NewsRevision);
export const CommentConnection = Connection("Comment", Comment);
const ReportConnection = Connection("Report", Report);

export enum NewsChange {
  POSTED = "posted",
  EDITED = "edited",
  REMOVED = "removed",
}
registerEnumType(NewsChange, {
  name: "NewsChange",
  description: "What happened to a news item in an open feed",
  valuesConfig: {
    POSTED: { description: "A new item: add it at the top" },
    EDITED: { description: "Its author changed it: replace it" },
    REMOVED: { description: "Deleted or hidden: take it out" },
  },
});

@ObjectType({ description: "A change in an open feed (a wall, my feed, the Live of an area)" })
class NewsFeedEvent {
  @Field(() => NewsChange, { description: "What happened" })
  change: NewsChange;

  @Field(() => ID, { description: "The item" })
  newsId: string;

  @Field(() => News, { nullable: true, description: "The item as it is now; null when removed" })
  news: News | null;
}

export enum NewsActivityChange {
  COMMENTED = "commented",
  REACTED = "reacted",
  COMMENT_REMOVED = "comment_removed",
}
registerEnumType(NewsActivityChange, {
  name: "NewsActivityChange",
  description: "What happened under a news item",
  valuesConfig: {
    COMMENTED: { description: "A new comment or reply" },
    REACTED: { description: "Someone reacted, changed or took back their reaction" },
    COMMENT_REMOVED: { description: "A comment was deleted or hidden" },
  },
});

@ObjectType({ description: "New comments and reaction counts of a news item, as they happen" })
class NewsActivity {
  @Field(() => NewsActivityChange, { description: "What happened" })
  change: NewsActivityChange;

  @Field(() => ID, { description: "The item" })
  newsId: string;

  @Field(() => ID, { nullable: true, description: "The comment concerned (new or removed)" })
  commentId: string | null;

  @Field(() => Comment, { nullable: true, description: "The new comment" })
  comment: Comment | null;

  @Field(() => [ReactionCount], { description: "The item's reaction counts now" })
  reactionCounts: ReactionCount[];

  @Field(() => Int, { description: "How many comments and replies it has now" })
  commentCount: number;
}

/** The mentions a viewer may see, and where they lead. */
async function shownMentions(ctx: Context, mentions: NewsMention[], wallElementId: string | null) {
  const shown = await Promise.all(
    mentions.map(async (mention): Promise<[Element | Person, ShownMention] | null> => {
      if (mention.elementId) {
        const element = await ctx.loaders.visibleElement.load(mention.elementId);
        return element ? [element, { handle: mention.handle, path: `/${element.kind}s/${element.slug}` }] : null;
      }
      // People are shown where the directory rule lets the viewer see them tied to the wall.
      const person = await tiedPerson(ctx, mention.personId, wallElementId ?? mention.personId!);
      return person ? [person, { handle: mention.handle, path: `/people/${person.username}` }] : null;
    }),
  );
  return shown.filter((entry) => entry !== null);
}

/** An item on its wall, for the rules of the Live (the viewer's standing from the request's loader). */
async function onNews(ctx: Context, news: News): Promise<OnNews> {
  if (!ctx.viewer || !news.wallElementId) return { news, wallPersonId: news.wallPersonId, standing: OUTSIDER };
  return { news, wallPersonId: null, standing: await ctx.loaders.standingIn.load(news.wallElementId) };
}

/** What a person sees of a wall: the element, or the person. */
function wallOf(ctx: Context, news: Pick<News, "wallElementId" | "wallPersonId">) {
  return news.wallElementId
    ? ctx.loaders.visibleElement.load(news.wallElementId)
    : ctx.loaders.personById.load(news.wallPersonId!);
}

@Resolver(() => News)
export class NewsResolver {
  @Query(() => News, { nullable: true, description: "A news item; null when there is none you may see" })
  news(@Args() { newsId }: NewsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.news.visibleNews.load(newsId);
  }

  @Query(() => NewsConnection, {
    description: "The public Live of an area: public news shown in its places, newest first",
  })
  live(@Args() { area, tags, text }: LiveFilterArgs, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.news.live(ctx.viewer, checkLiveFilter({ area, tags, text }), first, after);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => NewsConnection, {
    description:
      "What the people and elements you follow or belong to post, news on your wall, and news mentioning you; newest first",
  })
  myFeed(@Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.news.feed(requireViewer(ctx), first, after);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => ReportConnection, {
    description: "The open reports of every wall, newest first: the instance's administrators only",
  })
  instanceReports(@Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.reports.listAll(requireViewer(ctx), first, after);
  }

  @Query(() => ReportConnection, { description: "The open reports of a wall you administer, newest first" })
  newsReports(@Args() { wallId, first, after }: ReportsArgs, @Ctx() ctx: Context) {
    return ctx.services.reports.list(requireViewer(ctx), wallId, first, after);
  }

  @FieldResolver(() => String, { description: "The text as sanitized HTML, mentions you may see as links" })
  async textHtml(@Root() news: News, @Ctx() ctx: Context): Promise<string> {
    const mentions = await shownMentions(ctx, await ctx.loaders.news.mentions.load(news.id), news.wallElementId);
    return renderNewsText(
      news.text,
      mentions.map(([, shown]) => shown),
    );
  }

  @FieldResolver(() => [ElementInterface], {
    description: "The people and elements it mentions, those you may see (people by their directory setting)",
  })
  async mentions(@Root() news: News, @Ctx() ctx: Context) {
    const mentions = await shownMentions(ctx, await ctx.loaders.news.mentions.load(news.id), news.wallElementId);
    return mentions.map(([element]) => element);
  }

  @FieldResolver(() => ActivityItem, {
    nullable: true,
    description: "What happened, for an item that shows the activity of its wall's element (its text is then empty)",
  })
  async activity(@Root() news: News, @Ctx() ctx: Context) {
    if (!news.activityId) return null;
    const activity = await ctx.loaders.news.activity.load(news.activityId);
    return activity ? activityItemOf(activity) : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "Who wrote it (for an activity item, the person concerned); null when their directory setting hides them from you",
  })
  author(@Root() news: News, @Ctx() ctx: Context) {
    return tiedPerson(ctx, news.authorId, news.wallElementId ?? news.authorId);
  }

  @FieldResolver(() => ElementInterface, {
    nullable: true,
    description: "The wall it was posted on: a person, an organization, a project or an event",
  })
  wall(@Root() news: News, @Ctx() ctx: Context) {
    return wallOf(ctx, news);
  }

  @FieldResolver(() => [Media], { description: "Its images, in order" })
  async images(@Root() news: News, @Ctx() ctx: Context) {
    const images = await Promise.all(news.imageIds.map((id) => ctx.loaders.mediaById.load(id)));
    return images.filter((image) => image !== null);
  }

  @FieldResolver(() => [NewsPlace], { description: "The places whose Live shows it (public items)" })
  places(@Root() news: News, @Ctx() ctx: Context) {
    return ctx.loaders.news.newsPlaces.load(news.id);
  }

  @FieldResolver(() => [ReactionCount], { description: "How many reacted, by reaction (most chosen first)" })
  async reactionCounts(@Root() news: News, @Ctx() ctx: Context) {
    return (await ctx.loaders.news.counts.load(news.id)).reactionCounts;
  }

  @FieldResolver(() => ReactionKind, { nullable: true, description: "Your reaction; null without one" })
  viewerReaction(@Root() news: News, @Ctx() ctx: Context) {
    return ctx.loaders.news.viewerReaction.load(news.id);
  }

  @FieldResolver(() => Boolean, { description: "You may delete it: its author, or an administrator of its wall" })
  async viewerMayRemove(@Root() news: News, @Ctx() ctx: Context): Promise<boolean> {
    return may(ctx.viewer, "news:remove", await onNews(ctx, news));
  }

  @FieldResolver(() => Boolean, {
    description: "You may change its text: you wrote it (activity items are not edited)",
  })
  viewerMayEdit(@Root() news: News, @Ctx() ctx: Context): boolean {
    return may(ctx.viewer, "news:edit", { news }) && news.activityId === null;
  }

  @FieldResolver(() => Boolean, { description: "You may hide it from everyone: you administer its wall" })
  async viewerMayHide(@Root() news: News, @Ctx() ctx: Context): Promise<boolean> {
    return may(ctx.viewer, "news:hide", await onNews(ctx, news));
  }

  @FieldResolver(() => Int, { description: "How many comments and replies it has" })
  async commentCount(@Root() news: News, @Ctx() ctx: Context) {
    return (await ctx.loaders.news.counts.load(news.id)).commentCount;
  }

  @FieldResolver(() => CommentConnection, { description: "Its comments (not the replies), oldest first" })
  comments(@Root() news: News, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.comments.list(news.id, null, first, after);
  }

  @FieldResolver(() => NewsRevisionConnection, {
    nullable: true,
    description: "Its earlier versions, newest first: for its author and the wall's administrators (null for others)",
  })
  revisions(@Root() news: News, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.news.revisions(ctx.viewer, news, first, after);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => News, {
    description: "Posts on your wall, or on the wall of an element you belong to (as the element: its administrators)",
  })
  postNews(
    @Arg("input", { description: "The wall, the text and who sees it" }) input: PostNewsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.news.post(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => News, { description: "Changes your news item; the earlier version is kept" })
  editNews(@Arg("input", { description: "The item and its new text" }) input: EditNewsInput, @Ctx() ctx: Context) {
    return ctx.services.news.edit(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => News, { description: "Deletes a news item (its author, or the wall's administrators); answers it" })
  deleteNews(@Arg("input", { description: "The item" }) { id }: NewsIdInput, @Ctx() ctx: Context) {
    return ctx.services.news.remove(requireViewer(ctx), id);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => News, { description: "Hides a news item from everyone (the wall's administrators)" })
  hideNews(@Arg("input", { description: "The item" }) { id }: NewsIdInput, @Ctx() ctx: Context) {
    return ctx.services.news.hide(requireViewer(ctx), id);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => News, { description: "Sets, changes or (with kind null) takes back your reaction" })
  reactToNews(@Arg("input", { description: "The item and the reaction" }) input: ReactInput, @Ctx() ctx: Context) {
    return ctx.services.reactions.react(requireViewer(ctx), input.newsId, input.kind ?? null);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Report, { description: "Reports a news item or a comment to the wall's administrators" })
  reportNews(@Arg("input", { description: "What and why" }) input: ReportNewsInput, @Ctx() ctx: Context) {
    return ctx.services.reports.report(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Report, {
    description: "Hides what a report points at, or dismisses it (the wall's administrators, or the instance's)",
  })
  handleReport(
    @Arg("input", { description: "The report and the decision" }) input: HandleReportInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reports.handle(requireViewer(ctx), input.id, input.hide);
  }

  @Authorized(Access.ANYONE)
  @Subscription(() => NewsFeedEvent, {
    description: "New, edited and removed items of a wall, as its news field would show them to you",
    subscribe: ({ args, context }) => {
      const { wallId } = args as WallArgs;
      const { viewer } = context as Context;
      return feedStream(context as Context, (delivery, event) => {
        const { wallElementId, wallPersonId } = event.routing;
        return (wallElementId === wallId || wallPersonId === wallId) && received(delivery, event, viewer);
      });
    },
  })
  wallNews(@Root() root: FeedRoot, @Args() _args: WallArgs): NewsFeedEvent {
    return feedEvent(root);
  }

  @Authorized(Access.SIGNED_IN)
  @Subscription(() => NewsFeedEvent, {
    description: "New, edited and removed items of your feed (see myFeed)",
    subscribe: ({ context }) => {
      const viewer = requireViewer(context as Context);
      return feedStream(
        context as Context,
        (delivery, event) => inFeedOf(delivery.facts, viewer.id) && received(delivery, event, viewer),
      );
    },
  })
  myFeedNews(@Root() root: FeedRoot): NewsFeedEvent {
    return feedEvent(root);
  }

  @Authorized(Access.ANYONE)
  @Subscription(() => NewsFeedEvent, {
    description: "New, edited and removed items of the public Live of an area, with the filters of `live`",
    subscribe: ({ args, context }) => {
      const filter = checkLiveFilter(args as LiveFilterArgs);
      const { viewer } = context as Context;
      return feedStream(context as Context, (delivery, event) => {
        const { routing } = event;
        if (routing.audience !== "public" || !inLive(routing.places, routing.tagKeys, filter)) return false;
        if (event.change !== "removed" && !matchesWords(delivery.news?.text ?? "", filter.words)) return false;
        return received(delivery, event, viewer);
      });
    },
  })
  liveNews(@Root() root: FeedRoot, @Args() _args: LiveFilterArgs): NewsFeedEvent {
    return feedEvent(root);
  }

  @Authorized(Access.ANYONE)
  @Subscription(() => NewsActivity, {
    description: "New comments and reaction counts of a news item you may see",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const { newsId } = args as NewsArgs;
      return ctx.services.newsFanOut.filter(
        (ctx.services.events as Events).subscribe("NEWS_ACTIVITY", newsId),
        (delivery) => mayReceive(delivery.facts, ctx.viewer),
        true,
      );
    },
  })
  newsActivity(
    @Root() { event, delivery }: { event: NewsActivityEvent; delivery: Delivery },
    @Args() _args: NewsArgs,
  ): NewsActivity {
    return {
      change: event.change as NewsActivityChange,
      newsId: event.routing.newsId,
      commentId: event.commentId,
      comment: event.change === "commented" && delivery.comment && !delivery.comment.hiddenAt ? delivery.comment : null,
      reactionCounts: delivery.reactionCounts,
      commentCount: delivery.commentCount,
    };
  }
}

type FeedRoot = { event: NewsEvent; delivery: Delivery };

function feedStream(ctx: Context, keep: (delivery: Delivery, event: NewsEvent) => boolean) {
  return ctx.services.newsFanOut.filter(ctx.services.events.subscribe("NEWS_CHANGED"), keep);
}

/**
 * The viewer would see the item in a list: for a removal, would have seen it (a hidden item
 * is withdrawn from those who saw it; a deleted one is routed by what its event carries).
 */
function received(delivery: Delivery, event: NewsEvent, viewer: Person | null): boolean {
  if (event.change === "removed") return mayReceive({ ...delivery.facts, hidden: false }, viewer);
  return delivery.news !== null && mayReceive(delivery.facts, viewer);
}

function feedEvent({ event, delivery }: FeedRoot): NewsFeedEvent {
  const removed = event.change === "removed";
  return { change: event.change as NewsChange, newsId: event.routing.newsId, news: removed ? null : delivery.news };
}

@Resolver(() => Comment)
export class CommentResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who wrote it; null when their directory hides them" })
  async author(@Root() comment: Comment, @Ctx() ctx: Context) {
    const news = await ctx.loaders.news.visibleNews.load(comment.newsId);
    return tiedPerson(ctx, comment.authorId, news?.wallElementId ?? comment.authorId);
  }

  @FieldResolver(() => String, { description: "The text as sanitized HTML, mentions you may see as links" })
  async textHtml(@Root() comment: Comment, @Ctx() ctx: Context): Promise<string> {
    const news = await ctx.loaders.news.visibleNews.load(comment.newsId);
    const mentions = await ctx.loaders.news.mentions.load(`${comment.newsId}:${comment.id}`);
    const shown = await shownMentions(ctx, mentions, news?.wallElementId ?? null);
    return renderNewsText(
      comment.text,
      shown.map(([, mention]) => mention),
    );
  }

  @FieldResolver(() => CommentConnection, { description: "Replies to it, oldest first (replies have none)" })
  replies(@Root() comment: Comment, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.comments.list(comment.newsId, comment.id, first, after);
  }

  @FieldResolver(() => Int, { description: "How many replies it has" })
  replyCount(@Root() comment: Comment, @Ctx() ctx: Context) {
    return ctx.loaders.news.replyCount.load(comment.id);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Comment, { description: "Comments on a news item you see, or replies to a comment" })
  commentNews(
    @Arg("input", { description: "The item, the comment answered, the text" }) input: CommentNewsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.comments.comment(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Comment, {
    description: "Deletes a comment and its replies (its author, or the wall's administrators)",
  })
  deleteComment(@Arg("input", { description: "The comment" }) { id }: CommentIdInput, @Ctx() ctx: Context) {
    return ctx.services.comments.remove(requireViewer(ctx), id);
  }
}

@Resolver(() => ActivityItem)
export class ActivityItemResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who joined, became an administrator, or acted; null when their directory setting hides them from you",
  })
  person(@Root() item: ActivityItem, @Ctx() ctx: Context) {
    return tiedPerson(ctx, item.personId, item.elementId);
  }

  @FieldResolver(() => ElementInterface, {
    nullable: true,
    description: "The member organization that joined (JOINED), when you may see it",
  })
  organization(@Root() item: ActivityItem, @Ctx() ctx: Context) {
    return item.organizationId ? ctx.loaders.visibleElement.load(item.organizationId) : null;
  }
}

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => News, { nullable: true, description: "The item reported (or whose comment is), hidden or not" })
  news(@Root() report: Report, @Ctx() ctx: Context) {
    // Only the wall's administrators list reports (ReportService.list).
    return ctx.services.news.unchecked(report.newsId);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The comment reported; null when the item itself is" })
  commentId(@Root() report: Report) {
    return report.commentId;
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who reported it; null when their directory hides them" })
  reporter(@Root() report: Report, @Ctx() ctx: Context) {
    return tiedPerson(ctx, report.reporterId, report.newsId);
  }
}

/** The news of a wall: an organization's, a project's, an event's, or a person's. */
@Resolver(() => Element)
export class ElementNewsResolver {
  @FieldResolver(() => NewsConnection, { description: "The news on its wall that you may see, newest first" })
  news(@Root() element: Element, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.news.wall(ctx.viewer, element.id, first, after);
  }
}

@Resolver(() => Person)
export class PersonNewsResolver {
  @FieldResolver(() => NewsConnection, { description: "The news on their wall that you may see, newest first" })
  news(@Root() person: Person, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.news.wall(ctx.viewer, person.id, first, after);
  }
}

export const newsResolvers = [
  NewsResolver,
  CommentResolver,
  ActivityItemResolver,
  ReportResolver,
  ElementNewsResolver,
  PersonNewsResolver,
] as const;
