import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { Forbidden, InvalidInput, NotFound } from "../../graphql/errors";
import { DEFAULT_PAGE_SIZE, Ordering } from "../../graphql/connection";
import { publishAfterCommit } from "../../graphql/pubsub";
import type { RateLimit } from "../../rate-limit";
import type { Person } from "../accounts/person.entity";
import { notifyCommented, withdrawNewsNotifications } from "../notifications/notification.news";
import { may } from "../policy/policy";
import { Comment } from "./comment.entity";
import type { News } from "./news.entity";
import { NewsPlace } from "./news.entity";
import type { NewsActivityChange } from "./news.events";
import type { CommentNewsInput } from "./news.inputs";
import type { NewsService } from "./news.service";
import { routingOf } from "./news.publish";
import { textParts } from "./news.text";

const COMMENT_ORDER = new Ordering<Comment>("comments:oldest", {
  alias: "comment",
  column: "created_at",
  direction: "ASC",
  value: (row) => row.createdAt,
});

/** Comments on news items, one level of replies; seen by whoever sees the item. */
export class CommentService {
  constructor(
    private readonly db: DataSource,
    private readonly news: NewsService,
    private readonly commenting: RateLimit,
  ) {}

  async comment(viewer: Person, input: CommentNewsInput): Promise<Comment> {
    const news = await this.news.find(viewer, input.newsId);
    if (!may(viewer, "news:comment", { news })) throw new NotFound("news");
    if (input.parentId) {
      const parent = await this.db.getRepository(Comment).findOneBy({ id: input.parentId, newsId: news.id });
      if (!parent || parent.hiddenAt) throw new NotFound("comment");
      if (parent.parentId) {
        throw new InvalidInput([{ field: "parentId", key: "news.replyToReply" }]);
      }
    }
    await this.commenting.consume(viewer.id);
    return this.db.transaction(async (tx) => {
      const comment = await tx.save(
        tx.create(Comment, {
          newsId: news.id,
          parentId: input.parentId ?? null,
          authorId: viewer.id,
          text: input.text,
        }),
      );
      const mentions = await this.news.saveMentions(tx, viewer, news.id, comment.id, textParts(input.text).handles);
      await notifyCommented(tx, news, comment, mentions, this.news.deletionDelayDays);
      await publishActivity(tx, news, "commented", comment.id);
      return comment;
    });
  }

  /** Deletes a comment (and its replies): its author, or an administrator of the item's wall. */
  async remove(viewer: Person, id: string): Promise<Comment> {
    const comment = await this.db.getRepository(Comment).findOneBy({ id });
    if (!comment) throw new NotFound("comment");
    const news = await this.news.find(viewer, comment.newsId).catch(() => {
      throw new NotFound("comment");
    });
    if (!may(viewer, "comment:remove", { comment, ...(await this.news.onWall(viewer, news)) })) {
      throw new Forbidden("forbidden.deleteComment");
    }
    return this.db.transaction(async (tx) => {
      await withdrawNewsNotifications(tx, { commentId: comment.id });
      await tx.delete(Comment, comment.id);
      await publishActivity(tx, news, "comment_removed", comment.id);
      return comment;
    });
  }

  /** The comments on an item (parentId null) or the replies to a comment, oldest first. */
  list(newsId: string, parentId: string | null, first = DEFAULT_PAGE_SIZE, after?: string) {
    const query = this.db
      .getRepository(Comment)
      .createQueryBuilder("comment")
      .where("comment.news_id = :newsId", { newsId })
      .andWhere("comment.hidden_at IS NULL")
      .andWhere(parentId ? "comment.parent_id = :parentId" : "comment.parent_id IS NULL", { parentId });
    return COMMENT_ORDER.read(query, first, after);
  }
}

/** Publishes a comment or reaction change of an item, once the transaction commits. */
export async function publishActivity(
  tx: EntityManager,
  news: News,
  change: NewsActivityChange,
  commentId: string | null,
): Promise<void> {
  const places = await tx.findBy(NewsPlace, { newsId: news.id });
  publishAfterCommit(tx, "NEWS_ACTIVITY", news.id, {
    eventId: randomUUID(),
    change,
    routing: routingOf(news, places),
    commentId,
  });
}
