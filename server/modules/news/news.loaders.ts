import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import type { Person } from "../accounts/person.entity";
import { Activity } from "../activity/activity.entity";
import { Comment } from "./comment.entity";
import { whereNewsVisible } from "../policy/visibility";
import { News, NewsMention, NewsPlace } from "./news.entity";
import { Reaction, type ReactionCount, type ReactionKind } from "./reaction.entity";
import { loadReactionCounts } from "./reaction.service";

function grouped<T>(rows: T[], ids: readonly string[], key: (row: T) => string): T[][] {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(key(row))?.push(row);
  return ids.map((id) => byId.get(id)!);
}

/** Per-request loaders of the Live: one statement per batch of items. */
export function newsLoaders(dataSource: DataSource, viewer: Person | null, deletionDelayDays: number) {
  return {
    /** Items the viewer may see (null for others). */
    visibleNews: new DataLoader<string, News | null>(async (ids) => {
      const query = dataSource
        .getRepository(News)
        .createQueryBuilder("news")
        .where("news.id IN (:...ids)", { ids: [...ids] });
      const rows = await whereNewsVisible(query, "news", viewer?.id ?? null, deletionDelayDays).getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The activity records that activity items show. */
    activity: new DataLoader<string, Activity | null>(async (ids) => {
      const rows = await dataSource.getRepository(Activity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    newsPlaces: new DataLoader<string, NewsPlace[]>(async (ids) =>
      grouped(
        await dataSource.getRepository(NewsPlace).find({ where: { newsId: In([...ids]) }, order: { position: "ASC" } }),
        ids,
        (row) => row.newsId,
      ),
    ),
    /** Mentions of an item's text ("<newsId>") or of a comment ("<newsId>:<commentId>"). */
    mentions: new DataLoader<string, NewsMention[]>(async (keys) => {
      const newsIds = [...new Set(keys.map((key) => key.split(":")[0]))];
      const rows = await dataSource.getRepository(NewsMention).findBy({ newsId: In(newsIds) });
      return grouped(rows, keys, (row) => (row.commentId ? `${row.newsId}:${row.commentId}` : row.newsId));
    }),
    reactionCounts: new DataLoader<string, ReactionCount[]>((ids) => loadReactionCounts(dataSource, ids)),
    viewerReaction: new DataLoader<string, ReactionKind | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows = await dataSource.getRepository(Reaction).findBy({ newsId: In([...ids]), personId: viewer.id });
      const byId = new Map(rows.map((row) => [row.newsId, row.kind]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    commentCount: new DataLoader<string, number>(async (ids) => {
      const rows: { news_id: string; count: string }[] = await dataSource.query(
        `SELECT news_id, count(*) AS count FROM news_comment WHERE news_id = ANY($1::uuid[]) AND hidden_at IS NULL GROUP BY news_id`,
        [[...ids]],
      );
      const byId = new Map(rows.map((row) => [row.news_id, Number(row.count)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    replyCount: new DataLoader<string, number>(async (ids) => {
      const rows = await dataSource
        .getRepository(Comment)
        .createQueryBuilder("comment")
        .select("comment.parent_id", "parent")
        .addSelect("count(*)", "count")
        .where("comment.parent_id IN (:...ids)", { ids: [...ids] })
        .andWhere("comment.hidden_at IS NULL")
        .groupBy("comment.parent_id")
        .getRawMany<{ parent: string; count: string }>();
      const byId = new Map(rows.map((row) => [row.parent, Number(row.count)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
  };
}
