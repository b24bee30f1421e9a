import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum FirstStepKey {
  PROFILE = "profile",
  PLACE = "place",
  FOLLOW = "follow",
  ORGANIZATION = "organization",
  INVITE = "invite",
  PLANS = "plans",
  NEWS = "news",
}
registerEnumType(FirstStepKey, {
  name: "FirstStepKey",
  description: "A step of the checklist that follows sign-up, in the order it is shown",
  valuesConfig: {
    PROFILE: { description: "Complete the profile: a short description or a presentation" },
    PLACE: { description: "Choose a home area (the communexion)" },
    FOLLOW: { description: "Follow a person, an organization, a project or an event" },
    ORGANIZATION: { description: "Join or create an organization (the help community aside)" },
    INVITE: { description: "Invite someone by mail to an element" },
    PLANS: { description: "Create a project or an event" },
    NEWS: { description: "Post a news item, such as a message of arrival on the Live" },
  },
});

@ObjectType({ description: "One step of the first steps" })
export class FirstStep {
  @Field(() => FirstStepKey, { description: "Which step" })
  key: FirstStepKey;

  @Field({ description: "Whether the person has done it (read from what they did, never ticked by hand)" })
  done: boolean;

  @Field({ description: "The web app's page where it is done" })
  url: string;
}

@ObjectType({ description: "The checklist that follows sign-up; only its dismissal is stored" })
export class FirstSteps {
  @Field(() => [FirstStep], { description: "Every step, in order" })
  steps: FirstStep[];

  @Field({ description: "Whether the person put the checklist away" })
  dismissed: boolean;
}

/** Where each step is done, in the order the checklist shows them. */
export const FIRST_STEP_URLS: Record<FirstStepKey, string> = {
  [FirstStepKey.PROFILE]: "/settings/profile",
  [FirstStepKey.PLACE]: "/discover",
  [FirstStepKey.FOLLOW]: "/people",
  [FirstStepKey.ORGANIZATION]: "/organizations",
  [FirstStepKey.INVITE]: "/me/elements",
  [FirstStepKey.PLANS]: "/projects/new",
  [FirstStepKey.NEWS]: "/live",
};

/**
 * Every step read from the data in one statement: a column per step, named by its key.
 * `$1` is the person, `$2` the help community (joining it to ask a question is not the step).
 */
export const FIRST_STEPS_SQL = `
  SELECT
    (coalesce(btrim(person.short_description), '') <> '' OR coalesce(btrim(person.description), '') <> '') AS profile,
    person.home_place_id IS NOT NULL AS place,
    EXISTS (SELECT 1 FROM link WHERE link.person_id = person.id AND link.type = 'follow' AND link.state = 'active')
      AS follow,
    EXISTS (
      SELECT 1 FROM link JOIN element ON element.id = link.element_id
      WHERE link.person_id = person.id AND link.type = 'member' AND link.state = 'active'
        AND element.kind = 'organization' AND element.deleted_at IS NULL AND element.id <> $2
    ) AS organization,
    EXISTS (SELECT 1 FROM link WHERE link.invited_by_id = person.id AND link.invited_email IS NOT NULL) AS invite,
    EXISTS (
      SELECT 1 FROM element WHERE element.creator_id = person.id AND element.kind IN ('project', 'event')
        AND element.deleted_at IS NULL
    ) AS plans,
    -- Items the Live makes of recorded activity (joined, created…) have an author but were not posted.
    EXISTS (SELECT 1 FROM news WHERE news.author_id = person.id AND news.activity_id IS NULL) AS news,
    person.first_steps_dismissed_at IS NOT NULL AS dismissed
  FROM person WHERE person.id = $1`;
