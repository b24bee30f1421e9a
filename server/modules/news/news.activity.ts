import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { EntityManager } from "typeorm";
import { type Activity, ActivityVerb } from "../activity/activity.entity";
import { ProjectStage } from "../projects/project.entity";
import { type GivenPlace, News, NewsAudience, NewsPlace } from "./news.entity";
import { publishNews } from "./news.publish";

/** The activity the Live shows; the rest (requests, invitations, settings, edits) stays in the records. */
export enum ActivityKind {
  CREATED = "created",
  JOINED = "joined",
  NEW_ADMINISTRATOR = "new_administrator",
  STAGE_CHANGED = "stage_changed",
}
registerEnumType(ActivityKind, {
  name: "ActivityKind",
  description: "What happened to an element, as its wall and the Live show it",
  valuesConfig: {
    CREATED: { description: "The element was created (for an event: announced)" },
    JOINED: { description: "A person (or a member organization) joined its community" },
    NEW_ADMINISTRATOR: { description: "A member became one of its administrators" },
    STAGE_CHANGED: { description: "The project moved to another stage" },
  },
});

/** What an activity item says; its element is the item's wall. */
@ObjectType({ description: "Something that happened to an element, shown as an item of its wall" })
export class ActivityItem {
  @Field(() => ActivityKind, { description: "What happened" })
  kind: ActivityKind;

  /** The person concerned (who joined, or became an administrator), or who acted. */
  personId: string;

  /** The element it happened to: the item's wall. */
  elementId: string;

  /** A member organization that joined. */
  organizationId: string | null;

  @Field(() => ProjectStage, { nullable: true, description: "The project's new stage (STAGE_CHANGED)" })
  stage: ProjectStage | null;
}

/** What the Live shows of an activity record; null when it shows nothing. */
export function activityItemOf(
  activity: Pick<Activity, "verb" | "actorId" | "personId" | "elementId" | "data">,
): ActivityItem | null {
  const data = activity.data ?? {};
  const personId = activity.personId ?? activity.actorId;
  const organizationId = typeof data.organizationId === "string" ? data.organizationId : null;
  const elementId = activity.elementId;
  if (!personId || !elementId) return null;
  const item = (kind: ActivityKind, stage: ProjectStage | null = null) => ({
    kind,
    personId,
    elementId,
    organizationId,
    stage,
  });
  switch (activity.verb) {
    case ActivityVerb.CREATED:
      return item(ActivityKind.CREATED);
    case ActivityVerb.JOINED:
      return item(ActivityKind.JOINED);
    case ActivityVerb.VALIDATED:
      if (data.administration) return activity.personId ? item(ActivityKind.NEW_ADMINISTRATOR) : null;
      return activity.personId || organizationId ? item(ActivityKind.JOINED) : null;
    case ActivityVerb.EDITED: {
      const fields = Array.isArray(data.fields) ? data.fields : [];
      if (!fields.includes("stage")) return null;
      const stage = Object.values(ProjectStage).includes(data.stage as ProjectStage)
        ? (data.stage as ProjectStage)
        : null;
      return item(ActivityKind.STAGE_CHANGED, stage);
    }
    default:
      return null;
  }
}

interface WallRow {
  private: boolean;
  city: string | null;
  insee_code: string | null;
  postal_code: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * Puts an activity the Live shows on its element's wall, in the change's transaction, and
 * publishes it with the wall's other items once that commits. Its audience comes from the
 * element: private for a private element (its community only); otherwise public in the
 * element's town, or restricted (its community and followers) when it has no place.
 */
export async function postActivity(tx: EntityManager, activity: Activity): Promise<void> {
  const item = activityItemOf(activity);
  if (!item) return;
  const [wall] = (await tx.query(
    `SELECT private, city, insee_code, postal_code, latitude, longitude FROM element WHERE id = $1`,
    [activity.elementId],
  )) as WallRow[];
  if (!wall) return;
  const located = wall.latitude !== null || wall.insee_code !== null || wall.postal_code !== null;
  const places = !wall.private && located ? [placeOf(wall)] : [];
  const audience = wall.private ? NewsAudience.PRIVATE : located ? NewsAudience.PUBLIC : NewsAudience.RESTRICTED;
  const news = await tx.save(
    tx.create(News, {
      authorId: item.personId,
      wallElementId: activity.elementId,
      wallPersonId: null,
      audience,
      text: "",
      imageIds: [],
      tags: [],
      links: [],
      activityId: activity.id,
    }),
  );
  if (places.length) await tx.insert(NewsPlace, { ...places[0], newsId: news.id, position: 0 });
  publishNews(tx, "posted", news, places);
}

function placeOf(wall: WallRow): GivenPlace {
  return {
    name: wall.city,
    inseeCode: wall.insee_code,
    postalCodes: wall.postal_code ? [wall.postal_code] : [],
    latitude: wall.latitude,
    longitude: wall.longitude,
  };
}
