import type { DataSource } from "typeorm";
import type { Person } from "../accounts/person.entity";
import { FIRST_STEP_URLS, FIRST_STEPS_SQL, type FirstStepKey, type FirstSteps } from "./first-steps";
import type { HelpArticles } from "./help-articles";
import { HELP_COMMUNITY_ID } from "./help-community";

/** The help space: its articles, and the first steps of each person. */
export class HelpService {
  constructor(
    private readonly dataSource: DataSource,
    readonly articles: HelpArticles,
  ) {}

  /** A person's checklist, read from what they did (one statement). */
  async firstSteps(person: Person): Promise<FirstSteps> {
    const [row] = (await this.dataSource.query(FIRST_STEPS_SQL, [person.id, HELP_COMMUNITY_ID])) as Record<
      string,
      boolean
    >[];
    const steps = (Object.entries(FIRST_STEP_URLS) as [FirstStepKey, string][]).map(([key, url]) => ({
      key,
      url,
      done: Boolean(row?.[key]),
    }));
    return { steps, dismissed: Boolean(row?.dismissed) };
  }

  /** Puts the checklist away for good (dismissing again keeps the first date). */
  async dismissFirstSteps(person: Person): Promise<FirstSteps> {
    // Raw, so that the profile's updated_at stays as it was: the profile did not change.
    await this.dataSource.query(
      `UPDATE person SET first_steps_dismissed_at = coalesce(first_steps_dismissed_at, now()) WHERE id = $1`,
      [person.id],
    );
    return this.firstSteps(person);
  }
}
