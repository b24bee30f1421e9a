import type { DataSource } from "typeorm";
import { NotFound } from "../../graphql/errors";
import type { Person } from "../accounts/person.entity";
import { may } from "../policy/policy";
import { publishActivity } from "./comment.service";
import type { News } from "./news.entity";
import type { NewsService } from "./news.service";
import { Reaction, type ReactionKind } from "./reaction.entity";

/** One reaction per person per item, changeable; counts per kind. */
export class ReactionService {
  constructor(
    private readonly db: DataSource,
    private readonly news: NewsService,
  ) {}

  /** Sets (or, with null, takes back) the viewer's reaction; answers the item. */
  async react(viewer: Person, newsId: string, kind: ReactionKind | null): Promise<News> {
    const news = await this.news.find(viewer, newsId);
    if (!may(viewer, "news:react", { news })) throw new NotFound("news");
    await this.db.transaction(async (tx) => {
      if (kind) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(Reaction)
          .values({ newsId: news.id, personId: viewer.id, kind })
          .orUpdate(["kind"], ["news_id", "person_id"])
          .execute();
      } else {
        await tx.delete(Reaction, { newsId: news.id, personId: viewer.id });
      }
      await publishActivity(tx, news, "reacted", null);
    });
    return news;
  }
}
