import type { DataSource } from "typeorm";
import { InvalidInput, refuseNulls } from "../../graphql/errors";
import type { Events } from "../../graphql/pubsub";
import { Person, VERIFIED } from "../accounts/person.entity";
import { assertOwnImage } from "../media/media.service";
import { listPeople, type PeopleArgs } from "./people";
import type { UpdatePrivacySettingsInput, UpdateProfileInput } from "./profile.inputs";

const EARLIEST_BIRTH_DATE = "1900-01-01";
/** Fields that always have a value: null is refused rather than stored. */
const REQUIRED_FIELDS = ["displayName", "tags", "socialLinks", "language"] as const;

/** Only the owner edits a profile: every method acts on the viewer's own row. */
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: Events,
  ) {}

  findByUsername(username: string): Promise<Person | null> {
    return this.dataSource.getRepository(Person).findOneBy({ username: username.toLowerCase(), ...VERIFIED });
  }

  /** The people directory as the viewer may see it. */
  directory(viewer: Person | null, args: PeopleArgs) {
    return listPeople(this.dataSource, viewer, args);
  }

  async updateProfile(viewer: Person, input: UpdateProfileInput): Promise<Person> {
    refuseNulls(input, REQUIRED_FIELDS);
    const today = new Date().toISOString().slice(0, 10);
    if (input.birthDate && (input.birthDate > today || input.birthDate < EARLIEST_BIRTH_DATE)) {
      throw new InvalidInput([
        { field: "birthDate", key: "profile.birthDateRange", params: { earliest: EARLIEST_BIRTH_DATE } },
      ]);
    }
    await assertOwnImage(this.dataSource, viewer.id, input.imageId, viewer.imageId);
    const changes: Partial<Person> = {
      ...input,
      displayName: input.displayName?.trim(),
      tags: input.tags && [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))],
      socialLinks: input.socialLinks?.map(({ network, url }) => ({ network, url })),
    };
    return this.save(viewer, changes);
  }

  async updatePrivacySettings(viewer: Person, input: UpdatePrivacySettingsInput): Promise<Person> {
    const chosen = Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));
    return this.save(viewer, { privacy: { ...viewer.privacy, ...chosen } });
  }

  /** Sets (or, with nulls, forgets) the viewer's home area; the place is checked by the caller. */
  setHomeArea(viewer: Person, placeId: string | null, radiusKm: number | null): Promise<Person> {
    return this.save(viewer, { homePlaceId: placeId, homeRadiusKm: radiusKm });
  }

  private async save(viewer: Person, changes: Partial<Person>): Promise<Person> {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const repository = this.dataSource.getRepository(Person);
    await repository.update({ id: viewer.id }, defined);
    const person = await repository.findOneByOrFail({ id: viewer.id });
    await this.events.publish("PERSON_UPDATED", person.id, { personId: person.id });
    return person;
  }
}
