import { type DataSource, type EntityManager, In, IsNull } from "typeorm";
import { Forbidden, InvalidInput, NotFound } from "../../graphql/errors";
import { newestFirst, type Page, DEFAULT_PAGE_SIZE } from "../../graphql/connection";
import type { RateLimit } from "../../rate-limit";
import { Person, VERIFIED } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import { assertOwnImage } from "../media/media.service";
import {
  type Mentions,
  notifyMentioned,
  notifyPosted,
  withdrawNewsNotifications,
} from "../notifications/notification.news";
import { may, type OnNews, type OnWall, OUTSIDER } from "../policy/policy";
import { loadStandings } from "../policy/standing";
import { whereNewsVisible, whereVisible } from "../policy/visibility";
import { whereInFeedOf } from "./news.audience";
import { type CheckedLiveFilter, whereLive } from "./news.area";
import { type GivenPlace, News, NewsAudience, NewsMention, NewsPlace, NewsRevision } from "./news.entity";
import { publishNews } from "./news.publish";
import type { EditNewsInput, PostNewsInput } from "./news.inputs";
import { textParts } from "./news.text";

export interface NewsServiceOptions {
  dataSource: DataSource;
  deletionDelayDays: number;
  /** Posts per person. */
  posting: RateLimit;
}

const WALL_ORDER = newestFirst<News>("news:wall", "news");
const LIVE_ORDER = newestFirst<News>("news:live", "news");
const FEED_ORDER = newestFirst<News>("news:feed", "news");
const REVISION_ORDER = newestFirst<NewsRevision>("news:revisions", "revision");

/** A wall: an element's or a person's. */
type Wall = { element: Element; personId?: undefined } | { element?: undefined; personId: string };

/** Posting, editing and removing news; the walls, the Live and my feed. */
export class NewsService {
  constructor(private readonly options: NewsServiceOptions) {}

  private get db() {
    return this.options.dataSource;
  }

  get deletionDelayDays() {
    return this.options.deletionDelayDays;
  }

