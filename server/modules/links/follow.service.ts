import type { DataSource } from "typeorm";
import { InvalidInput, NotFound } from "../../graphql/errors";
import { Person } from "../accounts/person.entity";
import { Link, LinkType } from "./link.entity";
import { type LinkService, signedIn } from "./link.service";

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

  async follow(viewer: Person | null, target: FollowTarget): Promise<Link> {
    const person = signedIn(viewer);
    const where = await this.resolve(person, target);
    // A concurrent follow of the same target meets the unique index: nothing to do then.
    await this.db
      .createQueryBuilder()
      .insert()
      .into(Link)
      .values({ type: LinkType.FOLLOW, personId: person.id, ...where })
      .orIgnore()
      .execute();
    return this.db.getRepository(Link).findOneByOrFail({ type: LinkType.FOLLOW, personId: person.id, ...where });
  }

  async unfollow(viewer: Person | null, target: FollowTarget): Promise<void> {
    const person = signedIn(viewer);
    const where = followedBy(target);
    await this.db.getRepository(Link).delete({ type: LinkType.FOLLOW, personId: person.id, ...where });
  }

  private async resolve(viewer: Person, target: FollowTarget) {
    const where = followedBy(target);
    if ("followedPersonId" in where) {
      if (where.followedPersonId === viewer.id) {
        throw new InvalidInput([{ field: "personId", message: "is yours: you cannot follow yourself" }]);
      }
      if (!(await this.db.getRepository(Person).existsBy({ id: where.followedPersonId }))) {
        throw new NotFound("This person");
      }
    } else {
      await this.links.visibleElement(viewer, where.elementId);
    }
    return where;
  }
}

function followedBy(target: FollowTarget): { elementId: string } | { followedPersonId: string } {
  if (Boolean(target.elementId) === Boolean(target.personId)) {
    throw new InvalidInput([{ field: "elementId", message: "give either an elementId or a personId" }]);
  }
  return target.elementId ? { elementId: target.elementId } : { followedPersonId: target.personId! };
}
