import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { EntityRows } from "../../db/rows";
import type { Person } from "../accounts/person.entity";
import { Activity } from "../activity/activity.entity";
import { Comment } from "./comment.entity";
import { whereNewsVisible } from "../policy/visibility";
import { News, NewsMention, NewsPlace } from "./news.entity";
import { Reaction, type ReactionCount, type ReactionKind } from "./reaction.entity";

function grouped<T>(rows: T[], ids: readonly string[], key: (row: T) => string): T[][] {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(key(row))?.push(row);
  return ids.map((id) => byId.get(id)!);
}

/** What is counted under an item: its comments and replies (hidden ones apart), its reactions by kind. */
export interface ItemCounts {
  commentCount: number;
  /** Most chosen first; kinds nobody chose left out. */
  reactionCounts: ReactionCount[];
}

// Both counts in one statement: an item's card shows them together. Comments' rows have no kind.
const COUNTS_SQL = `SELECT news_id, NULL AS kind, count(*) AS count FROM news_comment
   WHERE news_id = ANY($1::uuid[]) AND hidden_at IS NULL GROUP BY news_id
 UNION ALL
 SELECT news_id, kind, count(*) FROM news_reaction WHERE news_id = ANY($1::uuid[]) GROUP BY news_id, kind
 ORDER BY count DESC, kind`;

/** The counts of a batch of items, in one prepared statement. */
export async function loadItemCounts(dataSource: DataSource, newsIds: readonly string[]): Promise<ItemCounts[]> {
  const rows = await EntityRows.query(dataSource, COUNTS_SQL, [newsIds]);
  const byId = new Map(newsIds.map((id): [string, ItemCounts] => [id, { commentCount: 0, reactionCounts: [] }]));
  for (const { news_id, kind, count } of rows as { news_id: string; kind: ReactionKind | null; count: string }[]) {
    const counts = byId.get(news_id)!;
    if (kind === null) counts.commentCount = Number(count);
    else counts.reactionCounts.push({ kind, count: Number(count) });
  }
  return newsIds.map((id) => byId.get(id)!);
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
      const mentions = EntityRows.of(dataSource, NewsMention);
      const sql = `SELECT ${mentions.select("mention")} FROM ${mentions.table} mention WHERE mention.news_id = ANY($1::uuid[])`;
      const rows = (await EntityRows.query(dataSource, sql, [newsIds])).map((row) => mentions.hydrate(row));
      return grouped(rows, keys, (row) => (row.commentId ? `${row.newsId}:${row.commentId}` : row.newsId));
    }),
    counts: new DataLoader<string, ItemCounts>((ids) => loadItemCounts(dataSource, ids)),
    viewerReaction: new DataLoader<string, ReactionKind | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows = await dataSource.getRepository(Reaction).findBy({ newsId: In([...ids]), personId: viewer.id });
      const byId = new Map(rows.map((row) => [row.newsId, row.kind]));
      return ids.map((id) => byId.get(id) ?? null);
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
