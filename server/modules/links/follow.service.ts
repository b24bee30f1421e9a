import type { DataSource } from "typeorm";
import { InvalidInput, NotFound } from "../../graphql/errors";
import { Person, VERIFIED } from "../accounts/person.entity";
import { Link, LinkType } from "./link.entity";
import type { LinkService } from "./link.service";
import { notify } from "../notifications/notification.record";
import { NotificationKind } from "../notifications/notification.kinds";

/** What a follow points at: an element or a person. */
export interface FollowTarget {
  elementId?: string | null;
  personId?: string | null;
}

/** Following elements and people; both calls are idempotent. */
export class FollowService {
  constructor(
    private readonly db: DataSource,
    private readonly links: LinkService,
  ) {}

  async follow(person: Person, target: FollowTarget): Promise<Link> {
    const where = await this.resolve(person, target);
    return this.db.transaction(async (tx) => {
      // A concurrent follow of the same target meets the unique index: nothing to do then.
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(Link)
        .values({ type: LinkType.FOLLOW, personId: person.id, ...where })
        .orIgnore()
        .returning("id")
        .execute();
      if ((inserted.raw as unknown[]).length > 0 && "followedPersonId" in where) {
        await notify(tx, {
          kind: NotificationKind.NEW_FOLLOWER,
          recipientIds: [where.followedPersonId],
          actorId: person.id,
          elementId: null,
        });
      }
      return tx.getRepository(Link).findOneByOrFail({ type: LinkType.FOLLOW, personId: person.id, ...where });
    });
  }

  /** Answers the deleted follow as it was, or null when there was none. */
  async unfollow(person: Person, target: FollowTarget): Promise<Link | null> {
    const where = followedBy(target);
    const result = await this.db
      .createQueryBuilder()
      .delete()
      .from(Link)
      .where({ type: LinkType.FOLLOW, personId: person.id, ...where })
      .returning("id")
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? this.db.getRepository(Link).create({ id, type: LinkType.FOLLOW, personId: person.id, ...where }) : null;
  }

  private async resolve(viewer: Person, target: FollowTarget) {
    const where = followedBy(target);
    if ("followedPersonId" in where) {
      if (where.followedPersonId === viewer.id) {
        throw new InvalidInput([{ field: "personId", key: "link.followSelf" }]);
      }
      if (!(await this.db.getRepository(Person).existsBy({ id: where.followedPersonId, ...VERIFIED }))) {
        throw new NotFound("person");
      }
    } else {
      await this.links.visibleElement(viewer, where.elementId);
    }
    return where;
  }
}

function followedBy(target: FollowTarget): { elementId: string } | { followedPersonId: string } {
  if (Boolean(target.elementId) === Boolean(target.personId)) {
    throw new InvalidInput([{ field: "elementId", key: "link.followTarget" }]);
  }
  return target.elementId ? { elementId: target.elementId } : { followedPersonId: target.personId! };
}