  /** The items of `ids` the viewer may see (null for the others), in one statement. */
  async visible(viewer: Person | null, ids: readonly string[]): Promise<(News | null)[]> {
    if (ids.length === 0) return [];
    const query = this.db
      .getRepository(News)
      .createQueryBuilder("news")
      .where("news.id IN (:...ids)", { ids: [...ids] });
    const rows = await whereNewsVisible(query, "news", viewer?.id ?? null, this.deletionDelayDays).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** An item whatever its audience, hidden or not: only for those already authorized (reports). */
  unchecked(id: string): Promise<News | null> {
    return this.db.getRepository(News).findOneBy({ id });
  }

  async find(viewer: Person | null, id: string): Promise<News> {
    const [news] = await this.visible(viewer, [id]);
    if (!news) throw new NotFound("news");
    return news;
  }

  async post(viewer: Person, input: PostNewsInput): Promise<News> {
    const wall = await this.postableWall(viewer, input.wallId, Boolean(input.asElement));
    if (wall.element?.settings.private && input.audience !== NewsAudience.PRIVATE) {
      throw new InvalidInput([{ field: "audience", key: "news.privateWallAudience" }]);
    }
    const imageIds = [...new Set(input.imageIds ?? [])];
    for (const imageId of imageIds) await assertOwnImage(this.db, viewer.id, imageId, null, "imageIds");
    await this.options.posting.consume(viewer.id);
    const places = input.audience === NewsAudience.PUBLIC ? await this.placesOf(wall, input.placeIds ?? []) : [];
    // A public item needs a place to be shown in: without one, it stays with the wall's followers.
    const audience =
      input.audience === NewsAudience.PUBLIC && places.length === 0 ? NewsAudience.RESTRICTED : input.audience;
    const parts = textParts(input.text);
    return this.db.transaction(async (tx) => {
      const news = await tx.save(
        tx.create(News, {
          authorId: viewer.id,
          wallElementId: wall.element?.id ?? null,
          wallPersonId: wall.personId ?? null,
          asElement: Boolean(input.asElement),
          audience,
          text: input.text,
          imageIds,
          tags: parts.tags,
          links: parts.links,
        }),
      );
      if (places.length) {
        await tx.insert(
          NewsPlace,
          places.map((place, position) => ({ ...place, newsId: news.id, position })),
        );
      }
      const mentions = await this.saveMentions(tx, viewer, news.id, null, parts.handles);
      await notifyPosted(tx, news, mentions, this.deletionDelayDays);
      publishNews(tx, "posted", news, places);
      return news;
    });
  }

  async edit(viewer: Person, input: EditNewsInput): Promise<News> {
    const news = await this.find(viewer, input.id);
    if (!may(viewer, "news:edit", { news })) throw new Forbidden("forbidden.editNews");
    if (news.activityId) throw new InvalidInput([{ field: "id", key: "news.activityNotEdited" }]);
    const imageIds = input.imageIds ? [...new Set(input.imageIds)] : news.imageIds;
    for (const imageId of imageIds) {
      if (!news.imageIds.includes(imageId)) await assertOwnImage(this.db, viewer.id, imageId, null, "imageIds");
    }
    const parts = textParts(input.text);
    return this.db.transaction(async (tx) => {
      await tx.insert(NewsRevision, { newsId: news.id, text: news.text, imageIds: news.imageIds });
      Object.assign(news, { text: input.text, imageIds, tags: parts.tags, links: parts.links, editedAt: new Date() });
      await tx.update(News, news.id, {
        text: news.text,
        imageIds: news.imageIds,
        tags: news.tags,
        links: news.links,
        editedAt: news.editedAt,
      });
      const before = await tx.findBy(NewsMention, { newsId: news.id, commentId: IsNull() });
      await tx.delete(NewsMention, { newsId: news.id, commentId: IsNull() });
      const mentions = await this.saveMentions(tx, viewer, news.id, null, parts.handles);
      // Only the people and elements the new text mentions for the first time are told.
      const told: Mentions = {
        personIds: before.flatMap((mention) => (mention.personId ? [mention.personId] : [])),
        elementIds: before.flatMap((mention) => (mention.elementId ? [mention.elementId] : [])),
      };
      await notifyMentioned(tx, news, null, mentions, this.deletionDelayDays, { told });
      publishNews(tx, "edited", news, await tx.findBy(NewsPlace, { newsId: news.id }));
      return news;
    });
  }

  /** Deletes an item: its author, or an administrator of its wall. Answers the deleted item. */
  async remove(viewer: Person, id: string): Promise<News> {
    const news = await this.find(viewer, id);
    if (!may(viewer, "news:remove", await this.onNews(viewer, news))) throw new Forbidden("forbidden.deleteNews");
    return this.db.transaction(async (tx) => {
      const places = await tx.findBy(NewsPlace, { newsId: news.id });
      await withdrawNewsNotifications(tx, { newsId: news.id });
      await tx.delete(News, news.id);
      publishNews(tx, "removed", news, places);
      return news;
    });
  }

  /** Hides an item from everyone: the wall's administrators. */
  async hide(viewer: Person, id: string): Promise<News> {
    const news = await this.find(viewer, id);
    if (!may(viewer, "news:hide", await this.onNews(viewer, news))) throw new Forbidden("forbidden.hideNews");
    return this.hideAs(viewer, news);
  }

  /** Hides an item already authorized (reports). */
  async hideAs(viewer: Person, news: News, tx?: EntityManager): Promise<News> {
    const work = async (tx: EntityManager) => {
      news.hiddenAt = new Date();
      news.hiddenBy = viewer.id;
      await tx.update(News, news.id, { hiddenAt: news.hiddenAt, hiddenBy: viewer.id });
      await withdrawNewsNotifications(tx, { newsId: news.id });
      publishNews(tx, "removed", news, await tx.findBy(NewsPlace, { newsId: news.id }));
      return news;
    };
    return tx ? work(tx) : this.db.transaction(work);
  }

  /** A wall and the viewer's standing in its element, for the rules of the Live. */
  async onWall(viewer: Person | null, wall: Pick<News, "wallElementId" | "wallPersonId">): Promise<OnWall> {
    if (!wall.wallElementId) return { wallPersonId: wall.wallPersonId, standing: OUTSIDER };
    const [standing] = await loadStandings(this.db, viewer?.id ?? null, [wall.wallElementId]);
    return { wallPersonId: null, standing };
  }

  /** An item on its wall, for the rules of the Live. */
  async onNews(viewer: Person | null, news: News): Promise<OnNews> {
    return { news, ...(await this.onWall(viewer, news)) };
  }

  /** A wall's items, newest first. */
  async wall(viewer: Person | null, wallId: string, first = DEFAULT_PAGE_SIZE, after?: string): Promise<Page<News>> {
    const query = this.db
      .getRepository(News)
      .createQueryBuilder("news")
      .where("(news.wall_element_id = :wallId OR news.wall_person_id = :wallId)", { wallId });
    return WALL_ORDER.read(whereNewsVisible(query, "news", viewer?.id ?? null, this.deletionDelayDays), first, after);
  }

  /** The public Live of an area, newest first. */
  async live(viewer: Person | null, filter: CheckedLiveFilter, first = DEFAULT_PAGE_SIZE, after?: string) {
    const query = whereLive(this.db.getRepository(News).createQueryBuilder("news"), "news", filter);
    return LIVE_ORDER.read(whereNewsVisible(query, "news", viewer?.id ?? null, this.deletionDelayDays), first, after);
  }

  /** What the people and elements I follow or belong to post, and what mentions me; newest first. */
  async feed(viewer: Person, first = DEFAULT_PAGE_SIZE, after?: string) {
    const query = whereInFeedOf(this.db.getRepository(News).createQueryBuilder("news"), "news", viewer.id);
    return FEED_ORDER.read(whereNewsVisible(query, "news", viewer.id, this.deletionDelayDays), first, after);
  }

  /** Earlier versions: for its author and the wall's administrators; null for others. */
  async revisions(viewer: Person | null, news: News, first = DEFAULT_PAGE_SIZE, after?: string) {
    if (!may(viewer, "news:see-revisions", await this.onNews(viewer, news))) return null;
    const query = this.db
      .getRepository(NewsRevision)
      .createQueryBuilder("revision")
      .where("revision.news_id = :newsId", { newsId: news.id });
    return REVISION_ORDER.read(query, first, after);
  }

  /**
   * Stores the @handles of a text that name a person or an element the author may see;
   * answers the people and the elements mentioned.
   */
  async saveMentions(
    tx: EntityManager,
    author: Person,
    newsId: string,
    commentId: string | null,
    handles: string[],
  ): Promise<Mentions> {
    if (!handles.length) return { personIds: [], elementIds: [] };
    const people = await tx.getRepository(Person).findBy({ username: In(handles), ...VERIFIED });
    const elements = await whereVisible(
      tx.getRepository(Element).createQueryBuilder("element").where("element.slug IN (:...handles)", { handles }),
      "element",
      author.id,
      this.deletionDelayDays,
    ).getMany();
    const named = people.filter((person) => !elements.some((element) => element.slug === person.username));
    const rows = [
      ...elements.map((element) => ({ newsId, commentId, elementId: element.id, handle: element.slug })),
      ...named.map((person) => ({ newsId, commentId, personId: person.id, handle: person.username })),
    ];
    if (rows.length) await tx.insert(NewsMention, rows);
    return { personIds: named.map((person) => person.id), elementIds: elements.map((element) => element.id) };
  }

  /** The wall a person may post on ("news:post", and "news:post-as-element" as its element). */
  private async postableWall(viewer: Person, wallId: string, asElement: boolean): Promise<Wall> {
    const element =
      wallId === viewer.id
        ? null
        : await whereVisible(
            this.db.getRepository(Element).createQueryBuilder("element").where("element.id = :wallId", { wallId }),
            "element",
            viewer.id,
            this.deletionDelayDays,
          ).getOne();
    if (!element) {
      if (wallId !== viewer.id && !(await this.db.getRepository(Person).existsBy({ id: wallId, ...VERIFIED }))) {
        throw new NotFound("wall");
      }
      if (!may(viewer, "news:post", { wallPersonId: wallId, standing: OUTSIDER })) {
        throw new Forbidden("forbidden.postOnWall");
      }
      if (asElement) throw new InvalidInput([{ field: "asElement", key: "news.asElementOnPersonWall" }]);
      return { personId: wallId };
    }
    const wall = await this.onWall(viewer, { wallElementId: element.id, wallPersonId: null });
    if (!may(viewer, "news:post", wall)) throw new Forbidden("forbidden.postOnElementWall");
    if (asElement && !may(viewer, "news:post-as-element", wall)) throw new Forbidden("forbidden.postAsElement");
    return { element };
  }

  /** The places of a public item: the towns chosen, or the wall's own town. */
  private async placesOf(wall: Wall, placeIds: string[]): Promise<GivenPlace[]> {
    if (placeIds.length) {
      const rows: {
        id: string;
        name: string;
        insee_code: string | null;
        postal_codes: string[];
        latitude: number;
        longitude: number;
      }[] = await this.db.query(
        `SELECT id, name, insee_code, postal_codes, latitude, longitude FROM place WHERE id = ANY($1::text[])`,
        [[...new Set(placeIds)]],
      );
      if (rows.length !== new Set(placeIds).size) {
        throw new InvalidInput([{ field: "placeIds", key: "news.unknownPlaces" }]);
      }
      return rows.map((row) => ({
        name: row.name,
        inseeCode: row.insee_code,
        postalCodes: row.postal_codes,
        latitude: row.latitude,
        longitude: row.longitude,
      }));
    }
    const element = wall.element;
    if (!element || (element.latitude === null && !element.inseeCode && !element.postalCode)) return [];
    return [
      {
        name: element.city,
        inseeCode: element.inseeCode,
        postalCodes: element.postalCode ? [element.postalCode] : [],
        latitude: element.latitude,
        longitude: element.longitude,
      },
    ];
  }
}
