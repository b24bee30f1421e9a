import type { DataSource } from "typeorm";
import { Forbidden, NotFound } from "../../graphql/errors";
import { DEFAULT_PAGE_SIZE, newestFirst } from "../../graphql/connection";
import type { Person } from "../accounts/person.entity";
import { withdrawNewsNotifications } from "../notifications/notification.news";
import { may, type OnInstance } from "../policy/policy";
import { Comment } from "./comment.entity";
import { publishActivity } from "./comment.service";
import { News } from "./news.entity";
import type { ReportNewsInput } from "./news.inputs";
import type { NewsService } from "./news.service";
import { Report, ReportState } from "./report.entity";

const REPORT_ORDER = newestFirst<Report>("news:reports", "report");
const INSTANCE_REPORT_ORDER = newestFirst<Report>("instance:reports", "report");

/**
 * Reports of news items and comments, for the administrators of their wall to act on, and for
 * the instance's administrators, who moderate every wall.
 */
export class ReportService {
  constructor(
    private readonly db: DataSource,
    private readonly news: NewsService,
    /** Who administers the instance (InstanceService.administration). */
    private readonly instance: () => Promise<OnInstance>,
  ) {}

  /** Anyone signed in who sees the item may report it (or one of its comments). */
  async report(viewer: Person, input: ReportNewsInput): Promise<Report> {
    const news = await this.news.find(viewer, input.newsId);
    if (!may(viewer, "news:report", { news })) throw new NotFound("news");
    if (input.commentId && !(await this.db.getRepository(Comment).existsBy({ id: input.commentId, newsId: news.id }))) {
      throw new NotFound("comment");
    }
    const repository = this.db.getRepository(Report);
    return repository.save(
      repository.create({
        newsId: news.id,
        commentId: input.commentId ?? null,
        reporterId: viewer.id,
        reason: input.reason,
      }),
    );
  }

  /** The open reports of a wall, newest first: its administrators only. */
  async list(viewer: Person, wallId: string, first = DEFAULT_PAGE_SIZE, after?: string) {
    const wall = await this.news.onWall(viewer, {
      wallElementId: wallId === viewer.id ? null : wallId,
      wallPersonId: wallId === viewer.id ? wallId : null,
    });
    if (!may(viewer, "report:list", wall)) throw new Forbidden("forbidden.seeReports");
    const query = this.db
      .getRepository(Report)
      .createQueryBuilder("report")
      .where(
        `EXISTS (SELECT 1 FROM news WHERE news.id = report.news_id
          AND (news.wall_element_id = :wallId OR news.wall_person_id = :wallId))`,
        { wallId },
      )
      .andWhere("report.state = :open", { open: ReportState.OPEN });
    return REPORT_ORDER.read(query, first, after);
  }

  /** The open reports of every wall, newest first: the instance's administrators only. */
  async listAll(viewer: Person, first = DEFAULT_PAGE_SIZE, after?: string) {
    if (!may(viewer, "instance:administer", await this.instance())) {
      throw new Forbidden("forbidden.instanceAdministrators");
    }
    const query = this.db
      .getRepository(Report)
      .createQueryBuilder("report")
      .where("report.state = :open", { open: ReportState.OPEN });
    return INSTANCE_REPORT_ORDER.read(query, first, after);
  }

  /** An administrator of the wall (or of the instance) hides what a report points at, or dismisses it. */
  async handle(viewer: Person, id: string, hide: boolean): Promise<Report> {
    const report = await this.db.getRepository(Report).findOneBy({ id });
    if (!report) throw new NotFound("report");
    const news = await this.db.getRepository(News).findOneBy({ id: report.newsId });
    const wall = news && { ...(await this.news.onWall(viewer, news)), instance: await this.instance() };
    if (!wall || !may(viewer, "report:handle", wall)) throw new Forbidden("forbidden.actOnReports");
    return this.db.transaction(async (tx) => {
      if (hide && report.commentId) {
        await tx.update(Comment, report.commentId, { hiddenAt: new Date() });
        await withdrawNewsNotifications(tx, { commentId: report.commentId });
        await publishActivity(tx, news, "comment_removed", report.commentId);
      } else if (hide && !news.hiddenAt) {
        await this.news.hideAs(viewer, news, tx);
      }
      report.state = hide ? ReportState.HIDDEN : ReportState.DISMISSED;
      report.handledBy = viewer.id;
      await tx.update(Report, report.id, { state: report.state, handledBy: viewer.id });
      return report;
    });
  }
}
